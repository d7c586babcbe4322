// @vitest-environment happy-dom
// A numeric date that reads both ways ("2/4/2026": 2 April or 4 February) on a page whose other
// dates of that shape prove the other order ("1/19/2026": only month first reads it), the
// twenty-third session's probe: before, read in the page language's order, two months off, with
// nothing said (en-GB, de-DE, fi-FI, nb-NO, da-DK; sv-SE reports every such date, before and now).
// Six portal languages, the merchant in Helsinki; a list's table and its cards, a dispute's page as
// "label: value" lines and as terms (probe-pages.ts AFTER_PLACES); read warm as read fresh.
import { describe, expect, it } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { LANGS, parse, storeBar, type Key } from './list-pages';
import { AFTER_PLACES, HELSINKI, inZone, perLang, table, type Show } from './probe-pages';

const HERE = inZone(2);
/** a day's start (created) or end (a deadline) in Helsinki: UTC+2 in winter, UTC+3 in April (summer time) */
const at = (ymd: string, endOfDay: boolean) => new Date(Date.parse(`${ymd}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z`) - (ymd.slice(5, 7) === '04' ? 3 : 2) * 3_600_000).toISOString();
/** each row's created and deadline as shown ("" keeps the row's own, as the language prints it) */
type Rows = [created: string, due: string][];
const shown = (rows: Rows): Show => (c, t, i) => (c === 'createdAt' ? rows[i]![0] || t : c === 'dueBy' ? rows[i]![1] || t : t);
/**
 * What a dated text reads as: a date (YYYY-MM-DD), or [the page order's, the other's] where it is
 * reported as read both ways; sv-SE (year first) reports every date with slashes or hyphens that is not year first, as before.
 */
type Read = string | [string, string] | 'unread';
const SLASHED = /^\d+([/-])\d+\1\d{4}$/;

/** the reading wanted: row i's facts with its dates as `want` says, and each report */
function expected(k: Key, rows: Rows, want: [Read, Read][], list: boolean) {
  const problems: (string | RegExp)[] = [];
  const facts = HERE.slice(0, list ? 3 : 1).map((f, i) => {
    const out: Record<string, unknown> = { ...f };
    (['createdAt', 'dueBy'] as const).forEach((field, n) => {
      const text = rows[i]![n];
      if (!text) return;
      delete out[field];
      let w = want[i]![n]!;
      if (k === 'sv' && SLASHED.test(text)) w = 'unread';
      const label = field === 'createdAt' ? 'created' : 'respond by';
      if (typeof w === 'string' && w !== 'unread') out[field] = at(w, n === 1);
      else if (w === 'unread') problems.push(new RegExp(`^Dispute ${f.id}: the ${label} date could not be read: "${text.replace(/[.]/g, '\\.')}" is not a date the reader knows\\.$`));
      else problems.push(`Dispute ${f.id}: the ${label} date could not be read: "${text}" may be day or month first.`);
    });
    return out;
  });
  return { facts, problems };
}

const check = (r: ReturnType<(typeof AFTER_PLACES)[0][1]>, want: ReturnType<typeof expected>) => {
  expect(r.facts).toEqual(want.facts);
  expect(r.problems).toHaveLength(want.problems.length);
  want.problems.forEach((p, i) => (typeof p === 'string' ? expect(r.problems[i]).toBe(p) : expect(r.problems[i]).toMatch(p)));
};

/** cases × places, in each language */
const everywhere = <T extends unknown[]>(cases: [string, ...T][]) =>
  perLang(cases.flatMap(([name, ...rest]) => AFTER_PLACES.map(([place, read, list]) => [`${name}, in ${place}`, read, list, ...rest] as [string, (typeof AFTER_PLACES)[0][1], boolean, ...T])));

