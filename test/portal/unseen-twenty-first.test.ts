// @vitest-environment happy-dom
// A twenty-first probe of list pages and a dispute's own page in markup the reader has not seen,
// in the six portal languages (list-pages.ts): how real admin UIs and merchant portals draw them.
// Each case in the first two blocks read wrongly or not at all before its fix; the pages after them
// that read right already stay as guards. The merchant is in Helsinki (probe-pages.ts HELSINKI);
// the pages name no zone, so their dates are the merchant's (inZone(2)).
import { describe, expect, it } from 'vitest';
import { COLS, KEYS, LANGS, STORE, storeBar, type Col, type Lang } from './list-pages';
import { HELSINKI, fields, inZone, perLang, readHere, readIn, reading, table, valueOf, want, type Show } from './probe-pages';
import { readAfterRowChange } from './row-change';

const HERE = inZone(2);

// A deadline with its weekday and its time, as a component pattern prints it (Intl's weekday,
// day, month and year options, the way an admin UI's date format is set up, "EEEE d MMMM y HH:mm").
// In Finnish a weekday inside a date is in another case than alone: "maanantaina 2. helmikuuta
// 2026 klo 23.59" ("on Monday"), where the weekday alone and dateStyle full print "maanantai".
// The reader knew the weekday only as it stands alone, so the deadline was reported, not read
// ("is not a date the reader knows"); in the other five languages the two are the same word.
describe('a deadline with its weekday, as a date\'s words give it', () => {
  const DUE = [Date.UTC(2026, 1, 2, 23, 59), 0, Date.UTC(2026, 1, 4, 23, 59)];
  /** the deadlines at 23:59 the merchant's time, or their days' end where no time is shown */
  const due = (timed: boolean) => HERE.map((f, i) => (f.dueBy && timed ? { ...f, dueBy: new Date(DUE[i]! - 2 * 3_600_000).toISOString() } : f));
  const STYLES: [string, Intl.DateTimeFormatOptions, boolean][] = [
    ['a long weekday and month and a time ("Monday, 2 February 2026 at 23:59", "maanantaina 2. helmikuuta 2026 klo 23.59")', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }, true],
    ['a long weekday, all else numeric ("Monday, 02/02/2026", "maanantaina 2.2.2026")', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' }, false],
    ['a long weekday and month ("Monday, 2 February 2026", "maanantaina 2. helmikuuta 2026")', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, false],
    // (read right already: the short weekday, and dateStyle full, whose weekday stands alone)
    ['a short weekday and a time ("Mon, 2 Feb 2026, 23:59", "ma 2.2.2026 klo 23.59") (guard)', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }, true],
    ['a short weekday, all numeric, and a time ("Mon, 02/02/2026, 23:59") (guard)', { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }, true],
    ['dateStyle full and timeStyle short ("Monday 2 February 2026 at 23:59", "maanantai 2. …") (guard)', { dateStyle: 'full', timeStyle: 'short' }, true],
  ];
  const shown = (l: Lang, o: Intl.DateTimeFormatOptions): Show => (c, t, i) => (c === 'dueBy' && t !== '—' ? new Intl.DateTimeFormat(l.tag, { ...o, timeZone: 'UTC' }).format(DUE[i]) : t);
  it.each(perLang(STYLES))('a table, %s', (_, k, o, timed) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, shown(l, o)), l.tag))).toEqual(want(true, due(timed)));
  });
  it.each(perLang(STYLES))('a dispute\'s page, as terms, %s', (_, k, o, timed) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${fields(l, 0, shown(l, o))}</main>`, l.tag))).toEqual(want(false, due(timed)));
  });
  it.each(perLang(STYLES))('a dispute\'s page, as "label: value" lines, %s', (_, k, o, timed) => {
    const l = LANGS[k];
    const lines = COLS.map((c) => `<p>${l.labels[c]}: ${shown(l, o)(c, valueOf(l, 0, c), 0)}</p>`).join('');
    expect(reading(readHere(`${storeBar(l)}<main>${lines}</main>`, l.tag))).toEqual(want(false, due(timed)));
  });
  // (the created date too, "keskiviikkona 21.1.2026 klo 10.30": any date with its weekday)
  it.each(KEYS)('a created date with its long weekday and time (%s)', (k) => {
    const l = LANGS[k];
    const at = [Date.UTC(2026, 0, 19), Date.UTC(2026, 0, 20), Date.UTC(2026, 0, 21, 10, 30)];
    const o: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' };
    const show: Show = (c, t, i) => (c === 'createdAt' ? new Intl.DateTimeFormat(l.tag, o).format(at[i]) : t);
    expect(reading(readIn(storeBar(l) + table(l, show), l.tag))).toEqual(want(true, HERE));
  });
});

// A virtualised list of div rows under a header of plain divs, as list libraries draw one with a
// header row beside it: react-window's FixedSizeList (a scrolling div around a div as tall as every
// row, each row placed by its style, "position:absolute;top:…px", in the DOM in the order it was
// made, not as shown), TanStack Virtual (the rows in a div moved by translateY inside that one),
// react-virtuoso (a viewport, a list, each row an item or inside one), the header in a sticky
// wrapper of its own or not. The header's labels name no header cell (no th, no columnheader), so
// its rows are found by their likeness to it: they were looked for among its siblings, their
// children and its parent's next sibling's children only, not in those wrappers, so no dispute
// was read ("A "Dispute ID" label has no value beside it").
describe('a virtualised list of div rows under a header of plain divs', () => {
  /** row `i` of the list, placed by `style` */
  const rowOf = (l: Lang, i: number, aria: boolean, style = '') => `<div${aria ? ' role="row"' : ''} style="display:flex${style}">${COLS.map((c) => `<div${aria ? ' role="cell"' : ''} style="flex:1 1 0">${valueOf(l, i, c)}</div>`).join('')}</div>`;
  /** the rows `order` (indexes of the three disputes) as a library draws them in its wrappers */
  type Draw = (l: Lang, order: number[], aria: boolean) => string;
  const reactWindow: Draw = (l, order, aria) =>
    `<div style="position:relative;height:400px;width:100%;overflow:auto;will-change:transform;direction:ltr"><div style="height:144px;width:100%">${order.map((i) => rowOf(l, i, aria, `;position:absolute;left:0;top:${i * 48}px;height:48px;width:100%`)).join('')}</div></div>`;
  const tanstack: Draw = (l, order, aria) =>
    `<div style="height:400px;overflow:auto"><div style="height:144px;width:100%;position:relative"><div style="position:absolute;top:0;left:0;width:100%;transform:translateY(0px)">${order.map((i) => rowOf(l, i, aria)).join('')}</div></div></div>`;
  const virtuoso = (items: boolean): Draw => (l, order, aria) =>
    `<div data-testid="virtuoso-scroller" data-virtuoso-scroller="true" tabindex="0" style="height:400px;outline:none;overflow-y:auto;position:relative"><div data-viewport-type="element" style="width:100%;height:100%;position:absolute;top:0px"><div data-testid="virtuoso-item-list" style="box-sizing:border-box;padding-top:0px;padding-bottom:0px;margin-top:0px">${order
      .map((i) => (items ? `<div data-index="${i}" data-known-size="48" data-item-index="${i}" style="overflow-anchor:none">${rowOf(l, i, aria)}</div>` : rowOf(l, i, aria).replace('<div', `<div data-index="${i}" data-known-size="48" data-item-index="${i}"`)))
      .join('')}</div></div></div>`;
  /** the list under its header row, the header in a sticky wrapper of its own where `sticky` */
  const list = (l: Lang, draw: Draw, order: number[], sticky = false, aria = false) => {
    const r = (role: string) => (aria ? ` role="${role}"` : '');
    const head = `<div${r('row')} style="display:flex;font-weight:600">${COLS.map((c) => `<div${r('columnheader')} style="flex:1 1 0">${l.labels[c]}</div>`).join('')}</div>`;
    return `${storeBar(l)}<div${r('table')} class="disputes">${sticky ? `<div style="position:sticky;top:0;z-index:1">${head}</div>` : head}${draw(l, order, aria)}</div>`;
  };
  /** the disputes as read, by ID: rows placed out of DOM order are read in the DOM's */
  const byId = (r: ReturnType<typeof reading>) => ({ ...r, facts: [...r.facts].sort((a, b) => a.id.localeCompare(b.id)) });
  const LISTS: [string, Draw, number[], boolean][] = [
    ['react-window, its rows in the DOM in the order shown', reactWindow, [0, 1, 2], false],
    ['react-window, its rows in the DOM out of the order shown (a row made as it scrolled into view)', reactWindow, [2, 0, 1], false],
    ['react-window, the header in a sticky wrapper', reactWindow, [2, 0, 1], true],
    ['TanStack Virtual, the rows in a div moved by translateY', tanstack, [0, 1, 2], false],
    ['react-virtuoso, each row an item of its list', virtuoso(false), [0, 1, 2], false],
    ['react-virtuoso, each row in an item of its own', virtuoso(true), [0, 1, 2], false],
    ['react-virtuoso, each row in an item, the header in a sticky wrapper', virtuoso(true), [0, 1, 2], true],
  ];
  it.each(perLang(LISTS))('%s', (_, k, draw, order, sticky) => {
    const l = LANGS[k];
    expect(byId(reading(readIn(list(l, draw, order, sticky), l.tag)))).toEqual(want(true, HERE));
  });
  // (read right already: a header of columnheaders finds ARIA rows as deep as they are)
  it.each(KEYS)('react-window, the header\'s cells columnheaders, the rows ARIA rows (guard) (%s)', (k) => {
    const l = LANGS[k];
    expect(byId(reading(readIn(list(l, reactWindow, [2, 0, 1], false, true), l.tag)))).toEqual(want(true, HERE));
  });
  it.each(KEYS)('react-window with one row (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readIn(list(l, reactWindow, [0]), l.tag))).toEqual(want(true, HERE.slice(0, 1)));
  });
  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    expect(readAfterRowChange(list(l, reactWindow, [2, 0, 1]), l, HELSINKI).map((f) => f.id).sort()).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
    expect(readAfterRowChange(list(l, virtuoso(true), [0, 1, 2], true), l, HELSINKI).map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
  // Cards each with a row of labels over a row of values ("Amount | Status" over "€120.50 | Won"),
  // each card its own header, not the next card's: beside it (read right already), or in wrappers
  // two levels down (before: no dispute, reported; looked for after the next card's row of labels,
  // the last card alone would be read, the others lost with nothing said)
  const CARDS: [string, (values: string) => string][] = [
    ['the values\' row beside the labels\' (guard)', (v) => v],
    ['the values\' row two levels down in wrappers', (v) => `<div><div>${v}</div></div>`],
  ];
  it.each(perLang(CARDS))('cards each with a row of labels over a row of values, %s', (_, k, wrap) => {
    const l = LANGS[k];
    const card = (i: number) => `<article><div style="display:flex">${COLS.map((c) => `<span>${l.labels[c]}</span>`).join('')}</div>${wrap(`<div style="display:flex">${COLS.map((c) => `<span>${valueOf(l, i, c)}</span>`).join('')}</div>`)}</article>`;
    const html = `${storeBar(l)}<section><div><div>${[0, 1, 2].map(card).join('')}</div></div></section>`;
    expect(reading(readIn(html, l.tag))).toEqual(want(true, HERE));
  });
});

// Pages that read right already, kept as guards: lists as admin kits draw them, a dispute's page as
// a Stripe-like property list, a deadline inside a tooltip's trigger, amounts with the currency's
// code after the number.
describe('pages that read right already', () => {
  const isDate = (c: Col) => c === 'createdAt' || c === 'dueBy';
  const LISTS: [string, (l: Lang) => string][] = [
    ['MUI DataGrid, compact, with checkbox selection (a selected row, "1 row selected")', (l) =>
      `<div class="MuiDataGrid-root MuiDataGrid-root--densityCompact" role="grid" aria-colcount="7" aria-rowcount="4" aria-multiselectable="true"><div class="MuiDataGrid-columnHeaders" role="rowgroup"><div role="row" aria-rowindex="1" class="MuiDataGrid-columnHeaderRow"><div role="columnheader" aria-colindex="1" data-field="__check__" aria-label="Select row"><span class="MuiCheckbox-root"><input type="checkbox" aria-label="Select all rows"></span></div>${COLS.map((c, n) => `<div role="columnheader" aria-colindex="${n + 2}" data-field="${c}" aria-sort="none"><div class="MuiDataGrid-columnHeaderTitleContainer"><div class="MuiDataGrid-columnHeaderTitle">${l.labels[c]}</div></div></div>`).join('')}</div></div>` +
      `<div class="MuiDataGrid-virtualScroller" role="presentation"><div role="rowgroup">${[0, 1, 2].map((i) => `<div role="row" data-id="${i}" data-rowindex="${i}" aria-rowindex="${i + 2}" aria-selected="${i === 1}" class="MuiDataGrid-row${i === 1 ? ' Mui-selected' : ''}"><div role="gridcell" aria-colindex="1" data-field="__check__"><span class="MuiCheckbox-root"><input type="checkbox" aria-label="Select row"${i === 1 ? ' checked' : ''}></span></div>${COLS.map((c, n) => `<div role="gridcell" aria-colindex="${n + 2}" data-field="${c}" data-colindex="${n + 1}"><div class="MuiDataGrid-cellContent" title="${valueOf(l, i, c)}">${valueOf(l, i, c)}</div></div>`).join('')}</div>`).join('')}</div></div>` +
      `<div class="MuiDataGrid-footerContainer"><div class="MuiDataGrid-selectedRowCount">1 row selected</div><div class="MuiTablePagination-root"><p>1–3 of 3</p></div></div></div>`],
    ['Shopify Polaris IndexTable, a checkbox column, the ID as a button, a badge\'s tone in hidden words', (l) =>
      `<table class="Polaris-IndexTable__Table"><thead><tr><th><label class="Polaris-Choice"><span class="Polaris-Checkbox"><input type="checkbox" aria-label="Select all disputes"></span><span class="Polaris-Choice__Label"><span class="Polaris-Text--visuallyHidden">Select all disputes</span></span></label></th>${COLS.map((c) => `<th class="Polaris-IndexTable__TableHeading">${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2]
        .map((i) => `<tr class="Polaris-IndexTable__TableRow" id="${i}"><td><label class="Polaris-Choice"><span class="Polaris-Checkbox"><input type="checkbox" aria-label="Select row"></span></label></td>${COLS.map((c) => `<td class="Polaris-IndexTable__TableCell">${c === 'id' ? `<button type="button" class="Polaris-Link Polaris-Link--monochrome" data-primary-link="true"><span class="Polaris-Text--semibold">${valueOf(l, i, c)}</span></button>` : c === 'status' ? `<span class="Polaris-Badge Polaris-Badge--toneAttention"><span class="Polaris-Text--visuallyHidden">Attention </span><span class="Polaris-Text--bodySm">${valueOf(l, i, c)}</span></span>` : `<span class="Polaris-Text--bodyMd">${valueOf(l, i, c)}</span>`}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`],
    ['Salesforce lightning-datatable, the ID in <th scope=row>, values in lightning-formatted-* elements, a width slider per header', (l) =>
      `<table class="slds-table slds-table_header-fixed" role="grid" aria-label="Disputes"><thead><tr><th scope="col" aria-label="Choose a row"><span class="slds-checkbox"><input type="checkbox" id="all" tabindex="-1"><label for="all"><span class="slds-assistive-text">Select All</span></label></span></th>${COLS.map((c) => `<th aria-label="${l.labels[c]}" aria-sort="none" scope="col"><a class="slds-th__action" href="javascript:void(0);" role="button" tabindex="-1"><span class="slds-assistive-text">Sort by: </span><div class="slds-grid"><span class="slds-truncate" title="${l.labels[c]}">${l.labels[c]}</span><span class="slds-icon_container"><svg aria-hidden="true"></svg></span></div></a><div class="slds-resizable"><input type="range" aria-label="${l.labels[c]} column width" class="slds-assistive-text" max="1000" min="20" tabindex="-1"><span class="slds-resizable__handle"></span></div></th>`).join('')}</tr></thead><tbody>${[0, 1, 2]
        .map((i) => `<tr aria-selected="false" class="slds-hint-parent"><td role="gridcell"><input type="checkbox" class="slds-assistive-text" id="r${i}" tabindex="-1"><label for="r${i}"><span class="slds-assistive-text">Select item ${i + 1}</span></label></td>${COLS.map((c, n) => {
          const t = valueOf(l, i, c);
          const inner = `<lightning-formatted-${c === 'amount' ? 'number' : isDate(c) ? 'date-time' : 'text'}>${t}</lightning-formatted-${c === 'amount' ? 'number' : isDate(c) ? 'date-time' : 'text'}>`;
          const cell = `<lightning-primitive-cell-factory data-label="${l.labels[c]}"><span class="slds-grid"><div class="slds-truncate" title="${t}">${inner}</div></span></lightning-primitive-cell-factory>`;
          return n === 0 ? `<th scope="row" tabindex="0" data-label="${l.labels[c]}">${cell}</th>` : `<td role="gridcell" tabindex="-1" data-label="${l.labels[c]}">${cell}</td>`;
        }).join('')}</tr>`)
        .join('')}</tbody></table>`],
    ['Bootstrap list-group of links, "label: value" lines, a rounded-pill badge', (l) =>
      `<div class="list-group">${[0, 1, 2].map((i) => `<a href="/disputes/${valueOf(l, i, 'id')}" class="list-group-item list-group-item-action"><div class="d-flex w-100 justify-content-between"><h5 class="mb-1">${l.labels.id}: ${valueOf(l, i, 'id')}</h5><small class="text-body-secondary">${l.labels.dueBy}: ${valueOf(l, i, 'dueBy')}</small></div><p class="mb-1">${l.labels.amount}: ${valueOf(l, i, 'amount')} · ${l.labels.status}: <span class="badge text-bg-primary rounded-pill">${valueOf(l, i, 'status')}</span></p><small>${l.labels.reason}: ${valueOf(l, i, 'reason')} · ${l.labels.createdAt}: ${valueOf(l, i, 'createdAt')}</small></a>`).join('')}</div>`],
    ['Bootstrap list-group items of columns, a muted label over each value', (l) =>
      `<ul class="list-group">${[0, 1, 2].map((i) => `<li class="list-group-item"><div class="row">${COLS.map((c) => `<div class="col-sm-2"><div class="small text-muted">${l.labels[c]}</div><div class="fw-semibold">${valueOf(l, i, c)}</div></div>`).join('')}</div></li>`).join('')}</ul>`],
    ['Chakra Table in its TableContainer, numeric cells, an empty tfoot', (l) =>
      `<div class="chakra-table__container css-0"><table class="chakra-table css-5605sr"><thead><tr>${COLS.map((c) => `<th class="css-1q7x8hp"${c === 'amount' ? ' data-is-numeric="true"' : ''}>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td class="css-1eyncsv"${c === 'amount' ? ' data-is-numeric="true"' : ''}>${valueOf(l, i, c)}</td>`).join('')}</tr>`).join('')}</tbody><tfoot><tr>${COLS.map(() => '<th></th>').join('')}</tr></tfoot></table></div>`],
    ['rows that are links, "<a role=row>" of role=cell spans', (l) =>
      `<div role="table"><div role="row">${COLS.map((c) => `<span role="columnheader">${l.labels[c]}</span>`).join('')}</div>${[0, 1, 2].map((i) => `<a role="row" href="/disputes/${valueOf(l, i, 'id')}">${COLS.map((c) => `<span role="cell">${valueOf(l, i, c)}</span>`).join('')}</a>`).join('')}</div>`],
  ];
  it.each(perLang(LISTS))('a list: %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag))).toEqual(want(true, HERE));
  });

  const DETAILS: [string, (l: Lang, show: Show) => string][] = [
    ['a Stripe-like property list: labels and values as sibling divs of one CSS grid', (l, show) =>
      `<h1>${valueOf(l, 0, 'id')}</h1><div style="display:grid;grid-template-columns:160px 1fr;gap:8px 16px">${COLS.map((c) => `<div style="color:#687385">${l.labels[c]}</div><div>${show(c, valueOf(l, 0, c), 0)}</div>`).join('')}</div>`],
    ['a property list of rows, each a grid of a label\'s div and a value\'s div', (l, show) =>
      `<div class="Box">${COLS.map((c) => `<div style="display:grid;grid-template-columns:160px 1fr"><div><span>${l.labels[c]}</span></div><div><span>${show(c, valueOf(l, 0, c), 0)}</span></div></div>`).join('')}</div>`],
    ['a property list of sibling spans, a label\'s and a value\'s', (l, show) => `<div>${COLS.map((c) => `<span>${l.labels[c]}</span><span>${show(c, valueOf(l, 0, c), 0)}</span>`).join('')}</div>`],
    ['terms and descriptions', (l, show) => fields(l, 0, show)],
  ];
  const rel = (l: Lang) => new Intl.RelativeTimeFormat(l.tag).format(9, 'day');
  /** the deadline as a tooltip's trigger shows it */
  const TRIGGERS: [string, (l: Lang, t: string) => string][] = [
    ['as it is', (_l, t) => t],
    ['a <time> in a button that describes it by a hidden tooltip', (_l, t) => `<button type="button" aria-describedby="tip"><time datetime="2026-02-02">${t}</time></button><div role="tooltip" id="tip" hidden>${t}</div>`],
    ['a relative <time datetime> in a focusable trigger, its tooltip shown with the date', (l, t) => `<span tabindex="0" aria-describedby="tip"><time datetime="2026-02-02">${rel(l)}</time></span><div role="tooltip" id="tip" style="position:absolute">${t}</div>`],
    ['a relative <time datetime> in a trigger whose data-tooltip holds the date', (l, t) => `<span data-tooltip="${t}" tabindex="0"><time datetime="2026-02-02">${rel(l)}</time></span>`],
    ['a <time> and an icon in a trigger, its tooltip hidden by display:none', (_l, t) => `<span tabindex="0" aria-describedby="t1"><time datetime="2026-02-02">${t}</time><svg aria-hidden="true"></svg></span><span role="tooltip" id="t1" style="display:none">${t}</span>`],
  ];
  const cases = DETAILS.flatMap(([d, page]) => TRIGGERS.map(([t, trigger]) => [`${d}, the deadline ${t}`, page, trigger] as [string, typeof page, typeof trigger]));
  it.each(perLang(cases))('a dispute\'s page: %s', (_, k, page, trigger) => {
    const l = LANGS[k];
    const show: Show = (c, t) => (c === 'dueBy' ? trigger(l, t) : t);
    expect(reading(readHere(`${storeBar(l)}<main>${page(l, show)}</main>`, l.tag))).toEqual(want(false, HERE));
  });

  // (amounts with the currency's code after the number, each locale's own way: "EUR 1,234.50" in
  // en-GB, "1.234,50 EUR" in de-DE and da-DK, "1 234,50 EUR" elsewhere; in an element of its own)
  const AMOUNTS = [120.5, 45, 1234.5];
  const WAYS: [string, (l: Lang, cur: string, n: number) => string][] = [
    ['as Intl prints the code', (l, cur, n) => new Intl.NumberFormat(l.tag, { style: 'currency', currency: cur, currencyDisplay: 'code' }).format(n)],
    ['the number, then the code', (l, cur, n) => `${new Intl.NumberFormat(l.tag, { minimumFractionDigits: 2 }).format(n)}\u00a0${cur}`],
    ['the code, then the number', (l, cur, n) => `${cur}\u00a0${new Intl.NumberFormat(l.tag, { minimumFractionDigits: 2 }).format(n)}`],
    ['the number, then the code in a <small>', (l, cur, n) => `${new Intl.NumberFormat(l.tag, { minimumFractionDigits: 2 }).format(n)}<small>${cur}</small>`],
  ];
  const currencies = WAYS.flatMap(([w, f]) => ['EUR', 'SEK', 'NOK', 'DKK'].map((cur) => [`${cur}, ${w}`, f, cur] as [string, typeof f, string]));
  it.each(perLang(currencies))('a table\'s amounts in %s', (_, k, way, cur) => {
    const l = LANGS[k];
    const show: Show = (c, t, i) => (c === 'amount' ? way(l, cur, AMOUNTS[i]!) : t);
    const facts = HERE.map((f, i) => ({ ...f, amount: { amountMinor: Math.round(AMOUNTS[i]! * 100), currency: cur } }));
    expect(reading(readIn(storeBar(l) + table(l, show), l.tag))).toEqual(want(true, facts));
    expect(facts[0]!.storeId).toBe(STORE);
  });
});
