// Where the build puts each page's texts (modules/texts.ts writes them; the pages fetch them).
// Imports nothing: the popup's first classic script uses it too.
import type { Locale } from '../../lib/i18n/locales';

/** The pages whose texts are loaded per language instead of built in. */
export type TextPage = 'popup' | 'options';

export const TEXTS_DIR = 'texts';

/** `/texts/popup.de.json`: the page's texts in one language, from the extension itself. */
export function textsPath(page: TextPage, locale: Locale): string {
  return `/${TEXTS_DIR}/${page}.${locale}.json`;
}
