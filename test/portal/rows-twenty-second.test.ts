// @vitest-environment happy-dom
// List rows read untruly or lost with nothing said, found and left alone by the twenty-first session
// (its closing note; reader.ts readRow `cut`, columns.ts rowsLike `take`). Six portal languages; the
// merchant in Helsinki (probe-pages.ts HELSINKI), the pages naming no zone.
import { describe, expect, it } from 'vitest';
import { filters, page, pager, readsWrappedRows, three, toolbar } from './div-lists';
import { readHiddenAgain } from './hidden-again';
import { after, firstWithout, HIDE, LAYOUTS, list, own } from './hidden-rows';
import { LANGS, type Col, type Key } from './list-pages';
import { inZone, perLang, readIn, reading, valueOf, want } from './probe-pages';

const HERE = inZone(2);

// 1. A row holding a hidden cell before its status's column (89abeb2 says each value after it it
// cannot read): a status in words the reader knows is read wherever the row shows them, as a
// badge's, and nothing is said of it; one in words it does not know was dropped with nothing said.
// Now it is said, as the other values after a hidden cell are.
describe('a status after a hidden cell, in words the reader does not know', () => {
  /** a status no portal language has, as a page of each might show one the reader has not learnt */
  const UNKNOWN: Record<Key, string> = { en: 'Escalated to bank', de: 'An Bank eskaliert', sv: 'Eskalerad till banken', fi: 'Siirretty pankille', nb: 'Eskalert til banken', da: 'Eskaleret til banken' };
  const STATUS_AFTER_AMOUNT: Col[] = ['id', 'dueBy', 'amount', 'status', 'reason', 'createdAt'];
  const STATUS_AFTER_REASON: Col[] = ['id', 'reason', 'status', 'dueBy', 'amount', 'createdAt'];
  // (the columns, the hidden cell, whether the status's words are known, the first dispute's values not read, what is said)
  const CASES: [string, Col[], Col, boolean, Col[], string[]][] = [
    ['the amount\'s cell hidden before the status\'s', STATUS_AFTER_AMOUNT, 'amount', false, ['amount', 'status', 'reason', 'createdAt'], [own('amount'), after('status'), after('reason'), after('createdAt')]],
    ['the reason\'s cell hidden before the status\'s and the deadline\'s', STATUS_AFTER_REASON, 'reason', false, ['reason', 'status', 'dueBy', 'amount', 'createdAt'], [own('reason'), after('status'), after('dueBy'), after('amount'), after('createdAt')]],
    // (guards, as before: the status's own cell hidden; a status the reader knows, read by its words)
    ['the status\'s own cell hidden', STATUS_AFTER_AMOUNT, 'status', false, ['status', 'reason', 'createdAt'], [own('status'), after('reason'), after('createdAt')]],
    ['a known status, the amount\'s cell hidden before it (guard)', STATUS_AFTER_AMOUNT, 'amount', true, ['amount', 'reason', 'createdAt'], [own('amount'), after('reason'), after('createdAt')]],
    ['a known status, the reason\'s cell hidden before it (guard)', STATUS_AFTER_REASON, 'reason', true, ['reason', 'dueBy', 'amount', 'createdAt'], [own('reason'), after('dueBy'), after('amount'), after('createdAt')]],
  ];
  const page = (k: Key, layout: number, order: Col[], hide: Col, known: boolean, attr = ' hidden') =>
    list(k, layout, order, (c) => (c === hide ? attr : ''), (c) => (c === 'status' && !known ? UNKNOWN[k] : valueOf(LANGS[k], 0, c)));
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => CASES.flatMap(([what, order, hide, known, gone, said]) => HIDE.map(([how, attr]) => [`${where}, ${what}, by ${how}`, layout, order, hide, known, attr, gone, said] as [string, number, Col[], Col, boolean, string, Col[], string[]])))))(
    '%s',
    (_, k, layout, order, hide, known, attr, gone, said) => {
      expect(reading(readIn(page(k, layout, order, hide, known, attr), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: said, facts: firstWithout(gone) });
    },
  );
  // (read again with the row kept, the cell shown, hidden again: each as a fresh copy reads)
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => CASES.map(([what, order, hide, known, , said]) => [`${where}, ${what}, read again`, layout, order, hide, known, said] as [string, number, Col[], Col, boolean, string[]]))))(
    '%s',
    (_, k, layout, order, hide, known, said) => {
      const { shown, again } = readHiddenAgain(page(k, layout, order, hide, known), LANGS[k].tag);
      expect(shown.problems).toEqual(known ? [] : [`Dispute DP-1001: the status "${UNKNOWN[k]}" is not one the reader knows.`]);
      expect(again.problems).toEqual(said);
    },
  );
  // (guard: no cell hidden, the status's words said unknown, as before)
  it.each(perLang(LAYOUTS.map(([where], layout) => [`${where}, no cell hidden`, layout] as [string, number])))('%s', (_, k, layout) => {
    expect(reading(readIn(page(k, layout, STATUS_AFTER_AMOUNT, 'id', false, ''), LANGS[k].tag))).toEqual({
      page: 'dispute_list',
      problems: [`Dispute DP-1001: the status "${UNKNOWN[k]}" is not one the reader knows.`],
      facts: firstWithout(['status']),
    });
  });
});

