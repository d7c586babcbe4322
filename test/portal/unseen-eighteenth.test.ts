// @vitest-environment happy-dom
// An eighteenth probe of list pages and a dispute's own page in markup the reader has not seen, in
// the six portal languages (list-pages.ts). Each case read wrongly or not at all before its fix; the
// pages beside them that read right already stay as guards. The merchant is in Helsinki
// (probe-pages.ts HELSINKI), an hour east of the zones the pages name: a date read in the
// merchant's zone instead of the page's is an hour off.
import { describe, expect, it } from 'vitest';
import { COLS, EXPECTED, KEYS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { expectReported, inZone, julyDue, PLACES, perLang, readIn, readInPlaces, reading, reportedInPlaces, table, valueOf, want, type ReadWith, type Show } from './probe-pages';

type K = (typeof KEYS)[number];
const per = (words: Record<K, string>) => (k: K) => words[k];
const [tableRead, termsRead, linesRead] = PLACES.map(([, read]) => read) as [ReadWith, ReadWith, ReadWith];

// A "label: value" line whose label and zone are each in a span of their own ("<p><span>Respond
// by</span> <span>(CET)</span>: 2 Feb 2026</p>", as a detail page's row of a label and a caption is
// drawn): the zone was looked for only in the label's own element or a th or dt around it, so the
// line's date was read in the merchant's zone with nothing said (an hour off here). Read as a
// header's "<th><span>Respond by</span> <span>(CET)</span></th>" is: the zone is the label's.
describe('a "label: value" line whose zone is in a span beside the label\'s span, "<span>Respond by</span> <span>(CET)</span>: 2 Feb 2026"', () => {
  const ZONES: [string, string, typeof EXPECTED, string][] = [
    ['"(CET)"', '(CET)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(UTC+01:00) Amsterdam, Berlin, …"', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(UTC)"', '(UTC)', inZone(0), '2026-07-02T12:00:00.000Z'],
    ['"(UTC-05:00) Eastern Time (US & Canada)"', '(UTC-05:00) Eastern Time (US & Canada)', inZone(-5), '2026-07-02T16:00:00.000Z'],
  ];
  /** each label in a span, a date's zone in a span after it */
  const spans = (l: Lang, zone: string) => (c: Col) => `<span>${l.labels[c]}</span>${c === 'createdAt' || c === 'dueBy' ? ` <span>${zone}</span>` : ''}`;
  it.each(perLang(ZONES))('%s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(linesRead(l, spans(l, zone))).toEqual(want(false, facts));
  });
  it.each(perLang(ZONES))('a deadline on 2 Jul 2026, 12:00 by the zone\'s summer time, %s', (_, k, zone, _f, july) => {
    const l = LANGS[k];
    expect(julyDue((ll, _h, show) => linesRead(ll, spans(ll, zone), show), k, '')).toBe(july);
  });
  // (no space between the spans, and the label's span in a <strong>: the same line)
  it.each(perLang(ZONES.slice(0, 1)))('no space between the spans, %s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(linesRead(l, (c) => `<strong><span>${l.labels[c]}</span></strong>${c === 'createdAt' || c === 'dueBy' ? `<span>${zone}</span>` : ''}`)).toEqual(want(false, facts));
  });
  it.each(KEYS)('an unknown zone in a span of its own is reported, "<span>(HKT)</span>" (%s)', (k) => {
    const l = LANGS[k];
    expectReported(linesRead(l, spans(l, '(HKT)')), /hkt/);
  });
});

