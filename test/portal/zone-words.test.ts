// @vitest-environment happy-dom
// Words after a date in an element of its own, and whether they name its zone (ffd4598 reads a zone
// so shown, date.ts namesZone, and reports one it does not know). A badge of capitals
// ("2 Feb 2026<span>NEW</span>", "DUE", "NEU", "UUSI", a status word of the portal's, "WON") names
// none: the date is read in the merchant's zone, nothing said (before, every row reported it as a
// zone not known). An unknown abbreviation ("MSK", "XYZT") is still reported. A zone's long name as
// Intl prints it in the page's language ("Moscow Standard Time", "Indische Normalzeit", "indisk
// tid", "Moskovan normaaliaika") is read, wherever the page puts it; one shaped like a zone's name
// that no zone has ("Martian Standard Time", "Marsin normaaliaika") is reported (before, the date
// was read alone, in the merchant's zone: hours off, nothing said). In the six portal languages,
// in a list's table and cards and on a dispute's page; the merchant is in Helsinki (probe-pages.ts).
import { describe, expect, it } from 'vitest';
import { BADGE_WORDS, STATUS_LABELS } from '../../lib/portal/vocabulary';
import { EXPECTED, KEYS, LANGS } from './list-pages';
import { AFTER_PLACES, SHAPES, afterDates, cross, expectReported, forPlace, guardsFor, inElements, inZone, NO_ZONE, perLang, want, zoneListsAsked } from './probe-pages';

type K = (typeof KEYS)[number];
/** the cases of each language, named with its tag: [name, language, …] */
const each = <T extends unknown[]>(cases: (k: K) => [string, ...T][]) =>
  KEYS.flatMap((k) => cases(k).map(([name, ...rest]) => [`${name} (${LANGS[k].tag})`, k, ...rest] as [string, K, ...T]));
// (a badge is an element of its own: as text it is part of the date's text, "2 Feb 2026 NEW")
const ELEMENTS = SHAPES.slice(0, 6);

// Badges a merchant's portal draws after a date, in capitals, in each language; and the portal's own
// single-word statuses in capitals (the vocabulary's).
const BADGES: Record<K, string[]> = {
  en: ['NEW', 'DUE', 'LATE', 'SOON', 'OPEN', 'HOT', 'NOW'],
  de: ['NEU', 'FÄLLIG', 'BALD', 'OFFEN', 'SPÄT'],
  sv: ['NY', 'NYTT', 'SNART', 'SEN', 'ÖPPEN', 'FÖRSENAD'],
  fi: ['UUSI', 'PIAN', 'AVOIN', 'MYÖHÄSSÄ'],
  nb: ['NY', 'NYTT', 'SNART', 'SEN', 'ÅPEN', 'FORFALT'],
  da: ['NY', 'NYT', 'SNART', 'SEN', 'ÅBEN', 'FORFALDEN'],
};
const badges = (k: K) => [...BADGES[k], ...[STATUS_LABELS.won[k], STATUS_LABELS.lost[k]].flat()].map((w) => w.toUpperCase()).flatMap((w) => ELEMENTS.map(([shape, put]) => [`"${w}" as ${shape}`, put(w)] as [string, string]));

// (in a list's table and a dispute's terms: a "label: value" line, a card's too, reads no word after
// its date but the time left in parentheses, before and now: probe-pages guardsFor)
const CELLS = AFTER_PLACES.filter(([place]) => /table|terms/.test(place));
describe('a badge of capitals after a date, in an element of its own, names no zone: the date is read in the merchant\'s zone', () => {
  for (const [place, read, list] of CELLS) {
    it.each(forPlace(place, each(badges)))(`${place}, %s`, (_, k, after) => {
      expect(read(LANGS[k], afterDates(after))).toEqual(want(list, inZone(2)));
    });
  }
});

