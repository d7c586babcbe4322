// @vitest-environment happy-dom
// Pages a review of this session's fixes found read wrongly (ca20030..cd97b88): a currency, a
// dispute that is a search button, deadlines an hour off. Six languages, the vocabulary's texts,
// amounts and dates as Intl prints them (list-pages.ts). Each failed before its mend.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, type Col, type Lang } from './list-pages';
import { LIST, plain, reading, table, valueOf, type Show } from './probe-pages';
import { readAfterRowChange } from './row-change';

/** a value without its currency sign, before the number or after it ("120,50 €" → "120,50", "€120.50" → "120.50") */
const bare = (t: string) => t.replace(/\u00a0?€/, '').replace('€', '');
const readIn = (body: string, l: Lang, timeZone: string, url = 'https://portal.kustom.co/disputes') => reading(readPortalPage(parse(body, l.tag), url, { timeZone }));
const bareAmounts: Show = (c, t) => (c === 'amount' ? bare(t) : t);
const dueBys = (r: ReturnType<typeof reading>) => r.facts.map((f) => f.dueBy);

// 1. Two columns of one field, each naming its unit: the first is read, so its unit is the one.
describe('a field in two columns, each header naming its currency', () => {
  const headed = (l: Lang, unit: string) => (c: Col) => (c === 'amount' ? `${l.labels.amount} (${unit})` : l.labels[c]);
  it.each(KEYS)('"Amount (EUR) | Amount (SEK)" over 120.50 | 1400.00 reads EUR (%s)', (k) => {
    const l = LANGS[k];
    const page = storeBar(l) + table(l, bareAmounts, headed(l, 'EUR'), [[`${l.labels.amount} (SEK)`, () => '1400.00']]);
    expect(reading(readList(page, l.tag))).toEqual(LIST);
    expect(readAfterRowChange(page, l, 'Europe/Stockholm').map((f) => f.amount?.currency)).toEqual(['EUR', 'EUR', 'EUR']);
  });
  it.each(KEYS)('"Amount (EUR) | Amount" over 120.50 | €120.50 reads EUR (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, bareAmounts, headed(l, 'EUR'), [[l.labels.amount, (i) => valueOf(l, i, 'amount')]]), l.tag))).toEqual(LIST);
  });
});

// 2. A list's search field labelled "Dispute ID", empty, its button beside it: no dispute.
describe('an empty search field labelled as a dispute ID, its button in its group', () => {
  const SEARCH = { en: 'Search', de: 'Suchen', sv: 'Sök', fi: 'Hae', nb: 'Søk', da: 'Søg' };
  it.each(KEYS)('reads the list alone (%s)', (k) => {
    const l = LANGS[k];
    const form = `<form role="search"><label for="q">${l.labels.id}</label><div class="input-group"><input id="q" type="search"><button>${SEARCH[k]}</button></div></form>`;
    expect(reading(readList(storeBar(l) + form + table(l), l.tag))).toEqual(LIST);
  });
});