// 2. A row three wrappers deep among bare rows in a list of plain divs (12bfda1 counted the rows in a
// wrapper two levels down at most): virtualised lists wrap a row they measure in an item, a sizer
// and a link's box. Before, that row was passed over, its dispute dropped with nothing said. Now the
// rows three wrappers down are counted too; a toolbar, a row of filters or a group's heading before
// the rows, and a pager after them, so wrapped, read as before.
describe('a row three wrappers deep among bare rows', () => {
  const deep = (inner: string) => `<div><div><div>${inner}</div></div></div>`;
  const WRAPS: [string, (row: string) => string][] = [
    ['three wrappers deep', deep],
    ['three wrappers deep, beside an aria-hidden icon', (row) => deep(`${row}<span aria-hidden="true">…</span>`)],
    ['two wrappers deep in a wrapper beside a spacer', (row) => `<div><div><div>${row}</div></div><div style="height:0px"></div></div>`],
  ];
  readsWrappedRows(WRAPS);
  // (guards, three wrappers deep, read as before: what is no row beside the rows)
  const GUARDS: [string, (row: (i: number) => string) => string][] = [
    ['a toolbar three wrappers deep before a wrapper of the rows', (row) => `${deep(toolbar)}<div>${three(row)}</div>`],
    ['a row of column filters three wrappers deep before a wrapper of the rows', (row) => `${deep(filters)}<div>${three(row)}</div>`],
    ['a group\'s heading three wrappers deep before bare rows', (row) => `${deep('Overdue')}${three(row)}`],
    ['a pager three wrappers deep after bare rows', (row) => `${three(row)}${deep(pager)}`],
    ['a pager three wrappers deep in the rows\' wrapper', (row) => `<div>${three(row)}${deep(pager)}</div>`],
    ['every row three wrappers deep', (row) => three((i) => deep(row(i)))],
  ];
  it.each(perLang(GUARDS))('%s', (_, k, draw) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l, draw), l.tag))).toEqual(want(true, HERE));
  });
});