// Abbreviations no zone Intl names has, and no word: still reported, naming them.
const UNKNOWN: [string, string, RegExp][] = [
  ['MSK', 'MSK', /MSK/],
  ['SGT', 'SGT', /SGT/],
  ['XYZT', 'XYZT', /XYZT/],
];
describe('an abbreviation the reader does not know after a date is still reported', () => {
  for (const [place, read] of AFTER_PLACES) {
    it.each(perLang(forPlace(place, cross(UNKNOWN, ELEMENTS))))(`${place}, %s`, (_, k, after, name) => {
      expectReported(read(LANGS[k], afterDates(after)), name);
    });
  }
});

/** a zone's long name as Intl prints it in language `k`, in January or July */
const longName = (k: K, timeZone: string, month = 0) =>
  new Intl.DateTimeFormat(LANGS[k].tag, { timeZone, timeZoneName: 'long' }).formatToParts(Date.UTC(2026, month, 15, 12)).find((p) => p.type === 'timeZoneName')!.value;
// (hours east of UTC the name says: Moscow and India keep one time all year; Pacific standard time,
// Eastern European summer time)
const LONG: [string, string, number, number][] = [
  ['Moscow Standard Time', 'Europe/Moscow', 0, 3],
  ['India Standard Time', 'Asia/Kolkata', 0, 5.5],
  ['Pacific Standard Time', 'America/Los_Angeles', 0, -8],
  ['Eastern European Summer Time', 'Europe/Helsinki', 6, 3],
];
// (set apart from the date as the merchant sees it: a name in lower case against the date's last
// digit, "2 feb. 2026indisk tid", is run into it, as only a capital is set apart, ffd4598; a
// "label: value" line's <br>, a card's too, sets it apart since review-twentieth)
const runInto = (_place: string, name: string) => ([shape]: [string, unknown]) => /^\p{Ll}/u.test(name) && shape.includes('no space');
const apart = (place: string, name: string) => SHAPES.filter((shape) => !runInto(place, name)(shape));
const longCases = (place: string, run = false) => (k: K) =>
  LONG.flatMap(([en, tz, month, hours]) => {
    const name = longName(k, tz, month);
    return SHAPES.filter((shape) => runInto(place, name)(shape) === run).map(([shape, put]) => [`"${en}" ("${name}") as ${shape}`, put(name), inZone(hours), new RegExp(name)] as [string, string, typeof EXPECTED, RegExp]);
  });

describe('a zone\'s long name Intl prints in the page\'s language after a date is read as that zone', () => {
  for (const [place, read, list] of AFTER_PLACES) {
    it.each(forPlace(place, each(longCases(place))))(`${place}, %s`, (_, k, after, facts) => {
      expect(read(LANGS[k], afterDates(after))).toEqual(want(list, facts));
    });
  }
});
describe('a zone\'s long name in lower case run into the date\'s last digit is reported, not read without it', () => {
  for (const [place, read] of AFTER_PLACES) {
    it.each(forPlace(place, each(longCases(place, true))))(`${place}, %s`, (_, k, after, _f, name) => {
      expectReported(read(LANGS[k], afterDates(after)), name);
    });
  }
});

// Names shaped as Intl's long names are in each language ("… Time", "…zeit", "… tid", "…aika") that no zone has.
const NO_SUCH: Record<K, string> = {
  en: 'Martian Standard Time',
  de: 'Marsianische Normalzeit',
  sv: 'marsiansk normaltid',
  fi: 'Marsin normaaliaika',
  nb: 'normaltid for Mars',
  da: 'Marsiansk normaltid',
};
const noSuchCases = (place: string) => (k: K) => apart(place, NO_SUCH[k]).map(([shape, put]) => [`"${NO_SUCH[k]}" as ${shape}`, put(NO_SUCH[k]), new RegExp(NO_SUCH[k])] as [string, string, RegExp]);
describe('a long name shaped as a zone\'s that no zone has, after a date, is reported', () => {
  for (const [place, read] of AFTER_PLACES) {
    it.each(forPlace(place, each(noSuchCases(place))))(`${place}, %s`, (_, k, after, name) => {
      expectReported(read(LANGS[k], afterDates(after)), name);
    });
  }
});

