// @vitest-environment happy-dom
// Rows holding a cell the page hides, found and left alone by the twentieth session (its closing
// note), after 2a0e711 and a8c4366 (reader.ts readRow `cut`: no value read from the hidden cell's
// column on). Six portal languages; the merchant in Helsinki, the pages naming no zone.
import { describe, expect, it } from 'vitest';
import { readHiddenAgain } from './hidden-again';
import { LANGS, storeBar, type Col, type Key } from './list-pages';
import { inZone, perLang, readIn, reading, valueOf } from './probe-pages';

const HERE = inZone(2);
const HIDDEN_DUE = 'Dispute DP-1001: the respond by date could not be read: it is hidden.';
const HIDE: [string, string][] = [['hidden', ' hidden'], ['display:none', ' style="display: none"']];

/** the first dispute's facts without those of `gone` */
const firstWithout = (gone: Col[]) => HERE.map((f, i) => (i ? f : Object.fromEntries(Object.entries(f).filter(([c]) => !gone.includes(c as Col))))) as typeof HERE;

// An AG Grid places each cell by its style and numbers it (aria-colindex); after a column is moved,
// or scrolled out of view and back, a row's cells stand in the DOM in another order than their
// columns (unseen-twentieth). With the row's deadline cell hidden (a stale cell, a cell the page
// hides on a small screen while its header stays) and last in the DOM, `cut` (the column of the
// first shown cell after the hidden one in the DOM) found none after it: the Created date, the
// next by its column number, was read as the deadline, 19 Jan instead of 2 Feb, nothing said; with
// the hidden cell first in the DOM, `cut` was 0 and the row, its ID unread, reported as showing no
// dispute ID. AG Grid keeps each cell's place by its number: the row reads what is before the
// hidden cell's column, and the deadline is reported.
describe('an ARIA grid\'s cells out of DOM order by aria-colindex, the deadline\'s hidden', () => {
  /** the deadline's column before the created date's, as the brief's page has them */
  const ORDER: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
  const DUE = ORDER.indexOf('dueBy');
  /** the other five columns' numbers (from 0) in DOM order */
  const ARRANGED: [string, number[]][] = [
    ['the other cells in order', [0, 1, 2, 3, 5]],
    ['the other cells shuffled', [5, 2, 0, 3, 1]],
    ['the other cells reversed', [5, 3, 2, 1, 0]],
  ];
  /** where in the DOM the deadline's cell stands among them */
  const AT: [string, number][] = [['first', 0], ['in the middle', 2], ['last', 5]];
  /** each row's cells in DOM order */
  const domOrder = (others: number[], at: number) => [...others.slice(0, at), DUE, ...others.slice(at)];
  /**
   * An AG Grid in `order` (DOM order of every row's cells; the header's too where `headMoved`), the
   * first row's deadline cell hidden by `attr`.
   */
  const grid = (k: Key, order: number[], attr: string, headMoved: boolean) => {
    const l = LANGS[k];
    const head = (headMoved ? order : ORDER.map((_, n) => n)).map((n) => `<div role="columnheader" aria-colindex="${n + 1}"><span>${l.labels[ORDER[n]!]}</span></div>`).join('');
    const rows = [0, 1, 2].map((i) => `<div role="row" aria-rowindex="${i + 2}">${order.map((n) => `<div role="gridcell" aria-colindex="${n + 1}"${i === 0 && n === DUE ? attr : ''}>${valueOf(l, i, ORDER[n]!)}</div>`).join('')}</div>`);
    return `${storeBar(l)}<div role="grid" aria-colcount="6"><div role="rowgroup"><div role="row" aria-rowindex="1">${head}</div></div><div role="rowgroup">${rows.join('')}</div></div>`;
  };
  const cases = ARRANGED.flatMap(([what, others]) =>
    AT.flatMap(([where, at]) => [false, true].flatMap((headMoved) => HIDE.map(([how, attr]) => [`${what}, the deadline's ${where}, hidden by ${how}${headMoved ? ', the header moved alike' : ''}`, domOrder(others, at), attr, headMoved] as [string, number[], string, boolean]))),
  );
  it.each(perLang(cases))('%s', (_, k, order, attr, headMoved) => {
    expect(reading(readIn(grid(k, order, attr, headMoved), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [HIDDEN_DUE], facts: firstWithout(['dueBy', 'createdAt']) });
  });
  // (read again with the row kept, the cell shown, hidden again: each as a fresh copy reads)
  it.each(perLang(ARRANGED.flatMap(([what, others]) => AT.map(([where, at]) => [`${what}, the deadline's ${where}, read again`, domOrder(others, at)] as [string, number[]]))))('%s', (_, k, order) => {
    const { shown, again } = readHiddenAgain(grid(k, order, ' hidden', true), LANGS[k].tag);
    expect(shown).toEqual({ page: 'dispute_list', problems: [], facts: HERE });
    expect(again.problems).toEqual([HIDDEN_DUE]);
  });
  // (guard, a page's mistake: only the hidden cell numbered, the shown ones in the DOM's order, not
  // taken for cells before it by number: the created date not read as the deadline)
  it.each(perLang(HIDE.map(([how, attr]) => [`only the hidden deadline's cell numbered, hidden by ${how}`, attr] as [string, string])))('%s', (_, k, attr) => {
    const html = grid(k, [0, 1, 2, 3, 4, 5], attr, false).replace(/(<div role="gridcell") aria-colindex="\d"(?! hidden| style)/g, '$1');
    expect(html.match(/gridcell" aria-colindex/g)).toHaveLength(1);
    expect(reading(readIn(html, LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [HIDDEN_DUE], facts: firstWithout(['dueBy', 'createdAt']) });
  });
  // (guards: no cell hidden, the same orders read whole, nothing said)
  it.each(perLang(ARRANGED.flatMap(([what, others]) => AT.map(([where, at]) => [`${what}, the deadline's ${where}, none hidden`, domOrder(others, at)] as [string, number[]]))))('%s', (_, k, order) => {
    expect(reading(readIn(grid(k, order, '', true), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [], facts: HERE });
  });
});
