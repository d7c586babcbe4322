// @vitest-environment happy-dom
// Mends of a review of the reader's zone commits (74e3f8c..b942a76, and 0cc9a56..b83a8ab): each case
// read wrongly, or cost a cold reading what it should not, before its fix; the pages beside them
// that read right already stay as guards. The merchant is in Helsinki (probe-pages.ts HELSINKI), an
// hour east of the zones the pages name: a date read in the merchant's zone instead of the page's
// is an hour off. Six languages throughout.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../lib/portal';
import { KEYS, LANGS } from './list-pages';
import { expectReported, HELSINKI, PLACES, perLang, shownAt, zoned } from './probe-pages';

// A zone's name and an offset that is not its own after a slash, "GMT/UTC+1" (a page meaning
// "GMT+1, UTC+1"): read from 74e3f8c to 0cc9a56 as London's GMT, an hour late with nothing said
// ("UTC+2" two hours, "UTC-5" five early), the offset dropped. Since 0cc9a56 (date.ts zoneAt: a name
// with an offset read only where the offset is the name's standard one) reported: guards.
describe('a zone\'s name with an offset not its own, "GMT/UTC+1", is reported, not read as GMT', () => {
  const PAIRS: [string, string, RegExp][] = [
    ['"GMT/UTC+1"', ' GMT/UTC+1', /gmt\/utc\+1/],
    ['"GMT/UTC+2"', ' GMT/UTC+2', /gmt\/utc\+2/],
    ['"GMT/UTC-5"', ' GMT/UTC-5', /gmt\/utc.5/],
  ];
  it.each(perLang(PAIRS))('in a date\'s value, %s', (_, k, zone, name) => {
    const l = LANGS[k];
    const r = readDate(`${shownAt(l, Date.UTC(2026, 1, 2, 12))}${zone}`, l.tag, { timeZone: HELSINKI });
    expect(r.ok ? r.iso : r.problem).toMatch(name);
  });
  for (const [place, read] of PLACES) {
    it.each(perLang(PAIRS))(`after a date's label, ${place}, %s`, (_, k, zone, name) => {
      const l = LANGS[k];
      expectReported(read(l, zoned(l, ` (${zone.trim()})`)), name);
    });
  }
  it.each(KEYS)('the same name with its own offset, "(GMT/UTC+0)", reads in UTC (%s)', (k) => {
    const l = LANGS[k];
    expect(readDate(`${shownAt(l, Date.UTC(2026, 1, 2, 12))} GMT/UTC+0`, l.tag, { timeZone: HELSINKI })).toEqual({ ok: true, iso: '2026-02-02T12:00:00.000Z', hasTime: true });
  });
});
