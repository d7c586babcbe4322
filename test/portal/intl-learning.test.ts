// The reader learns from Intl only what a page needs, when it needs it (a currency symbol, month
// names, a country name): each case below starts from a fresh module, as a content script does on
// a new page, and must read exactly what learning everything up front read. The data checks make
// sure the shortcuts are sound in this runtime (test/portal/chromium-check.ts repeats the
// currency one in Chromium).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CURRENCY_HINT_LOCALES,
  CURRENCY_SYMBOL_HINTS,
  FEE_TABLE_CURRENCIES,
  KNOWN_PAGE_LOCALES,
  PORTAL_LANGS,
  PORTAL_LOCALE_OF,
} from '../../lib/portal/vocabulary';
import { MONTH_STYLES, WEEKDAY_STYLES } from '../../lib/portal/date';
import { symbolTable } from '../../lib/portal/amount';

const PORTAL_LOCALES = PORTAL_LANGS.map((l) => PORTAL_LOCALE_OF[l]);

/** Counts constructions of an Intl class (made with `new`) while the test runs. */
function countConstructions<K extends 'NumberFormat' | 'DateTimeFormat' | 'DisplayNames'>(name: K) {
  const made: unknown[][] = [];
  const Original = Intl[name];
  const Counting = new Proxy(Original, {
    construct(target, args) {
      made.push(args);
      return new (target as unknown as new (...a: unknown[]) => object)(...args);
    },
  });
  (Intl as Record<string, unknown>)[name] = Counting;
  return { made, restore: () => ((Intl as Record<string, unknown>)[name] = Original) };
}

let restore: (() => void)[] = [];
beforeEach(() => vi.resetModules());
afterEach(() => {
  restore.forEach((r) => r());
  restore = [];
});

async function freshReader() {
  return import('../../lib/portal/index');
}

describe('currency symbols', () => {
  it('CURRENCY_SYMBOL_HINTS names every currency this runtime prints each symbol for, and prints each one it names', () => {
    const printed = new Map<string, Set<string>>();
    // the reader's own full tables (every fee-table currency as Intl prints it), which the hints shortcut
    for (const l of CURRENCY_HINT_LOCALES) {
      for (const display of ['symbol', 'narrowSymbol'] as const) {
        for (const [key, currencies] of symbolTable(l, display)) {
          if (FEE_TABLE_CURRENCIES.includes(key.toUpperCase())) continue; // an ISO code reads as itself
          if (!printed.has(key)) printed.set(key, new Set());
          for (const c of currencies) printed.get(key)!.add(c);
        }
      }
    }
    const hints = Object.fromEntries(Object.entries(CURRENCY_SYMBOL_HINTS).map(([k, v]) => [k, [...v].sort()]));
    expect(hints).toEqual(Object.fromEntries([...printed].map(([k, v]) => [k, [...v].sort()])));
  });

  it.each([
    ['€12.00', 'en-GB', { amountMinor: 1200, currency: 'EUR' }],
    ['NZ$12.00', 'en-GB', { amountMinor: 1200, currency: 'NZD' }],
    ['12,00 €', 'de-DE', { amountMinor: 1200, currency: 'EUR' }],
    ['£5', null, { amountMinor: 500, currency: 'GBP' }],
  ])('a symbol one currency prints (%s on %s) is read without learning any symbols', async (text, l, money) => {
    const nf = countConstructions('NumberFormat');
    restore.push(nf.restore);
    const { parseAmount } = await freshReader();
    expect(parseAmount(text, l)).toEqual(money);
    // (the scale of Money may ask Intl about the currency itself, in 'en': no symbol learning)
    expect(nf.made.filter(([locale]) => locale !== 'en')).toEqual([]);
  });

  it('a symbol several currencies print is asked of Intl for those few only', async () => {
    const nf = countConstructions('NumberFormat');
    restore.push(nf.restore);
    const { readAmount, parseAmount } = await freshReader();
    const r = readAmount('$12.00', 'en-GB');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/could be AUD, CAD, NZD, USD/);
    const asked = new Set(nf.made.map(([, o]) => (o as { currency?: string }).currency));
    expect([...asked].sort()).toEqual(['AUD', 'CAD', 'NZD', 'USD']);
    // the same symbol where the page's language settles it
    expect(parseAmount('12,00 $', 'de-DE')).toEqual({ amountMinor: 1200, currency: 'USD' });
  });

  it.each([
    ['$12.00', 'en-AU', { amountMinor: 1200, currency: 'AUD' }],
    ['12.00 euros', 'en-GB', { amountMinor: 1200, currency: 'EUR' }],
    ['12,00 svenska kronor', 'sv-SE', { amountMinor: 1200, currency: 'SEK' }],
  ])('a symbol or name outside the hints (%s on %s) is learnt from every currency', async (text, l, money) => {
    const { parseAmount } = await freshReader();
    expect(parseAmount(text, l)).toEqual(money);
  });
});

