// A list whose first row holds a cell the page hides, as the row tests draw it (rows-twenty-second,
// rows-twenty-third): a table or an ARIA grid in a column order of the test's, and what the reader
// says of the values it cannot read (facts.ts unreadValue's words).
import { LANGS, storeBar, type Col, type Key } from './list-pages';
import { inZone, valueOf } from './probe-pages';

export const NAME: Record<Col, string> = { id: 'dispute ID', amount: 'amount', status: 'status', reason: 'reason', createdAt: 'created date', dueBy: 'respond by date' };
/** the first dispute's value of `c` unread, its own cell the hidden one */
export const own = (c: Col) => `Dispute DP-1001: the ${NAME[c]} could not be read: it is hidden.`;
/** the first dispute's value of `c` unread, its column after the hidden cell's */
export const after = (c: Col) => `Dispute DP-1001: the ${NAME[c]} could not be read: a cell before it is hidden.`;
/** the first dispute's facts without those of `gone` */
export const firstWithout = (gone: Col[]) => inZone(2).map((f, i) => (i ? f : Object.fromEntries(Object.entries(f).filter(([c]) => !gone.includes(c as Col))))) as ReturnType<typeof inZone>;
export const HIDE: [string, string][] = [['hidden', ' hidden'], ['display:none', ' style="display: none"']];

/** how each layout draws its header cells and its rows' cells (`attr` on one) */
export const LAYOUTS: [string, (head: string, rows: string) => string, (t: string) => string, (t: string, attr: string) => string][] = [
  ['a table', (head, rows) => `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`, (t) => `<th>${t}</th>`, (t, a) => `<td${a}>${t}</td>`],
  ['an ARIA grid', (head, rows) => `<div role="grid"><div role="rowgroup"><div role="row">${head}</div></div><div role="rowgroup">${rows.replaceAll('<tr>', '<div role="row">').replaceAll('</tr>', '</div>')}</div></div>`,
    (t) => `<div role="columnheader">${t}</div>`, (t, a) => `<div role="gridcell"${a}>${t}</div>`],
];
/** the list in `order`, each of the first row's cells with `attr(c)` on it and showing `show(c)` */
export const list = (k: Key, layout: number, order: Col[], attr: (c: Col) => string, show: (c: Col) => string = (c) => valueOf(LANGS[k], 0, c)) => {
  const l = LANGS[k];
  const [, wrap, th, td] = LAYOUTS[layout]!;
  const rows = [0, 1, 2].map((i) => `<tr>${order.map((c) => (i ? td(valueOf(l, i, c), '') : td(show(c), attr(c)))).join('')}</tr>`).join('');
  return storeBar(l) + wrap(order.map((c) => th(l.labels[c])).join(''), rows);
};

