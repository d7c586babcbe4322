// @vitest-environment happy-dom
// A thirteenth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
// The merchant here is in Helsinki, an hour east of the zones the pages name: a date read in the
// merchant's zone instead of the page's is an hour early or late.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, storeBar, type Col, type Key, type Lang } from './list-pages';
import { DETAIL, fields, inZone, LIST, perLang, plain, reading, table, valueOf, type Show } from './probe-pages';
import { readAfterRowChange } from './row-change';

const HELSINKI = 'Europe/Helsinki';
const readIn = (body: string, tag: string, url = 'https://portal.kustom.co/disputes') => readPortalPage(parse(body, tag), url, { timeZone: HELSINKI });
const readHere = (body: string, tag: string) => readIn(body, tag, 'https://portal.kustom.co/disputes/DP-1001');

/** a date's label with `zone` after it, every other label as it is */
const zoned = (l: Lang, zone: string) => (c: Col) => (c === 'createdAt' || c === 'dueBy' ? `${l.labels[c]}${zone}` : l.labels[c]);
/** the three disputes as cards, each field a line of a label's span and a value's span */
const cards = (l: Lang, head: (c: Col) => string, show: Show = plain) =>
  `<div class="cards">${[0, 1, 2].map((i) => `<div class="card">${COLS.map((c) => `<div><span>${head(c)}</span> <span>${show(c, valueOf(l, i, c), i)}</span></div>`).join('')}</div>`).join('')}</div>`;
/** dispute 0's fields as "label: value" lines */
const lines = (l: Lang, head: (c: Col) => string, show: Show = plain) => COLS.map((c) => `<p>${head(c)}: ${show(c, valueOf(l, 0, c), 0)}</p>`).join('');

/** where a date's label names its zone: a table's headers, cards' labels, a dispute's terms and lines */
const PLACES: [string, (l: Lang, head: (c: Col) => string) => ReturnType<typeof reading>][] = [
  ['a table\'s headers', (l, head) => reading(readIn(storeBar(l) + table(l, plain, head), l.tag))],
  ['cards\' labels', (l, head) => reading(readIn(storeBar(l) + cards(l, head), l.tag))],
  ['a dispute\'s page, as terms', (l, head) => reading(readHere(`${storeBar(l)}<main>${fields(l, 0, plain, head)}</main>`, l.tag))],
  ['a dispute\'s page, as "label: value" lines', (l, head) => reading(readHere(`${storeBar(l)}<main>${lines(l, head)}</main>`, l.tag))],
  ['a dispute\'s page, its fields in one line of pairs', (l, head) => reading(readHere(`${storeBar(l)}<main><p>${COLS.map((c) => `${head(c)}: ${valueOf(l, 0, c)}`).join(' · ')}</p></main>`, l.tag))],
];
/** the words for the merchant's own time beside a label */
const LOCAL: Record<Key, string> = { en: 'local time', de: 'Ortszeit', sv: 'lokal tid', fi: 'paikallista aikaa', nb: 'lokal tid', da: 'lokal tid' };
const want = (place: string, facts: typeof EXPECTED) => (place.startsWith('a dispute') ? { ...DETAIL, facts: [facts[0]] } : { ...LIST, facts });

