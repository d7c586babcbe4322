// @vitest-environment happy-dom
// A list drawn as a table with one column per dispute (a comparison view): the first column the
// labels, each further column a dispute. Six portal languages; the merchant in Helsinki
// (probe-pages.ts HELSINKI), the pages naming no zone.
import { describe, expect, it } from 'vitest';
import { COLS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { AT, inZone, perLang, readIn, reading, table, valueOf, want } from './probe-pages';

const HERE = inZone(2);
const NONE = 'Labelled disputes could not be read.';
const LIST = 'https://portal.kustom.co/disputes';
const at = (id: string) => `${LIST}/${id}`;

/**
 * The first `n` disputes as a table with one column each, each label in a `cell` ('th' or 'td')
 * at its row's start; `head`: the IDs as <th>s in a header row over an empty corner cell, in place
 * of the Dispute ID row.
 */
const transposed = (l: Lang, n: number, cell: string, head: boolean) => {
  const ids = [0, 1, 2].slice(0, n);
  const rows = COLS.filter((c) => !head || c !== 'id');
  const row = (c: Col) => `<tr><${cell}>${l.labels[c]}</${cell}>${ids.map((i) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`;
  return `${storeBar(l)}<main><table>${head ? `<thead><tr><td></td>${ids.map((i) => `<th>${valueOf(l, i, 'id')}</th>`).join('')}</tr></thead>` : ''}<tbody>${rows.map(row).join('')}</tbody></table></main>`;
};
const SHAPES: [string, string, boolean][] = [
  ['labels in <th>s, a Dispute ID row', 'th', false],
  ['labels in <td>s, a Dispute ID row', 'td', false],
  ['labels in <th>s, the IDs as <th>s in a header row over an empty corner', 'th', true],
  ['labels in <td>s, the IDs as <th>s in a header row over an empty corner', 'td', true],
];
const cases = (ns: number[]) => perLang(SHAPES.flatMap(([name, cell, head]) => ns.map((n) => [`${n} dispute columns, ${name}`, n, cell, head] as [string, number, string, boolean])));

// Two or three dispute columns: each label took the cell after it, DP-1001's, and the page was read
// as DP-1001's own (a dispute_detail page, every value right), DP-1002 and DP-1003 lost with
// nothing said; with the IDs in a header row at DP-1002's address, DP-1002 was read with DP-1001's
// values. A label's cells side by side, in a row as wide as the one beside it, are values of
// several disputes, none of which the reader reads as one's: none is read, and that is said, as
// where which value is whose no element tells (unseen-twenty-third), at the list's address and at
// any dispute's own.
describe('a table with one column per dispute', () => {
  it.each(cases([2, 3]))('at the list\'s address, %s', (_, k, n, cell, head) => {
    const l = LANGS[k];
    expect(reading(readIn(transposed(l, n, cell, head), l.tag))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
  it.each(cases([2, 3]))('at the first\'s and the second dispute\'s address, %s', (_, k, n, cell, head) => {
    const l = LANGS[k];
    for (const id of ['DP-1001', 'DP-1002']) expect(reading(readIn(transposed(l, n, cell, head), l.tag, at(id)))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
});

// (read as before: one dispute's labels and values, a detail page's normal layout)
describe('one dispute\'s column (guards)', () => {
  it.each(cases([1]).filter(([, , , , head]) => !head))('at the list\'s and at its own address, %s', (_, k, n, cell, head) => {
    const l = LANGS[k];
    for (const url of [LIST, at('DP-1001')]) expect(reading(readIn(transposed(l, n, cell, head), l.tag, url))).toEqual(want(false, HERE));
  });
  it.each(cases([1]).filter(([, , , , head]) => head))('its ID in a header row: at its own address, its page; at the list\'s, reported, %s', (_, k, n, cell, head) => {
    const l = LANGS[k];
    expect(reading(readIn(transposed(l, n, cell, head), l.tag, at('DP-1001')))).toEqual(want(false, HERE));
    expect(reading(readIn(transposed(l, n, cell, head), l.tag))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
});

// (read as before: a dispute's table whose rows hold cells past a label's value, a label's and
// its value's twice in every row, a cell showing no word after every value, or a deadline's time
// in a cell of its own after its date, in a row wider than the rows beside it: the deadline read
// at that time since time-cell-twenty-fifth, noon in Helsinki; before, as its day's end, the
// time's cell not read)
describe('a dispute\'s own table with more cells in a row (guards)', () => {
  const TIMED = (l: Lang, cell: string) => `<table><tbody>${COLS.map((c) => `<tr><${cell}>${l.labels[c]}</${cell}><td>${valueOf(l, 0, c)}</td>${c === 'dueBy' ? '<td>12:00</td>' : ''}</tr>`).join('')}</tbody></table>`;
  const PAIRS: Col[][] = [['id', 'amount'], ['status', 'reason'], ['createdAt', 'dueBy']];
  const PAGES: [string, (l: Lang, cell: string) => string][] = [
    ['two labels and their values in every row', (l, cell) => `<table><tbody>${PAIRS.map((p) => `<tr>${p.map((c) => `<${cell}>${l.labels[c]}</${cell}><td>${valueOf(l, 0, c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`],
    ['an info mark in a cell after every value', (l, cell) => `<table><tbody>${COLS.map((c) => `<tr><${cell}>${l.labels[c]}</${cell}><td>${valueOf(l, 0, c)}</td><td><span title="Info">ⓘ</span></td></tr>`).join('')}</tbody></table>`],
    ['an empty cell after every value', (l, cell) => `<table><tbody>${COLS.map((c) => `<tr><${cell}>${l.labels[c]}</${cell}><td>${valueOf(l, 0, c)}</td><td></td></tr>`).join('')}</tbody></table>`],
    ['the deadline\'s time in a cell after its date\'s', TIMED],
  ];
  const CELLS = ['th', 'td'];
  it.each(perLang(PAGES.flatMap(([name, page]) => CELLS.map((cell) => [`${name}, labels in <${cell}>s`, page, cell] as [string, typeof page, string]))))('at its own address and the list\'s, %s', (_, k, page, cell) => {
    const l = LANGS[k];
    const facts = page === TIMED ? AT('10:00', HERE) : HERE;
    for (const url of [LIST, at('DP-1001')]) expect(reading(readIn(`${storeBar(l)}<main>${page(l, cell)}</main>`, l.tag, url))).toEqual(want(false, facts));
  });
});

// A dispute's own table of "label | value | Edit" rows, a control in a third cell of every row (a
// button or a link, in the page's words): read as DP-1001's page on main, read as a comparison view
// by fd921bd (unknown, `NONE`), the control's cell taken for another dispute's value. A cell holding
// a control is no dispute's value, unless it shows a digit (an ID's link: another dispute's). Guards, read before and now: an info button named by its
// aria-label, a "Copy" button after the ID alone (a row wider than the rows beside it).
const CONTROLS: Record<string, { edit: string; change: string; details: string; copy: string; info: string }> = {
  'en-GB': { edit: 'Edit', change: 'Change', details: 'Details', copy: 'Copy', info: 'More information' },
  'de-DE': { edit: 'Bearbeiten', change: 'Ändern', details: 'Details', copy: 'Kopieren', info: 'Weitere Informationen' },
  'sv-SE': { edit: 'Redigera', change: 'Ändra', details: 'Detaljer', copy: 'Kopiera', info: 'Mer information' },
  'fi-FI': { edit: 'Muokkaa', change: 'Muuta', details: 'Tiedot', copy: 'Kopioi', info: 'Lisätietoja' },
  'nb-NO': { edit: 'Rediger', change: 'Endre', details: 'Detaljer', copy: 'Kopier', info: 'Mer informasjon' },
  'da-DK': { edit: 'Rediger', change: 'Ændre', details: 'Detaljer', copy: 'Kopiér', info: 'Mere information' },
};
describe('a dispute\'s own table with a control after every value', () => {
  type W = (typeof CONTROLS)[string];
  const EVERY: [string, (w: W) => string][] = [
    ['an Edit button', (w) => `<button type="button">${w.edit}</button>`],
    ['a "Change" link', (w) => `<a href="/disputes/DP-1001/edit">${w.change}</a>`],
    ['a "Details" link', (w) => `<a href="/disputes/DP-1001#details">${w.details}</a>`],
    ['an Edit button with an icon', (w) => `<button type="button"><svg aria-hidden="true"></svg> ${w.edit}</button>`],
  ];
  const page = (l: Lang, cell: string, after: (c: Col) => string) => `${storeBar(l)}<main><table><tbody>${COLS.map((c) => `<tr><${cell}>${l.labels[c]}</${cell}><td>${valueOf(l, 0, c)}</td>${after(c)}</tr>`).join('')}</tbody></table></main>`;
  const CELLS = ['th', 'td'];
  it.each(perLang(EVERY.flatMap(([name, control]) => CELLS.map((cell) => [`${name} in a third cell, labels in <${cell}>s`, control, cell] as [string, (w: W) => string, string]))))('at its own address and the list\'s, %s', (_, k, control, cell) => {
    const l = LANGS[k];
    const w = CONTROLS[l.tag]!;
    for (const url of [LIST, at('DP-1001')]) expect(reading(readIn(page(l, cell, () => `<td>${control(w)}</td>`), l.tag, url))).toEqual(want(false, HERE));
  });
  const GUARDS: [string, (w: W) => (c: Col) => string][] = [
    ['an info button named by its aria-label after every value (guard)', (w) => () => `<td><button type="button" aria-label="${w.info}">ⓘ</button></td>`],
    ['a "Copy" button after the ID alone (guard)', (w) => (c) => (c === 'id' ? `<td><button type="button">${w.copy}</button></td>` : '')],
  ];
  it.each(perLang(GUARDS.flatMap(([name, after]) => CELLS.map((cell) => [`${name}, labels in <${cell}>s`, after, cell] as [string, (w: W) => (c: Col) => string, string]))))('at its own address and the list\'s, %s', (_, k, after, cell) => {
    const l = LANGS[k];
    for (const url of [LIST, at('DP-1001')]) expect(reading(readIn(page(l, cell, after(CONTROLS[l.tag]!)), l.tag, url))).toEqual(want(false, HERE));
  });
  // (still reported: a comparison view whose every dispute column is followed by an Edit column's cell
  // is not this: its rows' further cells hold other disputes' values before any control)
  it.each(perLang([['2 dispute columns and an Edit button after them', 2], ['3 dispute columns and an Edit button after them', 3]] as [string, number][]))('a comparison view still reported, %s', (_, k, n) => {
    const l = LANGS[k];
    const w = CONTROLS[l.tag]!;
    const body = `${storeBar(l)}<main><table><tbody>${COLS.map((c) => `<tr><th>${l.labels[c]}</th>${[0, 1, 2].slice(0, n).map((i) => `<td>${valueOf(l, i, c)}</td>`).join('')}<td><button type="button">${w.edit}</button></td></tr>`).join('')}</tbody></table></main>`;
    for (const url of [LIST, at('DP-1001'), at('DP-1002')]) expect(reading(readIn(body, l.tag, url))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
  // (still reported: each dispute's ID a link to its page, a control holding a value: with no cell
  // holding a link counted, DP-1001 was read, at DP-1002's address too, DP-1002 lost)
  it.each(perLang([['2 dispute columns', 2], ['3 dispute columns', 3]] as [string, number][]))('a comparison view whose IDs are links still reported, %s', (_, k, n) => {
    const l = LANGS[k];
    const cell = (i: number, c: Col) => (c === 'id' ? `<a href="${at(valueOf(l, i, c))}">${valueOf(l, i, c)}</a>` : valueOf(l, i, c));
    const body = `${storeBar(l)}<main><table><tbody>${COLS.map((c) => `<tr><th>${l.labels[c]}</th>${[0, 1, 2].slice(0, n).map((i) => `<td>${cell(i, c)}</td>`).join('')}</tr>`).join('')}</tbody></table></main>`;
    for (const url of [LIST, at('DP-1001'), at('DP-1002')]) expect(reading(readIn(body, l.tag, url))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
});

// (read as before: a list's table, a column per field, one row's ID cell showing the Dispute ID
// label, as a search field's text may: the other rows' disputes read, the row's missing ID said;
// a label in a row under a row of data is no label column)
describe('a list\'s table with a label in a row\'s cell (guards)', () => {
  it.each(perLang([['the second row', 1], ['the last row', 2]] as [string, number][]))('%s', (_, k, i) => {
    const l = LANGS[k];
    const r = reading(readIn(storeBar(l) + table(l, (c, t, n) => (c === 'id' && n === i ? l.labels.id : t)), l.tag));
    expect(r.page).toBe('dispute_list');
    expect(r.problems).toContain(`Row ${i + 1} of the list shows no dispute ID.`);
    expect(r.facts.filter((f) => f.id.startsWith('DP-'))).toEqual(HERE.filter((_f, n) => n !== i));
  });
});
