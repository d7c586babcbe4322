// Each page's texts file holds every text the page asks for, and the loader puts a language's
// texts in the catalog (English when the language's file cannot be had).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG, LOCALES, type Locale } from '../../lib/i18n';
import { PAGE_AREAS, pageTexts } from '../../components/popup/text-areas';
import { createPageTexts, textFiles } from '../../components/popup/page-texts';
import { textsPath, type TextPage } from '../../components/popup/text-files';

const ROOT = join(__dirname, '../..');

function sources(paths: string[]): string {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    else if (/\.(ts|tsx)$/.test(p)) out.push(readFileSync(p, 'utf8'));
  };
  for (const p of paths) walk(join(ROOT, p));
  return out.join('\n');
}

/** The code each page runs that asks for texts (lib/cases' CSV, iCalendar and form checks for the popup). */
const PAGE_SOURCES: Record<TextPage, string[]> = {
  popup: ['components/popup', 'components/format.ts', 'lib/cases/export-csv.ts', 'lib/cases/ical.ts', 'lib/cases/fee-vat.ts', 'lib/cases/manual-case.ts'],
  options: ['components/options', 'components/format.ts', 'lib/cases/read.ts'],
};

const KEY = /['`]((?:app|fmt|popup|options|bg|content|advice|evidence)\.[A-Za-z0-9_.]*)(\$\{)?/g;

describe.each(Object.keys(PAGE_AREAS) as TextPage[])('texts of the %s page', (page) => {
  const code = sources(PAGE_SOURCES[page]);
  const used = [...code.matchAll(KEY)].map((m) => ({ key: m[1]!, prefix: m[2] !== undefined }));

  it.each(LOCALES)('hold every key the page asks for, in %s', (locale) => {
    const texts = pageTexts(page, locale);
    const keys = Object.keys(texts);
    const missing = used.filter(({ key, prefix }) =>
      prefix ? !keys.some((k) => k.startsWith(key)) : !(key in texts) && !keys.some((k) => k.startsWith(`${key}.`)),
    );
    expect(missing.map((m) => m.key)).toEqual([]);
    expect(used.length).toBeGreaterThan(page === 'popup' ? 50 : 30);
  });

  it('are a page of the full catalog (same texts, fewer areas)', () => {
    const texts = pageTexts(page, 'de');
    for (const [key, value] of Object.entries(texts)) expect(CATALOG.de[key]).toBe(value);
    expect(Object.keys(texts).length).toBeLessThan(Object.keys(CATALOG.de).length / 3);
  });
});

describe('createPageTexts', () => {
  const saved = new Map<Locale, Record<string, string>>();
  const emptyCatalog = () => {
    for (const l of LOCALES) {
      saved.set(l, { ...CATALOG[l] });
      for (const k of Object.keys(CATALOG[l])) delete CATALOG[l][k];
    }
  };
  afterEach(() => {
    for (const [l, texts] of saved) Object.assign(CATALOG[l], texts);
    saved.clear();
  });

  it('with the full catalog (unit tests) fetches nothing', async () => {
    const asked: string[] = [];
    const texts = createPageTexts(textFiles('popup', async (p) => (asked.push(p), null)));
    expect(texts.has('fi')).toBe(true);
    expect(await texts.ensure('fi')).toBe(true);
    expect(asked).toEqual([]);
  });

  it('loads the language once into an empty catalog, its texts only', async () => {
    emptyCatalog();
    const asked: string[] = [];
    const texts = createPageTexts(textFiles('popup', async (p) => (asked.push(p), { 'app.name': 'Dispute Radar', 'popup.loading': 'Lädt …', bad: 3 })));
    expect(texts.has('de')).toBe(false);
    expect(await Promise.all([texts.ensure('de'), texts.ensure('de')])).toEqual([true, true]);
    expect(CATALOG.de['popup.loading']).toBe('Lädt …');
    expect(CATALOG.de.bad).toBeUndefined();
    expect(asked).toEqual(['/texts/popup.de.json']);
  });

  it('falls back to English when the language cannot be loaded, and asks only once', async () => {
    emptyCatalog();
    const asked: string[] = [];
    const texts = createPageTexts(
      textFiles('options', async (p) => {
        asked.push(p);
        return p.endsWith('.en.json') ? { 'app.name': 'Dispute Radar', 'options.title': 'Settings' } : null;
      }),
    );
    expect(await texts.ensure('sv')).toBe(true);
    expect(await texts.ensure('sv')).toBe(true);
    expect(CATALOG.en['options.title']).toBe('Settings');
    expect(asked).toEqual([textsPath('options', 'sv'), textsPath('options', 'en')]);
  });

  it('says so when neither the language nor English can be loaded', async () => {
    emptyCatalog();
    const texts = createPageTexts(() => Promise.reject(new Error('gone')));
    expect(await texts.ensure('nb')).toBe(false);
  });
});

describe("the popup's texts built into its script", () => {
  it('hold, per language, exactly the texts of the popup file', async () => {
    const { popupTextsSource } = await import('../../modules/texts');
    const source = popupTextsSource();
    expect(source.startsWith('export default ')).toBe(true);
    const texts = JSON.parse(source.slice('export default '.length).replace(/;$/, '')) as Record<string, string>;
    expect(Object.keys(texts).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(JSON.parse(texts[locale]!)).toEqual(pageTexts('popup', locale));
  });
});