// 3. A cell before the hidden one spanning several columns: the hidden cell's column (`cut`) was
// taken to be the first column a table's spanning cell ("<td colspan=2>") covers beyond its own (the
// hole it leaves in the row's cells), so "it is hidden" was said of a value the page shows or
// covers ("the status could not be read: it is hidden" beside the amount's cell across the Status
// column), and "a cell before it is hidden" of the hidden cell's own. An ARIA grid's cell spanning
// columns (aria-colspan) was counted as one column: the cells after it read one column to the left
// (beside a hidden deadline's cell, the reason "Goods not received" read as the status, said to
// be unknown) and, with none hidden, the row narrower than its header, its dispute dropped with
// nothing said. Now the columns a cell spans are counted: "it is hidden" of the hidden cell's own
// value alone.
describe('a cell spanning several columns before the hidden one', () => {
  /** the portal's order: ID | Amount | Status | Reason | Respond by | Created */
  const ORDER: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
  /** how each layout marks a cell spanning `n` columns */
  const SPAN = [(n: number) => ` colspan="${n}"`, (n: number) => ` aria-colspan="${n}"`];
  /** the list, the first row's cell of `wide` spanning `n` columns (those it covers left out) and that of `hide` hidden by `attr` */
  const page = (k: Key, layout: number, wide: Col, n: number, hide: Col | null, attr = ' hidden') => {
    const covered = ORDER.slice(ORDER.indexOf(wide) + 1, ORDER.indexOf(wide) + n);
    const html = list(k, layout, ORDER, (c) => (c === wide ? SPAN[layout]!(n) : c === hide ? attr : ''));
    // (the covered columns' cells of the first row taken out: the first <tr>/row's cells showing their values)
    const l = LANGS[k];
    return covered.reduce((h, c) => h.replace(layout ? `<div role="gridcell">${valueOf(l, 0, c)}</div>` : `<td>${valueOf(l, 0, c)}</td>`, ''), html);
  };
  // (the spanning cell and how many columns it spans, the hidden cell, the first dispute's values not read, what is said)
  const CASES: [string, Col, number, Col, Col[], string[]][] = [
    ['the amount\'s cell across the status\'s column, the reason\'s hidden', 'amount', 2, 'reason', ['status', 'reason', 'dueBy', 'createdAt'], [own('reason'), after('dueBy'), after('createdAt')]],
    ['the amount\'s cell across the status\'s column, the deadline\'s hidden', 'amount', 2, 'dueBy', ['status', 'dueBy', 'createdAt'], [own('dueBy'), after('createdAt')]],
    ['the status\'s cell across the reason\'s column, the deadline\'s hidden', 'status', 2, 'dueBy', ['reason', 'dueBy', 'createdAt'], [own('dueBy'), after('createdAt')]],
    ['the amount\'s cell across two more columns, the deadline\'s hidden', 'amount', 3, 'dueBy', ['status', 'reason', 'dueBy', 'createdAt'], [own('dueBy'), after('createdAt')]],
    ['the amount\'s cell across the status\'s column, the created date\'s hidden, the last', 'amount', 2, 'createdAt', ['status', 'createdAt'], [own('createdAt')]],
    // (guard, as before: the spanning cell after the hidden one; the status read by its words)
    ['the amount\'s cell hidden, the status\'s across the reason\'s column after it (guard)', 'status', 2, 'amount', ['amount', 'reason', 'dueBy', 'createdAt'], [own('amount'), after('reason'), after('dueBy'), after('createdAt')]],
  ];
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => CASES.flatMap(([what, wide, n, hide, gone, said]) => HIDE.map(([how, attr]) => [`${where}, ${what}, by ${how}`, layout, wide, n, hide, attr, gone, said] as [string, number, Col, number, Col, string, Col[], string[]])))))(
    '%s',
    (_, k, layout, wide, n, hide, attr, gone, said) => {
      expect(reading(readIn(page(k, layout, wide, n, hide, attr), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: said, facts: firstWithout(gone) });
    },
  );
  // (read again with the row kept, the cell shown, hidden again: each as a fresh copy reads)
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => CASES.map(([what, wide, n, hide, , said]) => [`${where}, ${what}, read again`, layout, wide, n, hide, said] as [string, number, Col, number, Col, string[]]))))(
    '%s',
    (_, k, layout, wide, n, hide, said) => {
      const { again } = readHiddenAgain(page(k, layout, wide, n, hide), LANGS[k].tag);
      expect(again.problems).toEqual(said);
    },
  );
  // (none hidden: a table's row as before, the column the spanning cell covers unread, nothing said;
  // an ARIA grid's alike, where before the cell's aria-colspan went uncounted, the row narrower than
  // its header and its dispute dropped with nothing said)
  it.each(perLang(LAYOUTS.map(([where], layout) => [`${where}, the amount's cell across the status's column, none hidden`, layout] as [string, number])))('%s', (_, k, layout) => {
    expect(reading(readIn(page(k, layout, 'amount', 2, null), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [], facts: firstWithout(['status']) });
  });
});
