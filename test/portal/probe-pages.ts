// Page builders the probes of unseen markup share (unseen-tenth, -eleventh, -twelfth,
// review-mends): the three disputes of list-pages.ts as a table or as descriptions, each value
// shown as a probe's `Show` prints it, and what a reading of them is expected to give.
import { expect, it, vi } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, storeBar, type Col, type readList, type Lang } from './list-pages';

/** each language's cases, named with its tag */
export const perLang = <T extends unknown[]>(cases: [string, ...T][]) => cases.flatMap(([name, ...rest]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, ...rest] as const));
export const valueOf = (l: Lang, i: number, c: Col) => l.rows[i]![COLS.indexOf(c)]!;
export const reading = (r: ReturnType<typeof readList>) => ({ page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) });
export const LIST = { page: 'dispute_list', problems: [], facts: EXPECTED };
export const DETAIL = { page: 'dispute_detail', problems: [], facts: [EXPECTED[0]] };
/** how a cell or a description shows a value of column `c` of dispute `i` */
export type Show = (c: Col, t: string, i: number) => string;
export const plain: Show = (_c, t) => t;
/** the three disputes in a table, each column headed by `head` (its label by default), then `more` columns (a head and a row's cell each) */
export const table = (l: Lang, show: Show = plain, head: (c: Col) => string = (c) => l.labels[c], more: [string, (i: number) => string][] = []) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${head(c)}</th>`).join('')}${more.map(([h]) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2]
    .map((i) => `<tr>${COLS.map((c) => `<td>${show(c, valueOf(l, i, c), i)}</td>`).join('')}${more.map(([, cell]) => `<td>${cell(i)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
/** dispute `i` as a description list, each term `term` (its label by default) */
export const fields = (l: Lang, i: number, show: Show = plain, term: (c: Col) => string = (c) => l.labels[c]) =>
  `<dl>${COLS.map((c) => `<dt>${term(c)}</dt><dd>${show(c, valueOf(l, i, c), i)}</dd>`).join('')}</dl>`;
/** a value without its currency sign ("120,50 €" → "120,50") */
export const bare = (t: string) => t.replace(/\u00a0?€/, '');
/** the disputes' dates as read in a zone `hours` east of UTC (a date alone: the day's start, a deadline its end, in that zone) */
export const inZone = (hours: number) => {
  const shift = (iso: string) => new Date(Date.parse(iso) - hours * 3_600_000).toISOString();
  const utc = ['2026-01-19T00:00:00.000Z', '2026-01-20T00:00:00.000Z', '2026-01-21T10:30:00.000Z'];
  return EXPECTED.map((d, i) => ({ ...d, createdAt: shift(utc[i]!), ...(d.dueBy ? { dueBy: shift(d.dueBy.replace('22:59', '23:59')) } : {}) }));
};

// The zone probes' pages (unseen-fourteenth, -fifteenth): a merchant in Helsinki, an hour east of
// the zones the pages name, so a date read in the merchant's zone instead of the page's is an hour off.
export const HELSINKI = 'Europe/Helsinki';
export const readIn = (body: string, tag: string, url = 'https://portal.kustom.co/disputes') => readPortalPage(parse(body, tag), url, { timeZone: HELSINKI });
export const readHere = (body: string, tag: string) => readIn(body, tag, 'https://portal.kustom.co/disputes/DP-1001');
export const isDate = (c: Col) => c === 'createdAt' || c === 'dueBy';
/** a date's label with `zone` after it, every other label as it is */
export const zoned = (l: Lang, zone: string) => (c: Col) => (isDate(c) ? `${l.labels[c]}${zone}` : l.labels[c]);
/** a date's value with `zone` after it (an empty deadline's dash stays alone) */
export const withZone = (zone: string): Show => (c, t) => (isDate(c) && t !== '—' ? `${t}${zone}` : t);
/** dispute 0's fields as "label: value" lines */
export const lines = (l: Lang, head: (c: Col) => string, show: Show = plain) => COLS.map((c) => `<p>${head(c)}: ${show(c, valueOf(l, 0, c), 0)}</p>`).join('');
/** an instant as the page's language prints it, date and time (in UTC: "2 Jul 2026, 12:00") */
export const shownAt = (l: Lang, at: number) => new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(at));

/** where a date's label names its zone: a table's headers, a dispute's terms and "label: value" lines */
export type ReadWith = (l: Lang, head: (c: Col) => string, show?: Show) => ReturnType<typeof reading>;
export const PLACES: [string, ReadWith, boolean][] = [
  ['a table\'s headers', (l, head, show = plain) => reading(readIn(storeBar(l) + table(l, show, head), l.tag)), true],
  ['a dispute\'s page, as terms', (l, head, show = plain) => reading(readHere(`${storeBar(l)}<main>${fields(l, 0, show, head)}</main>`, l.tag)), false],
  ['a dispute\'s page, as "label: value" lines', (l, head, show = plain) => reading(readHere(`${storeBar(l)}<main>${lines(l, head, show)}</main>`, l.tag)), false],
];
/** what a list (all three disputes) or a dispute's page (the first) reads */
export const want = (list: boolean, facts: typeof EXPECTED) => (list ? { ...LIST, facts } : { ...DETAIL, facts: [facts[0]] });

/** the disputes' dates not read: every other fact as it is */
export const undated = (facts: typeof EXPECTED) => facts.map(({ createdAt: _c, dueBy: _d, ...f }) => f);
/** dispute 0's deadline shown as 2 Jul 2026, 12:00 (UTC's digits), read under a label followed by `zone` */
export const julyDue = (read: ReadWith, k: keyof typeof LANGS, label: string, value = '') => {
  const l = LANGS[k];
  return read(l, zoned(l, label), (c, t) => (c === 'dueBy' && t !== '—' ? `${shownAt(l, Date.UTC(2026, 6, 2, 12))}${value}` : t)).facts[0]!.dueBy;
};
/** a reading whose dates are not read, each loss reported as the date's problem naming `zone` */
export const expectReported = (r: ReturnType<ReadWith>, zone: RegExp) => {
  expect(r.facts).toEqual(undated(r.facts as typeof EXPECTED));
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) expect(p).toMatch(new RegExp(`date could not be read: .*${zone.source}`, 'i'));
};

// (the zone probes' tables of zones after a date's label: unseen-fifteenth, -eighteenth)
/** a zone after a date's label in each place: the dates read as `facts`, a deadline on 2 Jul 2026, 12:00 as `july` */
export const readInPlaces = (zones: [string, string, typeof EXPECTED, string][]) => {
  for (const [place, read, list] of PLACES) {
    it.each(perLang(zones))(`${place}, %s`, (_, k, zone, facts) => {
      const l = LANGS[k];
      expect(read(l, zoned(l, zone))).toEqual(want(list, facts));
    });
    it.each(perLang(zones))(`${place}, a deadline on 2 Jul 2026, 12:00 by the zone's summer time, %s`, (_, k, zone, _f, july) => {
      expect(julyDue(read, k, zone)).toBe(july);
    });
  }
};
/** a zone after a date's label in each place: no date read, each loss reported naming the zone */
export const reportedInPlaces = (title: string, zones: [string, string, RegExp][]) => {
  for (const [place, read] of PLACES) {
    it.each(perLang(zones))(`${place}, ${title}: %s`, (_, k, zone, name) => {
      const l = LANGS[k];
      expectReported(read(l, zoned(l, zone)), name);
    });
  }
};

