// @vitest-environment happy-dom
// Rows of a list of plain divs lost with nothing said (the worst outcome after a wrong date), found
// and left alone reviewing 658d786 (columns.ts rowsLike: a row alone in a wrapper of its own counts,
// among the header's siblings only beside a row like it). Before: a bare row of column filters
// between the header and a wrapper of the rows was taken for the list's only row, the wrapper's rows
// never looked for; a row in a wrapper beside something else (an aria-hidden icon, a spacer, a
// loader), or two wrappers deep, among bare rows was passed over. Six portal languages; the merchant
// in Helsinki (probe-pages.ts HELSINKI), the pages naming no zone, so their dates are the merchant's.
import { describe, expect, it } from 'vitest';
import { flex, ORDER, page, PLACES, three } from './div-lists';
import { KEYS, LANGS, type Lang } from './list-pages';
import { HELSINKI, inZone, perLang, readIn, reading, want } from './probe-pages';
import { readAfterRowChange } from './row-change';

const HERE = inZone(2);

/** "All" as each language's filter shows it */
const ALL = { en: 'All', de: 'Alle', sv: 'Alla', fi: 'Kaikki', nb: 'Alle', da: 'Alle' };
// (a row of column filters as wide as the header, bare between it and the body)
const FILTERS: [string, (l: Lang, k: keyof typeof ALL) => string][] = [
  ['a row of six filter inputs', () => `<div style="display:flex">${ORDER.map((c) => `<input type="search" aria-label="Filter ${c}">`).join('')}</div>`],
  ['a row of six empty divs each holding an <input>', () => flex((c) => `<input type="text" aria-label="Filter ${c}">`)],
  ['a row of six empty divs each holding a <select> showing "All"', (_, k) => flex((c) => `<select aria-label="Filter ${c}"><option value="">${ALL[k]}</option><option>${c}</option></select>`)],
  ['a toolbar of six words', () => flex((_, n) => ['Select', 'Export', 'Print', 'Filter', 'Sort', 'More'][n]!)],
];

describe('a bare row of column filters between a header of plain divs and its body', () => {
  // (before: no dispute, nothing said, or, the inputs straight in the row, the labels reported as having no value)
  it.each(perLang(FILTERS))('%s, then a wrapper of the rows', (_, k, filters) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l, (row) => `${filters(l, k)}<div class="body">${three(row)}</div>`), l.tag))).toEqual(want(true, HERE));
  });
  // (read right already: the rows bare after it)
  it.each(perLang(FILTERS))('%s, then the rows bare (guard)', (_, k, filters) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l, (row) => `${filters(l, k)}${three(row)}`), l.tag))).toEqual(want(true, HERE));
  });
});

// A row in a wrapper that holds something else too, or two wrappers deep, among bare rows
// (virtualised lists draw a spacer, a loader or an icon beside a row they measure): before, that
// row was dropped, nothing said.
const WRAPS: [string, (row: string) => string][] = [
  ['beside an aria-hidden icon', (row) => `<div>${row}<span aria-hidden="true">…</span></div>`],
  ['before a spacer', (row) => `<div>${row}<div style="height:0px"></div></div>`],
  ['after a loader', (row) => `<div><div role="progressbar" aria-label="Loading"></div>${row}</div>`],
  ['two wrappers deep', (row) => `<div><div>${row}</div></div>`],
];
describe('a row in a wrapper beside something else, or two wrappers deep, among bare rows', () => {
  const cases = WRAPS.flatMap(([w, wrap]) => PLACES.map(([p, place]) => [`${w}, ${p}`, place(wrap)] as [string, (row: (i: number) => string) => string]));
  it.each(perLang(cases))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l, draw), l.tag))).toEqual(want(true, HERE));
  });
  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    for (const [, wrap] of WRAPS) expect(readAfterRowChange(page(l, PLACES[0]![1](wrap)), l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
});

// (guards, read right before: 658d786's and 75bcfcd's pages)
describe('lists of plain divs that read right already', () => {
  const pager = flex((_, n) => ['Rows per page', '25', '1–3 of 3', '‹', '›', '»'][n]!);
  const item = (row: string, i: number) => `<div data-index="${i}" data-item-index="${i}">${row}</div>`;
  const GUARDS: [string, (l: Lang, row: (i: number) => string) => string][] = [
    ['a row of column filters in a wrapper before the body', (l, row) => `<div class="filters">${FILTERS[1]![1](l, 'en')}</div><div class="body">${three(row)}</div>`],
    ['a toolbar in a wrapper before the body', (l, row) => `<div class="toolbar">${FILTERS[3]![1](l, 'en')}</div><div class="body">${three(row)}</div>`],
    ['a pager in a wrapper after the body', (_, row) => `<div class="body">${three(row)}</div><div class="pager">${pager}</div>`],
    ['a pager in the body after the rows', (_, row) => `<div class="body">${three(row)}<div class="pager">${pager}</div></div>`],
    ['a pager bare after the rows', (_, row) => `${three(row)}${pager}`],
    ['a group\'s heading in a wrapper before bare rows', (_, row) => `<div class="group"><div>Overdue</div></div>${three(row)}`],
    ['react-virtuoso, one item pinned at the top', (_, row) => `<div><div><div data-testid="virtuoso-top-item-list">${item(row(0), 0)}</div><div data-testid="virtuoso-item-list">${item(row(1), 1)}${item(row(2), 2)}</div></div></div>`],
    ['the first row alone in a wrapper of its own', (_, row) => `<div>${row(0)}</div>${row(1)}${row(2)}`],
    ['every row in a wrapper of its own', (_, row) => `<div>${three((i) => `<div>${row(i)}</div>`)}</div>`],
  ];
  it.each(perLang(GUARDS))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l, (row) => draw(l, row)), l.tag))).toEqual(want(true, HERE));
  });
});
