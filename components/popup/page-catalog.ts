// The popup's and options page's catalog: modules/texts.ts puts this file in place of
// lib/i18n/catalog.ts in those pages' build only. It starts empty: the page's texts in its UI
// language are added at run time from the extension's own texts/<page>.<locale>.json (see
// ./page-texts.ts), so the page's script carries no text of any language (~244 KB less).
// Unit tests use the full catalog.
import type { Locale } from '../../lib/i18n/locales';
import { LOCALES } from '../../lib/i18n/locales';
import type { Messages } from '../../lib/i18n/messages/types';

const AREAS: Messages[] = [];

export const CATALOG = Object.fromEntries(LOCALES.map((l) => [l, {}])) as Record<Locale, Record<string, string>>;
export { AREAS };
