// Build step for the content script's size budget (≤ 40 KB gzipped, issue 3): in its build only,
// zod/mini and zod/v4/core resolve to entrypoints/content/zod-base.ts, zod's base type as the
// content script's schemas use it (z.unknown() with check functions, $constructor with
// ZodMiniType.init, safeParse and parse), ~2 KB gzipped less than zod's own. The schemas are the
// same (lib/rules/schema, lib/cases/schema, lib/cases/messages); the background, the popup, the
// options page, the detail module (content-rules/detail.js) and the unit tests check with zod
// itself, and test/content/zod-base.test.ts keeps the two equal on the content script's schemas.
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';
import { UNSUPPORTED } from '../entrypoints/content/zod-base';

const ZOD_IMPORTS = new Set(['zod/mini', 'zod/v4/core']);

export default defineWxtModule({
  name: 'dispute-radar:content-zod',
  setup(wxt) {
    const base = resolve(wxt.config.root, 'entrypoints/content/zod-base.ts');
    const schema = resolve(wxt.config.root, 'lib/rules/schema.ts');
    const noPropValues = resolve(wxt.config.root, 'entrypoints/content/no-prop-values.ts');
    const swap: Plugin = {
      name: 'dispute-radar:content-zod',
      enforce: 'pre',
      // (and objectOf's propValues, which only zod's discriminated union reads: zod-base has none)
      resolveId: (source, importer) => (ZOD_IMPORTS.has(source) ? base : source === './prop-values' && importer === schema ? noPropValues : null),
      // A name of zod that zod-base lacks is an error, not Rollup's warning: the built script would
      // call undefined.
      onLog(_level, log) {
        if (log.code === 'MISSING_EXPORT' && log.exporter === base) this.error(log);
      },
      // and one the built script calls (zod-base's `unsupported`, kept only where it is called)
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.code.includes(UNSUPPORTED)) this.error(`${file.fileName} calls a type of zod that zod-base lacks`);
        }
      },
    };
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), swap];
    });
  },
});
