// A list of plain divs as the row tests draw it (lost-rows-twenty-first, rows-twenty-third): a
// header row of six divs over rows of six, no <th>, no role; what surrounds the rows is each test's.
import { expect, it } from 'vitest';
import { KEYS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { HELSINKI, inZone, perLang, readIn, reading, valueOf, want } from './probe-pages';
import { readAfterRowChange } from './row-change';

/** the columns as the portal shows them: ID | Amount | Status | Reason | Respond by | Created */
export const ORDER: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
/** a flex row of six plain divs, `text` of each column */
export const flex = (text: (c: Col, n: number) => string) => `<div style="display:flex">${ORDER.map((c, n) => `<div style="flex:1 1 0">${text(c, n)}</div>`).join('')}</div>`;
/** the header of plain divs, then what `draw` puts after it around rows 0, 1 and 2 */
export const page = (l: Lang, draw: (row: (i: number) => string) => string) =>
  `${storeBar(l)}<div class="disputes">${flex((c) => l.labels[c])}${draw((i) => flex((c) => valueOf(l, i, c)))}</div>`;
export const three = (row: (i: number) => string) => [0, 1, 2].map(row).join('');
/** the rows with row `at` drawn by `wrap`, under a list's wrapper or as the header's siblings */
export const PLACES: [string, (wrap: (row: string) => string) => (row: (i: number) => string) => string][] = [0, 1, 2].flatMap((at) => [
  [`row ${at + 1} of 3 under the list's wrapper`, (wrap) => (row) => `<div>${three((i) => (i === at ? wrap(row(i)) : row(i)))}</div>`],
  [`row ${at + 1} of 3, the rows the header's siblings`, (wrap) => (row) => three((i) => (i === at ? wrap(row(i)) : row(i)))],
] as [string, (wrap: (row: string) => string) => (row: (i: number) => string) => string][]);

/** what is no row beside the rows, as wide as the header: a pager, a toolbar, a row of column filters */
export const pager = flex((_, n) => ['Rows per page', '25', '1–3 of 3', '‹', '›', '»'][n]!);
export const toolbar = flex((_, n) => ['Select', 'Export', 'Print', 'Filter', 'Sort', 'More'][n]!);
export const filters = flex((c) => `<input type="text" aria-label="Filter ${c}">`);

/**
 * The tests of a row drawn by each of `wraps` among bare rows, at each of PLACES, in six languages:
 * every dispute read, nothing said; and read again after a row changes, as a fresh copy reads.
 */
export function readsWrappedRows(wraps: [string, (row: string) => string][]): void {
  const cases = wraps.flatMap(([w, wrap]) => PLACES.map(([p, place]) => [`${w}, ${p}`, place(wrap)] as [string, (row: (i: number) => string) => string]));
  it.each(perLang(cases))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l, draw), l.tag))).toEqual(want(true, inZone(2)));
  });
  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    for (const [, wrap] of wraps) for (const [, place] of PLACES) expect(readAfterRowChange(page(l, place(wrap)), l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
}
