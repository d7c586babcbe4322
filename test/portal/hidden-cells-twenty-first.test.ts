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
/** the created date's column after the hidden deadline's: not read, said (the second part below) */
const CREATED_AFTER = 'Dispute DP-1001: the created date could not be read: a cell before it is hidden.';
/** what a reading says, in any order (a moved header's columns are asked in the DOM's) */
const sorted = (r: ReturnType<typeof reading>) => ({ ...r, problems: [...r.problems].sort() });
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
    expect(sorted(reading(readIn(grid(k, order, attr, headMoved), LANGS[k].tag)))).toEqual({ page: 'dispute_list', problems: [CREATED_AFTER, HIDDEN_DUE], facts: firstWithout(['dueBy', 'createdAt']) });
  });
  // (read again with the row kept, the cell shown, hidden again: each as a fresh copy reads)
  it.each(perLang(ARRANGED.flatMap(([what, others]) => AT.map(([where, at]) => [`${what}, the deadline's ${where}, read again`, domOrder(others, at)] as [string, number[]]))))('%s', (_, k, order) => {
    const { shown, again } = readHiddenAgain(grid(k, order, ' hidden', true), LANGS[k].tag);
    expect(shown).toEqual({ page: 'dispute_list', problems: [], facts: HERE });
    expect(sorted(again).problems).toEqual([CREATED_AFTER, HIDDEN_DUE]);
  });
  // (guard, a page's mistake: only the hidden cell numbered, the shown ones in the DOM's order, not
  // taken for cells before it by number: the created date not read as the deadline)
  it.each(perLang(HIDE.map(([how, attr]) => [`only the hidden deadline's cell numbered, hidden by ${how}`, attr] as [string, string])))('%s', (_, k, attr) => {
    const html = grid(k, [0, 1, 2, 3, 4, 5], attr, false).replace(/(<div role="gridcell") aria-colindex="\d"(?! hidden| style)/g, '$1');
    expect(html.match(/gridcell" aria-colindex/g)).toHaveLength(1);
    expect(reading(readIn(html, LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [HIDDEN_DUE, CREATED_AFTER], facts: firstWithout(['dueBy', 'createdAt']) });
  });
  // (guards: no cell hidden, the same orders read whole, nothing said)
  it.each(perLang(ARRANGED.flatMap(([what, others]) => AT.map(([where, at]) => [`${what}, the deadline's ${where}, none hidden`, domOrder(others, at)] as [string, number[]]))))('%s', (_, k, order) => {
    expect(reading(readIn(grid(k, order, '', true), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [], facts: HERE });
  });
});

// A row narrowed by a hidden cell (2a0e711: none of its values read from the hidden cell's column
// on) said only that its deadline could not be read, and that only where the deadline's column is
// at or after the hidden cell: with the hidden cell after the deadline's, the deadline read, the
// amount (the fee at stake) and the created date were dropped with nothing said; and where a cell
// before the deadline's was the hidden one, the deadline's "it is hidden" was untrue. Now each
// value so unread is said, in facts.ts's words: "it is hidden" for the hidden cell's own, "a cell
// before it is hidden" for those after it. (The status is read by its words wherever the row shows
// them, as a badge's: said only where its own cell is the hidden one.)
describe('a row narrowed by a hidden cell: each value it cannot read said, truly', () => {
  const NAME: Record<Col, string> = { id: 'dispute ID', amount: 'amount', status: 'status', reason: 'reason', createdAt: 'created date', dueBy: 'respond by date' };
  const own = (c: Col) => `Dispute DP-1001: the ${NAME[c]} could not be read: it is hidden.`;
  const after = (c: Col) => `Dispute DP-1001: the ${NAME[c]} could not be read: a cell before it is hidden.`;
  /** how each layout draws its header cells and its rows' cells (`attr` on one) */
  const LAYOUTS: [string, (head: string, rows: string) => string, (t: string) => string, (t: string, attr: string) => string][] = [
    ['a table', (head, rows) => `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`, (t) => `<th>${t}</th>`, (t, a) => `<td${a}>${t}</td>`],
    ['an ARIA grid', (head, rows) => `<div role="grid"><div role="rowgroup"><div role="row">${head}</div></div><div role="rowgroup">${rows.replaceAll('<tr>', '<div role="row">').replaceAll('</tr>', '</div>')}</div></div>`,
      (t) => `<div role="columnheader">${t}</div>`, (t, a) => `<div role="gridcell"${a}>${t}</div>`],
  ];
  /** the list in `order`, the first row's cell at `at` hidden by `attr` */
  const pageAt = (k: Key, layout: number, order: Col[], at: number, attr: string) => {
    const l = LANGS[k];
    const [, wrap, th, td] = LAYOUTS[layout]!;
    const rows = [0, 1, 2].map((i) => `<tr>${order.map((c, n) => td(valueOf(l, i, c), i === 0 && n === at ? attr : '')).join('')}</tr>`).join('');
    return storeBar(l) + wrap(order.map((c) => th(l.labels[c])).join(''), rows);
  };
  const page = (k: Key, layout: number, order: Col[], hide: Col, attr: string) => pageAt(k, layout, order, order.indexOf(hide), attr);
  const DUE_EARLY: Col[] = ['id', 'status', 'reason', 'dueBy', 'amount', 'createdAt'];
  const DUE_FIRST: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
  const DUE_SECOND: Col[] = ['id', 'dueBy', 'amount', 'status', 'reason', 'createdAt'];
  // (the columns, the hidden cell, the first dispute's values not read, what is said)
  const CASES: [string, Col[], Col, Col[], string[]][] = [
    // the hidden cell after the deadline's: the deadline read, the rest said
    ['the amount\'s cell hidden after the deadline\'s', DUE_EARLY, 'amount', ['amount', 'createdAt'], [own('amount'), after('createdAt')]],
    ['the created date\'s cell hidden, the last, after the deadline\'s', DUE_EARLY, 'createdAt', ['createdAt'], [own('createdAt')]],
    ['the created date\'s cell hidden, the last, after the deadline\'s, the amount\'s before it', DUE_FIRST, 'createdAt', ['createdAt'], [own('createdAt')]],
    ['the amount\'s cell hidden after the deadline\'s, the status after it', DUE_SECOND, 'amount', ['amount', 'reason', 'createdAt'], [own('amount'), after('reason'), after('createdAt')]],
    ['the status\'s cell hidden after the deadline\'s', DUE_SECOND, 'status', ['status', 'reason', 'createdAt'], [own('status'), after('reason'), after('createdAt')]],
    // the hidden cell before the deadline's: the deadline's own cell is shown, its value unread
    ['the reason\'s cell hidden before the deadline\'s', DUE_EARLY, 'reason', ['reason', 'dueBy', 'amount', 'createdAt'], [own('reason'), after('dueBy'), after('amount'), after('createdAt')]],
    ['the deadline\'s own cell hidden, the created date\'s after it', DUE_FIRST, 'dueBy', ['dueBy', 'createdAt'], [own('dueBy'), after('createdAt')]],
  ];
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => CASES.flatMap(([what, order, hide, gone, said]) => HIDE.map(([how, attr]) => [`${where}, ${what}, by ${how}`, layout, order, hide, attr, gone, said] as [string, number, Col[], Col, string, Col[], string[]])))))('%s', (_, k, layout, order, hide, attr, gone, said) => {
    expect(reading(readIn(page(k, layout, order, hide, attr), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: said, facts: firstWithout(gone) });
  });
  // (a field headed twice, "Amount" | … | "Amount", read from its first column: not said where that
  // is read, the second's cell hidden; said once where both are after the hidden cell)
  const TWICE: [string, Col[], number, Col[], string[]][] = [
    ['an amount\'s second column\'s cell hidden', ['id', 'amount', 'status', 'dueBy', 'amount', 'reason', 'createdAt'], 4, ['reason', 'createdAt'], [after('reason'), after('createdAt')]],
    ['both amount columns after the hidden cell', ['id', 'status', 'dueBy', 'reason', 'amount', 'amount', 'createdAt'], 3, ['reason', 'amount', 'createdAt'], [own('reason'), after('amount'), after('createdAt')]],
  ];
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => TWICE.map(([what, ...rest]) => [`${where}, ${what}`, layout, ...rest] as [string, number, Col[], number, Col[], string[]]))))('%s', (_, k, layout, order, at, gone, said) => {
    expect(reading(readIn(pageAt(k, layout, order, at, ' hidden'), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: said, facts: firstWithout(gone) });
  });
  // (read again with the row kept, the cell shown, hidden again: each as a fresh copy reads)
  it.each(perLang(LAYOUTS.flatMap(([where], layout) => CASES.map(([what, order, hide, , said]) => [`${where}, ${what}, read again`, layout, order, hide, said] as [string, number, Col[], Col, string[]]))))('%s', (_, k, layout, order, hide, said) => {
    const { shown, again } = readHiddenAgain(page(k, layout, order, hide, ' hidden'), LANGS[k].tag);
    expect(shown).toEqual({ page: 'dispute_list', problems: [], facts: HERE });
    expect(again.problems).toEqual(said);
  });
});

