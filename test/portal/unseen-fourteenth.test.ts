// @vitest-environment happy-dom
// A fourteenth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
// The merchant here is in Helsinki, an hour east of the zones the pages name (as in
// unseen-thirteenth): a date read in the merchant's zone instead of the page's is an hour off.
import { describe, expect, it } from 'vitest';
import { COLS, EXPECTED, KEYS, LANGS, storeBar, type Col, type Key, type Lang } from './list-pages';
import { DETAIL, fields, inZone, LIST, PLACES, perLang, plain, readHere, readIn, reading, table, valueOf, want, withZone, zoned } from './probe-pages';

// An IANA name with a hyphen or a sign in it ("America/Port-au-Prince", "Etc/GMT-1", whose sign is
// reversed: it is UTC+1, "Etc/GMT+5", UTC-5), after a date's label or in its value: the label was
// no label (a list's every deadline lost with nothing said; in "label: value" lines the label was
// read run into "(Etc/GMT-1): 19 Jan 2026" and reported), the value reported as no date. Intl knows
// these names and their rules (Port-au-Prince keeps summer time), so they are read as
// "(Europe/Berlin)" is; one Intl does not know stays reported.
describe('an IANA name with a hyphen or a sign in it ("America/Port-au-Prince", "Etc/GMT-1")', () => {
  const NAMES: [string, string, typeof EXPECTED][] = [
    ['"(America/Port-au-Prince)"', ' (America/Port-au-Prince)', inZone(-5)],
    ['"(Etc/GMT-1)"', ' (Etc/GMT-1)', EXPECTED],
    ['"(Etc/GMT+5)"', ' (Etc/GMT+5)', inZone(-5)],
    ['" — America/Port-au-Prince"', ' \u2014 America/Port-au-Prince', inZone(-5)],
  ];
  for (const [place, read, list] of PLACES) {
    it.each(perLang(NAMES))(`after a date's label, ${place}, %s`, (_, k, zone, facts) => {
      const l = LANGS[k];
      expect(read(l, zoned(l, zone))).toEqual(want(list, facts));
    });
  }
  const VALUES: [string, string, typeof EXPECTED][] = [
    ['"… America/Port-au-Prince"', ' America/Port-au-Prince', inZone(-5)],
    ['"… (America/Port-au-Prince)"', ' (America/Port-au-Prince)', inZone(-5)],
    ['"… Etc/GMT-1"', ' Etc/GMT-1', EXPECTED],
    ['"… (Etc/GMT+5)"', ' (Etc/GMT+5)', inZone(-5)],
  ];
  it.each(perLang(VALUES))('in a date\'s value, a table\'s cells, %s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, withZone(zone)), l.tag))).toEqual({ ...LIST, facts });
  });
  it.each(perLang(VALUES))('in a date\'s value, a dispute\'s terms, %s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${fields(l, 0, withZone(zone))}</main>`, l.tag))).toEqual({ ...DETAIL, facts: [facts[0]] });
  });
  it.each(perLang([
    ['under "Respond by (America/Port-au-Prince)"', ' (America/Port-au-Prince)', ''],
    ['"… America/Port-au-Prince"', '', ' America/Port-au-Prince'],
  ] as [string, string, string][]))('a deadline in July, Port-au-Prince\'s summer time (UTC-4), %s', (_, k, label, value) => {
    const l = LANGS[k];
    const july = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 6, 2, 12)));
    const page = fields(l, 0, (c, t) => (c === 'dueBy' ? `${july}${value}` : t), (c) => (c === 'dueBy' ? `${l.labels.dueBy}${label}` : l.labels[c]));
    expect(readHere(`${storeBar(l)}<main>${page}</main>`, l.tag).disputes[0]!.facts.dueBy).toBe('2026-07-02T16:00:00.000Z');
  });
  it.each(KEYS)('a hyphenated name this browser does not know, "(Europe/No-where)", is reported, not guessed (%s)', (k) => {
    const l = LANGS[k];
    const r = reading(readIn(storeBar(l) + table(l, plain, zoned(l, ' (Europe/No-where)')), l.tag));
    expect(r.facts.map((f) => [f.createdAt, f.dueBy])).toEqual(r.facts.map(() => [undefined, undefined]));
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(p).toMatch(/date could not be read: .*europe\/no-where/i);
  });
});

