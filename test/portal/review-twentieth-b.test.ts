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
import { COLS, LANGS, storeBar, type Col, type Key } from './list-pages';
import { inZone, perLang, readIn, reading } from './probe-pages';

const HERE = inZone(2);
const HIDDEN_DUE = 'Dispute DP-1001: the respond by date could not be read: it is hidden.';
const DUE_FIRST: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];

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
    expect(reading(readIn(page(k, before, attr), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [HIDDEN_DUE], facts: firstWithout(['dueBy', 'createdAt']) });
  });
  // (the amount's cell hidden: the reason and both dates after it unread, the status by its words)
  it.each(perLang(BEFORE.map(([what, before]) => [`${what}, the amount's cell hidden`, before] as [string, string])))('%s', (_, k, before) => {
    expect(reading(readIn(page(k, before, ' hidden', 'amount'), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [HIDDEN_DUE], facts: firstWithout(['amount', 'reason', 'dueBy', 'createdAt']) });
  });
});

