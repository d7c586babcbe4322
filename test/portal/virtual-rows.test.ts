// @vitest-environment happy-dom
// A virtualised list's rows under a header of plain divs where the rows are not all at one place
// under one parent: a review of b5f8957 (columns.ts rowsLike looking down a chain of first
// children) found rows dropped with nothing said, the worst outcome. Six languages, merchant in
// Helsinki (probe-pages.ts HELSINKI); the pages name no zone, so their dates are the merchant's.
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, storeBar, type Lang } from './list-pages';
import { HELSINKI, inZone, perLang, readIn, reading, valueOf, want } from './probe-pages';
import { readAfterRowChange } from './row-change';

const HERE = inZone(2);

/** row `i` of the list, a row of plain divs like the header's */
const rowOf = (l: Lang, i: number) => `<div style="display:flex">${COLS.map((c) => `<div style="flex:1 1 0">${valueOf(l, i, c)}</div>`).join('')}</div>`;
/** the header of plain divs, then `body` (the rows drawn by `draw`) */
const list = (l: Lang, draw: (row: (i: number) => string) => string) =>
  `${storeBar(l)}<div class="disputes"><div style="display:flex;font-weight:600">${COLS.map((c) => `<div style="flex:1 1 0">${l.labels[c]}</div>`).join('')}</div>${draw((i) => rowOf(l, i))}</div>`;

/** react-virtuoso's item `i` around its row */
const item = (row: (i: number) => string, i: number) => `<div data-index="${i}" data-known-size="48" data-item-index="${i}" style="overflow-anchor:none">${row(i)}</div>`;
/** react-virtuoso with `top` items pinned (topItemCount) in a sticky list of their own above the item list (none drawn for none) */
const pinned = (top: number, wrap = (s: string) => s) => (row: (i: number) => string) =>
  `<div data-testid="virtuoso-scroller" data-virtuoso-scroller="true" tabindex="0" style="height:400px;overflow-y:auto;position:relative"><div data-viewport-type="element" style="width:100%;height:100%;position:absolute;top:0px">` +
  (top ? `<div data-testid="virtuoso-top-item-list" style="position:sticky;top:0;z-index:1">${[0, 1, 2].slice(0, top).map((i) => wrap(item(row, i))).join('')}</div>` : '') +
  `<div data-testid="virtuoso-item-list" style="box-sizing:border-box;padding-top:0px">${[0, 1, 2].slice(top).map((i) => wrap(item(row, i))).join('')}</div></div></div>`;

// react-virtuoso with topItemCount: the pinned items in a sticky list, the others in the item list
// beside it. Before: the chain of first children reached item 0 and took its one row; the walk
// never moved on to the items in the next list (DP-1001 alone read, the others dropped, no problem).
// Likewise any list whose rows sit at one depth under parents of their own (cousins).
// A row's first in a wrapper of its own, the others not: before, the rows beside the wrapper were
// found and the wrapped row never (DP-1001 dropped, no problem); in any place, first, between, last.
const LISTS: [string, (row: (i: number) => string) => string][] = [
  ['react-virtuoso, one item pinned at the top (topItemCount 1)', pinned(1)],
  ['react-virtuoso, two items pinned at the top (topItemCount 2)', pinned(2)],
  ['react-virtuoso, one item pinned, each item in a wrapper of its own', pinned(1, (s) => `<div>${s}</div>`)],
  ['a list whose rows sit in groups of their own at one depth', (row) => `<div><div><div>${row(0)}</div><div>${row(1)}</div></div><div><div>${row(2)}</div></div></div>`],
  ['the first row in a wrapper of its own, the others not', (row) => `<div><div>${row(0)}</div>${row(1)}${row(2)}</div>`],
  ['the middle row in a wrapper of its own', (row) => `<div>${row(0)}<div>${row(1)}</div>${row(2)}</div>`],
  ['the last row in a wrapper of its own', (row) => `<div>${row(0)}${row(1)}<div>${row(2)}</div></div>`],
  ['the first row in a wrapper of its own, the rows the header\'s siblings', (row) => `<div>${row(0)}</div>${row(1)}${row(2)}`],
  // (read right already: every row in an item, no item pinned; every row in a wrapper)
  ['react-virtuoso, no item pinned (guard)', pinned(0)],
  ['every row in a wrapper of its own (guard)', (row) => `<div>${[0, 1, 2].map((i) => `<div>${row(i)}</div>`).join('')}</div>`],
];

describe('a virtualised list\'s rows under a header of plain divs, not all under one parent', () => {
  it.each(perLang(LISTS))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readIn(list(l, draw), l.tag))).toEqual(want(true, HERE));
  });
  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    expect(readAfterRowChange(list(l, pinned(1)), l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
    expect(readAfterRowChange(list(l, LISTS[4]![1]), l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
});