// A date's label followed by a zone's name after a plain space, or in an element of its own
// ("Respond by CET", "<th>Antwort bis <abbr title=\"Mitteleuropäische Zeit\">MEZ</abbr></th>"): the label was
// no label, a list's every deadline lost with nothing said. Read as "Respond by (CET)" is; only a
// date's label (an amount's is followed by a code, "Amount net" is no amount's unit).
describe('a date\'s label followed by a zone\'s name after a space ("Respond by CET") or in an element of its own (<abbr>)', () => {
  const ZONES: [string, string][] = [
    ['" CET"', ' CET'],
    ['" MEZ"', ' MEZ'],
    ['" UTC+0" as " GMT"', ' GMT'],
    ['" <abbr title=…>CET</abbr>"', ' <abbr title="Central European Time">CET</abbr>'],
    ['" <span>MEZ</span>"', ' <span>MEZ</span>'],
  ];
  const facts = (zone: string) => (zone.includes('GMT') ? inZone(0) : EXPECTED);
  for (const [place, read, list] of PLACES.slice(0, 2)) {
    it.each(perLang(ZONES))(`${place}, %s`, (_, k, zone) => {
      const l = LANGS[k];
      expect(read(l, zoned(l, zone))).toEqual(want(list, facts(zone)));
    });
  }
  it.each(KEYS)('an amount\'s label so followed is none: a column "Amount net" beside "Amount" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, plain, (c) => l.labels[c], [[`${l.labels.amount} net`, () => '1,00']]), l.tag))).toEqual({ ...LIST, facts: inZone(2) });
  });
  it.each(perLang([['" CET"', ' CET'], ['" MEZ"', ' MEZ']] as [string, string][]))('a dispute\'s page, as "label: value" lines, %s', (_, k, zone) => {
    const l = LANGS[k];
    expect(PLACES[2]![1](l, zoned(l, zone))).toEqual(want(false, EXPECTED));
  });
});

// A zone's long name in parentheses, as Intl prints it in the page's language: the name for its time
// all year ("(Central European Time)", "(Mitteleuropäische Zeit)", "(Keski-Euroopan aika)") or its
// standard time's ("(Central European Standard Time)", "(Mitteleuropäische Normalzeit)"). After a
// date's label it was no label, a list's every deadline lost with nothing said; in a value the
// name for all year was reported as no date. The name for all year is read by the zone's rules
// (CEST in July), the standard time's as "CET" is (13th probe). Only names Intl prints are read so
// (unseen-details' "Respond by (date and time)" for screen readers is no zone).
const ALL_YEAR: Record<Key, string> = { en: 'Central European Time', de: 'Mitteleuropäische Zeit', sv: 'centraleuropeisk tid', fi: 'Keski-Euroopan aika', nb: 'sentraleuropeisk tid', da: 'Centraleuropæisk tid' };
const STANDARD: Record<Key, string> = { en: 'Central European Standard Time', de: 'Mitteleuropäische Normalzeit', sv: 'centraleuropeisk normaltid', fi: 'Keski-Euroopan normaaliaika', nb: 'sentraleuropeisk normaltid', da: 'Centraleuropæisk normaltid' };
describe('a zone\'s long name in parentheses, "(Central European Time)", "(Mitteleuropäische Normalzeit)"', () => {
  const NAMES: [string, (k: Key) => string][] = [['for all year', (k) => ALL_YEAR[k]], ['for standard time', (k) => STANDARD[k]]];
  for (const [place, read, list] of PLACES) {
    it.each(perLang(NAMES))(`after a date's label, ${place}, its name %s`, (_, k, name) => {
      const l = LANGS[k];
      expect(read(l, zoned(l, ` (${name(k)})`))).toEqual(want(list, EXPECTED));
    });
  }
  it.each(perLang(NAMES))('in a date\'s value, a table\'s cells and a dispute\'s terms, its name %s', (_, k, name) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, withZone(` (${name(k)})`)), l.tag))).toEqual(LIST);
    expect(reading(readHere(`${storeBar(l)}<main>${fields(l, 0, withZone(` ${name(k)}`))}</main>`, l.tag))).toEqual(DETAIL);
  });
  it.each(perLang([['under the label', true], ['in the value', false]] as [string, boolean][]))('a deadline in July, the name for all year %s: CEST', (_, k, label) => {
    const l = LANGS[k];
    const july = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 6, 2, 12)));
    const zone = ` (${ALL_YEAR[k]})`;
    const page = fields(l, 0, (c, t) => (c === 'dueBy' ? `${july}${label ? '' : zone}` : t), (c) => (c === 'dueBy' && label ? `${l.labels.dueBy}${zone}` : l.labels[c]));
    expect(readHere(`${storeBar(l)}<main>${page}</main>`, l.tag).disputes[0]!.facts.dueBy).toBe('2026-07-02T10:00:00.000Z');
  });
  it.each(KEYS)('a label\'s words in parentheses naming no zone, "(date and time)", name no unit: the column is not read, as before, and no date read in another zone (%s)', (k) => {
    const l = LANGS[k];
    const r = reading(readIn(storeBar(l) + table(l, plain, (c) => (c === 'dueBy' ? `${l.labels.dueBy} (date and time)` : l.labels[c])), l.tag));
    expect(r).toEqual({ ...LIST, facts: inZone(2).map(({ dueBy: _d, ...f }) => f) });
  });
});

