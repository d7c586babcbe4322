// Build step for the content script's size budget (≤ 40 KB gzipped, issue 3): WXT's wrapper around
// the content script's main (its virtual module content-script-isolated-world-entrypoint) catches a
// crash on startup, logs it with WXT's logger and throws it again. In a production build the logger
// prints nothing, yet terser cannot drop its read of `console.error` (a property read may run a
// getter), so the script carried a stray `console.error;` and a catch that only throws again. In
// the content script's build only, the wrapper calls main without them: the same error reaches the
// same promise (a catch that throws what it caught is no catch), nothing is logged, as before.
import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';

const WRAPPER = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
// `try { …main… } catch (err) { logger.error(`…crashed on startup!`, err); throw err; }`, WXT's
// words: the try's block is kept, the catch (the first `}` before `catch`) goes
const LOGGED_CATCH = /try\s*(\{[^]*?\})\s*catch\s*\((\w+)\)\s*\{\s*logger\.error\([^;]*\);\s*throw \2;\s*\}/;

export default defineWxtModule({
  name: 'dispute-radar:content-startup',
  setup(wxt) {
    const strip: Plugin = {
      name: 'dispute-radar:content-startup',
      transform(code, id) {
        if (!id.startsWith(WRAPPER) || wxt.config.mode !== 'production') return null;
        // a WXT whose wrapper reads otherwise: an error, so that the bytes are not lost unseen
        if (!LOGGED_CATCH.test(code)) this.error("WXT's content script wrapper has no logged catch now: see modules/content-startup.ts");
        return code.replace(LOGGED_CATCH, '$1');
      },
    };
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), strip];
    });
  },
});