// (the probes of a text after a date: date-zone-apart, zone-words)
type K = (typeof KEYS)[number];
/** where a date's value is followed by a text: a list's table and cards, a dispute's page as "label: value" lines and as terms */
export const AFTER_PLACES: [string, (l: Lang, show: Show) => ReturnType<typeof reading>, boolean][] = [
  ['a list\'s table', (l, show) => reading(readIn(storeBar(l) + table(l, show), l.tag)), true],
  ['a list of cards', (l, show) => {
    const card = (i: number) => (['id', 'amount', 'status', 'reason', 'createdAt', 'dueBy'] as Col[]).map((c) => `<p>${l.labels[c]}: ${show(c, valueOf(l, i, c), i)}</p>`).join('');
    return reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${card(i)}</li>`).join('')}</ul>`, l.tag));
  }, true],
  ['a dispute\'s page, "label: value" lines', (l, show) => reading(readHere(`${storeBar(l)}<main>${lines(l, (c) => l.labels[c], show)}</main>`, l.tag)), false],
  ['a dispute\'s page, terms', (l, show) => reading(readHere(`${storeBar(l)}<main>${fields(l, 0, show)}</main>`, l.tag)), false],
];

// How the page puts a text after a date: in an element of its own on a line of its own, after a
// space, against it with no space, as a badge its style sets apart; as text against it or after a space.
export const SHAPES: [string, (z: string) => string][] = [
  ['<br><small>…</small>', (z) => `<br><small>${z}</small>`],
  [' <span>…</span>', (z) => ` <span>${z}</span>`],
  ['<span>…</span> with no space', (z) => `<span>${z}</span>`],
  ['<small>…</small> with no space', (z) => `<small>${z}</small>`],
  ['<div>…</div>', (z) => `<div>${z}</div>`],
  ['a badge, <span style="margin-left:4px">…</span>', (z) => `<span style="margin-left:4px">${z}</span>`],
  ['text with no space', (z) => z],
  ['text after a space', (z) => ` ${z}`],
];
/** every date (not an empty deadline's dash) followed by `after` */
export const afterDates = (after: string): Show => (c, t) => (isDate(c) && t !== '—' ? `${t}${after}` : t);
/** each case after a date in each of `shapes` */
export const cross = <T extends unknown[]>(cases: [string, string, ...T][], shapes = SHAPES) =>
  shapes.flatMap(([shape, put]) => cases.map(([name, z, ...rest]) => [`"${name}" as ${shape}`, put(z), ...rest] as [string, string, ...T]));
