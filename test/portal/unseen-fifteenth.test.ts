// @vitest-environment happy-dom
// A fifteenth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// real portal or a merchant's browser-translated or customised page could show them: the six portal
// languages, the vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case
// read wrongly or not at all before its fix; the pages beside them that read right already stay as
// guards. The merchant is in Helsinki (probe-pages.ts HELSINKI), an hour east of the zones the pages
// name: a date read in the merchant's zone instead of the page's is an hour off.
import { describe, expect, it } from 'vitest';
import { EXPECTED, KEYS, LANGS, storeBar } from './list-pages';
import { expectReported, inZone, julyDue, PLACES, readHere, readInPlaces, reportedInPlaces, perLang, shownAt, want, withZone, zoned, type ReadWith } from './probe-pages';

// A Windows-style zone after a date's label, an offset and its cities or its name, as Windows and
// the software set by it print a zone ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm,
// Vienna", "(UTC-05:00) Eastern Time (US & Canada)"): the label named no field the reader knows (69f89ce
// kept it from a wrong offset), so a list's every deadline was lost with nothing said. The printed
// offset is the standard one: the dates are read by the rules of the zone of the first city the
// browser knows whose standard offset it is (Amsterdam keeps summer time: +02:00 in July), or of a
// zone's name Intl prints ("Eastern Time": New York); a zone none of its cities or words name
// ("(UTC-03:30) Newfoundland") or whose offset is not the city's standard one is reported, not read
// by the offset alone (an hour late in summer) nor lost.
describe('a Windows-style zone after a date\'s label, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"', () => {
  const ZONES: [string, string, typeof EXPECTED, string][] = [
    ['Amsterdam', ' (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['Chennai (Kolkata\'s)', ' (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', inZone(5.5), '2026-07-02T06:30:00.000Z'],
    ['Eastern Time', ' (UTC-05:00) Eastern Time (US & Canada)', inZone(-5), '2026-07-02T16:00:00.000Z'],
    ['Helsinki', ' (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', inZone(2), '2026-07-02T09:00:00.000Z'],
    ['UTC', ' (UTC) Coordinated Universal Time', inZone(0), '2026-07-02T12:00:00.000Z'],
    ['Dublin', ' (UTC+00:00) Dublin, Edinburgh, Lisbon, London', inZone(0), '2026-07-02T11:00:00.000Z'],
    ['Swedish Windows\'s Brussels (Madrid\'s)', ' (UTC+01:00) Bryssel, Köpenhamn, Madrid, Paris', EXPECTED, '2026-07-02T10:00:00.000Z'],
  ];
  readInPlaces(ZONES);
  const UNREAD: [string, string, RegExp][] = [
    ['"(UTC-03:30) Newfoundland" (no city)', ' (UTC-03:30) Newfoundland', /newfoundland/],
    ['"(UTC+02:00) Amsterdam, Berlin" (no city at that standard offset)', ' (UTC+02:00) Amsterdam, Berlin', /amsterdam/],
  ];
  reportedInPlaces('reported, not read by the offset alone', UNREAD);
  // (a header's or a term's zone in an element of its own, "<th>Respond by <small>(UTC+05:30) Chennai, …</small></th>":
  // before, the label was read without it, the dates in the merchant's zone, with nothing said)
  const [tableRead, termsRead] = PLACES.map(([, read]) => read) as [ReadWith, ReadWith];
  it.each(perLang(ZONES.slice(0, 3)))('in an element of its own after the label, a table\'s headers and a dispute\'s terms: %s', (_, k, zone, facts, july) => {
    const l = LANGS[k];
    const small = zoned(l, ` <small>${zone.trim()}</small>`);
    expect(tableRead(l, small)).toEqual(want(true, facts));
    expect(termsRead(l, small)).toEqual(want(false, facts));
    expect(julyDue(termsRead, k, ` <small>${zone.trim()}</small>`)).toBe(july);
  });
  it.each(KEYS)('in an element of its own after the label, "<small>(UTC-03:30) Newfoundland</small>" is reported (%s)', (k) => {
    const l = LANGS[k];
    expectReported(tableRead(l, zoned(l, ' <small>(UTC-03:30) Newfoundland</small>')), /newfoundland/);
  });
  it.each(perLang(ZONES.slice(0, 3)))('in a date\'s value, a table\'s cells and a dispute\'s terms: %s', (_, k, zone, facts, july) => {
    const l = LANGS[k];
    const head = zoned(l, '');
    expect(tableRead(l, head, withZone(zone))).toEqual(want(true, facts));
    expect(termsRead(l, head, withZone(zone))).toEqual(want(false, facts));
    expect(julyDue(termsRead, k, '', zone)).toBe(july);
  });
  it.each(KEYS)('in a date\'s value, "(UTC-03:30) Newfoundland" is reported (%s)', (k) => {
    const l = LANGS[k];
    expectReported(PLACES[0]![1](l, zoned(l, ''), withZone(' (UTC-03:30) Newfoundland')), /newfoundland/);
  });
  // (each city a name Intl is asked about in eight regions: a text of thousands of names other than
  // Windows prints asks up to eight of them)
  it('a value ending in a Windows-style zone of 70,000 characters, 10,000 names, each another, is reported in linear time', () => {
    const l = LANGS.en;
    const names = Array.from({ length: 10000 }, (_, i) => `x${String(i).replace(/\d/g, (d) => 'abcdefghij'[+d]!)}`).join(', ');
    const started = performance.now();
    const r = readHere(`${storeBar(l)}<dl><dt>${l.labels.id}</dt><dd>DP-1001</dd><dt>${l.labels.dueBy}</dt><dd>2 Feb 2026 (UTC+01:00) ${names}</dd></dl>`, l.tag);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.disputes[0]!.facts.dueBy).toBeUndefined();
    expect(r.problems).toHaveLength(1);
  });
});

