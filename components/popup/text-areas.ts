// Which message areas each page shows (for the build, modules/texts.ts, and the test that checks
// every key a page uses is in its areas). Not imported by the pages themselves: it holds every
// language of every area it names.
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import type { Messages } from '../../lib/i18n/messages/types';
import { common } from '../../lib/i18n/messages/common';
import { format } from '../../lib/i18n/messages/format';
import { popup } from '../../lib/i18n/messages/popup';
import { options } from '../../lib/i18n/messages/options';
import type { TextPage } from './text-files';

export const PAGE_AREAS: Record<TextPage, Messages[]> = {
  // components/popup, components/format, lib/cases' CSV, iCalendar and manual-case checks
  popup: [common, format, popup],
  // components/options (and components/format for dates)
  options: [common, format, options],
};

/** One page's texts in one language, merged from its areas. */
export function pageTexts(page: TextPage, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const area of PAGE_AREAS[page]) Object.assign(out, area[locale]);
  return out;
}

export const TEXT_LOCALES: readonly Locale[] = LOCALES;
