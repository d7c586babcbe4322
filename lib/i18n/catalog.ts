// Every UI text of the extension, merged from one message file per area. Each area file exports
// `Messages`: the same keys in all six locales (test/i18n checks that none is missing).
import type { Locale } from './locales';
import { LOCALES } from './locales';
import type { Messages } from './messages/types';
import { common } from './messages/common';
import { background } from './messages/background';
import { format } from './messages/format';
import { content } from './messages/content';
import { popup } from './messages/popup';
import { options } from './messages/options';
import { evidence } from './messages/evidence';
import { advice } from './messages/advice';

const AREAS: Messages[] = [common, background, format, content, popup, options, evidence, advice];

function merge(areas: Messages[]): Record<Locale, Record<string, string>> {
  const out = {} as Record<Locale, Record<string, string>>;
  for (const locale of LOCALES) {
    out[locale] = {};
    for (const area of areas) Object.assign(out[locale], area[locale]);
  }
  return out;
}

export const CATALOG = merge(AREAS);
export { AREAS };
