// Quotation marks as each language prints them, the same in every text of every area (annotations,
// advice, evidence, notifications, popup, options page): English “…” (as the popup), German „…“, Swedish and Finnish ”…”,
// Norwegian «…», Danish »…«. A straight " or another language's marks in a text is a slip.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/i18n';
import { LOCALES } from '../../lib/i18n';
import type { Messages } from '../../lib/i18n/messages/types';
import { advice } from '../../lib/i18n/messages/advice';
import { background } from '../../lib/i18n/messages/background';
import { common } from '../../lib/i18n/messages/common';
import { content } from '../../lib/i18n/messages/content';
import { evidence } from '../../lib/i18n/messages/evidence';
import { format } from '../../lib/i18n/messages/format';
import { options } from '../../lib/i18n/messages/options';
import { popup } from '../../lib/i18n/messages/popup';

const AREAS: Messages[] = [advice, background, common, content, evidence, format, popup, options];

const QUOTES: Record<Locale, { open: string; close: string }> = {
  en: { open: '“', close: '”' },
  de: { open: '„', close: '“' },
  sv: { open: '”', close: '”' },
  fi: { open: '”', close: '”' },
  nb: { open: '«', close: '»' },
  da: { open: '»', close: '«' },
};

const ANY_QUOTE = /["“”„‟«»‹›]/g;

describe('quotation marks', () => {
  it.each(LOCALES.map((l) => [l] as const))('%s: only the language’s own, in pairs', (locale) => {
    const { open, close } = QUOTES[locale];
    const wrong: string[] = [];
    for (const area of AREAS) {
      for (const [key, text] of Object.entries(area[locale])) {
        const marks = text.match(ANY_QUOTE) ?? [];
        const pairs = marks.length % 2 === 0 && marks.every((m, i) => m === (i % 2 === 0 ? open : close));
        if (!pairs) wrong.push(`${key}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