// A header cell whose label is followed by a Windows-style zone, an offset and the zone's cities
// ("<th>Respond by (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi</th>", "(UTC+01:00) Amsterdam,
// Berlin, Bern, Rome, Stockholm, Vienna"): the cell, looked up by its whole text, was split at its
// first colon, the offset's, and read as "Respond by (UTC+05": every date half an hour late, and under
// "(UTC+01:00) Amsterdam, …" a date in summer an hour late (those cities keep summer time, +02:00),
// with nothing said. An offset's colon ends no label there, as in a text (scan SEPARATOR), and no
// date is read by a wrong offset: the dates are read by the rules of the first city's zone at that
// standard offset (unseen-fifteenth; Kolkata's, Amsterdam's with its summer time), and where no city
// is one ("Newfoundland"), the loss is reported.
describe('a header naming a Windows-style zone, "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"', () => {
  it.each(perLang([
    ['"(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", 2 Feb 2026', ' (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', Date.UTC(2026, 1, 2, 12), inZone(5.5), '2026-02-02T06:30:00.000Z'],
    ['"(UTC-03:30) Newfoundland", 2 Feb 2026', ' (UTC-03:30) Newfoundland', Date.UTC(2026, 1, 2, 12), null, ''],
    ['"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", 2 Jul 2026', ' (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', Date.UTC(2026, 6, 2, 12), EXPECTED, '2026-07-02T10:00:00.000Z'],
  ] as [string, string, number, typeof EXPECTED | null, string][]))('no date read by a wrong offset: %s', (_, k, zone, at, facts, due) => {
    const l = LANGS[k];
    const shown = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(at));
    const r = reading(readIn(storeBar(l) + table(l, (c, t) => (c === 'dueBy' && t !== '—' ? shown : t), zoned(l, zone)), l.tag));
    if (facts) expect(r).toEqual({ ...LIST, facts: facts.map((f) => (f.dueBy ? { ...f, dueBy: due } : f)) });
    else {
      expect(r.facts).toEqual(EXPECTED.map(({ createdAt: _c, dueBy: _d, ...f }) => f));
      expect(r.problems).toHaveLength(5);
      for (const p of r.problems) expect(p).toMatch(/date could not be read: .*newfoundland/i);
    }
  });
});

// Pages of the wider ideas that read right already (guards): a responsive table repeating each
// column's label as visible text in its cells, an amount's code in an element of its own, a status
// drawn as an icon named only by aria-label or title, a relative date with the date in <time
// datetime>, a detail page of cards whose key/value pairs are nested lists, a virtualised grid of
// div rows numbered 40-42 of 313.
describe('pages that read right already', () => {
  const GUARDS: [string, (l: Lang) => string, boolean][] = [
    ['a responsive table repeating the column\'s label in each cell, aria-hidden', (l) => table(l, (c, t) => `<span aria-hidden="true">${l.labels[c]}</span> ${t}`), true],
    ['a responsive table repeating the column\'s label in each cell, shown', (l) => table(l, (c, t) => `<span>${l.labels[c]}</span><span>${t}</span>`), true],
    ['an amount\'s code after it in an element of its own', (l) => table(l, (c, t) => (c === 'amount' ? `<span>${t.replace(/\u00a0?€/, '')}</span> <span>EUR</span>` : t)), true],
    ['an amount\'s code before it in an element of its own', (l) => table(l, (c, t) => (c === 'amount' ? `<small>EUR</small> <span>${t.replace(/\u00a0?€/, '').replace('€', '')}</span>` : t)), true],
    ['a status as an svg named by aria-label only', (l) => table(l, (c, t) => (c === 'status' ? `<svg role="img" aria-label="${t}"><circle r="4"/></svg>` : t)), true],
    ['a status as an icon named by title only', (l) => table(l, (c, t) => (c === 'status' ? `<i class="icon" title="${t}"></i>` : t)), true],
    ['a relative date, the date in <time datetime>', (l) => table(l, (c, t, i) => (c === 'createdAt' ? `<time datetime="${['2026-01-19', '2026-01-20', '2026-01-21T10:30'][i]}">3 days ago</time>` : t)), true],
    ['a virtualised grid of div rows 40-42 of 313', (l) => {
      const head = `<div role="row" aria-rowindex="1">${COLS.map((c) => `<div role="columnheader">${l.labels[c]}</div>`).join('')}</div>`;
      const rows = [0, 1, 2].map((i) => `<div role="row" aria-rowindex="${40 + i}">${COLS.map((c) => `<div role="gridcell">${valueOf(l, i, c)}</div>`).join('')}</div>`).join('');
      return `<div role="grid" aria-rowcount="313"><div role="rowgroup">${head}</div><div role="rowgroup">${rows}</div></div>`;
    }, true],
    ['a dispute\'s page of cards, key/value pairs as nested lists', (l) => {
      const item = (c: Col) => `<li><ul><li>${l.labels[c]}</li><li>${valueOf(l, 0, c)}</li></ul></li>`;
      const card = (title: string, cols: Col[]) => `<section><h3>${title}</h3><ul>${cols.map(item).join('')}</ul></section>`;
      return `<main><section><h2>${l.labels.id}</h2><p>${valueOf(l, 0, 'id')}</p></section>${card('Dispute', ['amount', 'status', 'reason'])}${card('Dates', ['createdAt', 'dueBy'])}</main>`;
    }, false],
  ];
  it.each(perLang(GUARDS))('%s', (_, k, page, list) => {
    const l = LANGS[k];
    const r = list ? readIn(storeBar(l) + page(l), l.tag) : readHere(storeBar(l) + page(l), l.tag);
    expect(reading(r)).toEqual(want(list, inZone(2)));
  });
});