// A date's label naming its zone as a region's pair of names ("Respond by (CET/CEST)", "(MEZ/MESZ)"),
// as an IANA name ("(Europe/Berlin)", "Created — America/New_York"), or as an offset with a space in
// it ("(UTC +01:00)", "(GMT +1)", "(UTC - 5)"): the label was not recognised and its column or value
// lost with nothing said (a list's every deadline). The label names its field; the zone is the
// dates', a pair's and an IANA name's by the zone's rules; an IANA name Intl does not know is reported.
describe('a date\'s label naming its zone as a pair ("(CET/CEST)"), an IANA name ("(Europe/Berlin)") or an offset with spaces ("(UTC +01:00)")', () => {
  const ZONES: [string, (k: Key) => string, typeof EXPECTED][] = [
    ['"(CET/CEST)"', () => ' (CET/CEST)', EXPECTED],
    ['"(MEZ/MESZ)"', () => ' (MEZ/MESZ)', EXPECTED],
    ['"(Europe/Stockholm)"', () => ' (Europe/Stockholm)', EXPECTED],
    ['"(Europe/Berlin)"', () => ' (Europe/Berlin)', EXPECTED],
    ['"(America/New_York)"', () => ' (America/New_York)', inZone(-5)],
    ['" — America/New_York"', () => ' \u2014 America/New_York', inZone(-5)],
    ['"(UTC +01:00)"', () => ' (UTC +01:00)', EXPECTED],
    ['"(GMT +1)"', () => ' (GMT +1)', EXPECTED],
    ['"(UTC + 1)"', () => ' (UTC + 1)', EXPECTED],
    ['"(UTC - 5)"', () => ' (UTC - 5)', inZone(-5)],
  ];
  for (const [place, read] of PLACES) {
    it.each(perLang(ZONES))(`${place}, %s`, (_, k, zone, facts) => {
      const l = LANGS[k];
      expect(read(l, zoned(l, zone(k)))).toEqual(want(place, facts));
    });
  }
  it.each(perLang([
    ['"<th>Respond by <small>(CET/CEST)</small></th>"', (l: Lang) => (c: Col) => (c === 'createdAt' || c === 'dueBy' ? `${l.labels[c]} <small>(CET/CEST)</small>` : l.labels[c])],
    ['"<th><abbr title=\\"Respond by (Europe/Berlin)\\">…</abbr></th>"', (l: Lang) => (c: Col) => (c === 'createdAt' || c === 'dueBy' ? `<abbr title="${l.labels[c]} (Europe/Berlin)">${l.labels[c].slice(0, 4)}.</abbr>` : l.labels[c])],
    ['"<th abbr=…>Respond by (MEZ/MESZ)</th>"', (l: Lang) => (c: Col) => (c === 'createdAt' || c === 'dueBy' ? `${l.labels[c]} (MEZ/MESZ)" abbr="${l.labels[c]}` : l.labels[c])],
  ] as [string, (l: Lang) => (c: Col) => string][]))('a header\'s zone in its own element or its abbreviation\'s title, %s', (_, k, head) => {
    const l = LANGS[k];
    // (the abbr attribute is put inside the th's tag: its text ends the cell's and opens the attribute)
    const page = table(l, plain, head(l)).replace(/<th>([^<]*)" abbr="([^"<]*)<\/th>/g, '<th abbr="$2">$1</th>');
    expect(reading(readIn(storeBar(l) + page, l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a list read again after a row changes, "(CET/CEST)" (%s)', (k) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(storeBar(l) + table(l, plain, zoned(l, ' (CET/CEST)')), l, HELSINKI);
    expect(facts.map((f) => [f.createdAt, f.dueBy])).toEqual(EXPECTED.map((d) => [d.createdAt, d.dueBy]));
  });
  it.each(perLang([
    ['in a header', (l: Lang) => reading(readIn(storeBar(l) + table(l, plain, zoned(l, ' (Europe/Nowhere)')), l.tag))],
    ['in a dispute\'s term', (l: Lang) => reading(readHere(`${storeBar(l)}<main>${fields(l, 0, plain, zoned(l, ' (Europe/Nowhere)'))}</main>`, l.tag))],
  ] as [string, (l: Lang) => ReturnType<typeof reading>][]))('an IANA name this browser does not know, "(Europe/Nowhere)", is reported, not guessed: %s', (_, k, read) => {
    const r = read(LANGS[k]);
    expect(r.facts.map((f) => [f.createdAt, f.dueBy])).toEqual(r.facts.map(() => [undefined, undefined]));
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p).toMatch(/date could not be read: .*europe\/nowhere/i);
  });
});

// The same zones written in the value rather than the label ("2 Feb 2026, 12:00 CET/CEST", "2 Feb
// 2026 12:00 (Europe/Berlin)"): the date was not read, reported as no date the reader knows; a
// date's own zone is read as its label's is, and wins over the label's.
describe('a date naming its zone as a pair ("2 Feb 2026, 12:00 CET/CEST") or an IANA name ("… (Europe/Berlin)")', () => {
  const VALUES: [string, string, typeof EXPECTED][] = [
    ['"… CET/CEST"', ' CET/CEST', EXPECTED],
    ['"… MEZ/MESZ"', ' MEZ/MESZ', EXPECTED],
    ['"… (Europe/Berlin)"', ' (Europe/Berlin)', EXPECTED],
    ['"… America/New_York"', ' America/New_York', inZone(-5)],
    ['"… (UTC + 1)"', ' (UTC + 1)', EXPECTED],
  ];
  const withZone = (zone: string): Show => (c, t) => (c === 'createdAt' || c === 'dueBy') && t !== '—' ? `${t}${zone}` : t;
  it.each(perLang(VALUES))('in a table\'s cells, %s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, withZone(zone)), l.tag))).toEqual({ ...LIST, facts });
  });
  it.each(perLang(VALUES))('in cards, %s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + cards(l, (c) => l.labels[c], withZone(zone)), l.tag))).toEqual({ ...LIST, facts });
  });
  it.each(perLang(VALUES))('a dispute\'s page, as terms and as lines, %s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${fields(l, 0, withZone(zone))}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [facts[0]] });
    expect(reading(readHere(`${storeBar(l)}<main>${lines(l, (c) => l.labels[c], withZone(zone))}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [facts[0]] });
  });
  it.each(KEYS)('a date\'s own zone wins over its header\'s: "… (America/New_York)" under "Respond by (CET/CEST)" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, withZone(' (America/New_York)'), zoned(l, ' (CET/CEST)')), l.tag))).toEqual({ ...LIST, facts: inZone(-5) });
  });
  it.each(KEYS)('an unknown IANA name in the value is reported (%s)', (k) => {
    const l = LANGS[k];
    const r = readHere(`${storeBar(l)}<main>${fields(l, 0, (c, t) => (c === 'dueBy' ? `${t} (Europe/Nowhere)` : t))}</main>`, l.tag);
    expect(r.disputes[0]!.facts.dueBy).toBeUndefined();
    expect(r.problems).toEqual([expect.stringMatching(/^Dispute DP-1001: the respond by date could not be read: .*europe\/nowhere/i)]);
  });
});

// A zone after a machine date's time ("2026-02-02T12:00:00 Europe/Berlin", "… CET/CEST"), and a
// zone after the German word for o'clock ("12:00 Uhr MEZ", as German pages write it): the date was
// reported as no date the reader knows, the deadline lost. Read as the zone after a date in words is.
describe('a zone after a machine date\'s time ("2026-02-02T12:00:00 Europe/Berlin") or after "Uhr" ("12:00 Uhr MEZ")', () => {
  const at = (l: Lang) => new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 1, 2, 12)));
  it.each(perLang([
    ['"2026-02-02T12:00:00 Europe/Berlin"', () => '2026-02-02T12:00:00 Europe/Berlin'],
    ['"2026-02-02T12:00 CET/CEST"', () => '2026-02-02T12:00 CET/CEST'],
    ['"2 Feb 2026, 12:00 Uhr MEZ"', (l: Lang) => `${at(l)} Uhr MEZ`],
    ['"2 Feb 2026, 12:00 Uhr (CET/CEST)"', (l: Lang) => `${at(l)} Uhr (CET/CEST)`],
  ] as [string, (l: Lang) => string][]))('a dispute\'s term, %s', (_, k, due) => {
    const l = LANGS[k];
    const page = fields(l, 0, (c, t) => (c === 'dueBy' ? due(l) : t));
    expect(reading(readHere(`${storeBar(l)}<main>${page}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [{ ...EXPECTED[0], createdAt: inZone(2)[0]!.createdAt, dueBy: '2026-02-02T11:00:00.000Z' }] });
  });
});

// A deadline in the region's summer time under a label or with a value naming the pair: read by
// the zone's rules, CEST in July (a fixed CET would be an hour late), CET in February; "GMT/BST",
// "EST/EDT" likewise (a fixed GMT in July: an hour late).
describe('a date in summer time under "(CET/CEST)", "(MEZ/MESZ)", "(GMT/BST)", "(Europe/Berlin)", or naming them', () => {
  const summer = (l: Lang) => new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 6, 2, 12)));
  const CEST = '2026-07-02T10:00:00.000Z';
  it.each(perLang([
    ['a term "Respond by (CET/CEST)"', ' (CET/CEST)', '', CEST],
    ['a term "Respond by (MEZ/MESZ)"', ' (MEZ/MESZ)', '', CEST],
    ['a term "Respond by (Europe/Berlin)"', ' (Europe/Berlin)', '', CEST],
    ['a term "Respond by (GMT/BST)"', ' (GMT/BST)', '', '2026-07-02T11:00:00.000Z'],
    ['a term "Respond by (EST/EDT)"', ' (EST/EDT)', '', '2026-07-02T16:00:00.000Z'],
    ['a value "… CET/CEST"', '', ' CET/CEST', CEST],
    ['a value "… MEZ/MESZ"', '', ' MEZ/MESZ', CEST],
    ['a value "… GMT/BST"', '', ' GMT/BST', '2026-07-02T11:00:00.000Z'],
    ['a value "… (Europe/Stockholm)"', '', ' (Europe/Stockholm)', CEST],
  ] as [string, string, string, string][]))('%s', (_, k, label, value, dueBy) => {
    const l = LANGS[k];
    const page = fields(l, 0, (c, t) => (c === 'dueBy' ? `${summer(l)}${value}` : t), (c) => (c === 'dueBy' ? `${l.labels.dueBy}${label}` : l.labels[c]));
    // (the date created, named by no zone, in the merchant's)
    expect(reading(readHere(`${storeBar(l)}<main>${page}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [{ ...EXPECTED[0], createdAt: inZone(2)[0]!.createdAt, dueBy }] });
  });
  it.each(KEYS)('the hour repeated when clocks go back, under "(CET/CEST)": the earlier, CEST (%s)', (k) => {
    const l = LANGS[k];
    const at = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 9, 25, 2, 30)));
    const page = fields(l, 0, (c, t) => (c === 'dueBy' ? at : t), (c) => (c === 'dueBy' ? `${l.labels.dueBy} (CET/CEST)` : l.labels[c]));
    expect(readHere(`${storeBar(l)}<main>${page}</main>`, l.tag).disputes[0]!.facts.dueBy).toBe('2026-10-25T00:30:00.000Z');
  });
});

// A date's label followed by the words for the merchant's own time ("Respond by (local time)",
// "Antwort bis (Ortszeit)", "Svara senast (lokal tid)", "Vastaa viimeistään (paikallista aikaa)"):
// the label was not recognised and its column or value lost with nothing said. The words name the
// default, the merchant's zone: the label is its field, read as without them, nothing reported.
describe('a date\'s label naming the merchant\'s own time ("(local time)", "(Ortszeit)", "(lokal tid)")', () => {
  for (const [place, read] of PLACES) {
    it.each(KEYS)(`${place} (%s)`, (k) => {
      const l = LANGS[k];
      expect(read(l, zoned(l, ` (${LOCAL[k]})`))).toEqual(want(place, inZone(2)));
    });
  }
  it.each(KEYS)('a list read again after a row changes (%s)', (k) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(storeBar(l) + table(l, plain, zoned(l, ` (${LOCAL[k]})`)), l, HELSINKI);
    expect(facts.map((f) => [f.createdAt, f.dueBy])).toEqual(inZone(2).map((d) => [d.createdAt, d.dueBy]));
  });
});