// (a "label: value" line, a card's included, is a p here, which holds no div: the parser ends the
// line before it, and the div is a line of its own after it, so the shape is not asked there)
export const forPlace = <T extends unknown[]>(place: string, cases: [string, ...T][]) => (/table|terms/.test(place) ? cases : cases.filter(([name]) => !name.includes('<div>')));

// Guards (pass before): what names no zone after a date is dropped, the date read in the merchant's zone.
export const rel = (k: K, n: number) => new Intl.RelativeTimeFormat(LANGS[k].tag, { numeric: 'auto' }).format(n, 'day');
const capital = (t: string) => t[0]!.toUpperCase() + t.slice(1);
const OVERDUE = { en: 'Overdue', de: 'Überfällig', sv: 'Försenad', fi: 'Myöhässä', nb: 'Forfalt', da: 'Forfalden' } as const;
const ESCALATES = { en: 'Escalates to chargeback', de: 'Wird zur Rückbuchung', sv: 'Blir en återbetalning', fi: 'Muuttuu takaisinperinnäksi', nb: 'Blir en tilbakeføring', da: 'Bliver til en tilbageførsel' } as const;
export const NO_ZONE: [string, (k: K) => string][] = [
  ['in 14 days', (k) => rel(k, 14)],
  ['(in 14 days)', (k) => `(${rel(k, 14)})`],
  ['Overdue', (k) => OVERDUE[k]],
  ['Escalates to chargeback', (k) => ESCALATES[k]],
  ['Today', (k) => capital(rel(k, 0))],
  ['3 days ago', (k) => rel(k, -3)],
  ['an icon\'s ligature, <span class="material-icons">schedule</span>', () => '<span class="material-icons">schedule</span>'],
];
/** `words` after a date in each element of its own (the shapes but the badge and the texts) */
export const inElements = (words: [string, (k: K) => string][]) =>
  SHAPES.slice(0, 5).flatMap(([shape, put]) => words.map(([name, text]) => [`"${name}" as ${shape}`, (k: K) => put(text(k))] as [string, (k: K) => string]));
// (a "label: value" line reads only the time left in parentheses after its date: with other words
// after it, in an element or not, the date is reported there, before and now)
export const guardsFor = (place: string, guards = inElements(NO_ZONE)) =>
  /table|terms/.test(place) ? guards : guards.filter(([name]) => name.startsWith('"(in 14 days)"') && !name.includes('<div>'));

// A date's time in an element of its own after the date's (mend-twentieth, time-words), the
// merchant in Helsinki, the pages naming no zone.
export const undatedCreated = inZone(2).map(({ createdAt: _c, ...f }) => f) as ReturnType<typeof inZone>;
/** the table without the created date, the deadline's header over its date's cell and `second(l, i)` */
export const spanned = (l: Lang, date: (i: number) => string, second: (l: Lang, i: number) => string) => {
  const cols = COLS.filter((c) => c !== 'createdAt');
  const cell = (c: Col, i: number) => (c !== 'dueBy' ? `<td>${valueOf(l, i, c)}</td>` : `<td>${date(i)}</td><td>${second(l, i)}</td>`);
  return `${storeBar(l)}<table><thead><tr>${cols.map((c) => `<th${c === 'dueBy' ? ' colspan="2"' : ''}>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${cols.map((c) => cell(c, i)).join('')}</tr>`).join('')}</tbody></table>`;
};
/** a dispute's terms, its day and `second` in a dd each */
export const terms = (l: Lang, date: string, second: string) => `${storeBar(l)}<main><dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt>${c === 'dueBy' ? `<dd>${date}</dd><dd>${second}</dd>` : `<dd>${valueOf(l, 0, c)}</dd>`}`).join('')}</dl></main>`;
/** the disputes (`facts`) due at `hhmm` UTC on their day */
export const AT = (hhmm: string, facts = undatedCreated) => facts.map((f, i) => (f.dueBy ? { ...f, dueBy: `2026-02-0${i + 2}T${hhmm}:00.000Z` } : f)) as ReturnType<typeof inZone>;
/**
 * How many times a fresh reader asks Intl for its list of zones (Intl.supportedValuesOf, counted
 * by a proxy) reading the dates with `after` after them, in the first of AFTER_PLACES, or in each
 * where `all` (zone-words, review-twentieth)
 */
export const zoneListsAsked = async (after: string, k: K, all = false) => {
  vi.resetModules();
  const probe = await import('./probe-pages');
  const real = Intl.supportedValuesOf;
  let zones = 0;
  Intl.supportedValuesOf = ((key: Parameters<typeof real>[0]) => ((zones += key === 'timeZone' ? 1 : 0), real(key))) as typeof real;
  try {
    for (const [, read] of probe.AFTER_PLACES.slice(0, all ? undefined : 1)) read(LANGS[k], probe.afterDates(after));
  } finally {
    Intl.supportedValuesOf = real;
  }
  return zones;
};
