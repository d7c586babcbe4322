// Build step: UI texts are loaded per language at run time instead of built into each script
// (all six languages of every area are ~244 KB; a page shows one language of a few areas).
// 1. Content script (size budget ≤ 40 KB gzipped, issue 3): in its build only, lib/i18n/catalog.ts
//    is replaced by entrypoints/content/catalog.ts (empty); the whole catalog of each language is
//    written to content-texts/<locale>.json, web-accessible to the portal hosts only, and fetched
//    for the page's language (entrypoints/content/texts.ts). Also in its build only,
//    `webextension-polyfill` is the browser's own promise API (entrypoints/content/native-browser.ts).
// 2. Popup and options page (the popup's first list in ≤ 100 ms, issue 4): in their build,
//    lib/i18n/catalog.ts is replaced by components/popup/page-catalog.ts (empty); each page's areas
//    (components/popup/text-areas.ts) are written to texts/<page>.<locale>.json and fetched for the
//    UI language (components/popup/page-texts.ts). Not web-accessible: only our own pages read them.
//    The popup's own texts are instead built into its script (no texts/popup.* file), one JSON text per language (the virtual
//    module below, ~7 KB each): JSON.parse of one is ~0.1 ms, while the fetch of its file took
//    10-40 ms on a loaded machine and was on the first frame's critical path (the options page
//    still fetches its file).
// The background keeps the full catalog (notifications in any language, no start-up budget).
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';
import { addPortalResources } from './shared/web-accessible';
import { LOCALES } from '../lib/i18n/locales';
import { CATALOG } from '../lib/i18n/catalog';
import { pageTexts } from '../components/popup/text-areas';
import { textsPath, type TextPage } from '../components/popup/text-files';

const CONTENT_DIR = 'content-texts';
const PAGE_TYPES = new Set(['popup', 'options']);
/** Pages whose texts are fetched from a file (the popup's are built into its script). */
const FETCHED_PAGES: readonly TextPage[] = ['options'];
/**
 * Imported by entrypoints/popup/main.tsx by this name (declared in components/popup/popup-texts.d.ts):
 * Record<Locale, string>, the popup's texts as JSON per language.
 */
const POPUP_TEXTS_MODULE = 'virtual:dispute-radar/popup-texts';
const RESOLVED_POPUP_TEXTS = `\0${POPUP_TEXTS_MODULE}`;

/** The virtual module's source: the popup's texts of every language, each one JSON text. */
export function popupTextsSource(): string {
  const texts = Object.fromEntries(LOCALES.map((locale) => [locale, JSON.stringify(pageTexts('popup', locale))]));
  return `export default ${JSON.stringify(texts)};`;
}

function popupTextsPlugin(): Plugin {
  return {
    name: 'dispute-radar:popup-texts',
    resolveId: (source) => (source === POPUP_TEXTS_MODULE ? RESOLVED_POPUP_TEXTS : null),
    load(id) {
      return id === RESOLVED_POPUP_TEXTS ? popupTextsSource() : null;
    },
  };
}

/** lib/i18n's own `./catalog` import replaced by `catalog` (a file that starts empty). */
function swapCatalog(name: string, catalog: string, extra: Record<string, string> = {}): Plugin {
  return {
    name,
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './catalog' && importer && /[\\/]lib[\\/]i18n[\\/](index|translate)\.ts$/.test(importer)) return catalog;
      return extra[source] ?? null;
    },
  };
}

export default defineWxtModule({
  name: 'dispute-radar:texts',
  setup(wxt) {
    const root = wxt.config.root;
    const contentPlugin = swapCatalog('dispute-radar:content-catalog', resolve(root, 'entrypoints/content/catalog.ts'), {
      'webextension-polyfill': resolve(root, 'entrypoints/content/native-browser.ts'),
    });
    const pagesPlugin = swapCatalog('dispute-radar:page-catalog', resolve(root, 'components/popup/page-catalog.ts'));
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script')) {
        config.plugins = [...(config.plugins ?? []), contentPlugin];
      } else if (entrypoints.length > 0 && entrypoints.every((e) => PAGE_TYPES.has(e.type))) {
        config.plugins = [...(config.plugins ?? []), pagesPlugin, popupTextsPlugin()];
      }
    });
    wxt.hook('build:publicAssets', (_wxt, files) => {
      for (const locale of LOCALES) {
        // The whole catalog of the language: any text lib/rules or a component asks for is there.
        files.push({ relativeDest: `${CONTENT_DIR}/${locale}.json`, contents: JSON.stringify(CATALOG[locale]) });
        for (const page of FETCHED_PAGES) {
          files.push({ relativeDest: textsPath(page, locale).slice(1), contents: JSON.stringify(pageTexts(page, locale)) });
        }
      }
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      addPortalResources(manifest, [`${CONTENT_DIR}/*.json`]);
    });
  },
});
