import { describe, expect, it } from 'vitest';
import { createLocaleTexts } from '../../entrypoints/content/texts';
import type { Locale } from '../../lib/i18n';

describe('locale texts loaded on demand', () => {
  const catalog = () => ({ en: {}, de: {}, sv: {}, fi: {}, nb: {}, da: {} }) as Record<Locale, Record<string, string>>;

  it('loads a language once, into the catalog, even when asked twice at the same time', async () => {
    const asked: Locale[] = [];
    const cat = catalog();
    const texts = createLocaleTexts(async (l) => {
      asked.push(l);
      return { 'app.name': `name-${l}` };
    }, cat);
    expect(texts.has('de')).toBe(false);
    const [a, b] = await Promise.all([texts.ensure('de'), texts.ensure('de')]);
    expect([a, b]).toEqual([true, true]);
    expect(await texts.ensure('de')).toBe(true);
    expect(asked).toEqual(['de']);
    expect(cat.de['app.name']).toBe('name-de');
    expect(texts.has('de')).toBe(true);
  });

  it('asks only once for a language that cannot be loaded', async () => {
    let asked = 0;
    const texts = createLocaleTexts(async () => {
      asked += 1;
      return null;
    }, catalog());
    expect(await texts.ensure('fi')).toBe(false);
    expect(await texts.ensure('fi')).toBe(false);
    expect(asked).toBe(1);
    expect(texts.failed('fi')).toBe(true);
    expect(texts.has('fi')).toBe(false);
  });
});
