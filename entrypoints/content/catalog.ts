// The content script's catalog: modules/content-texts.ts puts this file in place of
// lib/i18n/catalog.ts in the content script's build only. It starts empty: every text of the
// page's language is added at run time from the extension's own content-texts/<locale>.json (see
// ./texts.ts), so the page carries one language instead of six. Unit tests use the full catalog.
import type { Locale } from '../../lib/i18n/locales';
import { LOCALES } from '../../lib/i18n/locales';
import type { Messages } from '../../lib/i18n/messages/types';

const AREAS: Messages[] = [];

export const CATALOG = Object.fromEntries(LOCALES.map((l) => [l, {}])) as Record<Locale, Record<string, string>>;
export { AREAS };

/**
 * The detail module (content-rules/detail.js) has its own copy of this file: on load it is handed
 * the content script's catalog, language by language, so both read the same texts.
 */
export function shareCatalog(from: Record<Locale, Record<string, string>>): void {
  for (const locale of LOCALES) CATALOG[locale] = from[locale];
}
