// Build step for the content script's size budget (≤ 40 KB gzipped, issue 3):
// 1. in the content script's build only, lib/i18n/catalog.ts is replaced by
//    entrypoints/content/catalog.ts, which starts empty (no text of any language in the bundle);
// 2. the whole catalog is written as one JSON file per language under content-texts/,
//    web-accessible to the portal hosts only, and fetched by the content script for the page's
//    language (entrypoints/content/texts.ts);
// 3. in the content script's build only, `webextension-polyfill` is the browser's own promise API
//    (entrypoints/content/native-browser.ts).
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';
import { LOCALES } from '../lib/i18n/locales';
import { CATALOG } from '../lib/i18n/catalog';

const DIR = 'content-texts';
const PORTAL_MATCHES = ['https://portal.kustom.co/*', 'https://portal.playground.kustom.co/*'];

export default defineWxtModule({
  name: 'dispute-radar:content-texts',
  setup(wxt) {
    const contentCatalog = resolve(wxt.config.root, 'entrypoints/content/catalog.ts');
    const nativeBrowser = resolve(wxt.config.root, 'entrypoints/content/native-browser.ts');
    const swapCatalog: Plugin = {
      name: 'dispute-radar:content-catalog',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === './catalog' && importer && /[\\/]lib[\\/]i18n[\\/](index|translate)\.ts$/.test(importer)) {
          return contentCatalog;
        }
        if (source === 'webextension-polyfill') return nativeBrowser;
        return null;
      },
    };
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), swapCatalog];
    });
    wxt.hook('build:publicAssets', (_wxt, files) => {
      for (const locale of LOCALES) {
        // The whole catalog of the language: any text lib/rules or a component asks for is there.
        files.push({ relativeDest: `${DIR}/${locale}.json`, contents: JSON.stringify(CATALOG[locale]) });
      }
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      const resources = [`${DIR}/*.json`];
      const entry =
        manifest.manifest_version === 2 ? resources : { resources, matches: PORTAL_MATCHES };
      const list = (manifest.web_accessible_resources ?? []) as unknown[];
      manifest.web_accessible_resources = [...list, entry] as typeof manifest.web_accessible_resources;
    });
  },
});
