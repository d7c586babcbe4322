// @vitest-environment happy-dom
// A review of the twentieth session's reader changes (740ba7b badges, 6dd23c7 every zone's long
// names, c73f746 Finnish weekdays, b5f8957 rowsLike), merchant in Helsinki (probe-pages.ts), in the
// six portal languages:
// - a zone's long name on the line after a "label: value" line's date, a card's too ("Respond by:
//   2 feb. 2026<br><small>indisk tid</small>"): the <br> sets it apart, so it is read as its zone
//   (before: run into the year, "2026indisk tid", and reported).
import { describe, expect, it } from 'vitest';
import { KEYS, LANGS } from './list-pages';
import { AFTER_PLACES, afterDates, inZone, want } from './probe-pages';

type K = (typeof KEYS)[number];
const each = <T extends unknown[]>(cases: (k: K) => [string, ...T][]) =>
  KEYS.flatMap((k) => cases(k).map(([name, ...rest]) => [`${name} (${LANGS[k].tag})`, k, ...rest] as [string, K, ...T]));
/** a zone's long name as Intl prints it in language `k`, in January */
const longName = (k: K, timeZone: string) =>
  new Intl.DateTimeFormat(LANGS[k].tag, { timeZone, timeZoneName: 'long' }).formatToParts(Date.UTC(2026, 0, 15, 12)).find((p) => p.type === 'timeZoneName')!.value;

// (a line's value goes on after a <br> only where nothing came before it on the label's line: a
// <br> ends the line's words, so the name after it is a word of its own)
const LINES = AFTER_PLACES.filter(([place]) => /cards|lines/.test(place));
const BROKEN: [string, (z: string) => string][] = [
  ['<br><small>…</small>', (z) => `<br><small>${z}</small>`],
  ['<br>…', (z) => `<br>${z}`],
];
const ZONES: [string, string, number][] = [
  ['India Standard Time', 'Asia/Kolkata', 5.5],
  ['Moscow Standard Time', 'Europe/Moscow', 3],
];
const broken = (k: K) =>
  ZONES.flatMap(([en, tz, hours]) => BROKEN.map(([shape, put]) => [`"${en}" ("${longName(k, tz)}") as ${shape}`, put(longName(k, tz)), hours] as [string, string, number]));
describe('a zone\'s long name after a <br> in a "label: value" line is read as its zone', () => {
  for (const [place, read, list] of LINES) {
    it.each(each(broken))(`${place}, %s`, (_, k, after, hours) => {
      expect(read(LANGS[k], afterDates(after))).toEqual(want(list, inZone(hours)));
    });
  }
});