describe('month names', () => {
  const word = (s: string) => s.toLowerCase().replace(/[.,]+$/, '');
  it.each(KNOWN_PAGE_LOCALES)('%s: no month word names two months or is also a weekday or joining word', (l) => {
    const months = new Map<string, number>();
    for (const style of MONTH_STYLES) {
      const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...style });
      for (let m = 0; m < 12; m++) {
        for (const p of f.formatToParts(new Date(Date.UTC(2025, m, 15, 12)))) {
          if (p.type !== 'month' || /^\d+$/.test(p.value)) continue;
          for (const w of [word(p.value), ...p.value.toLowerCase().split(/\s+/).map(word)]) {
            if (!w) continue;
            expect(months.get(w) ?? m, `${w} in ${JSON.stringify(style)}`).toBe(m);
            months.set(w, m);
          }
        }
      }
    }
    const others = new Set<string>();
    // (weekdays alone and in a date: Finnish "maanantai", "maanantaina 2.2.2026")
    for (const style of WEEKDAY_STYLES) {
      const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...style });
      for (let d = 0; d < 7; d++) for (const p of f.formatToParts(new Date(Date.UTC(2025, 0, 5 + d, 12)))) if (p.type === 'weekday') others.add(word(p.value));
    }
    for (const p of new Intl.DateTimeFormat(l, { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' }).formatToParts(new Date(Date.UTC(2025, 2, 15, 12)))) {
      if (p.type === 'literal') for (const w of p.value.split(/\s+/)) if (/\p{L}/u.test(w)) others.add(word(w));
    }
    expect([...months.keys()].filter((w) => others.has(w))).toEqual([]);
  });

  /** DateTimeFormats made to learn names (in UTC, with a date style, month or weekday), not zone arithmetic. */
  const learning = (made: unknown[][]) =>
    made.filter(([, o]) => {
      const opts = (o ?? {}) as Intl.DateTimeFormatOptions;
      return opts.timeZone === 'UTC' && (opts.dateStyle !== undefined || opts.month !== undefined || opts.weekday !== undefined);
    });

  it('a date as dateStyle medium shows it is read with one DateTimeFormat of names', async () => {
    const dtf = countConstructions('DateTimeFormat');
    restore.push(dtf.restore);
    const { parseDate } = await freshReader();
    expect(parseDate('19 Jan 2026, 11:00', 'en-GB', { timeZone: 'Europe/Stockholm' })).toBe('2026-01-19T10:00:00.000Z');
    expect(learning(dtf.made)).toHaveLength(1);
  });

  it('a numeric date learns no names', async () => {
    const dtf = countConstructions('DateTimeFormat');
    restore.push(dtf.restore);
    const { parseDate } = await freshReader();
    expect(parseDate('19.01.2026, 11:00', 'de-DE', { timeZone: 'Europe/Stockholm' })).toBe('2026-01-19T10:00:00.000Z');
    expect(learning(dtf.made).filter(([, o]) => (o as Intl.DateTimeFormatOptions).dateStyle !== 'short')).toEqual([]);
  });

  it.each([
    ['Monday 19 January 2026, 11:00', 'en-GB', '2026-01-19T10:00:00.000Z'],
    ['19. Januar 2026 um 11:00', 'de-DE', '2026-01-19T10:00:00.000Z'],
    ['måndag 19 januari 2026 kl. 11:00', 'sv-SE', '2026-01-19T10:00:00.000Z'],
    ['maanantai 19. tammikuuta 2026 klo 11.00', 'fi-FI', '2026-01-19T10:00:00.000Z'],
    ['January 19, 2026 at 11:00 AM', 'nb-NO', '2026-01-19T10:00:00.000Z'],
    ['19 Jan 2026', 'da-DK', '2026-01-18T23:00:00.000Z'],
  ])('a date the first names do not read (%s on %s) is read with the rest', async (text, l, iso) => {
    const { parseDate } = await freshReader();
    expect(parseDate(text, l, { timeZone: 'Europe/Stockholm' })).toBe(iso);
  });
});

