// Texts the content script loads for the page's language. All texts in six languages are ~35 KB
// gzipped — most of the content script's 40 KB budget — and a page needs one language. The build
// (modules/content-texts.ts) writes one JSON file per language; this fetches it from the extension
// itself (never the network) and adds it to the catalog.
import { browser } from 'wxt/browser';
import type { Locale } from '../../lib/i18n';

/** Where modules/content-texts.ts writes them (keep in step). */
export const LAZY_TEXTS_DIR = 'content-texts';

export type TextLoader = (locale: Locale) => Promise<Record<string, string> | null>;

/** Fetches `content-texts/<locale>.json`; null when it cannot (the panel then shows what it has). */
export const fetchTexts: TextLoader = async (locale) => {
  try {
    // Generated at build time (modules/content-texts.ts), so not among WXT's typed public paths.
    const url = (browser.runtime.getURL as (path: string) => string)(`/${LAZY_TEXTS_DIR}/${locale}.json`);
    const response = await fetch(url);
    if (!response.ok) return null;
    const data = (await response.json()) as unknown;
    if (!data || typeof data !== 'object') return null;
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value === 'string') out[key] = value;
    }
    return out;
  } catch {
    return null;
  }
};

/** The page's language texts, loaded once per language and added to the catalog `t()` reads. */
export interface LocaleTexts {
  has(locale: Locale): boolean;
  /** the texts could not be loaded: not asked again (the page shows what there is) */
  failed(locale: Locale): boolean;
  /** resolves true once the language's texts are in the catalog */
  ensure(locale: Locale): Promise<boolean>;
}

export function createLocaleTexts(load: TextLoader, catalog: Record<Locale, Record<string, string>>): LocaleTexts {
  const loaded = new Set<Locale>();
  const failed = new Set<Locale>();
  const pending = new Map<Locale, Promise<boolean>>();
  return {
    has: (locale) => loaded.has(locale),
    failed: (locale) => failed.has(locale),
    ensure(locale) {
      if (loaded.has(locale)) return Promise.resolve(true);
      if (failed.has(locale)) return Promise.resolve(false);
      let p = pending.get(locale);
      if (!p) {
        p = load(locale).then((texts) => {
          pending.delete(locale);
          if (!texts) {
            failed.add(locale);
            return false;
          }
          Object.assign(catalog[locale], texts);
          loaded.add(locale);
          return true;
        });
        pending.set(locale, p);
      }
      return p;
    },
  };
}