// Guards (pass before): zones known before are read as before; words that name no zone are dropped.
const generic = (k: K) => new Intl.DateTimeFormat(LANGS[k].tag, { timeZone: 'Europe/Berlin', timeZoneName: 'longGeneric' }).formatToParts(Date.UTC(2026, 0, 15, 12)).find((p) => p.type === 'timeZoneName')!.value;
const KNOWN = (k: K): [string, string, typeof EXPECTED][] =>
  [['CET', EXPECTED], ['UTC', inZone(0)], [`(${generic(k)})`, EXPECTED]].flatMap(([z, facts]) =>
    ELEMENTS.map(([shape, put]) => [`"${z}" as ${shape}`, put(z as string), facts as typeof EXPECTED] as [string, string, typeof EXPECTED]),
  );
describe('guards: a zone known before is read as before', () => {
  for (const [place, read, list] of AFTER_PLACES) {
    it.each(forPlace(place, each(KNOWN)))(`${place}, %s`, (_, k, after, facts) => {
      expect(read(LANGS[k], afterDates(after))).toEqual(want(list, facts));
    });
  }
});
// (icons whose ligature holds "time": no zone's name)
const ICONS: [string, () => string][] = ['timer', 'access_time', 'more_time', 'history'].map((icon) => [
  `an icon's ligature, <span class="material-icons">${icon}</span>`,
  () => `<span class="material-icons">${icon}</span>`,
]);
describe('guards: words that name no zone after a date are dropped as before', () => {
  for (const [place, read, list] of AFTER_PLACES) {
    it.each(perLang(guardsFor(place, inElements([...NO_ZONE, ...ICONS]))))(`${place}, %s`, (_, k, after) => {
      expect(read(LANGS[k], afterDates(after(k)))).toEqual(want(list, inZone(2)));
    });
  }
});

// (the badge words the reader drops are no zone's: none is a name Intl prints for a zone in the six
// languages, short or long, nor a zone's ID to the runtime, "NOW", "SEN")
describe('guards: no badge word of the vocabulary names a zone', () => {
  const names = new Set(
    ['en-US', ...KEYS.map((k) => LANGS[k].tag)].flatMap((tag) =>
      Intl.supportedValuesOf('timeZone').flatMap((timeZone) =>
        [0, 6].map((m) => new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'short' }).formatToParts(Date.UTC(2025, m, 15, 12)).find((p) => p.type === 'timeZoneName')!.value.toLowerCase()),
      ),
    ),
  );
  it.each(BADGE_WORDS.map((w) => [w]))('"%s"', (w) => {
    expect(names.has(w)).toBe(false);
    expect(() => new Intl.DateTimeFormat('en', { timeZone: w.toUpperCase() })).toThrow(RangeError);
  });
});

// (every zone's long names are learnt only for a text after a date shaped as one: an ordinary page,
// its dates followed by badges and words, asks Intl for no list of zones)
describe('guards: every zone\'s names are learnt only for a long name after a date', () => {
  const asked = (after: string, k: K) => zoneListsAsked(after, k);
  it.each(KEYS)('badges, words and the names known before after the dates: none (%s)', async (k) => {
    for (const after of [...BADGES[k], 'MSK', 'Overdue', longName(k, 'Europe/Berlin'), generic(k)].map((w) => `<br><small>${w}</small>`)) expect(await asked(after, k)).toBe(0);
  });
  it.each(KEYS)('"Moscow Standard Time" as Intl prints it: asked once (%s)', async (k) => {
    expect(await asked(`<br><small>${longName(k, 'Europe/Moscow')}</small>`, k)).toBe(1);
  });
});