describe('country names', () => {
  const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'AA', 'XA', 'XB', 'XK']);
  const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let i = 0; i < 26; i++) for (let j = 0; j < 26; j++) codes.push(String.fromCharCode(65 + i, 65 + j));
  const current = codes.filter(
    (c) => !NOT_COUNTRIES.has(c) && english.of(c) !== undefined && Intl.getCanonicalLocales(`und-${c}`)[0] === `und-${c}`,
  );

  it.each([...PORTAL_LOCALES, 'en'].flatMap((l) => (['long', 'short'] as const).map((style) => [l, style] as const)))(
    '%s (%s): no two current countries share a name',
    (l, style) => {
      const dn = new Intl.DisplayNames(l, { type: 'region', style, fallback: 'none' });
      const names = current.map((c) => dn.of(c)!.toLowerCase());
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    },
  );

  it('a name read after codes, on a fresh page, asks a few names only', async () => {
    const dn = countConstructions('DisplayNames');
    restore.push(dn.restore);
    const { parseCountry } = await freshReader();
    let asked = 0;
    const of = Intl.DisplayNames.prototype.of;
    Intl.DisplayNames.prototype.of = function (this: Intl.DisplayNames, code: string) {
      asked++;
      return of.call(this, code);
    };
    restore.push(() => (Intl.DisplayNames.prototype.of = of));
    expect(parseCountry('SE', 'en-GB')).toBe('SE');
    expect(parseCountry('Bulgaria', 'en-GB')).toBe('BG');
    expect(asked).toBeLessThan(60);
  });

  it.each([
    ['Germany', 'en-GB', 'DE'],
    ['Switzerland', 'en-GB', 'CH'],
    ['United Kingdom', 'en-GB', 'GB'],
    ['Schweden', 'en-GB', 'SE'],
    ['Österreich', 'de-DE', 'AT'],
    ['Åland', 'sv-SE', 'AX'],
    ['Atlantis', 'en-GB', null],
    // two letters that are no code: a short name (Intl's en and de print GB as "UK"), else nothing
    ['UK', 'en-GB', 'GB'],
    ['UK', 'fi-FI', 'GB'],
    ['XQ', 'en-GB', null],
  ])('%s on a fresh %s page → %s', async (text, l, code) => {
    const { parseCountry } = await freshReader();
    expect(parseCountry(text, l)).toBe(code);
  });

  it.each(PORTAL_LOCALES)('every current country named in %s reads back, in a shuffled order on a fresh page', async (l) => {
    const { parseCountry } = await freshReader();
    const dn = new Intl.DisplayNames(l, { type: 'region' });
    const shuffled = [...current].sort((a, b) => ((a.charCodeAt(1) * 7 + a.charCodeAt(0)) % 26) - ((b.charCodeAt(1) * 7 + b.charCodeAt(0)) % 26));
    for (const c of shuffled) expect(parseCountry(dn.of(c)!, l), `${l} ${dn.of(c)}`).toBe(c);
  });
});

