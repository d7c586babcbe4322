// @vitest-environment happy-dom
// The cases the sixth probe (unseen-sixth.test.ts) found and left unread: each in the six portal
// languages with the vocabulary's texts (list-pages.ts), each markup as its framework renders it.
import { describe, expect, it } from 'vitest';
import { cellsOf, COLS, EXPECTED, KEYS, LANGS, readDetail, readList, STORE, storeBar, TZ, type Col, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

// (The amount's label in a span of its own with its currency in a sibling span, "<th><span>Amount</span>
// <span>(€)</span></th>", is read in unseen-sixth.test.ts, beside the other currency markups.)

// A break opportunity inside a card's label outside th and dt ("<div>Streitfall-<wbr>ID</div>",
// "<span>Respond<wbr> by</span>"), as pages put one into long compound words and before a label's
// last word so narrow cards wrap there: the label shows as two text nodes, neither a label. In
// German no ID label was read, so no dispute; in the others the deadline was lost.
describe('a <wbr> inside a card\'s label outside th and dt ("<div>Streitfall-<wbr>ID</div>", "<span>Respond<wbr> by</span>")', () => {
  // (after a hyphen, else before the last word: every label of two parts gets one)
  const wbr = (label: string) => (label.includes('-') ? label.replace('-', '-<wbr>') : label.replace(/ (?=\S+$)/, '<wbr> '));
  const CARDS: [string, (a: string, b: string) => string][] = [
    ['a div per field, label and value in divs', (a, b) => `<div class="field"><div class="field-label">${wbr(a)}</div><div class="field-value">${b}</div></div>`],
    ['a line per field, label and value in spans', (a, b) => `<p><span class="muted">${wbr(a)}</span> <span>${b}</span></p>`],
  ];
  it.each(CARDS.flatMap(([name, field]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, field, k] as const)))('a list of cards: %s', (_, field, k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul class="cards">${l.rows.map((_r, i) => `<li class="card">${cellsOf(l, i, (c, t) => field(l.labels[c], t))}</li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });

  it.each(CARDS.flatMap(([name, field]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, field, k] as const)))('a dispute\'s page: %s', (_, field, k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><section class="panel">${cellsOf(l, 0, (c, t) => field(l.labels[c], t))}</section></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

// A grid that reuses its row elements after a sort (AG Grid moves them with a transform and
// renumbers them, leaving them where they are in the DOM; virtual lists recycle rows the same
// way): the DOM holds DP-1003 first, the page shows DP-1001 first. The contract's "in page order"
// is what the page shows: the row numbers (aria-rowindex). The disputes came in DOM order.
describe('a grid whose rows are in the DOM in another order than their row numbers (aria-rowindex), as after a sort', () => {
  /** DOM position → displayed row (0 = DP-1001's, shown first) */
  const DOM_ORDER = [2, 0, 1];
  const SVG = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10l5 5 5-5z"></path></svg>';
  const agGrid = (l: Lang, pinned: boolean) => {
    const headCell = (c: Col, i: number) =>
      `<div class="ag-header-cell ag-header-cell-sortable" role="columnheader" col-id="${c}" aria-colindex="${i + 1}" aria-sort="${c === 'id' ? 'ascending' : 'none'}" tabindex="-1" style="width:160px;left:${i * 160}px"><div class="ag-header-cell-resize" role="presentation"></div><div class="ag-header-cell-comp-wrapper" role="presentation"><div class="ag-cell-label-container" role="presentation"><div class="ag-header-cell-label" role="presentation"><span class="ag-header-cell-text">${l.labels[c]}</span><span class="ag-sort-indicator-container"><span class="ag-sort-indicator-icon ag-sort-ascending-icon${c === 'id' ? '' : ' ag-hidden'}" aria-hidden="true"><span class="ag-icon ag-icon-asc" role="presentation"></span></span></span></div></div></div></div>`;
    const bodyCell = (i: number, text: string) => `<div class="ag-cell ag-cell-not-inline-editing ag-cell-normal-height" role="gridcell" col-id="${COLS[i]}" aria-colindex="${i + 1}" tabindex="-1" style="left:${i * 160}px;width:160px"><span class="ag-cell-value">${text}</span></div>`;
    const row = (shown: number, cells: string) =>
      `<div class="ag-row ag-row-level-0 ag-row-position-absolute ag-row-${shown % 2 ? 'odd' : 'even'}" role="row" row-index="${shown}" row-id="${l.rows[shown]![0]}" aria-rowindex="${shown + 2}" style="height:42px;transform:translateY(${shown * 42}px)">${cells}</div>`;
    const rows = (cols: number[]) => DOM_ORDER.map((shown) => row(shown, cols.map((i) => bodyCell(i, l.rows[shown]![i]!)).join(''))).join('');
    const hrow = (cols: number[]) => `<div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1" style="height:48px;top:0px">${cols.map((i) => headCell(COLS[i]!, i)).join('')}</div>`;
    const left = pinned ? [0] : [];
    const centre = COLS.map((_, i) => i).filter((i) => !left.includes(i));
    const hidden = (cls: string) => `<div class="${cls} ag-hidden" role="rowgroup" style="width:0px;max-width:0px;min-width:0px"></div>`;
    return (
      storeBar(l) +
      `<div class="ag-theme-quartz" style="height:500px"><div class="ag-root-wrapper ag-layout-normal" role="presentation"><div class="ag-root-wrapper-body ag-layout-normal" role="presentation"><div class="ag-root ag-unselectable ag-layout-normal" role="treegrid" aria-colcount="${COLS.length}" aria-rowcount="${l.rows.length + 1}">` +
      `<div class="ag-header ag-pivot-off" role="presentation" style="height:49px;min-height:49px">${pinned ? `<div class="ag-pinned-left-header" role="rowgroup" style="width:160px">${hrow(left)}</div>` : hidden('ag-pinned-left-header')}<div class="ag-header-viewport" role="presentation"><div class="ag-header-container" role="rowgroup">${hrow(centre)}</div></div></div>` +
      `<div class="ag-body ag-layout-normal" role="presentation"><div class="ag-body-viewport ag-row-no-animation ag-layout-normal" role="presentation">${pinned ? `<div class="ag-pinned-left-cols-container" role="rowgroup" style="height:126px;width:160px">${rows(left)}</div>` : hidden('ag-pinned-left-cols-container')}` +
      `<div class="ag-center-cols-viewport" role="presentation" style="height:126px"><div class="ag-center-cols-container" role="rowgroup" style="width:${centre.length * 160}px;height:126px">${rows(centre)}</div></div></div></div>` +
      `<div class="ag-paging-panel ag-unselectable" role="presentation"><span class="ag-paging-row-summary-panel" role="status"><span>1</span> to <span>3</span> of <span>3</span></span></div></div></div></div></div>`
    );
  };
  /** A hand-written virtualised ARIA grid that recycles its row elements: rows placed by transform, numbered by aria-rowindex. */
  const ariaGrid = (l: Lang) =>
    storeBar(l) +
    `<div role="grid" aria-rowcount="4" aria-colcount="6" class="grid"><div role="rowgroup" class="grid-head"><div role="row" aria-rowindex="1">${COLS.map((c, n) => `<div role="columnheader" aria-colindex="${n + 1}" aria-sort="${c === 'id' ? 'ascending' : 'none'}"><button type="button">${l.labels[c]}${SVG}</button></div>`).join('')}</div></div>` +
    `<div role="rowgroup" class="grid-body" style="position:relative;height:132px">${DOM_ORDER.map((shown) => `<div role="row" aria-rowindex="${shown + 2}" style="position:absolute;transform:translateY(${shown * 44}px)">${cellsOf(l, shown, (_c, t, n) => `<div role="gridcell" aria-colindex="${n + 1}">${t}</div>`)}</div>`).join('')}</div></div>`;
  const GRIDS: [string, (l: Lang) => string][] = [
    ['AG Grid, no pinned columns', (l) => agGrid(l, false)],
    ['AG Grid, the ID column pinned left (each row in two parts)', (l) => agGrid(l, true)],
    ['an ARIA grid recycling its rows', ariaGrid],
  ];
  it.each(GRIDS.flatMap(([name, grid]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, grid(LANGS[k]), k] as const)))('%s: the disputes in the order shown', (_, html, k) => {
    const l = LANGS[k];
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });
});

// The store picker as an Ant Design Form item around a Select: the label names (for=) the Select's
// search input, read-only and empty while closed; the chosen store is shown beside it in the
// Select's selector (its selection item). The store was not read (its label a form field's).
const SELECT_ARROW = '<span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;"><span role="img" aria-label="down" class="anticon anticon-down ant-select-suffix"><svg viewBox="64 64 896 896" focusable="false" data-icon="down" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 7L512 654.2 227.9 263c-3-4.5-7.8-7-12.9-7h-75c-6.5 0-10.3 7.4-6.5 12.8l352.1 485.4c12.8 17.6 39 17.6 51.7 0l352.1-485.4c3.9-5.4.1-12.8-6.4-12.8z"></path></svg></span></span>';
const antSearch = '<span class="ant-select-selection-search"><input type="search" id="storeId" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="storeId_list" aria-autocomplete="list" aria-controls="storeId_list" readonly="" unselectable="on" value="" style="opacity: 0;"></span>';
const antItem = (store: string) => `<span class="ant-select-selection-item" title="${store}">${store}</span>`;
const antStore = (l: Lang, wrap: boolean) =>
  `<header><form class="ant-form ant-form-inline css-dev-only-do-not-override-1x0dypw"><div class="ant-form-item css-dev-only-do-not-override-1x0dypw"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label for="storeId" class="" title="${l.labels.store}">${l.labels.store}</label></div><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">` +
  `<div class="ant-select ant-select-outlined css-dev-only-do-not-override-1x0dypw ant-select-single ant-select-show-arrow" style="width: 160px;"><div class="ant-select-selector">${wrap ? `<span class="ant-select-selection-wrap">${antSearch}${antItem(STORE)}</span>` : antSearch + antItem(STORE)}</div>${SELECT_ARROW}</div>` +
  `</div></div></div></div></div></form></header>`;
describe('the store picker as an Ant Design Form item around a Select (the label names its empty search input)', () => {
  const VERSIONS: [string, boolean][] = [['Ant Design 4–5.21', false], ['Ant Design 5.22+ (a selection wrap)', true]];
  it.each(VERSIONS.flatMap(([name, wrap]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, wrap, k] as const)))('a list: %s', (_, wrap, k) => {
    const l = LANGS[k];
    const html = antStore(l, wrap) + `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}</td>`)}</tr>`).join('')}</tbody></table>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });

  it.each(VERSIONS.flatMap(([name, wrap]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, wrap, k] as const)))('a dispute\'s page: %s', (_, wrap, k) => {
    const l = LANGS[k];
    const r = readDetail(`${antStore(l, wrap)}<main><dl>${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${t}</dd>`)}</dl></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

// The store picker as an MUI outlined Select: the label (an InputLabel, with an id and no for=)
// names nothing; the Select's shown value is a div role=combobox whose aria-labelledby names the
// label's id and its own; the outline draws a hidden copy of the label in its legend (inside a
// fieldset aria-hidden, hidden by a class, not an attribute the reader sees). The store was not read.
const muiStore = (l: Lang, labelId: string, selectId: string) =>
  `<header><div class="MuiFormControl-root css-1nrlq1o-MuiFormControl-root" style="min-width:160px"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary MuiFormLabel-filled css-1jy569b-MuiFormLabel-root-MuiInputLabel-root" data-shrink="true" id="${labelId}">${l.labels.store}</label>` +
  `<div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-formControl css-hfutr2-MuiInputBase-root-MuiOutlinedInput-root"><div tabindex="0" role="combobox" aria-controls="${selectId}-list" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${labelId} ${selectId}" id="${selectId}" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-11u53oe-MuiSelect-select-MuiInputBase-input-MuiOutlinedInput-input">${STORE}</div>` +
  `<input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-yf8vq0-MuiSelect-nativeInput" value="${STORE}"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconOutlined css-hfutr2-MuiSvgIcon-root-MuiSelect-icon" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon"><path d="M7 10l5 5 5-5z"></path></svg>` +
  `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-1d3z3hw-MuiOutlinedInput-notchedOutline"><legend class="css-14lo706"><span>${l.labels.store}</span></legend></fieldset></div></div></header>`;
describe('the store picker as an MUI outlined Select (the combobox\'s aria-labelledby names the label)', () => {
  const IDS: [string, string, string][] = [
    ['React 18 useId ids', ':r3:', ':r4:'],
    ['React 19 useId ids', '«r3»', '«r4»'],
    ['ids the page names', 'store-select-label', 'store-select'],
  ];
  it.each(IDS.flatMap(([name, a, b]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, a, b, k] as const)))('a list: %s', (_, labelId, selectId, k) => {
    const l = LANGS[k];
    const html = muiStore(l, labelId, selectId) + `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}</td>`)}</tr>`).join('')}</tbody></table>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });

  it.each(IDS.flatMap(([name, a, b]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, a, b, k] as const)))('a dispute\'s page: %s', (_, labelId, selectId, k) => {
    const l = LANGS[k];
    const r = readDetail(`${muiStore(l, labelId, selectId)}<main><dl>${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${t}</dd>`)}</dl></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});
