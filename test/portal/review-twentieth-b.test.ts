// @vitest-environment happy-dom
// A review of 75bcfcd (columns.ts rowsLike: a row alone in a wrapper of its own, cousins) and
// 2a0e711 (columns.ts fits, reader.ts readRow `cut`). `cut` was the hidden cell's place among the
// row's DOM children; in an ARIA row an input or an aria-hidden element before it takes no column
// (dom.ts cells: Carbon's radio button, a drag handle's icon), so `cut` came one column late and the
// value moved under the hidden cell's header was read there: ID | Amount | Status | Reason |
// Respond by | Created with the deadline's cell hidden read the Created date as the deadline, 19 Jan
// instead of 2 Feb, nothing said (before 2a0e711 the row, narrower than its header, was no row: lost,
// nothing said). Now `cut` is the column of the first shown cell after the hidden one. Six portal
// languages; the merchant in Helsinki, the pages naming no zone.
import { describe, expect, it } from 'vitest';
import { COLS, LANGS, storeBar, type Col, type Key, type Lang } from './list-pages';
import { inZone, perLang, readIn, reading } from './probe-pages';

const HERE = inZone(2);
const HIDDEN_DUE = 'Dispute DP-1001: the respond by date could not be read: it is hidden.';
const DUE_FIRST: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
// (each value not read said since hidden-cells-twenty-first: "it is hidden" for the hidden cell's
// own, "a cell before it is hidden" for those after it)
const after = (name: string) => `Dispute DP-1001: the ${name} could not be read: a cell before it is hidden.`;

/** what each row and the header hold before their cells, taking no column (dom.ts cells) */
const BEFORE: [string, string][] = [
  ['an input before the cells (Carbon\'s radio button)', '<input type="radio" aria-label="Select row">'],
  ['an aria-hidden drag handle before the cells', '<span aria-hidden="true">⋮⋮</span>'],
  ['an input and an aria-hidden icon before the cells', '<input type="checkbox"><span aria-hidden="true">•</span>'],
];

/** an ARIA grid in DUE_FIRST's order, `before` in each row, the first row's deadline cell hidden by `attr` */
const page = (k: Key, before: string, attr: string, hide: Col = 'dueBy') => {
  const l = LANGS[k];
  const head = DUE_FIRST.map((c) => `<div role="columnheader">${l.labels[c]}</div>`).join('');
  const rows = l.rows.map((r, i) => `<div role="row">${before}${DUE_FIRST.map((c) => `<div role="gridcell"${i === 0 && c === hide ? attr : ''}>${r[COLS.indexOf(c)]!}</div>`).join('')}</div>`).join('');
  return storeBar(l) + `<div role="grid"><div role="rowgroup"><div role="row">${before}${head}</div></div><div role="rowgroup">${rows}</div></div>`;
};

const firstWithout = (gone: Col[]) => HERE.map((f, i) => (i ? f : Object.fromEntries(Object.entries(f).filter(([c]) => !gone.includes(c as Col))))) as typeof HERE;

describe('an ARIA row\'s hidden cell after elements taking no column: no value read under the wrong header', () => {
  const HIDE: [string, string][] = [['hidden', ' hidden'], ['display:none', ' style="display: none"']];
  const cases = BEFORE.flatMap(([what, before]) => HIDE.map(([how, attr]) => [`${what}, the deadline's cell hidden by ${how}`, before, attr] as [string, string, string]));
  it.each(perLang(cases))('%s', (_, k, before, attr) => {
    expect(reading(readIn(page(k, before, attr), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [HIDDEN_DUE, after('created date')], facts: firstWithout(['dueBy', 'createdAt']) });
  });
  // (the amount's cell hidden: the reason and both dates after it unread, the status by its words)
  it.each(perLang(BEFORE.map(([what, before]) => [`${what}, the amount's cell hidden`, before] as [string, string])))('%s', (_, k, before) => {
    expect(reading(readIn(page(k, before, ' hidden', 'amount'), LANGS[k].tag))).toEqual({
      page: 'dispute_list',
      problems: ['Dispute DP-1001: the amount could not be read: it is hidden.', after('reason'), after('respond by date'), after('created date')],
      facts: firstWithout(['amount', 'reason', 'dueBy', 'createdAt']),
    });
  });
});


// 75bcfcd counts a row alone in a wrapper of its own as a row wherever rowsLike walks, also among
// the header's siblings, where the walk asked first returns whatever it finds: a row of column
// filters, a toolbar or a pager as wide as the header (one element each column), in a wrapper of
// its own beside the header, was taken for the list's only row, and the rows in the body beside it
// never looked for: every dispute lost, nothing said (b56b37d read them). A wrapped row among the
// header's siblings now counts only beside a row like it, or after one (75bcfcd's own case).
describe('a list of plain divs: a row of the header\'s width in a wrapper beside it is no reason to stop looking', () => {
  const cell = (t: string) => `<div style="flex:1 1 0">${t}</div>`;
  const rowOf = (l: Lang, i: number) => `<div style="display:flex">${COLS.map((c) => cell(l.rows[i]![COLS.indexOf(c)]!)).join('')}</div>`;
  const six = (f: (i: number) => string) => `<div style="display:flex">${COLS.map((_, i) => cell(f(i))).join('')}</div>`;
  const list = (l: Lang, draw: (rows: string) => string) =>
    `${storeBar(l)}<div class="disputes"><div style="display:flex;font-weight:600">${COLS.map((c) => cell(l.labels[c])).join('')}</div>${draw([0, 1, 2].map((i) => rowOf(l, i)).join(''))}</div>`;
  const FILTERS = six((i) => `<input aria-label="Filter ${i + 1}">`);
  const TOOLBAR = six((i) => ['Select', 'Export', 'Print', 'Filter', 'Sort', 'More'][i]!);
  const PAGER = six((i) => ['Rows per page', '25', '1–3 of 3', '‹', '›', '»'][i]!);
  const PAGES: [string, (rows: string) => string][] = [
    ['a row of column filters in a wrapper before the body', (rows) => `<div class="filters">${FILTERS}</div><div class="body">${rows}</div>`],
    ['a toolbar in a wrapper before the body', (rows) => `<div class="toolbar">${TOOLBAR}</div><div class="body">${rows}</div>`],
    ['a pager in a wrapper after the body', (rows) => `<div class="body">${rows}</div><div class="pager">${PAGER}</div>`],
    // (guards, read right before 75bcfcd and after it: a group's heading in a wrapper before bare rows, a pager in the body)
    ['a group\'s heading in a wrapper before the rows (guard)', (rows) => `<div class="group"><div>Overdue</div></div>${rows}`],
    ['a pager in a wrapper after the rows, in the body (guard)', (rows) => `<div class="body">${rows}<div class="pager">${PAGER}</div></div>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readIn(list(l, draw), l.tag))).toEqual({ page: 'dispute_list', problems: [], facts: inZone(2) });
  });
});
