// Build step for the content script's size budget (≤ 40 KB gzipped, issue 3): lib/rules' evidence
// checklists and advice (half of lib/rules by size) and the detail panel with Preact, all needed on
// a dispute's detail page only, leave the content script and become content-rules/detail.js, an ES
// module of the extension itself that the content script imports on a detail page
// (entrypoints/content/detail-rules.ts). Packaged code, web-accessible to the portal hosts only;
// nothing comes from the network.
// 1. in the content script's build only, lib/rules/evidence.ts and lib/rules/advice.ts resolve to
//    entrypoints/content/detail-rules.ts (empty lists until the module is loaded), and
//    lib/rules/reason-codes.ts (card network codes, which a list never needs) to
//    entrypoints/content/list-reason-codes.ts, and lib/portal/labelled-twice.ts, row-above.ts and
//    zone-names.ts (the reader's rarer pages: a dispute's field labelled twice, a row's expanded
//    details, dates that name a zone) to detail-rules.ts too, whose stand-ins have the page read
//    again once the module is in;
// 2. entrypoints/content/detail-rules.chunk.ts (those two files, unchanged, and the panel) is
//    bundled with esbuild into content-rules/detail.js, with lib/i18n's catalog replaced by
//    entrypoints/content/catalog.ts as in the content script (the texts are shared on load);
// 3. the check of what the content script sends of a page's reading (the cases:observed message's
//    schemas, entrypoints/content/observed-check.ts) is bundled alike into content-rules/observed.js,
//    which the bridge loads before its first sending, on every portal page that shows disputes.
import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';
import { addPortalResources } from './shared/web-accessible';

const OUT = 'content-rules/detail.js';
/** lib/portal's modules the content script's build takes from the detail module (below, 1.) */
const PORTAL_SWAPS = ['./labelled-twice', './row-above', './zone-names'];
/** entrypoints/content/bridge.ts OBSERVED_CHECK_PATH: the check of a page's reading before it is sent */
const OBSERVED_OUT = 'content-rules/observed.js';

/** The module of content-rules/observed.js (its entry: it exports checkObserved). */
export const OBSERVED_ENTRY = 'entrypoints/content/observed-check.ts';

/**
 * esbuild's options for content-rules/detail.js (entrypoints/content/detail-rules.chunk.ts), also
 * for test/build/detail-module.test.ts, which checks what goes into it; with `entry`, for another
 * module the content script loads (OBSERVED_ENTRY).
 */
export function detailModuleOptions(root: string, browser: string, manifestVersion: number, entry = 'entrypoints/content/detail-rules.chunk.ts'): BuildOptions & { write: false } {
  const i18nDir = resolve(root, 'lib/i18n');
  const contentCatalog = resolve(root, 'entrypoints/content/catalog.ts');
  return {
    entryPoints: [resolve(root, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    // What Vite defines for the content script, so shared code reads the same values here.
    define: {
      'import.meta.env.BROWSER': JSON.stringify(browser),
      'import.meta.env.FIREFOX': JSON.stringify(browser === 'firefox'),
      'import.meta.env.CHROME': JSON.stringify(browser === 'chrome'),
      'import.meta.env.MANIFEST_VERSION': JSON.stringify(manifestVersion),
    },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [
      {
        name: 'dispute-radar:content-catalog',
        setup(b) {
          b.onResolve({ filter: /^\.\/catalog$/ }, (args) => (args.importer.startsWith(i18nDir) ? { path: contentCatalog } : undefined));
        },
      },
    ],
  };
}

export default defineWxtModule({
  name: 'dispute-radar:content-rules',
  setup(wxt) {
    const stub = resolve(wxt.config.root, 'entrypoints/content/detail-rules.ts');
    const noCodes = resolve(wxt.config.root, 'entrypoints/content/list-reason-codes.ts');
    const rulesDir = resolve(wxt.config.root, 'lib/rules');
    const portalDir = resolve(wxt.config.root, 'lib/portal');
    const swap: Plugin = {
      name: 'dispute-radar:content-rules',
      enforce: 'pre',
      resolveId(source, importer) {
        if (importer && PORTAL_SWAPS.includes(source) && resolve(importer, '..') === portalDir) return stub;
        if (!importer || resolve(importer, '..') !== rulesDir) return null;
        if (source === './evidence' || source === './advice') return stub;
        return source === './reason-codes' ? noCodes : null;
      },
    };
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), swap];
    });
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const { root, browser, manifestVersion } = wxt.config;
      const out = await build(detailModuleOptions(root, browser, manifestVersion));
      files.push({ relativeDest: OUT, contents: out.outputFiles[0]!.text });
      const observed = await build(detailModuleOptions(root, browser, manifestVersion, OBSERVED_ENTRY));
      files.push({ relativeDest: OBSERVED_OUT, contents: observed.outputFiles[0]!.text });
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      addPortalResources(manifest, [OUT, OBSERVED_OUT]);
    });
  },
});
