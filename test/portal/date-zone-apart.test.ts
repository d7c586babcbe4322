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
import { EXPECTED, LANGS } from './list-pages';
import { AFTER_PLACES as PLACES, afterDates, cross, expectReported, forPlace, guardsFor, inZone, perLang, want } from './probe-pages';

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