// 3. A header's zone for a date whose machine-readable form names none: the page's zone, not the merchant's.
describe('"Respond by (CET)" over a machine date without an offset, merchant in Europe/London', () => {
  const ISO = ['2026-02-02', '', '2026-02-04'];
  const zoned = (l: Lang, zone: string) => (c: Col) => (c === 'dueBy' ? `${l.labels.dueBy} (${zone})` : l.labels[c]);
  const due = (f: (t: string, iso: string) => string): Show => (c, t, i) => (c === 'dueBy' && ISO[i] ? f(t, ISO[i]!) : t);
  const CASES: [string, (t: string, iso: string) => string, string, (string | undefined)[]][] = [
    ['<time datetime="2026-02-02">', (t, iso) => `<time datetime="${iso}">${t}</time>`, 'CET', [EXPECTED[0]!.dueBy, undefined, EXPECTED[2]!.dueBy]],
    ['<time datetime="2026-02-02T23:59">', (t, iso) => `<time datetime="${iso}T23:59">${t}</time>`, 'CET', ['2026-02-02T22:59:00.000Z', undefined, '2026-02-04T22:59:00.000Z']],
    ['<span title="2 Feb 2026">', (t) => `<span title="${t}">${t}</span>`, 'CET', [EXPECTED[0]!.dueBy, undefined, EXPECTED[2]!.dueBy]],
    ['<time datetime="2026-02-02T23:59:00Z"> (its own zone)', (t, iso) => `<time datetime="${iso}T23:59:00Z">${t}</time>`, 'CET', ['2026-02-02T23:59:00.000Z', undefined, '2026-02-04T23:59:00.000Z']],
    ['<time datetime="2026-02-02"> under (UTC-5)', (t, iso) => `<time datetime="${iso}">${t}</time>`, 'UTC-5', ['2026-02-03T04:59:59.999Z', undefined, '2026-02-05T04:59:59.999Z']],
    ['<time datetime="2026-02-02T23:59"> under (UTC-5)', (t, iso) => `<time datetime="${iso}T23:59">${t}</time>`, 'UTC-5', ['2026-02-03T04:59:00.000Z', undefined, '2026-02-05T04:59:00.000Z']],
    ['<time datetime="2026-02-02T23:59"> under (CEST)', (t, iso) => `<time datetime="${iso}T23:59">${t}</time>`, 'CEST', ['2026-02-02T21:59:00.000Z', undefined, '2026-02-04T21:59:00.000Z']],
  ];
  it.each(CASES.flatMap(([name, ...rest]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, ...rest] as const)))('a table, %s', (_, k, show, zone, want) => {
    const l = LANGS[k];
    const r = readIn(storeBar(l) + table(l, due(show), zoned(l, zone)), l, 'Europe/London');
    expect([r.problems, dueBys(r)]).toEqual([[], want]);
  });
  it.each(KEYS)('a dispute\'s page, as terms, <time datetime="2026-02-02"> (%s)', (k) => {
    const l = LANGS[k];
    const dl = `<dl>${COLS.map((c) => `<dt>${zoned(l, 'CET')(c)}</dt><dd>${due((t, iso) => `<time datetime="${iso}">${t}</time>`)(c, valueOf(l, 0, c), 0)}</dd>`).join('')}</dl>`;
    const r = readIn(`${storeBar(l)}<main>${dl}</main>`, l, 'Europe/London', 'https://portal.kustom.co/disputes/DP-1001');
    expect([r.problems, dueBys(r)]).toEqual([[], [EXPECTED[0]!.dueBy]]);
  });
});

// 4. A bare amount beside two cells of three capitals in columns no label names.
describe('a bare amount beside two unnamed cells of three capitals', () => {
  it.each(KEYS)('"SEK" | "EUR" (a settlement and a currency column): reported, not SEK (%s)', (k) => {
    const l = LANGS[k];
    const r = reading(readList(storeBar(l) + table(l, bareAmounts, undefined, [['Settled in', () => 'SEK'], ['Currency', () => 'EUR']]), l.tag));
    expect(r.facts.map((f) => f.amount)).toEqual([undefined, undefined, undefined]);
    expect(r.problems).toHaveLength(3);
    expect(r.problems.every((p) => /currency/.test(p))).toBe(true);
  });
  it.each(KEYS)('"SWE" | "EUR" (a country and a currency column): EUR (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, bareAmounts, undefined, [['Country', () => 'SWE'], ['Currency', () => 'EUR']]), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('"EUR" | "EUR": EUR (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, bareAmounts, undefined, [['Currency', () => 'EUR'], ['Settled in', () => 'EUR']]), l.tag))).toEqual(LIST);
  });
});

// 5. Cents shown as superscript digits after a currency and a number are no footnote's mark.
describe('an amount with its cents as superscript digits ("€120⁵⁰")', () => {
  it.each(KEYS)('is not read as whole units (%s)', (k) => {
    const l = LANGS[k];
    const lines = COLS.map((c) => `<p>${l.labels[c]}: ${c === 'amount' ? '€120\u2075\u2070' : valueOf(l, 0, c)}</p>`).join('');
    const r = reading(readDetail(`${storeBar(l)}<main>${lines}</main>`, l.tag));
    expect(r.facts[0]!.amount).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/amount/);
  });
});