/** A page as preparePortalReader sees it: its lang attribute (this file runs without a DOM). */
const pageWithLang = (lang: string | null) =>
  ({ documentElement: { getAttribute: (name: string) => (name === 'lang' ? lang : null) } }) as unknown as Document;

describe('preparePortalReader', () => {
  it('learns beforehand what a first reading of the page learns', async () => {
    const { preparePortalReader, parseAmount, parseDate, parseCountry } = await freshReader();
    preparePortalReader(pageWithLang('en-GB'), { timeZone: 'Europe/Stockholm' });
    const nf = countConstructions('NumberFormat');
    const dtf = countConstructions('DateTimeFormat');
    const dn = countConstructions('DisplayNames');
    restore.push(nf.restore, dtf.restore, dn.restore);
    expect(parseDate('19 Jan 2026, 11:00', 'en-GB', { timeZone: 'Europe/Stockholm' })).toBe('2026-01-19T10:00:00.000Z');
    expect(parseDate('19/01/2026, 11:00', 'en-GB', { timeZone: 'Europe/Stockholm' })).toBe('2026-01-19T10:00:00.000Z');
    expect(parseAmount('NZ$1,234.50', 'en-GB')).toEqual({ amountMinor: 123450, currency: 'NZD' });
    expect(parseAmount('€1,234', 'en-GB')).toEqual({ amountMinor: 123400, currency: 'EUR' });
    expect(parseCountry('Norway', 'en-GB')).toBe('NO');
    expect([nf.made, dtf.made, dn.made]).toEqual([[], [], []]);
  });

  it.each([
    ['no lang', pageWithLang(null), {}],
    ['a language the portal does not speak', pageWithLang('xx-YY'), {}],
    ['a zone this runtime does not know', pageWithLang('de-DE'), { timeZone: 'Mars/Olympus' }],
    ['no document element', {} as Document, {}],
  ])('never throws (%s), and readings after it read as without it', async (_what, doc, opts) => {
    const { preparePortalReader, parseDate } = await freshReader();
    expect(() => preparePortalReader(doc, opts)).not.toThrow();
    expect(parseDate('19.01.2026, 11:00', 'de-DE', { timeZone: 'Europe/Stockholm' })).toBe('2026-01-19T10:00:00.000Z');
  });
});

// date.ts learns zone names ("CET", "MESZ", "Eastern Standard Time") from one zone of each set of
// zones Intl names alike; the zones it leaves out must read as the zone it asks does: every name
// Intl prints for them, in every page locale, winter and summer, reads as that zone's offset.
describe('zone names', () => {
  const LEFT_OUT = ['Europe/Berlin', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/Warsaw', 'Europe/Prague', 'Europe/Budapest', 'Europe/Zurich', 'Europe/Amsterdam', 'Europe/Paris', 'Europe/Athens', 'Europe/Bucharest', 'Europe/Sofia', 'America/Toronto'];
  it.each(LEFT_OUT)('the names Intl prints for %s read as its offsets', async (tz) => {
    const { parseDate } = await import('../../lib/portal/date');
    for (const month of [0, 6]) {
      const at = new Date(Date.UTC(2025, month, 15, 12));
      for (const locale of KNOWN_PAGE_LOCALES) {
        for (const timeZoneName of ['short', 'long'] as const) {
          const text = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: tz }).format(at);
          const name = new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
          expect([locale, name, parseDate(`${text} ${name}`, 'en-GB', { timeZone: 'Asia/Tokyo' })]).toEqual([locale, name, at.toISOString()]);
        }
      }
    }
  });
});