// Two forms of a date's zone together after its label, its name and its offset or two names of one
// offset ("Respond by (CET, UTC+1)", "(CET/UTC+1)", "Created (UTC, GMT)"): with a comma the label
// named no field, a list's every deadline lost with nothing said; with a slash the name was read and
// the offset not looked at, so that "(CET/UTC+3)" was read as CET with nothing said. Read by the
// name's zone where the offset is its standard one (CET's rules: +02:00 in July), and reported
// where the two disagree.
describe('two forms of a zone together after a date\'s label, "(CET, UTC+1)", "(CET/UTC+1)", "(UTC, GMT)"', () => {
  const ZONES: [string, string, typeof EXPECTED, string][] = [
    ['"(CET, UTC+1)"', ' (CET, UTC+1)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(CET/UTC+1)"', ' (CET/UTC+1)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(MEZ, UTC+1)"', ' (MEZ, UTC+1)', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['"(EET, UTC+2)"', ' (EET, UTC+2)', inZone(2), '2026-07-02T09:00:00.000Z'],
    ['"(UTC, GMT)"', ' (UTC, GMT)', inZone(0), '2026-07-02T12:00:00.000Z'],
    // (a region's name at +00:00 by its rules, as CET's: Lisbon's and London's summer time, as a
    // "GMT" alone is read; before, UTC's name was tried first and July read at +00:00, an hour late)
    ['"(WET, UTC+0)"', ' (WET, UTC+0)', inZone(0), '2026-07-02T11:00:00.000Z'],
    ['"(GMT, UTC+0)"', ' (GMT, UTC+0)', inZone(0), '2026-07-02T11:00:00.000Z'],
  ];
  readInPlaces(ZONES);
  const DISAGREE: [string, string, RegExp][] = [
    ['"(CET, UTC+3)"', ' (CET, UTC+3)', /cet.*utc\+3/],
    ['"(CET/UTC+3)"', ' (CET/UTC+3)', /cet.*utc\+3/],
    ['"(UTC, CET)"', ' (UTC, CET)', /utc.*cet/],
  ];
  reportedInPlaces('two that disagree are reported, not guessed', DISAGREE);
  it.each(perLang([['"… CET/UTC+1"', ' CET/UTC+1', '2026-07-02T10:00:00.000Z'], ['"… CET/UTC+3"', ' CET/UTC+3', undefined], ['"… WET/UTC+0"', ' WET/UTC+0', '2026-07-02T11:00:00.000Z'], ['"… UTC/GMT"', ' UTC/GMT', '2026-07-02T12:00:00.000Z']] as [string, string, string | undefined][]))(
    'in a date\'s value, a dispute\'s terms, %s',
    (_, k, zone, july) => {
      expect(julyDue(PLACES[1]![1], k, '', zone)).toBe(july);
    },
  );
});

// A "label: value" line whose zone is in an element of its own between the label and the colon
// ("<p>Respond by <abbr title=\"Central European Time\">CET</abbr>: 2 Feb 2026, 12:00</p>", as a
// header's "<th>Respond by <abbr>CET</abbr></th>" is read, a2130dd): the zone was read as the value's
// ("CET: 2 Feb 2026", no date) and reported. Read as the header is: the line's label names the zone.
describe('a "label: value" line whose zone is in an element of its own, "Respond by <abbr>CET</abbr>: 2 Feb 2026"', () => {
  const ZONES: [string, string, typeof EXPECTED, string][] = [
    ['" <abbr title=…>CET</abbr>"', ' <abbr title="Central European Time">CET</abbr>', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['" <span>MEZ</span>"', ' <span>MEZ</span>', EXPECTED, '2026-07-02T10:00:00.000Z'],
    ['" <small>(UTC)</small>"', ' <small>(UTC)</small>', inZone(0), '2026-07-02T12:00:00.000Z'],
    ['" <small>(Europe/Berlin)</small>"', ' <small>(Europe/Berlin)</small>', EXPECTED, '2026-07-02T10:00:00.000Z'],
  ];
  const [, , [, lines]] = PLACES as [unknown, unknown, [string, ReadWith, boolean]];
  it.each(perLang(ZONES))('%s', (_, k, zone, facts) => {
    const l = LANGS[k];
    expect(lines(l, zoned(l, zone))).toEqual(want(false, facts));
  });
  it.each(perLang(ZONES))('a deadline on 2 Jul 2026, 12:00 by the zone\'s summer time, %s', (_, k, zone, _f, july) => {
    expect(julyDue(lines, k, zone)).toBe(july);
  });
  // (the zone in no element of its own, after a comment: the text node after the label's is no element to start from)
  it.each(KEYS)('the zone after a comment, "Respond by <!---->CET: 2 Feb 2026", is reported as before (%s)', (k) => {
    const l = LANGS[k];
    expectReported(lines(l, zoned(l, ' <!---->CET')), /cet: /);
  });
});
