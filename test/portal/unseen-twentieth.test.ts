// @vitest-environment happy-dom
// A twentieth probe of list pages and a dispute's own page in markup the reader has not seen, in
// the six portal languages (list-pages.ts). Each case read wrongly or not at all before its fix; the
// pages beside them that read right already stay as guards. The merchant is in Helsinki
// (probe-pages.ts HELSINKI); the pages name no zone, so their dates are the merchant's (inZone(2)).
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, STORE, storeBar, type Col, type Lang } from './list-pages';
import { HELSINKI, inZone, perLang, readHere, readIn, reading, table, valueOf, want, type Show } from './probe-pages';
import { readAfterRowChange } from './row-change';
import { readPortalPage } from '../../lib/portal';
import { parse } from './list-pages';

const HERE = inZone(2);

// A data grid whose cells are in the DOM in another order than their column numbers
// (aria-colindex): AG Grid places each cell by its style (left:…px) and, unless told to keep the
// DOM in order, appends a cell where it creates it, so after a column is moved, or scrolled out of
// view and back, a row's cells (and the header's) stand in the DOM in another order than on
// screen, and rows made at other times each in their own. The cells were read in DOM order: a
// column's header named the cell at its DOM position, so a row's reason was read as its ID (the
// row, no ID, dropped with nothing said) or its amount as its ID and its dates as each other's.
describe('a grid whose cells are in the DOM in another order than their column numbers (aria-colindex)', () => {
  /** column positions in DOM order */
  type Order = number[];
  const IN_ORDER: Order = [0, 1, 2, 3, 4, 5];
  const grid = (l: Lang, head: Order, rows: [Order, Order, Order], pinnedId = false) => {
    const headCell = (n: number) =>
      `<div class="ag-header-cell ag-header-cell-sortable" role="columnheader" col-id="${COLS[n]}" aria-colindex="${n + 1}" aria-sort="none" tabindex="-1" style="width:160px;left:${n * 160}px"><div class="ag-header-cell-comp-wrapper" role="presentation"><div class="ag-cell-label-container" role="presentation"><div class="ag-header-cell-label" role="presentation"><span class="ag-header-cell-text">${l.labels[COLS[n]!]}</span></div></div></div></div>`;
    const cell = (i: number, n: number) => `<div class="ag-cell ag-cell-normal-height" role="gridcell" col-id="${COLS[n]}" aria-colindex="${n + 1}" tabindex="-1" style="left:${n * 160}px;width:160px"><span class="ag-cell-value">${valueOf(l, i, COLS[n]!)}</span></div>`;
    const part = (order: Order) => order.filter((n) => !pinnedId || n > 0);
    const row = (i: number, order: Order) => `<div class="ag-row ag-row-position-absolute" role="row" row-index="${i}" aria-rowindex="${i + 2}" style="height:42px;transform:translateY(${i * 42}px)">${part(order).map((n) => cell(i, n)).join('')}</div>`;
    const pinned = (html: string) => (pinnedId ? html : '');
    return (
      storeBar(l) +
      `<div class="ag-root" role="treegrid" aria-colcount="6" aria-rowcount="4"><div class="ag-header" role="presentation">` +
      pinned(`<div class="ag-pinned-left-header" role="rowgroup"><div class="ag-header-row" role="row" aria-rowindex="1">${headCell(0)}</div></div>`) +
      `<div class="ag-header-viewport" role="presentation"><div class="ag-header-container" role="rowgroup"><div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1">${part(head).map(headCell).join('')}</div></div></div></div>` +
      `<div class="ag-body" role="presentation">` +
      pinned(`<div class="ag-pinned-left-cols-container" role="rowgroup">${[0, 1, 2].map((i) => `<div class="ag-row" role="row" aria-rowindex="${i + 2}">${cell(i, 0)}</div>`).join('')}</div>`) +
      `<div class="ag-center-cols-viewport" role="presentation"><div class="ag-center-cols-container" role="rowgroup">${rows.map((o, i) => row(i, o)).join('')}</div></div></div></div>`
    );
  };
  const GRIDS: [string, Order, [Order, Order, Order], boolean][] = [
    ['each row\'s cells in another order, the header in order', IN_ORDER, [[3, 0, 5, 1, 4, 2], [5, 4, 3, 2, 1, 0], [1, 2, 3, 4, 5, 0]], false],
    ['the header\'s cells in another order, the rows in order', [3, 0, 5, 1, 4, 2], [IN_ORDER, IN_ORDER, IN_ORDER], false],
    ['the header and each row in an order of its own', [4, 5, 0, 1, 2, 3], [[2, 3, 4, 5, 0, 1], IN_ORDER, [5, 0, 1, 2, 3, 4]], false],
    // (read right already: a row drawn in parts is read by its cells' column numbers)
    ['the ID column pinned left, the other columns out of order (guard)', [4, 5, 1, 2, 3], [[5, 1, 2, 3, 4], [2, 3, 4, 5, 1], IN_ORDER], true],
  ];
  it.each(perLang(GRIDS))('%s', (_, k, head, rows, pinnedId) => {
    const l = LANGS[k];
    expect(reading(readIn(grid(l, head, rows, pinnedId), l.tag))).toEqual(want(true, HERE));
  });
  // (a hand-written ARIA grid, its rows' cells swapped the same way, and its rows in another order
  // than their numbers: the disputes in the order shown)
  it.each(KEYS)('an ARIA grid with its rows and each row\'s cells out of DOM order (%s)', (k) => {
    const l = LANGS[k];
    const orders = [[5, 4, 3, 2, 1, 0], [1, 0, 3, 2, 5, 4], IN_ORDER];
    const rows = [2, 0, 1].map((i) => `<div role="row" aria-rowindex="${i + 2}">${orders[i]!.map((n) => `<div role="gridcell" aria-colindex="${n + 1}">${valueOf(l, i, COLS[n]!)}</div>`).join('')}</div>`);
    const html = `${storeBar(l)}<div role="grid"><div role="rowgroup"><div role="row" aria-rowindex="1">${COLS.map((c, n) => `<div role="columnheader" aria-colindex="${n + 1}">${l.labels[c]}</div>`).join('')}</div></div><div role="rowgroup">${rows.join('')}</div></div>`;
    expect(reading(readIn(html, l.tag))).toEqual(want(true, HERE));
  });
  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    expect(readAfterRowChange(grid(l, GRIDS[2]![1], GRIDS[2]![2], false), l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
});

// A dispute ID cut short with an ellipsis ("DP-10…"), as a grid with fixed column widths or a
// long ID's shortened form prints it (Ant Design's Typography, "dp_3f9a…" beside a copy button),
// the whole ID in the title or name the merchant sees on hover. The shown text was read as the
// ID: a wrong ID with nothing said, and a list's rows cut alike ("DP-10…" each) one dispute, the
// others lost. Now the title or name that begins with the shown letters is the ID; where none
// completes it, the dispute is reported, not read.
describe('a dispute ID cut short with an ellipsis', () => {
  const cut = (t: string) => `${t.slice(0, 5)}…`;
  const SHOWN: [string, (t: string) => string][] = [
    ['"<span title=DP-1001>DP-10…</span>"', (t) => `<span title="${t}">${cut(t)}</span>`],
    ['"<a href title=DP-1001>DP-10...</a>" (three dots)', (t) => `<a href="/disputes/${t}" title="${t}">${cut(t).replace('…', '...')}</a>`],
    ['"<span aria-label=DP-1001>DP-10…</span> <button>Copy</button>"', (t) => `<span aria-label="${t}">${cut(t)}</span> <button type="button">Copy</button>`],
  ];
  const id = (f: (t: string) => string): Show => (c, t) => (c === 'id' ? f(t) : t);
  const cards = (l: Lang, show: Show) => `${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${COLS.map((c) => `<p>${l.labels[c]}: ${show(c, valueOf(l, i, c), i)}</p>`).join('')}</li>`).join('')}</ul>`;
  const page = (l: Lang, show: Show) => `${storeBar(l)}<main>${COLS.map((c) => `<p>${l.labels[c]}: ${show(c, valueOf(l, 0, c), 0)}</p>`).join('')}</main>`;
  it.each(perLang(SHOWN))('a table, %s, reads the title', (_, k, f) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, id(f)), l.tag))).toEqual(want(true, HERE));
  });
  it.each(perLang(SHOWN))('a list of cards, %s, reads the title', (_, k, f) => {
    const l = LANGS[k];
    expect(reading(readIn(cards(l, id(f)), l.tag))).toEqual(want(true, HERE));
  });
  it.each(perLang(SHOWN))('a dispute\'s page, %s, reads the title', (_, k, f) => {
    const l = LANGS[k];
    expect(reading(readHere(page(l, id(f)), l.tag))).toEqual(want(false, HERE));
  });
  // (the title on the cell itself, as a grid titles a cell whose text overflows)
  it.each(KEYS)('a table whose cell is titled, "<td title=DP-1001>DP-10…</td>" (%s)', (k) => {
    const l = LANGS[k];
    const html = storeBar(l) + table(l).replace(/<td>(DP-\d+)<\/td>/g, (_, t: string) => `<td title="${t}">${cut(t)}</td>`);
    expect(reading(readIn(html, l.tag))).toEqual(want(true, HERE));
  });
  // (no title completes it: no dispute read, each reported; a title that does not begin with the
  // shown letters, a copy button's "Copy", completes none)
  const UNREAD = 'Labelled disputes could not be read.';
  const UNTITLED: [string, (t: string) => string][] = [
    ['"DP-10…"', cut],
    ['"<span title=Copy>DP-10…</span>"', (t) => `<span title="Copy">${cut(t)}</span>`],
  ];
  it.each(perLang(UNTITLED))('a table, %s, is reported', (_, k, f) => {
    const l = LANGS[k];
    const r = reading(readIn(storeBar(l) + table(l, id(f)), l.tag));
    expect(r.facts).toEqual([]);
    expect(r.problems).toEqual([1, 2, 3].map((n) => `Row ${n} of the list: the dispute ID "DP-10…" could not be read: it is cut short.`));
  });
  it.each(perLang(UNTITLED))('a list of cards, %s, is reported', (_, k, f) => {
    const l = LANGS[k];
    const r = reading(readIn(cards(l, id(f)), l.tag));
    expect(r.facts).toEqual([]);
    expect(r.problems).toEqual([...[1, 2, 3].map(() => 'The dispute ID "DP-10…" could not be read: it is cut short.'), UNREAD]);
  });
  it.each(perLang(UNTITLED))('a dispute\'s page, %s, is reported', (_, k, f) => {
    const l = LANGS[k];
    const r = reading(readHere(page(l, id(f)), l.tag));
    expect(r.facts).toEqual([]);
    expect(r.problems).toEqual(['The dispute ID "DP-10…" could not be read: it is cut short.', UNREAD]);
  });
  it.each(KEYS)('a table read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const html = storeBar(l) + table(l).replace(/<td>(DP-\d+)<\/td>/g, (_, t: string) => `<td><span title="${t}">${t}</span></td>`);
    expect(readAfterRowChange(html, l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
});

// A description list that gives a term a second term before its description (HTML's "several
// terms, one description": a hint under the label, "<dt>Respond by</dt><dt><small>Deadline for
// your evidence</small></dt><dd>2 Feb 2026</dd>"): the term's value was looked for only up to the
// next term, so the deadline was lost with nothing said. Now a term holding no label is stepped
// over to the description after it; a term that is another field's label still ends the search
// (its description is that field's).
describe('a term followed by a second term holding no label, then its description', () => {
  const HINT: Record<(typeof KEYS)[number], string> = { en: 'Deadline for your evidence', de: 'Frist für Ihre Nachweise', sv: 'Tidsfrist för ditt underlag', fi: 'Todisteiden määräaika', nb: 'Frist for dokumentasjon', da: 'Frist for dokumentation' };
  // (as plain text, "<dt>Deadline for your evidence</dt>", a hint is read as a term of its own since
  // review-nineteenth: words alone do not tell it from another field's term, "<dt>Reminder sent</dt>",
  // whose date the deadline must not take; below, its terms read no value, as before 49ef49b)
  const HINTS: [string, (k: (typeof KEYS)[number]) => string][] = [
    ['"<dt><small>Deadline for your evidence</small></dt>"', (k) => `<dt><small class="text-muted">${HINT[k]}</small></dt>`],
  ];
  const terms = (l: Lang, i: number, hint: string, around = (t: string) => t) => `<dl>${COLS.map((c) => around(`<dt>${l.labels[c]}</dt>${c === 'dueBy' || c === 'amount' ? hint : ''}<dd>${valueOf(l, i, c)}</dd>`)).join('')}</dl>`;
  it.each(perLang(HINTS))('a dispute\'s page, %s', (_, k, hint) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${terms(l, 0, hint(k))}</main>`, l.tag))).toEqual(want(false, HERE));
  });
  it.each(perLang(HINTS))('a dispute\'s page, each pair in a div, %s', (_, k, hint) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${terms(l, 0, hint(k), (t) => `<div>${t}</div>`)}</main>`, l.tag))).toEqual(want(false, HERE));
  });
  it.each(perLang(HINTS))('a list of cards, %s', (_, k, hint) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${terms(l, i, hint(k))}</li>`).join('')}</ul>`, l.tag))).toEqual(want(true, HERE));
  });
  it.each(KEYS)('a plain second term, "<dt>Deadline for your evidence</dt>", is a term of its own: the deadline and the amount unread (%s)', (k) => {
    const l = LANGS[k];
    // (the deadline's term with no description of its own reported since mend-twentieth)
    expect(reading(readHere(`${storeBar(l)}<main>${terms(l, 0, `<dt>${HINT[k]}</dt>`)}</main>`, l.tag))).toEqual({ ...want(false, HERE.map(({ dueBy: _d, amount: _a, ...f }) => f) as typeof HERE), problems: ['A "Respond by" label has no value beside it.'] });
  });
  // (guard, as before: a term with no description before another field's term takes nothing, not
  // the next field's value: "<dt>Respond by</dt><dt>Created</dt><dd>19 Jan 2026</dd>"; said since
  // mend-twentieth)
  it.each(KEYS)('a deadline\'s term right before the created date\'s takes no value (%s)', (k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<main><dl>${COLS.filter((c) => c !== 'dueBy').map((c) => `${c === 'createdAt' ? `<dt>${l.labels.dueBy}</dt>` : ''}<dt>${l.labels[c]}</dt><dd>${valueOf(l, 0, c)}</dd>`).join('')}</dl></main>`;
    // (reported since mend-twentieth: a deadline's term with no description of its own)
    expect(reading(readHere(html, l.tag))).toEqual({ ...want(false, HERE.map(({ dueBy: _d, ...f }) => f) as typeof HERE), problems: ['A "Respond by" label has no value beside it.'] });
  });
});