// A date's zone as its offset first and then its name ("Respond by (UTC+1, CET)", "(UTC+01:00,
// CET)", as some admin kits print a zone picker's choice): the label named no field, so a list's
// every deadline was lost with nothing said. Read as "(CET, UTC+1)" is (0cc9a56): by the name's
// zone where the offset is its standard one (CET's rules: +02:00 in July), else reported.
describe('a zone\'s offset and then its name after a date\'s label, "(UTC+1, CET)"', () => {
  const ZONES: [string, string, typeof EXPECTED, string][] = [
    ['"(UTC+1, CET)"', ' (UTC+1, CET)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(UTC+01:00, CET)"', ' (UTC+01:00, CET)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(UTC+1, MEZ)"', ' (UTC+1, MEZ)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(UTC+2, EET)"', ' (UTC+2, EET)', inZone(2), '2026-07-02T09:00:00.000Z'],
    ['"(UTC-5, EST)"', ' (UTC-5, EST)', inZone(-5), '2026-07-02T16:00:00.000Z'],
    ['"(UTC+0, WET)"', ' (UTC+0, WET)', inZone(0), '2026-07-02T11:00:00.000Z'],
  ];
  readInPlaces(ZONES);
  reportedInPlaces('two that disagree are reported', [
    ['"(UTC+3, CET)"', ' (UTC+3, CET)', /cet\/utc\+3/],
    ['"(UTC+01:00, EET)"', ' (UTC+01:00, EET)', /eet\/utc\+01:00/],
  ]);
});

// A list's header cut short with an ellipsis whose title is not its label alone but a sort
// button's words before it ("<span title="Sort by Respond by">Respond…</span>", as a grid with fixed
// column widths and a sort tooltip prints it): the header named no field and the column was lost
// with nothing said. Read where the title, from the cut text on, is a whole label, as the merchant
// reads the tooltip (scan.ts fullText).
describe('a header cut short with an ellipsis, its label after a sort button\'s words in its title', () => {
  const SORT_BY = per({ en: 'Sort by', de: 'Sortieren nach', sv: 'Sortera efter', fi: 'Lajittele:', nb: 'Sorter etter', da: 'Sortér efter' });
  const CLICK_TO_SORT_BY = per({ en: 'Click to sort by', de: 'Klicken, um zu sortieren nach', sv: 'Klicka för att sortera efter', fi: 'Lajittele napsauttamalla:', nb: 'Klikk for å sortere etter', da: 'Klik for at sortere efter' });
  /** the label's first letters (four at least, all but its last four) and an ellipsis */
  const cut = (t: string) => `${t.slice(0, Math.max(4, t.length - 4))}…`;
  const read = (l: Lang, head: (c: Col) => string) => reading(readIn(storeBar(l) + table(l, undefined, head), l.tag));
  const HEADS: [string, (t: string, k: K) => string][] = [
    ['"<span title="Sort by Respond by">Respond…</span>"', (t, k) => `<span title="${SORT_BY(k)} ${t}">${cut(t)}</span>`],
    ['"<span title="Click to sort by Respond by">Respond…</span>"', (t, k) => `<span title="${CLICK_TO_SORT_BY(k)} ${t}">${cut(t)}</span>`],
    ['"<div title="Sort by Respond by"><span>Respond…</span><svg/></div>"', (t, k) => `<div title="${SORT_BY(k)} ${t}"><span>${cut(t)}</span><svg aria-hidden="true"></svg></div>`],
  ];
  it.each(perLang(HEADS))('%s', (_, k, head) => {
    const l = LANGS[k];
    expect(read(l, (c) => head(l.labels[c], k))).toEqual(want(true, inZone(2)));
  });
  // (the cut text found in the title names the column only where the title goes on as a label:
  // "Respond…" titled "Sort by Created" is no created date's column, its deadlines no dispute's
  // created dates; the created column here headed "Date")
  it.each(KEYS)('a title naming another column after the sort words is not taken (%s)', (k) => {
    const l = LANGS[k];
    const head = (c: Col) => (c === 'dueBy' ? `<span title="${SORT_BY(k)} ${l.labels.createdAt}">${cut(l.labels.dueBy)}</span>` : c === 'createdAt' ? 'Date' : l.labels[c]);
    expect(read(l, head).facts).toEqual(inZone(2).map(({ dueBy: _d, createdAt: _c, ...f }) => f));
  });
});

