// A translation states the same facts as the English: the same numbers (days, reason codes, MB,
// pages, amounts) in every text, and in a checklist item's title the same qualifiers in
// parentheses ("Why no (full) refund is due" is about a partial refund too; "Why full refund is
// not due" is not).
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../lib/i18n/catalog';
import { LOCALES } from '../../lib/i18n';
import { evidence } from '../../lib/i18n/messages/evidence';

// Digits outside placeholders, as a sorted list: "4.5 MB" and "4,5 Mt" both give 4, 5.
const numbers = (text: string) => (text.replace(/\{\w+\}/g, '').match(/\d+/g) ?? []).sort();
const parentheses = (text: string) => (text.match(/\([^)]*\)/g) ?? []).length;

describe('translations state the same facts', () => {
  it.each(LOCALES.filter((l) => l !== 'en').map((l) => [l] as const))('%s: the same numbers as the English', (locale) => {
    const differ: string[] = [];
    for (const area of AREAS) {
      for (const [key, english] of Object.entries(area.en)) {
        const text = area[locale][key] ?? '';
        if (numbers(text).join() !== numbers(english).join()) differ.push(`${key}: ${english} | ${text}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en').map((l) => [l] as const))('%s: evidence titles keep the English qualifiers in parentheses', (locale) => {
    const titles = Object.keys(evidence.en).filter((key) => key.endsWith('.title'));
    const differ = titles
      .filter((key) => parentheses(evidence[locale][key] ?? '') !== parentheses(evidence.en[key] ?? ''))
      .map((key) => `${key}: ${evidence.en[key]} | ${evidence[locale][key]}`);
    expect(differ).toEqual([]);
  });
});