// A date's header spanning two columns, the date's and its time's ("<th colspan=2>Respond
// by</th>" over "<td>2 Feb 2026</td><td>12:00</td>", as a server-rendered table sets a time in a
// narrow column of its own): the time's cell was in no field's column, so the deadline was read as
// the day's end, hours later than the page says, with nothing said. Now a time of day in the cell
// after a date's, under the same header, is the date's time, as a second <dd> that is one is.
describe('a date\'s header spanning its date\'s cell and its time\'s', () => {
  const NOON = (l: Lang) => new Intl.DateTimeFormat(l.tag, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 12));
  /** the table, each date's header spanning two cells: the date's (without its time) and `second` */
  const spanned = (l: Lang, second: (c: Col, i: number, t: string) => string) =>
    storeBar(l) +
    `<table><thead><tr>${COLS.map((c) => `<th${c === 'createdAt' || c === 'dueBy' ? ' colspan="2"' : ''}>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2]
      .map((i) => `<tr>${COLS.map((c) => (c === 'createdAt' || c === 'dueBy' ? `<td>${valueOf(l, i, c).replace(/,? (klo )?10[:.]30$/, '')}</td><td>${second(c, i, valueOf(l, i, c))}</td>` : `<td>${valueOf(l, i, c)}</td>`)).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const AT_NOON = HERE.map((f, i) => (f.dueBy ? { ...f, dueBy: ['2026-02-02T10:00:00.000Z', , '2026-02-04T10:00:00.000Z'][i] } : f));
  it.each(KEYS)('"2 Feb 2026 | 12:00", "21 Jan 2026 | 10:30": each date at its time (%s)', (k) => {
    const l = LANGS[k];
    const time = (c: Col, i: number, t: string) => (c === 'dueBy' ? (t === '—' ? '' : NOON(l)) : i === 2 ? /10[:.]30$/.exec(t)![0] : '');
    expect(reading(readIn(spanned(l, time), l.tag))).toEqual(want(true, AT_NOON));
  });
  // (guards, as before: a cell after the date showing no time, empty or the time left, is none of it)
  it.each(KEYS)('an empty cell or the time left after the date: the day as before (%s)', (k) => {
    const l = LANGS[k];
    const left = new Intl.RelativeTimeFormat(l.tag).format(3, 'day');
    const created = HERE.map((f, i) => ({ ...f, createdAt: i === 2 ? '2026-01-20T22:00:00.000Z' : f.createdAt }));
    expect(reading(readIn(spanned(l, (c, _i, t) => (c === 'dueBy' && t !== '—' ? left : '')), l.tag))).toEqual(want(true, created));
  });
  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(spanned(l, (c, _i, t) => (c === 'dueBy' && t !== '—' ? NOON(l) : '')), l, HELSINKI);
    expect(facts.map((f) => f.dueBy)).toEqual(['2026-02-02T10:00:00.000Z', undefined, '2026-02-04T10:00:00.000Z']);
  });
});

// A dispute's details in a row expanded under its row, one cell across the table (Ant Design's
// expandable rows, MUI's collapsible table: "<tr><td colspan=5>Respond by: 2 Feb 2026</td></tr>"),
// the deadline not among the columns. Such a row was taken for a group's heading, its deadline
// each dispute's after it: the dispute above lost its deadline and the next one, or the next
// several up to the next such row, took it, a wrong deadline with nothing said. Now a labelled
// value in the row right after a dispute's row is that dispute's, but for a status or a store,
// which head a group of the rows after them (unseen-eighth-lists).
describe('a dispute\'s details in a row expanded under its row', () => {
  const TOP = COLS.filter((c) => c !== 'dueBy');
  const top = (l: Lang, i: number, before = '') => `<tr>${before}${TOP.map((c) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`;
  const head = (l: Lang, before = '') => `<thead><tr>${before}${TOP.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead>`;
  const due = (l: Lang, i: number) => valueOf(l, i, 'dueBy');
  const DETAILS: [string, (l: Lang, i: number) => string][] = [
    ['"<tr><td colspan=5><p>Respond by: 2 Feb 2026</p></td></tr>"', (l, i) => `<tr><td colspan="5"><p>${l.labels.dueBy}: ${due(l, i)}</p></td></tr>`],
    ['"<tr><td colspan=5><dl><dt>Respond by</dt><dd>2 Feb 2026</dd></dl></td></tr>"', (l, i) => `<tr class="ant-table-expanded-row"><td colspan="5" class="ant-table-cell"><dl><dt>${l.labels.dueBy}</dt><dd>${due(l, i)}</dd></dl></td></tr>`],
    ['Ant Design\'s Descriptions, a table of its own, in the row', (l, i) => `<tr class="ant-table-expanded-row"><td colspan="5"><div class="ant-descriptions"><table><tbody><tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l.labels.store}</th><td class="ant-descriptions-item-content">${STORE}</td></tr><tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l.labels.dueBy}</th><td class="ant-descriptions-item-content">${due(l, i)}</td></tr></tbody></table></div></td></tr>`],
  ];
  const rows = (l: Lang, details: (l: Lang, i: number) => string, under: number[]) => [0, 1, 2].map((i) => top(l, i) + (under.includes(i) ? details(l, i) : '')).join('');
  it.each(perLang(DETAILS))('under every dispute\'s row, %s', (_, k, details) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<table>${head(l)}<tbody>${rows(l, details, [0, 1, 2])}</tbody></table>`, l.tag))).toEqual(want(true, HERE));
  });
  // (the row of the first dispute expanded only: the third took its deadline)
  const FIRST_ONLY = HERE.map((f, i) => (i ? (({ dueBy: _d, ...g }) => g)(f) : f)) as typeof HERE;
  it.each(perLang(DETAILS))('under the first dispute\'s row only, %s', (_, k, details) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<table>${head(l)}<tbody>${rows(l, details, [0])}</tbody></table>`, l.tag))).toEqual(want(true, FIRST_ONLY));
  });
  it.each(perLang(DETAILS))('a tbody for each dispute, %s', (_, k, details) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<table>${head(l)}${[0, 1, 2].map((i) => `<tbody>${top(l, i)}${details(l, i)}</tbody>`).join('')}</table>`, l.tag))).toEqual(want(true, HERE));
  });
  // (beside an expander's column: an empty cell under it, the details across the others)
  it.each(KEYS)('beside an expander\'s column, "<tr><td></td><td colspan=5>…</td></tr>" (%s)', (k) => {
    const l = LANGS[k];
    const button = '<td><button type="button" aria-expanded="true" aria-label="Collapse row">−</button></td>';
    const html = `${storeBar(l)}<table>${head(l, '<th></th>')}<tbody>${[0, 1, 2].map((i) => `${top(l, i, button)}<tr><td></td><td colspan="5">${l.labels.dueBy}: ${due(l, i)}</td></tr>`).join('')}</tbody></table>`;
    expect(reading(readIn(html, l.tag))).toEqual(want(true, HERE));
  });  // (an ARIA table of divs, TanStack Table's or a hand-written one: the details in a row of one
  // cell across the others; its deadline was lost with nothing said)
  it.each(KEYS)('an ARIA table, "<div role=row><div role=cell style=grid-column:1/-1>…</div></div>" (%s)', (k) => {
    const l = LANGS[k];
    const cells = (i: number) => TOP.map((c) => `<div role="cell">${valueOf(l, i, c)}</div>`).join('');
    const details = (i: number) => `<div role="row"><div role="cell" style="grid-column:1/-1"><span>${l.labels.dueBy}:</span> <span>${due(l, i)}</span></div></div>`;
    const html = `${storeBar(l)}<div role="table"><div role="rowgroup"><div role="row">${TOP.map((c) => `<div role="columnheader">${l.labels[c]}</div>`).join('')}</div></div><div role="rowgroup">${[0, 1, 2].map((i) => `<div role="row">${cells(i)}</div>${details(i)}`).join('')}</div></div>`;
    expect(reading(readIn(html, l.tag))).toEqual(want(true, HERE));
  });
  // (a row expanded, then collapsed again, as a merchant opens and closes its details: read as a
  // fresh copy of the page is, the rows kept from the reading before)
  it.each(KEYS)('a row expanded, then collapsed, read again as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(`${storeBar(l)}<table>${head(l)}<tbody>${rows(l, DETAILS[0]![1], [])}</tbody></table>`, l.tag);
    const read = (d: Document) => reading(readIn(d.body.innerHTML, l.tag));
    const again = (d: Document) => reading(readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: HELSINKI }));
    again(doc);
    const first = doc.querySelector('tbody tr')!;
    first.after(doc.importNode(parse(`<table><tbody>${DETAILS[0]![1](l, 0)}</tbody></table>`, l.tag).querySelector('tr')!, true));
    expect(again(doc)).toEqual(read(doc));
    expect(again(doc)).toEqual(want(true, FIRST_ONLY));
    first.nextElementSibling!.remove();
    expect(again(doc)).toEqual(read(doc));
    expect(again(doc).facts.map((f) => f.dueBy)).toEqual([undefined, undefined, undefined]);
  });
});

