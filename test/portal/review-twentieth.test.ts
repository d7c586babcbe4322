// @vitest-environment happy-dom
// A review of the twentieth session's reader changes (740ba7b badges, 6dd23c7 every zone's long
// names, c73f746 Finnish weekdays, b5f8957 rowsLike), merchant in Helsinki (probe-pages.ts), in the
// six portal languages:
// - a zone's long name on the line after a "label: value" line's date, a card's too ("Respond by:
//   2 feb. 2026<br><small>indisk tid</small>"): the <br> sets it apart, so it is read as its zone
//   (before: run into the year, "2026indisk tid", and reported);
// - words after a date shaped as a zone's long name that name no zone, the merchant's "local time",
//   "On time", "Response time" in an element of their own: the date read in the merchant's zone
//   as before 6dd23c7 (since it: reported, the deadline lost), and no table of every zone's names
//   built for them on a cold reading (130 ms);
// - guards: cards each with a row of labels over its values' row, in one to four wrappers (b5f8957).
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, storeBar } from './list-pages';
import { AFTER_PLACES, afterDates, inZone, perLang, readIn, reading, SHAPES, valueOf, want, zoneListsAsked } from './probe-pages';

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

// Words a portal shows after a deadline, shaped as a zone's long name (date.ts LONG_NAME: a word
// ending in time, zeit, tid or aika), that name no zone.
const ORDINARY: Record<K, string[]> = {
  en: ['local time', 'On time', 'Response time'],
  de: ['Ortszeit', 'Antwortzeit', 'Restzeit'],
  sv: ['lokal tid', 'I tid', 'Svarstid'],
  fi: ['paikallinen aika', 'Vastausaika'],
  nb: ['lokal tid', 'Svartid'],
  da: ['lokal tid', 'Svartid'],
};
// (in an element of its own; a "label: value" line reports a date with words after it, before and now)
const CELLS = AFTER_PLACES.filter(([place]) => /table|terms/.test(place));
const ordinary = (k: K) => ORDINARY[k].flatMap((w) => SHAPES.slice(0, 6).map(([shape, put]) => [`"${w}" as ${shape}`, put(w)] as [string, string]));
describe('words shaped as a zone\'s long name that name no zone, after a date: the date read in the merchant\'s zone', () => {
  for (const [place, read, list] of CELLS) {
    it.each(each(ordinary))(`${place}, %s`, (_, k, after) => {
      expect(read(LANGS[k], afterDates(after))).toEqual(want(list, inZone(2)));
    });
  }
});

// (counted by a proxy on Intl.supportedValuesOf, as zone-words does)
describe('words shaped as a zone\'s long name that name no zone: no table of every zone\'s names built for them', () => {
  it.each(each((k) => ORDINARY[k].flatMap((w) => [[`"${w}" in a <small>`, `<br><small>${w}</small>`], [`"${w}" after a space`, ` ${w}`]] as [string, string][])))('%s', async (_, k, after) => {
    expect(await zoneListsAsked(after, k, true)).toBe(0);
  });
});

// Cards each with a row of labels over its values' row, and lists of div rows under a header row
// of plain divs, in the wrappers layouts put around them (b5f8957 columns.ts rowsLike looks down
// the first children of the next sibling, then of the parent's next sibling): each card heads its
// own values, never the next card's, and no card is dropped with nothing said.
const LABELS = (l: (typeof LANGS)[K]) => `<div style="display:flex">${COLS.map((c) => `<span>${l.labels[c]}</span>`).join('')}</div>`;
const VALUES = (l: (typeof LANGS)[K], i: number) => `<div style="display:flex">${COLS.map((c) => `<span>${valueOf(l, i, c)}</span>`).join('')}</div>`;
const wrap = (n: number, inner: string) => '<div>'.repeat(n) + inner + '</div>'.repeat(n);
const CARD_LAYOUTS: [string, (l: (typeof LANGS)[K], i: number) => string][] = [
  ['the values\' row beside the labels\'', (l, i) => `<article>${LABELS(l)}${VALUES(l, i)}</article>`],
  ...[1, 2, 3, 4].map((n) => [`the values\' row in ${n} wrapper(s)`, (l: (typeof LANGS)[K], i: number) => `<article>${LABELS(l)}${wrap(n, VALUES(l, i))}</article>`] as [string, (l: (typeof LANGS)[K], i: number) => string]),
  ['the labels\' row in a wrapper, the values\' in two', (l, i) => `<article>${wrap(1, LABELS(l))}${wrap(2, VALUES(l, i))}</article>`],
  ['the values\' row after an avatar in its wrapper', (l, i) => `<article>${LABELS(l)}<div><img alt=""><div>${VALUES(l, i)}</div></div></article>`],
  ['the values\' row in wrappers, then a footer', (l, i) => `<article>${LABELS(l)}${wrap(2, VALUES(l, i))}<footer>${'x'}</footer></article>`],
  ['the labels\' row in a header, the values\' in wrappers', (l, i) => `<article><header>${LABELS(l)}</header>${wrap(2, VALUES(l, i))}</article>`],
];
const CONTAINERS: [string, (cards: string[]) => string][] = [
  ['in a section', (cards) => `<section><div><div>${cards.join('')}</div></div></section>`],
  ['each in a list item', (cards) => `<ul>${cards.map((c) => `<li>${c}</li>`).join('')}</ul>`],
  ['each in a wrapper', (cards) => `<div>${cards.map((c) => `<div>${c}</div>`).join('')}</div>`],
];
const cardCases = CARD_LAYOUTS.flatMap(([card, draw]) => CONTAINERS.map(([where, put]) => [`${card}, ${where}`, draw, put] as const));
describe('cards each with a row of labels over its values\' row, in wrappers: each card read as its own', () => {
  it.each(perLang(cardCases.map(([n, d, p]) => [n, d, p] as [string, typeof d, typeof p])))('%s', (_, k, draw, put) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + put([0, 1, 2].map((i) => draw(l, i))), l.tag))).toEqual(want(true, inZone(2)));
  });
});
