import { describe, expect, it } from 'vitest';
import { AREAS } from '../../lib/i18n/catalog';
import { LOCALES, resolveLocale, t, tn } from '../../lib/i18n';

describe('i18n catalog', () => {
  it.each(AREAS.map((area, i) => [i, area] as const))('area %i has the same keys in every locale', (_i, area) => {
    const english = Object.keys(area.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(area[locale]).sort(), locale).toEqual(english);
      for (const key of english) expect(area[locale][key]?.trim(), `${locale}:${key}`).not.toBe('');
    }
  });

  it('no key is defined by two areas', () => {
    const seen = new Map<string, number>();
    AREAS.forEach((area, i) => {
      for (const key of Object.keys(area.en)) {
        expect(seen.has(key), `${key} in areas ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
  });

  it('every placeholder of the English text exists in each translation', () => {
    for (const area of AREAS) {
      for (const [key, text] of Object.entries(area.en)) {
        const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        for (const locale of LOCALES) {
          const other = [...(area[locale][key] ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(other, `${locale}:${key}`).toEqual(names);
        }
      }
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    ['en-GB', 'en'], ['de-DE', 'de'], ['de-AT', 'de'], ['sv-SE', 'sv'], ['fi-FI', 'fi'],
    ['nb-NO', 'nb'], ['no', 'nb'], ['nn-NO', 'nb'], ['da-DK', 'da'], ['fr-FR', 'en'], ['', 'en'], [null, 'en'],
    // a page's lang that names a property every object has: no language of ours (it answered with
    // Object's own function, and the page got no chips)
    ['constructor', 'en'], ['__proto__', 'en'], ['toString-x', 'en'], ['hasOwnProperty', 'en'],
  ] as const)('%s → %s', (tag, locale) => expect(resolveLocale(tag)).toBe(locale));
});

describe('t', () => {
  it('falls back to the key when a text is missing, without throwing', () => {
    expect(t('de', 'no.such.key')).toBe('no.such.key');
    expect(tn('fi', 'no.such.key', 3)).toBe('no.such.key.other');
  });
  it('returns the product name', () => expect(t('sv', 'app.name')).toBe('Dispute Radar'));
});

describe('tn', () => {
  // A count is written as the language writes numbers: "1234 Streitfälle" read as a year.
  it.each([
    ['en', 1234, '1,234 disputes need a response'],
    ['de', 1234, '1.234 Streitfälle brauchen eine Antwort'],
    ['sv', 12345, '12\u00a0345 tvister behöver svar'],
    ['fi', 1234, '1\u00a0234 kiistaa vaatii vastauksen'],
    ['nb', 12345, '12\u00a0345 tvister trenger svar'],
    ['da', 1234, '1.234 tvister kræver svar'],
    ['en', 1, '1 dispute needs a response'],
    ['de', 999, '999 Streitfälle brauchen eine Antwort'],
  ] as const)('%s: %i', (locale, count, text) => {
    expect(tn(locale, 'content.summary.needResponse', count)).toBe(text);
  });
});
