// @vitest-environment happy-dom
// A table's or an ARIA grid's cell the page hides, its column's header shown: since 961c848 a hidden
// cell takes no column, as the browser lays the row out, so where the hidden cell is not the row's
// last, the row's later cells move one column left, under the wrong headers. Before: read so, nothing
// said: the Created date under "Respond by" read as the deadline (ID | Amount | Respond by | Created,
// the deadline's cell hidden), the deadline under "Amount" (the amount's cell hidden), the deadline
// read as the created date (the created date's cell hidden before the deadline's). A page that hides
// a cell but not its column's header is broken, and which value belongs where cannot be known: the
// row's values from the hidden cell on are not read, and the row is reported, by its ID where the ID
// column is before the hidden cell. Guards: 961c848's stale value hidden beside the one shown (the
// row as wide as its header), a column hidden with its header (nothing said), a hidden cell after
// the deadline's shown. In an ARIA grid such a row, narrower than its header, was no row of it: its
// dispute lost, nothing said, its hidden cell the last or not. Six portal languages; the merchant in
// Helsinki, the pages naming no zone.
import { describe, expect, it } from 'vitest';
import { readHiddenAgain } from './hidden-again';
import { COLS, KEYS, LANGS, storeBar, type Col, type Key, type Lang } from './list-pages';
import { inZone, perLang, readIn, reading, want } from './probe-pages';

const HERE = inZone(2);
const HIDDEN_DUE = 'Dispute DP-1001: the respond by date could not be read: it is hidden.';
const NO_ID = 'Row 1 of the list shows no dispute ID.';
// (each value not read said: "it is hidden" for the hidden cell's own, "a cell before it is hidden"
// for those after it; before hidden-cells-twenty-first, the deadline's alone, "it is hidden" also
// where another cell was the hidden one)
const after = (name: string) => `Dispute DP-1001: the ${name} could not be read: a cell before it is hidden.`;
const own = (name: string) => `Dispute DP-1001: the ${name} could not be read: it is hidden.`;

/** the columns in this order: the deadline's before the created date's, as the brief's page has them */
const DUE_FIRST: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
/** the ID's column after the amount's */
const ID_SECOND: Col[] = ['amount', 'id', 'status', 'reason', 'createdAt', 'dueBy'];

const HIDE: [string, string][] = [['hidden', ' hidden'], ['style="display: none"', ' style="display: none"']];

/** how each layout draws a header cell and a row's cell (`attr` on it) */
const LAYOUTS: [string, (l: Lang, head: string, rows: string) => string, (t: string, attr: string) => string, (t: string, attr: string) => string][] = [
  ['a table', (_l, head, rows) => `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`, (t, a) => `<th${a}>${t}</th>`, (t, a) => `<td${a}>${t}</td>`],
  ['an ARIA grid', (_l, head, rows) => `<div role="grid"><div role="rowgroup"><div role="row">${head}</div></div><div role="rowgroup">${rows.replaceAll('<tr>', '<div role="row">').replaceAll('</tr>', '</div>')}</div></div>`,
    (t, a) => `<div role="columnheader"${a}>${t}</div>`, (t, a) => `<div role="gridcell"${a}>${t}</div>`],
  // (MUI X's: the header's rowgroup and the body's each in wrappers of their own)
  ['an ARIA grid, its header in a container of its own', (_l, head, rows) =>
    `<div role="grid"><div class="head"><div class="head-inner"><div role="rowgroup"><div role="row">${head}</div></div></div></div><div class="main"><div class="scroller"><div class="content"><div role="rowgroup">${rows.replaceAll('<tr>', '<div role="row">').replaceAll('</tr>', '</div>')}</div></div></div></div></div>`,
    (t, a) => `<div role="columnheader"${a}>${t}</div>`, (t, a) => `<div role="gridcell"${a}>${t}</div>`],
];

/**
 * The list in `order`, the first row's cell of column `hide` hidden by `attr` (its header too
 * where `withHead`), in layout `layout`.
 */
const page = (k: Key, layout: number, order: Col[], hide: Col, attr: string, withHead = false) => {
  const l = LANGS[k];
  const [, wrap, th, td] = LAYOUTS[layout]!;
  const head = order.map((c) => th(l.labels[c], withHead && c === hide ? attr : '')).join('');
  const rows = l.rows.map((r, i) => `<tr>${order.map((c) => td(r[COLS.indexOf(c)]!, (i === 0 || withHead) && c === hide ? attr : '')).join('')}</tr>`).join('');
  return storeBar(l) + wrap(l, head, rows);
};

/** the first dispute's facts without those of `gone` */
const firstWithout = (gone: Col[]) => HERE.map((f, i) => (i ? f : Object.fromEntries(Object.entries(f).filter(([c]) => !gone.includes(c as Col))))) as typeof HERE;