// Markup of this probe that read right already, kept as guards: a table's cells and a dispute's
// "label: value" lines and fields as admin kits and hand-written pages draw them.
describe('pages of this probe that read right already', () => {
  const when = (col: Col, f: (t: string) => string): Show => (c, t) => (c === col && t !== '—' ? f(t) : t);
  const dates = (f: (t: string) => string): Show => (c, t) => ((c === 'createdAt' || c === 'dueBy') && t !== '—' ? f(t) : t);
  const CELLS: [string, Show][] = [
    ['an amount in spans, "<span>€</span><span>120</span><span>.50</span>"', when('amount', (t) => t.replace(/([\d.,\u00a0]+)([.,]\d\d)/, '<span>$1</span><span>$2</span>').replace('€', '<span>€</span>'))],
    ['an amount and its sign in spans set apart, "<span>€</span> <span>120.50</span>"', when('amount', (t) => t.replace(/^€(.*)$/, '<span>€</span> <span>$1</span>').replace(/^(.*)\u00a0€$/, '<span>$1</span> <span>€</span>'))],
    ['an amount in <data value>', when('amount', (t) => `<data value="${t.replace(/[^\d]/g, '')}">${t}</data>`)],
    ['zero-width and bidi marks: "DP-\\u200b1001", "\\u2060€120.50\\u2060", "\\u200e2 Feb 2026\\u200e", "\\ufeffWon"', (c, t) => (c === 'id' ? t.replace('-', '-\u200b') : c === 'amount' ? `\u2060${t}\u2060` : (c === 'createdAt' || c === 'dueBy') && t !== '—' ? `\u200e${t}\u200e` : c === 'status' ? `\ufeff${t}` : t)],
    ['a status with a soft hyphen, "Respon\\u00adse required"', when('status', (t) => t.replace(/(\p{L}{4})(\p{L}{3})/u, '$1\u00ad$2'))],
    ['status words and months in capitals', (c, t) => (c === 'status' || c === 'createdAt' || c === 'dueBy' ? t.toUpperCase() : t)],
    ['a status chip, "<span>●</span><span>Won</span>"', when('status', (t) => `<span class="chip"><span class="dot">●</span><span>${t}</span></span>`)],
    ['<relative-time datetime> showing the date', dates((t) => `<relative-time datetime="x">${t}</relative-time>`)],
    ['a deadline beside a <meter> and a <progress>', when('dueBy', (t) => `<progress max="30" value="10">33%</progress> ${t} <meter min="0" max="30" value="10">10</meter>`)],
    ['read-only and disabled inputs in the cells', (c, t) => (c === 'amount' || c === 'status' ? `<input type="text" readonly value="${t}">` : c === 'createdAt' ? `<input class="form-control" disabled value="${t}">` : t)],
  ];
  it.each(perLang(CELLS))('a table, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, show), l.tag))).toEqual(want(true, HERE));
  });
  // (a table's headers with a soft hyphen in their labels, "Respond\u00adby", as long words are hyphenated in narrow columns)
  it.each(KEYS)('a table whose headers have soft hyphens (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, undefined, (c) => l.labels[c].replace(/(\p{L}{4})(\p{L}{2})/u, '$1&shy;$2')), l.tag))).toEqual(want(true, HERE));
  });
  const FIELDS: [string, (label: string, value: string) => string][] = [
    ['"<fieldset><legend>Respond by</legend><span>2 Feb 2026</span></fieldset>"', (a, v) => `<fieldset><legend>${a}</legend><span>${v}</span></fieldset>`],
    ['"<figure><figcaption>Respond by</figcaption><p>2 Feb 2026</p></figure>"', (a, v) => `<figure><figcaption>${a}</figcaption><p>${v}</p></figure>`],
    ['"<details open><summary>Respond by</summary><p>2 Feb 2026</p></details>"', (a, v) => `<details open><summary>${a}</summary><p>${v}</p></details>`],
    ['"<div role=term>Respond by</div><div role=definition>2 Feb 2026</div>"', (a, v) => `<div><div role="term">${a}</div><div role="definition">${v}</div></div>`],
    ['"<div role=group aria-label="Respond by"><span>2 Feb 2026</span></div>"', (a, v) => `<div role="group" aria-label="${a}"><span>${v}</span></div>`],
    ['"<label>Respond by <input readonly value="2 Feb 2026"></label>"', (a, v) => `<label>${a} <input readonly value="${v}"></label>`],
    ['"<div><span>Respond by</span><textarea readonly>2 Feb 2026</textarea></div>"', (a, v) => `<div><span>${a}</span><textarea readonly>${v}</textarea></div>`],
    ['"<p><label for=o>Respond by</label> <output id=o>2 Feb 2026</output></p>"', (a, v) => `<p><label for="o-${a.length}-${v.length}">${a}</label> <output id="o-${a.length}-${v.length}">${v}</output></p>`],
    ['a label with a soft hyphen, "Respond&shy;by: 2 Feb 2026"', (a, v) => `<p>${a.replace(/(\p{L}{4})(\p{L}{2})/u, '$1&shy;$2')}: ${v}</p>`],
  ];
  it.each(perLang(FIELDS))('a dispute\'s page, %s', (_, k, field) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${COLS.map((c) => field(l.labels[c], valueOf(l, 0, c))).join('')}</main>`, l.tag))).toEqual(want(false, HERE));
  });
  // (a status in a disabled <select>, its chosen option the first: happy-dom reports a later
  // option's selectedness wrongly, which browsers do not)
  it.each(KEYS)('a dispute\'s page, a status in a disabled <select> (%s)', (k) => {
    const l = LANGS[k];
    const line = (c: Col) => (c === 'status' ? `<div><label for="st">${l.labels.status}</label><select id="st" disabled><option selected>${valueOf(l, 0, c)}</option><option>${valueOf(l, 1, c)}</option></select></div>` : `<p>${l.labels[c]}: ${valueOf(l, 0, c)}</p>`);
    expect(reading(readHere(`${storeBar(l)}<main>${COLS.map(line).join('')}</main>`, l.tag))).toEqual(want(false, HERE));
  });
});