// 7. A date that names its own zone or offset under a header naming another: its own.
describe('a date naming its own zone under "Respond by (UTC)"', () => {
  const zoned = (l: Lang) => (c: Col) => (c === 'dueBy' ? `${l.labels.dueBy} (UTC)` : l.labels[c]);
  const WALL = [Date.UTC(2026, 1, 2, 22, 59), 0, Date.UTC(2026, 1, 4, 22, 59)];
  const want = ['2026-02-02T22:59:00.000Z', undefined, '2026-02-04T22:59:00.000Z'];
  const CASES: [string, (l: Lang, at: number) => string][] = [
    ['an ISO date-time with an offset, "+01:00"', (_l, at) => new Date(at + 3_600_000).toISOString().slice(0, 19) + '+01:00'],
    ['as Intl prints it with its zone, Europe/Paris', (l, at) => new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'Europe/Paris' }).format(at)],
  ];
  it.each(CASES.flatMap(([name, f]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, f] as const)))('%s', (_, k, f) => {
    const l = LANGS[k];
    const r = readIn(storeBar(l) + table(l, (c, t, i) => (c === 'dueBy' && WALL[i] ? f(l, WALL[i]!) : t), zoned(l)), l, 'Europe/Stockholm');
    expect([r.problems, dueBys(r)]).toEqual([[], want]);
  });
});