/** each case's values in a table's cells and in a dispute's terms: read as the plain ones are */
const readsRight = (cases: [string, (k: K) => Show][]) => {
  for (const [place, read, list] of [['a table\'s cells', tableRead, true], ['a dispute\'s terms', termsRead, false]] as const) {
    it.each(perLang(cases))(`${place}, %s`, (_, k, show) => {
      const l = LANGS[k];
      expect(read(l, (c) => l.labels[c], show(k))).toEqual(want(list, inZone(2)));
    });
  }
};

/** dispute `i`'s fields as "label: value" lines, each value as `show` prints it */
const lineCard = (l: Lang, i: number, show: Show) => COLS.map((c) => `<p>${l.labels[c]}: ${show(c, valueOf(l, i, c), i)}</p>`).join('');

// A search highlight inside a value of a "label: value" line, the merchant's search term marked
// where it matches ("Dispute ID: DP-<mark>100</mark>1", as react-highlight-words or a server's
// search marks it, on a dispute's page or in a list of cards): the text after the label's own node
// was joined with a space, so that the ID read was "1001" (the word with a digit in "DP- 1001"), a
// wrong ID with nothing said, and a year split so, "2 Feb 20<mark>26</mark>", no date. Now joined
// as the page shows it: with a space only where the page has one.
describe('a search highlight inside a "label: value" line\'s value, "Dispute ID: DP-<mark>100</mark>1"', () => {
  const SHOWS: [string, Show][] = [
    ['the ID, "DP-<mark>100</mark>1"', (c, t) => (c === 'id' ? t.replace('100', '<mark>100</mark>') : t)],
    ['the ID\'s last digits, "DP-10<mark>01</mark>"', (c, t) => (c === 'id' ? t.replace(/(\d\d)$/, '<mark>$1</mark>') : t)],
    ['the year of each date, "2 Feb 20<mark>26</mark>"', (c, t) => (c === 'createdAt' || c === 'dueBy' ? t.replace('2026', '20<mark>26</mark>') : t)],
    ['the amount\'s decimals, "€120.<mark>50</mark>"', (c, t) => (c === 'amount' ? t.replace(/(\d\d)(\D*)$/, '<mark>$1</mark>$2') : t)],
  ];
  it.each(perLang(SHOWS))('a dispute\'s page, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(linesRead(l, (c) => l.labels[c], show)).toEqual(want(false, inZone(2)));
  });
  it.each(perLang(SHOWS))('a list of cards, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${lineCard(l, i, show)}</li>`).join('')}</ul>`, l.tag))).toEqual(want(true, inZone(2)));
  });
  // (an order reference the merchant searched for, "KL-<mark>4711</mark>-22")
  it.each(KEYS)('an ID "KL-<mark>4711</mark>-22" is KL-4711-22 (%s)', (k) => {
    const l = LANGS[k];
    expect(linesRead(l, (c) => l.labels[c], (c, t) => (c === 'id' ? 'KL-<mark>4711</mark>-22' : t)).facts[0]!.id).toBe('KL-4711-22');
  });
});

// A relative deadline whose date is only in the tooltip of the element showing it, as MUI's Tooltip
// gives its child the tooltip's text as its aria-label ("<span aria-label="2 Feb 2026">in 10
// days</span>"): the deadline was reported as unreadable, though the page names it as a title
// would (dom.ts machineDate). Read as a title is; a <time datetime> or title in the value still
// first, before an icon's aria-label ("Urgent") beside it.
describe('a relative deadline with its date in the aria-label MUI\'s Tooltip gives it', () => {
  const rel = (k: K, days: number) => new Intl.RelativeTimeFormat(LANGS[k].tag, { numeric: 'auto' }).format(days, 'day');
  const ISO: Record<string, string> = { 0: '2026-02-02', 2: '2026-02-04' };
  const SHOWS: [string, (k: K) => Show][] = [
    ['"<span aria-label="2 Feb 2026">in 10 days</span>"', (k) => (c, t) => (c === 'dueBy' && t !== '—' ? `<span aria-label="${t}">${rel(k, 10)}</span>` : t)],
    ['"<time datetime=…>in 10 days</time>" after an icon named "Urgent" (a guard)', (k) => (c, t, i) => (c === 'dueBy' && t !== '—' ? `<span role="img" aria-label="Urgent">!</span> <time datetime="${ISO[i]}">${rel(k, 10)}</time>` : t)],
  ];
  readsRight(SHOWS);
});

