// @vitest-environment happy-dom
// A twenty-fifth probe's list drawn as one table of "label | value | …" rows, merchant in Helsinki
// (probe-pages.ts HELSINKI), in the six portal languages (list-pages.ts): pairs-twenty-fourth's
// every dispute's six rows one after the other in one <tbody>, each row with a third cell after
// its value, as an admin's print view or an editable summary draws them. The first block read
// wrongly before its fix; the pages after it read right already and stay as guards.
import { describe, expect, it } from 'vitest';
import { KEYS, LANGS, storeBar, type Lang } from './list-pages';
import { CELLS, HERE, pairRows, readsRight, type Page } from './pair-rows';
import { readHere, reading, want } from './probe-pages';

/** what a third cell after each value holds */
const THIRD: [string, string][] = [
  ['an Edit button', '<td><button type="button">Edit</button></td>'],
  ['a "Change" link', '<td><a href="#">Change</a></td>'],
  ['an empty cell', '<td></td>'],
  ['an info icon named by its aria-label', '<td><span role="img" aria-label="More information">ⓘ</span></td>'],
  ['a copy button named by its aria-label', '<td><button type="button" aria-label="Copy">⧉</button></td>'],
];

// Before: a dispute's ID row held three cells, so it was taken for a row holding more of the
// dispute than its ID (reader.ts disputesFromPairs, `childElementCount < 3`), and nothing after it
// was the dispute's but the row right under it (the amount, rowAbove): three disputes read with
// their IDs and amounts alone, the status, reason and both dates lost, the deadlines with them,
// nothing said.
const ONE_BODY: Page[] = CELLS.flatMap(([cells, cell]) =>
  THIRD.map(([third, after]) => [`${cells}, ${third} after every value`, (l: Lang, show?) => `<table><tbody>${[0, 1, 2].map((i) => pairRows(l, i, cell, show, after)).join('')}</tbody></table>`] as Page),
);
describe('every dispute\'s "label | value | …" rows in one <tbody>', () => readsRight(ONE_BODY));

describe('"label | value | …" rows that read right (guards)', () => {
  // (each dispute's rows in a <tbody> of their own, and one dispute's rows at its own address)
  const OWN: Page[] = CELLS.flatMap(([cells, cell]) =>
    THIRD.map(([third, after]) => [`${cells}, ${third} after every value, a <tbody> each`, (l: Lang, show?) => `<table>${[0, 1, 2].map((i) => `<tbody>${pairRows(l, i, cell, show, after)}</tbody>`).join('')}</table>`] as Page),
  );
  readsRight(OWN);
  it.each(KEYS.flatMap((k) => CELLS.flatMap(([cells, cell]) => THIRD.map(([third, after]) => [`${cells}, ${third} (${LANGS[k].tag})`, k, cell, after] as const))))('a dispute\'s page, its rows in one table, %s', (_, k, cell, after) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main><table><tbody>${pairRows(l, 0, cell, undefined, after)}</tbody></table></main>`, l.tag))).toEqual(want(false, HERE));
  });
});