// 6. "CET" (and EET, WET) in a header all year: by its region's rules, never later than the page can mean.
describe('a header\'s "(CET)", "(EET)", "(WET)" by its region\'s rules, at the DST changes', () => {
  // wall time as the page shows it, the instant it must read
  const CASES: [string, number, string][] = [
    ['CET', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T21:59:00.000Z'],
    ['CET', Date.UTC(2026, 1, 2, 23, 59), '2026-02-02T22:59:00.000Z'],
    ['CET', Date.UTC(2026, 2, 29, 1, 59), '2026-03-29T00:59:00.000Z'],
    ['CET', Date.UTC(2026, 2, 29, 3, 0), '2026-03-29T01:00:00.000Z'],
    ['CET', Date.UTC(2026, 9, 25, 1, 59), '2026-10-24T23:59:00.000Z'],
    ['CET', Date.UTC(2026, 9, 25, 2, 30), '2026-10-25T00:30:00.000Z'],
    ['CET', Date.UTC(2026, 9, 25, 3, 0), '2026-10-25T02:00:00.000Z'],
    ['CEST', Date.UTC(2026, 1, 2, 23, 59), '2026-02-02T21:59:00.000Z'],
    ['EET', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T20:59:00.000Z'],
    ['EET', Date.UTC(2026, 2, 29, 2, 59), '2026-03-29T00:59:00.000Z'],
    ['EET', Date.UTC(2026, 2, 29, 4, 0), '2026-03-29T01:00:00.000Z'],
    ['WET', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T22:59:00.000Z'],
    ['WET', Date.UTC(2026, 2, 29, 0, 59), '2026-03-29T00:59:00.000Z'],
    ['WET', Date.UTC(2026, 2, 29, 2, 0), '2026-03-29T01:00:00.000Z'],
    ['WET', Date.UTC(2026, 9, 25, 1, 59), '2026-10-25T00:59:00.000Z'],
    ['WET', Date.UTC(2026, 9, 25, 2, 0), '2026-10-25T02:00:00.000Z'],
  ];
  it.each(CASES.flatMap(([zone, wall, want]) => KEYS.map((k) => [`"(${zone})" over ${new Date(wall).toISOString().slice(0, 16)} (${LANGS[k].tag})`, k, zone, wall, want] as const)))('%s', (_, k, zone, wall, want) => {
    const l = LANGS[k];
    const shown = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(wall);
    const head = (c: Col) => (c === 'dueBy' ? `${l.labels.dueBy} (${zone})` : l.labels[c]);
    const r = readIn(storeBar(l) + table(l, (c, t, i) => (c === 'dueBy' && i !== 1 ? shown : t), head), l, 'Europe/Stockholm');
    expect([r.problems, dueBys(r)]).toEqual([[], [want, undefined, want]]);
  });
});

// 6b. A zone's standard-time name as the page's language prints it ("MEZ", "OEZ", "WEZ"; "CET",
// "EET", "WET"), in the value itself or in the header, in summer: by the zone's rules, as a header's
// "(CET)" is read (52afd7f), never later than the page can mean. "GMT" is UTC all year; Finnish
// pages print offsets ("UTC+1"), which stay fixed.
describe('a standard time\'s name in the page\'s language, in the value or in the header, by its zone\'s rules', () => {
  const standardName = (tag: string, tz: string) =>
    new Intl.DateTimeFormat(tag, { timeZone: tz, timeZoneName: 'short' }).formatToParts(Date.UTC(2026, 0, 15, 12)).find((p) => p.type === 'timeZoneName')!.value;
  // the zone, a wall time shown, the instant it must read where the language names the zone by a name of its own (Finnish: a fixed offset)
  const CASES: [string, number, string, string][] = [
    ['Europe/Berlin', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T21:59:00.000Z', '2026-07-02T22:59:00.000Z'],
    ['Europe/Berlin', Date.UTC(2026, 1, 2, 23, 59), '2026-02-02T22:59:00.000Z', '2026-02-02T22:59:00.000Z'],
    ['Europe/Helsinki', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T20:59:00.000Z', '2026-07-02T21:59:00.000Z'],
    ['Europe/Lisbon', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T22:59:00.000Z', '2026-07-02T23:59:00.000Z'],
    ['Europe/London', Date.UTC(2026, 6, 2, 23, 59), '2026-07-02T23:59:00.000Z', '2026-07-02T23:59:00.000Z'],
  ];
  it.each(
    CASES.flatMap(([tz, wall, named, fixed]) =>
      KEYS.flatMap((k) => (['value', 'header'] as const).map((where) => [`${tz}'s name in the ${where}, ${new Date(wall).toISOString().slice(0, 10)} (${LANGS[k].tag})`, k, tz, wall, where, /^(UTC|GMT)/.test(standardName(LANGS[k].tag, tz)) ? fixed : named] as const)),
    ),
  )('%s', (_, k, tz, wall, where, want) => {
    const l = LANGS[k];
    const name = standardName(l.tag, tz);
    const shown = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(wall);
    const head = (c: Col) => (c === 'dueBy' && where === 'header' ? `${l.labels.dueBy} (${name})` : l.labels[c]);
    const r = readIn(storeBar(l) + table(l, (c, t, i) => (c === 'dueBy' && i !== 1 ? (where === 'value' ? `${shown} ${name}` : shown) : t), head), l, 'Europe/Stockholm');
    expect([r.problems, dueBys(r)]).toEqual([[], [want, undefined, want]]);
  });
});

// 9. A currency field of its own before each card's bare amount ("Currency: EUR", then "Amount:
// 120.50"): the vocabulary has no word for it, so the amount is reported, never given the next
// card's or another field's code (cf30235, reverted, read DP-1's 120.50 as the next card's SEK).
describe('cards whose currency is a field of its own before a bare amount: reported, never another card\'s', () => {
  const CURRENCY: Record<string, string> = { en: 'Currency', de: 'Währung', sv: 'Valuta', fi: 'Valuutta', nb: 'Valuta', da: 'Valuta' };
  const CODES = ['EUR', 'SEK', 'USD'];
  it.each(KEYS)('%s', (k) => {
    const l = LANGS[k];
    const card = (i: number) =>
      `<li><p>${l.labels.id}: ${valueOf(l, i, 'id')}</p><p>${CURRENCY[k]}: ${CODES[i]}</p><p>${l.labels.dueBy}: ${valueOf(l, i, 'dueBy')}</p><p>${l.labels.amount}: ${bare(valueOf(l, i, 'amount'))}</p></li>`;
    const r = readIn(`${storeBar(l)}<ul>${[0, 1, 2].map(card).join('')}</ul>`, l, 'Europe/Stockholm');
    expect(r.facts.map((f) => f.amount)).toEqual([undefined, undefined, undefined]);
    expect(r.problems.length).toBeGreaterThan(0);
  });
});

// 10. A label's offset right before its colon, "Respond by, UTC+1: 2 Feb 2026" (e43007a reads the
// unit; e39184e and 06c710b made a colon after a digit end no label, for "(UTC-05:00):"): only a
// colon between digits, a time's or an offset's, is none.
describe('a label whose unit is an offset right before its colon ("Respond by, UTC+1: 2 Feb 2026")', () => {
  it.each(KEYS.flatMap((k) => (['lines', 'one line'] as const).map((how) => [how, k] as const)))('%s (%s)', (how, k) => {
    const l = LANGS[k];
    const pairs = COLS.map((c) => `${c === 'dueBy' ? `${l.labels.dueBy}, UTC+1` : l.labels[c]}: ${valueOf(l, 0, c)}`);
    const body = storeBar(l) + (how === 'lines' ? pairs.map((p) => `<p>${p}</p>`).join('') : `<p>${pairs.join(' · ')}</p>`);
    expect(reading(readDetail(body, l.tag))).toEqual({ page: 'dispute_detail', problems: [], facts: [EXPECTED[0]] });
  });
});
