// Loads a page's texts for its UI language into the catalog `t()` reads (the pages' build starts
// with an empty one, see ./page-catalog.ts). English is loaded too when another language cannot
// be, so a missing file shows English rather than keys. With the full catalog (unit tests) there
// is nothing to load. No Preact here: the popup's first frame loads its texts before Preact is
// loaded (./page-texts.ts adds the hook the pages use).
import { CATALOG, hasText, type Locale } from '../../lib/i18n';
import { textsPath, type TextPage } from './text-files';

/** Fetches one texts file: the parsed JSON, or null when it cannot. */
export type TextsFetch = (path: string) => Promise<unknown>;
/** One language's texts: the parsed JSON (any shape: it is checked), or null when they cannot be had. */
export type TextsLoad = (locale: Locale) => Promise<unknown>;

/** The extension's own file, relative to the page (extension pages sit at the extension's root). */
export const fetchJson: TextsFetch = async (path) => {
  try {
    const response = await fetch(path);
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  }
};

/** A page's texts from its files (`texts/<page>.<locale>.json`, written by modules/texts.ts). */
export function textFiles(page: TextPage, fetchTexts: TextsFetch = fetchJson): TextsLoad {
  return (locale) => fetchTexts(textsPath(page, locale));
}

/** The key every page's texts hold (common area): present = that language is in the catalog. */
const PROBE_KEY = 'app.name';

export interface PageTexts {
  has(locale: Locale): boolean;
  /** resolves once `locale`'s texts (or, failing that, English) are in the catalog; false if neither could be loaded */
  ensure(locale: Locale): Promise<boolean>;
}

/**
 * `probe`: a key only these texts hold, where a page loads another page's texts beside its own (the
 * popup, the options page's names of settings): the common area's key is in its catalog already.
 */
export function createPageTexts(loadTexts: TextsLoad, probe: string = PROBE_KEY): PageTexts {
  const pending = new Map<Locale, Promise<boolean>>();
  const has = (locale: Locale) => hasText(locale, probe);

  function load(locale: Locale): Promise<boolean> {
    if (has(locale)) return Promise.resolve(true);
    let p = pending.get(locale);
    if (!p) {
      p = loadTexts(locale).then(
        (data) => {
          if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
          const into = CATALOG[locale];
          for (const [key, value] of Object.entries(data as Record<string, unknown>)) if (typeof value === 'string') into[key] = value;
          return has(locale);
        },
        () => false,
      );
      pending.set(locale, p);
    }
    return p;
  }

  return {
    has,
    async ensure(locale) {
      if (await load(locale)) return true;
      // t() falls back to English for a text the language lacks.
      return locale !== 'en' && (await load('en'));
    },
  };
}