// (DP-1002 shows no deadline: "—")
const CASES: [string, Rows, [Read, Read][]][] = [
  // 1. the created column proves month first; the deadlines "2/4/2026" both ways, "2/2/2026" day = month
  [
    'the created column proves month first ("1/19/2026")',
    [['1/19/2026', '2/4/2026'], ['1/20/2026', ''], ['1/21/2026', '2/2/2026']],
    [['2026-01-19', ['2026-04-02', '2026-02-04']], ['2026-01-20', ''], ['2026-01-21', '2026-02-02']],
  ],
  // 2. only the same dispute's created date proves it (the other rows' dates as the language prints them)
  [
    'the same dispute\'s created date proves month first ("1/30/2026")',
    [['1/30/2026', '2/4/2026'], ['', ''], ['', '']],
    [['2026-01-30', ['2026-04-02', '2026-02-04']], ['', ''], ['', '']],
  ],
  // 3. the same dispute's other date, both in one column: its deadline proves, its created is reported
  [
    'the same dispute\'s deadline proves month first ("2/14/2026")',
    [['1/2/2026', '2/14/2026'], ['', ''], ['', '']],
    [[['2026-02-01', '2026-01-02'], '2026-02-14'], ['', ''], ['', '']],
  ],
  // guards: read before and now
  [
    'the page proves its own order ("19/1/2026"): read so (guard)',
    [['19/1/2026', '2/4/2026'], ['20/1/2026', ''], ['21/1/2026', '4/2/2026']],
    [['2026-01-19', '2026-04-02'], ['2026-01-20', ''], ['2026-01-21', '2026-02-04']],
  ],
  [
    // (with hyphens, a shape no portal language's Intl prints: "1.19.2026" would prove month first
    // for the dots of the de, fi, nb and da pages' own dates, "04.02.2026", reported so)
    'another shape proves the other order ("1-19-2026"): slashes read in the page\'s order (guard)',
    [['1-19-2026', '2/4/2026'], ['', ''], ['', '']],
    [['2026-01-19', '2026-04-02'], ['', ''], ['', '']],
  ],
  [
    'nothing on the page proves an order: read in the page\'s (guard)',
    [['', '2/4/2026'], ['', ''], ['', '']],
    [['', '2026-04-02'], ['', ''], ['', '']],
  ],
];

describe('a date read both ways where the page proves the other order', () => {
  it.each(everywhere(CASES))('%s', (_, k, read, list, rows, want) => {
    check(read(LANGS[k], shown(rows)), expected(k, rows, want, list));
  });
});

// 4. The proving date in another row only: reported on the list; on the dispute's page, which shows
// its dispute alone, nothing contradicts the page's order
describe('another row proves month first ("2/14/2026")', () => {
  const rows: Rows = [['', '2/4/2026'], ['', ''], ['', '2/14/2026']];
  it.each(everywhere([['DP-1003\'s deadline'] as [string]]))('%s', (_, k, read, list) => {
    const want: [Read, Read][] = list ? [['', ['2026-04-02', '2026-02-04']], ['', ''], ['', '2026-02-14']] : [['', '2026-04-02'], ['', ''], ['', '']];
    check(read(LANGS[k], shown(rows)), expected(k, rows, want, list));
  });
});

// 5. Read warm (rows kept from the last reading, row-memo.ts) as read fresh: a row's change that
// shows a proof or takes it away changes the other rows' readings, which it does not touch.
describe('warm readings agree with a fresh one', () => {
  const said = (r: PortalReading) => ({ problems: r.problems, facts: r.disputes.map((d) => d.facts) });
  const page = (k: Key, third: string) => storeBar(LANGS[k]) + table(LANGS[k], shown([['', '2/4/2026'], ['', ''], ['', third]]));
  const CHANGES: [string, string, string][] = [
    ['a row\'s deadline changed to one that proves the other order', '2/2/2026', '2/14/2026'],
    ['the deadline that proved it changed to one that does not', '2/14/2026', '2/2/2026'],
  ];
  it.each(perLang(CHANGES))('%s', (_, k, before, after) => {
    const url = 'https://portal.kustom.co/disputes';
    const doc = parse(page(k, before), LANGS[k].tag);
    readPortalPage(doc, url, { timeZone: HELSINKI });
    const cell = doc.querySelectorAll('tbody tr')[2]!.lastElementChild!;
    cell.textContent = after;
    const again = readPortalPage(doc, url, { timeZone: HELSINKI });
    const fresh = readPortalPage(parse(page(k, after), LANGS[k].tag), url, { timeZone: HELSINKI });
    expect(said(again)).toEqual(said(fresh));
    expect(said(fresh).problems.some((p) => p.includes('"2/4/2026" may be day or month first'))).toBe(k !== 'sv' && after === '2/14/2026');
  });
});
