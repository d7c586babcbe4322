// @vitest-environment happy-dom
// A date whose zone the page shows in an element of its own after it ("2 Feb 2026
// 23:59<br><small>MSK</small>", "<span>UTC+3</span>", a badge, a line of its own) or run against its
// last digit ("2 Feb 2026<small>CET</small>", shown "2 Feb 2026CET"): read in that zone, as the
// merchant reads the whole text, where the reader knows the zone; reported where it does not; never
// read without it (before, the date's part alone was read, in the merchant's zone: an hour or more
// off, nothing said). What names no zone after a date ("in 14 days", "Overdue", "Today", an icon's
// ligature, a relative time) is dropped as before. In the six portal languages (list-pages.ts), in a
// list's table and cards and on a dispute's page ("label: value" lines and terms), the created date
// and the deadline; the merchant is in Helsinki (probe-pages.ts).
import { describe, expect, it } from 'vitest';
import { EXPECTED, KEYS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { expectReported, fields, inZone, isDate, lines, perLang, readHere, readIn, reading, table, valueOf, want, type Show } from './probe-pages';

type K = (typeof KEYS)[number];
// Where: a list's table and cards, a dispute's page as "label: value" lines and as terms.
const PLACES: [string, (l: Lang, show: Show) => ReturnType<typeof reading>, boolean][] = [
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
const SHAPES: [string, (z: string) => string][] = [
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
const afterDates = (after: string): Show => (c, t) => (isDate(c) && t !== '—' ? `${t}${after}` : t);

// Zones the reader knows: each date read in it (list-pages.ts's EXPECTED is CET's; Moscow is UTC+3 all year).
const KNOWN: [string, string, typeof EXPECTED][] = [
  ['CET', 'CET', EXPECTED],
  ['MEZ', 'MEZ', EXPECTED],
  ['(CET)', '(CET)', EXPECTED],
  ['UTC', 'UTC', inZone(0)],
  ['UTC+3', 'UTC+3', inZone(3)],
  ['GMT+03:00', 'GMT+03:00', inZone(3)],
  ['Europe/Moscow', 'Europe/Moscow', inZone(3)],
  ['(UTC+03:00) Moscow, St. Petersburg', '(UTC+03:00) Moscow, St. Petersburg', inZone(3)],
];
// Zones it does not know: each date reported, naming the zone.
const UNKNOWN: [string, string, RegExp][] = [
  ['MSK', 'MSK', /MSK/],
  ['(MSK)', '(MSK)', /MSK/],
  ['SGT', 'SGT', /SGT/],
];
const cross = <T extends unknown[]>(cases: [string, string, ...T][]) =>
  SHAPES.flatMap(([shape, put]) => cases.map(([name, z, ...rest]) => [`"${name}" as ${shape}`, put(z), ...rest] as [string, string, ...T]));

// (a "label: value" line, a card's included, is a p here, which holds no div: the parser ends the
// line before it, and the div is a line of its own after it, so the shape is not asked there)
const forPlace = <T extends unknown[]>(place: string, cases: [string, ...T][]) => (/table|terms/.test(place) ? cases : cases.filter(([name]) => !name.includes('<div>')));

describe('a date followed by a zone the reader knows, in an element of its own or against it, is read in that zone', () => {
  for (const [place, read, list] of PLACES) {
    it.each(perLang(forPlace(place, cross(KNOWN))))(`${place}, %s`, (_, k, after, facts) => {
      expect(read(LANGS[k], afterDates(after))).toEqual(want(list, facts));
    });
  }
});

describe('a date followed by a zone the reader does not know is reported, not read without it', () => {
  for (const [place, read] of PLACES) {
    it.each(perLang(forPlace(place, cross(UNKNOWN))))(`${place}, %s`, (_, k, after, name) => {
      expectReported(read(LANGS[k], afterDates(after)), name);
    });
  }
});

// Guards (pass before): what names no zone after a date is dropped, the date read in the merchant's zone.
const rel = (k: K, n: number) => new Intl.RelativeTimeFormat(LANGS[k].tag, { numeric: 'auto' }).format(n, 'day');
const capital = (t: string) => t[0]!.toUpperCase() + t.slice(1);
const OVERDUE = { en: 'Overdue', de: 'Überfällig', sv: 'Försenad', fi: 'Myöhässä', nb: 'Forfalt', da: 'Forfalden' } as const;
const ESCALATES = { en: 'Escalates to chargeback', de: 'Wird zur Rückbuchung', sv: 'Blir en återbetalning', fi: 'Muuttuu takaisinperinnäksi', nb: 'Blir en tilbakeføring', da: 'Bliver til en tilbageførsel' } as const;
const NO_ZONE: [string, (k: K) => string][] = [
  ['in 14 days', (k) => rel(k, 14)],
  ['(in 14 days)', (k) => `(${rel(k, 14)})`],
  ['Overdue', (k) => OVERDUE[k]],
  ['Escalates to chargeback', (k) => ESCALATES[k]],
  ['Today', (k) => capital(rel(k, 0))],
  ['3 days ago', (k) => rel(k, -3)],
  ['an icon\'s ligature, <span class="material-icons">schedule</span>', () => '<span class="material-icons">schedule</span>'],
];
const GUARDS = SHAPES.slice(0, 5).flatMap(([shape, put]) => NO_ZONE.map(([name, text]) => [`"${name}" as ${shape}`, (k: K) => put(text(k))] as [string, (k: K) => string]));
// (a "label: value" line reads only the time left in parentheses after its date: with other words
// after it, in an element or not, the date is reported there, before and now)
const guardsFor = (place: string) => (/table|terms/.test(place) ? GUARDS : GUARDS.filter(([name]) => name.startsWith('"(in 14 days)"') && !name.includes('<div>')));
describe('a date followed by words that name no zone is read as before, in the merchant\'s zone', () => {
  for (const [place, read, list] of PLACES) {
    it.each(perLang(guardsFor(place)))(
      `${place}, %s`,
      (_, k, after) => {
        expect(read(LANGS[k], afterDates(after(k)))).toEqual(want(list, inZone(2)));
      },
    );
  }
});