// A deadline's header spanning its date's cell and its time's ("<th colspan=2>Respond by</th>" over
// "2 Feb 2026 | 12:00", unseen-twentieth), the time's cell hidden, the Created column after it
// showing a time (a list showing today's disputes by their time alone, "10:30"). Before: the cells
// after the hidden one moved left, and the Created cell's "10:30" was read as the deadline's time:
// 2 Feb 10:30, not the day's end the page shows (the date alone), nothing said of the deadline. Now
// the time is looked for only before the hidden cell's column (`cut`): the date as shown, and the
// created date, after the hidden cell, said.
describe('a deadline\'s time hidden under its spanning header', () => {
  const AFTER = 'Dispute DP-1001: the created date could not be read: a cell before it is hidden.';
  const page = (k: Key, attr: string) => {
    const l = LANGS[k];
    const cols: Col[] = ['id', 'amount', 'status', 'reason', 'dueBy', 'createdAt'];
    const cell = (c: Col, i: number) => (c === 'dueBy' ? `<td>${valueOf(l, i, c)}</td><td${i === 0 ? attr : ''}>12:00</td>` : `<td>${c === 'createdAt' && i === 0 ? '10:30' : valueOf(l, i, c)}</td>`);
    return `${storeBar(l)}<table><thead><tr>${cols.map((c) => `<th${c === 'dueBy' ? ' colspan="2"' : ''}>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${cols.map((c) => cell(c, i)).join('')}</tr>`).join('')}</tbody></table>`;
  };
  /** the disputes due at 12:00 Helsinki time (10:00 UTC), the first at its day's end, its created date unread */
  const facts = HERE.map((f, i) => (i === 0 ? firstWithout(['createdAt'])[0]! : f.dueBy ? { ...f, dueBy: f.dueBy.replace('21:59:59.999', '10:00:00.000') } : f));
  it.each(perLang(HIDE))('the first row\'s time hidden by %s: its date as shown, the day\'s end', (_, k, attr) => {
    expect(reading(readIn(page(k, attr), LANGS[k].tag))).toEqual({ page: 'dispute_list', problems: [AFTER], facts });
  });
});
