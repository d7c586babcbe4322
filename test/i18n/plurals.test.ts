// Plural texts (tn: `key.one`, `key.other`, … by CLDR category): every language has a text for
// each category its plural rules pick for a whole count, so tn never falls back to another
// category's grammar, and every form shows the count.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../lib/i18n/catalog';
import { LOCALES } from '../../lib/i18n';

const CATEGORY = /\.(zero|one|two|few|many|other)$/;

const families = [...new Set(AREAS.flatMap((area) => Object.keys(area.en).filter((k) => CATEGORY.test(k)).map((k) => k.replace(CATEGORY, ''))))];

describe('plural texts', () => {
  it('there are some to check', () => expect(families.length).toBeGreaterThan(3));

  it.each(LOCALES.map((l) => [l] as const))('%s: a form for every category a whole count can take, each with {count}', (locale) => {
    const rules = new Intl.PluralRules(locale);
    const needed = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
    const texts = Object.assign({}, ...AREAS.map((area) => area[locale])) as Record<string, string>;
    const problems: string[] = [];
    for (const family of families) {
      for (const category of needed) {
        const text = texts[`${family}.${category}`];
        if (text === undefined) problems.push(`${family}.${category} missing`);
        else if (!text.includes('{count}')) problems.push(`${family}.${category} has no {count}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
