import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
// The portal hosts are the only pages the extension reads; nothing else is requested.
import { PORTAL_MATCHES } from './lib/cases/hosts';

export default defineConfig({
  // DISPUTE_RADAR_OUT_DIR builds elsewhere (e.g. one build per benchmark run; test/e2e/harness.ts
  // reads the same variable), DISPUTE_RADAR_NO_MINIFY=1 keeps names readable for CPU profiles.
  outDir: process.env.DISPUTE_RADAR_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: PORTAL_MATCHES,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'dispute-radar@dispute-radar.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
  hooks: {
    // The content script alone is minified with terser (four compress passes: a third saved 27 B,
    // a fourth 7 B with `unsafe_arrows` below) instead of esbuild: 1.6 KB less gzipped for its
    // ≤ 40 KB budget (issue 3).
    // Vite's default `safari10` mangling workaround is off: no Safari build. Three of terser's
    // rewrites are off because gzip does better without them (the same code, written as we wrote
    // it): comma sequences (−42 B), `for(;;)` for loops (−8 B) and constants put left of `==`
    // (−18 B). The script is written in ASCII alone (`ascii_only`: "ä", "→",
    // "⎖" in a string or a pattern as their \x/\u escapes, the same values; the same program,
    // printed otherwise): −94 B, gzip codes the escapes beside the many the patterns have already
    // rather than the vocabulary's two- and three-byte UTF-8. Every other script keeps Vite's
    // esbuild minifier. `unsafe_arrows`: a function expression that reads no `this` or `arguments`
    // is printed as an arrow (−31 B). terser's "unsafe" is `new` or `.prototype` on one, and ours
    // are the single-use functions terser puts inline, called at once, the functions passed to
    // lib/portal's memo and lib/rules/schema's holds, which call them, and the manager's async
    // start: none is constructed. No slower (its commit's A/Bs). `inline: 1`: only a simple
    // function called where it is written is put in place of its call (`(() => f(x))()` → `f(x)`,
    // the definition's `(e => e)({ … })` → `{ … }`, four in all): the same work less a closure and
    // a call, −17 B. Any other function's body is not put in place of a call of it (−27 B: where
    // terser did, the arguments became `var`s beside the body; the single-use functions are still
    // put where they are called); no slower (the commits' A/Bs).
    // Every string is printed in double quotes (`quote_style: 2`; terser chose the quote that
    // needs fewer escapes, string by string): −8 B, gzip finds more repeats; the same program.
    // `pure_getters`: a property read whose value nothing uses is dropped, and a constant read
    // once may move past other reads to its one use (−9 B: one read of `inst._zod` left by
    // lib/rules/schema's objectOf, whose use the content build drops; the leap-year test in
    // lib/rules/effective.ts put where it is used). Our code reads no property for what reading it does (no `el.offsetHeight`
    // to force a layout): a read whose result is unused would go. `comparisons: false`: `===`
    // stays as written instead of `==` where both sides' types are known (−1 to −3 B, gzip).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (process.env.DISPUTE_RADAR_NO_MINIFY === '1' || !entrypoints.some((e) => e.type === 'content-script')) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { ecma: 2020, safari10: false, compress: { passes: 4, sequences: false, loops: false, lhs_constants: false, unsafe_arrows: true, inline: 1, pure_getters: true, comparisons: false }, format: { ascii_only: true, quote_style: 2 } },
      };
    },
    // The popup gets a Vite build of its own instead of sharing one with the options page: its page
    // then loads one module file (beside its small first script) instead of its chunk plus a chunk
    // shared with the options page, one response fewer on its way to the first list
    // (BENCHMARKS.md, popup). The options page keeps its own build and chunk.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of [...groups]) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((entry) => entry.type === 'popup');
        if (popup >= 0) groups.push(group.splice(popup, 1));
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    // The content script's context: ours (entrypoints/content/context.ts), the part of WXT's it
    // uses with the same steps, 0.3 KB gzipped less of its ≤ 40 KB (issue 3). Only the content
    // script's entry imports this module.
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url)) } },
    build: { target: 'es2022', minify: process.env.DISPUTE_RADAR_NO_MINIFY === '1' ? false : undefined, sourcemap: process.env.DISPUTE_RADAR_SOURCEMAP === '1' },
  }),
});