// (the hidden cell, the order of the columns, the values the first row reads no more: from the
// hidden cell's column on, but the status, known by its words wherever the row shows them, as a
// card's badge is; and what is said)
const SHIFTS: [string, Col[], Col, Col[], string[]][] = [
  ['the deadline\'s cell hidden, the created date\'s after it', DUE_FIRST, 'dueBy', ['dueBy', 'createdAt'], [HIDDEN_DUE, after('created date')]],
  ['the amount\'s cell hidden, the deadline\'s after it', DUE_FIRST, 'amount', ['amount', 'reason', 'dueBy', 'createdAt'], [own('amount'), after('reason'), after('respond by date'), after('created date')]],
  ['the created date\'s cell hidden, the deadline\'s after it', COLS, 'createdAt', ['createdAt', 'dueBy'], [own('created date'), after('respond by date')]],
  // (3d5fd65's, the deadline's cell the last: in a table reported already; an ARIA grid's row so
  // narrower was no row of its header's, its dispute lost, nothing said)
  ['the deadline\'s cell hidden, the last', COLS, 'dueBy', ['dueBy'], [HIDDEN_DUE]],
];

describe('a row\'s cell hidden under a shown header: its later values not read shifted, reported', () => {
  const cases = LAYOUTS.flatMap(([where], layout) => SHIFTS.flatMap(([what, order, hide, gone, problem]) => HIDE.map(([how, attr]) => [`${where}, ${what}, by ${how}`, layout, order, hide, attr, gone, problem] as const)));
  it.each(perLang(cases.map(([name, ...rest]) => [name, ...rest] as [string, number, Col[], Col, string, Col[], string[]])))('%s', (_, k, layout, order, hide, attr, gone, problems) => {
    const r = reading(readIn(page(k, layout, order, hide, attr), LANGS[k].tag));
    expect(r).toEqual({ page: 'dispute_list', problems, facts: firstWithout(gone) });
  });
  // (the ID's column after the hidden cell: the row names no dispute, and is reported so)
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => HIDE.map(([how, attr]) => [`${where}, the amount's cell hidden before the ID's, by ${how}`, layout, attr] as [string, number, string]))))('%s', (_, k, layout, attr) => {
    const r = reading(readIn(page(k, layout, ID_SECOND, 'amount', attr), LANGS[k].tag));
    expect(r).toEqual({ page: 'dispute_list', problems: [NO_ID], facts: HERE.slice(1) });
  });
});

describe('a row\'s cell hidden, read again: as a fresh copy reads', () => {
  // (read, read again with the row kept, the cell shown, hidden again: each as a fresh copy reads)
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => SHIFTS.map(([what, order, hide, , problems]) => [`${where}, ${what}`, layout, order, hide, problems] as [string, number, Col[], Col, string[]]))))('%s', (_, k, layout, order, hide, problems) => {
    const { shown, again } = readHiddenAgain(page(k, layout, order, hide, ' hidden'), LANGS[k].tag);
    expect(shown).toEqual(want(true, HERE));
    expect(again.problems).toEqual(problems);
  });
});

describe('guards: hidden cells that move no value under another header', () => {
  // (961c848's: a stale value hidden in a cell of its own before the one shown, the row as wide as
  // its header; a column hidden with its header; a hidden cell after the deadline's, the last column,
  // its own value said since hidden-cells-twenty-first)
  const stale = (k: Key, layout: number, attr: string) => {
    const l = LANGS[k];
    const [, wrap, th, td] = LAYOUTS[layout]!;
    const rows = l.rows.map((r) => `<tr>${DUE_FIRST.map((c) => (c === 'dueBy' ? td('1 Jan 2026', attr) : '') + td(r[COLS.indexOf(c)]!, '')).join('')}</tr>`).join('');
    return storeBar(l) + wrap(l, DUE_FIRST.map((c) => th(l.labels[c], '')).join(''), rows);
  };
  const GUARDS: [string, (k: Key, layout: number, attr: string) => string, typeof HERE, string[]][] = [
    ['a stale date hidden before the deadline\'s', stale, HERE, []],
    ['the deadline\'s column hidden with its header, the created date\'s after it', (k, layout, attr) => page(k, layout, DUE_FIRST, 'dueBy', attr, true), HERE.map(({ dueBy: _d, ...f }) => f) as typeof HERE, []],
    ['the amount\'s column hidden with its header', (k, layout, attr) => page(k, layout, DUE_FIRST, 'amount', attr, true), HERE.map(({ amount: _a, ...f }) => f) as typeof HERE, []],
    ['the created date\'s cell hidden, the last, after the deadline\'s', (k, layout, attr) => page(k, layout, DUE_FIRST, 'createdAt', attr), firstWithout(['createdAt']), [own('created date')]],
  ];
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => GUARDS.flatMap(([what, build, facts, problems]) => HIDE.map(([how, attr]) => [`${where}, ${what}, by ${how}`, layout, build, attr, facts, problems] as [string, number, typeof stale, string, typeof HERE, string[]])))))('%s', (_, k, layout, build, attr, facts, problems) => {
    expect(reading(readIn(build(k, layout, attr), LANGS[k].tag))).toEqual({ ...want(true, facts), problems });
  });
});