// Pages of this probe that read right already, kept as guards: a badge after the deadline in its
// cell ("Overdue"), a countdown before it ("in 3 days"), an amount drawn for the eye (aria-hidden)
// beside its words for screen readers ("120.50 euros"), search highlights in an amount and a date
// in a table's cells, a deadline's time and zone on a line of their own ("<br><small>23:59
// CET</small>"), and words for screen readers before the ID in its link ("Dispute DP-1001").
describe('pages of this probe that read right already', () => {
  const OVERDUE = per({ en: 'Overdue', de: 'Überfällig', sv: 'Försenad', fi: 'Myöhässä', nb: 'Forfalt', da: 'Forfalden' });
  const DISPUTE = per({ en: 'Dispute', de: 'Streitfall', sv: 'Tvist', fi: 'Kiista', nb: 'Tvist', da: 'Tvist' });
  const EUROS = per({ en: 'euros', de: 'Euro', sv: 'euro', fi: 'euroa', nb: 'euro', da: 'euro' });
  const rel = (k: K, days: number) => new Intl.RelativeTimeFormat(LANGS[k].tag, { numeric: 'auto' }).format(days, 'day');
  const due = (f: (t: string) => string): Show => (c, t) => (c === 'dueBy' && t !== '—' ? f(t) : t);
  const SHOWS: [string, (k: K) => Show][] = [
    ['"2 Feb 2026 <span class=badge>Overdue</span>"', (k) => due((t) => `${t} <span class="badge">${OVERDUE(k)}</span>`)],
    ['"2 Feb 2026<span class=badge>Overdue</span>" (no space)', (k) => due((t) => `${t}<span class="badge">${OVERDUE(k)}</span>`)],
    ['"<span class=chip>in 3 days</span> 2 Feb 2026"', (k) => due((t) => `<span class="chip">${rel(k, 3)}</span> ${t}`)],
    ['"<span class=chip>in 3 days</span><span>2 Feb 2026</span>" (no space)', (k) => due((t) => `<span class="chip">${rel(k, 3)}</span><span>${t}</span>`)],
    ['"<span aria-hidden=true>€120.50</span><span class=visually-hidden>120.50 euros</span>"', (k) => (c, t) => (c === 'amount' ? `<span aria-hidden="true">${t}</span><span class="visually-hidden">${t.replace(/\u00a0?€/, '')} ${EUROS(k)}</span>` : t)],
    ['"€<mark>120</mark>.50", "2 Feb <mark>2026</mark>"', () => (c, t) => (c === 'amount' ? t.replace(/(\d+)/, '<mark>$1</mark>') : c === 'dueBy' ? t.replace('2026', '<mark>2026</mark>') : t)],
    ['"<a><span class=sr-only>Dispute </span>DP-1001</a>"', (k) => (c, t) => (c === 'id' ? `<a href="/disputes/${t}"><span class="sr-only">${DISPUTE(k)} </span>${t}</a>` : t)],
  ];
  readsRight(SHOWS);
  // (the time and its zone on a line of their own: 23:59 CET, 22:59Z)
  it.each(KEYS)('"2 Feb 2026<br><small>23:59 CET</small>", a table\'s cells and a dispute\'s terms (%s)', (k) => {
    const l = LANGS[k];
    const show = due((t) => `${t}<br><small>23:59 CET</small>`);
    const facts = inZone(2).map((f, i) => (f.dueBy ? { ...f, dueBy: ['2026-02-02T22:59:00.000Z', , '2026-02-04T22:59:00.000Z'][i] } : f));
    expect(tableRead(l, (c) => l.labels[c], show)).toEqual(want(true, facts));
    expect(termsRead(l, (c) => l.labels[c], show)).toEqual(want(false, facts));
  });
});
