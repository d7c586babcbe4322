// @vitest-environment happy-dom
// List pages in markup the reader was not written against (issue 3: "Tests outside the project
// will read pages in markup you have not seen"): data grids of UI kits (MUI, AG Grid), Bootstrap's
// stacked tables, Tailwind/TanStack headers, cards of description lists and links, row headers,
// expander, group, paging and empty rows, and text mangled the way real pages mangle it. Each is
// written in two or more portal languages with the vocabulary's texts and must read the same
// disputes as a plain table: no dispute missing, none made up, no problem where the page is fine.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { readAfterRowChange } from './row-change';
import { COLS, EXPECTED, LANGS, STORE, storeBar, type Col, type Lang } from './list-pages';

const TZ = 'Europe/Stockholm';
/** `tag` null: a page without a lang attribute (read by its labels' language). */
const read = (body: string, tag: string | null) =>
  readPortalPage(new DOMParser().parseFromString(`<html${tag ? ` lang="${tag}"` : ''}><body>${body}</body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });

const SVG = `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10l5 5 5-5z"></path></svg>`;

// ---- MUI X DataGrid (v7): the header row in its own container above the virtualised body, cells
// with aria-colindex, a checkbox column first, an actions column ("⋮") last, filler cells.
function muiGrid(l: Lang, firstRow = 21): string {
  const head = COLS.map(
    (c, i) =>
      `<div class="MuiDataGrid-columnHeader MuiDataGrid-columnHeader--sortable" role="columnheader" tabindex="-1" data-field="${c}" aria-colindex="${i + 2}" aria-sort="none" style="width:160px"><div class="MuiDataGrid-columnHeaderDraggableContainer" draggable="true" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainer" role="presentation"><div class="MuiDataGrid-columnHeaderTitleContainerContent"><div class="MuiDataGrid-columnHeaderTitle">${l.labels[c]}</div></div><div class="MuiDataGrid-iconButtonContainer"><button class="MuiButtonBase-root MuiIconButton-root" tabindex="-1" type="button" aria-label="Sort" title="Sort">${SVG}<span class="MuiTouchRipple-root"></span></button></div></div><div class="MuiDataGrid-menuIcon"><button type="button" tabindex="-1" aria-label="Menu" title="Menu" aria-haspopup="true">${SVG}</button></div></div><div class="MuiDataGrid-columnSeparator MuiDataGrid-columnSeparator--resizable" style="min-height:56px">${SVG}</div></div>`,
  ).join('');
  const cell = (c: Col, i: number, text: string) => {
    const inner =
      c === 'status'
        ? `<div class="MuiBox-root"><div class="MuiChip-root MuiChip-sizeSmall"><span class="MuiChip-label">${text}</span></div></div>`
        : c === 'id'
          ? `<div class="MuiBox-root"><a class="MuiLink-root" href="/disputes/${text}">${text}</a></div>`
          : `<div class="MuiDataGrid-cellContent" title="${text}">${text}</div>`;
    return `<div class="MuiDataGrid-cell MuiDataGrid-cell--withRenderer" role="gridcell" data-field="${c}" data-colindex="${i + 1}" aria-colindex="${i + 2}" tabindex="-1" style="--width:160px">${inner}</div>`;
  };
  const rows = l.rows
    .map(
      (r, n) =>
        `<div class="MuiDataGrid-row${n % 2 ? ' Mui-odd' : ' Mui-even'}" role="row" data-id="${r[0]}" data-rowindex="${firstRow - 2 + n}" aria-rowindex="${firstRow + n}" aria-selected="false" style="--height:52px;min-height:52px">` +
        `<div class="MuiDataGrid-cell MuiDataGrid-cellCheckbox" role="gridcell" data-field="__check__" data-colindex="0" aria-colindex="1" tabindex="-1"><span class="MuiCheckbox-root"><input class="PrivateSwitchBase-input" tabindex="-1" type="checkbox" aria-label="Select row">${SVG}</span></div>` +
        r.map((t, i) => cell(COLS[i]!, i, t)).join('') +
        `<div class="MuiDataGrid-cell" role="gridcell" data-field="actions" data-colindex="7" aria-colindex="8" tabindex="-1"><div class="MuiDataGrid-actionsCell" role="menu"><button class="MuiIconButton-root" type="button" aria-label="more" aria-haspopup="menu">⋮</button></div></div>` +
        `<div class="MuiDataGrid-cell MuiDataGrid-cellEmpty" role="presentation"></div></div>`,
    )
    .join('');
  return (
    storeBar(l) +
    `<div class="MuiDataGrid-root MuiDataGrid-root--densityStandard" role="grid" aria-colcount="8" aria-rowcount="${firstRow + 20}" aria-multiselectable="true"><div class="MuiDataGrid-toolbarContainer"><button type="button">Columns</button><button type="button">Filters</button><input type="search" placeholder="Search…"></div>` +
    `<div class="MuiDataGrid-main" role="presentation"><div class="MuiDataGrid-virtualScroller" role="presentation"><div class="MuiDataGrid-topContainer" role="presentation"><div class="MuiDataGrid-columnHeaders" role="rowgroup"><div class="MuiDataGrid-columnHeaderRow" role="row" aria-rowindex="1" style="--width:1160px">` +
    `<div class="MuiDataGrid-columnHeader MuiDataGrid-columnHeaderCheckbox" role="columnheader" tabindex="-1" data-field="__check__" aria-colindex="1" aria-label="Checkbox selection"><div class="MuiDataGrid-columnHeaderTitleContainer"><span class="MuiCheckbox-root"><input type="checkbox" aria-label="Select all rows">${SVG}</span></div></div>` +
    head +
    `<div class="MuiDataGrid-columnHeader" role="columnheader" tabindex="-1" data-field="actions" aria-colindex="8"><div class="MuiDataGrid-columnHeaderTitleContainer"><div class="MuiDataGrid-columnHeaderTitle"></div></div></div><div class="MuiDataGrid-filler" role="presentation"></div></div></div></div>` +
    `<div class="MuiDataGrid-virtualScrollerContent" role="presentation" style="width:1160px;height:1040px"><div class="MuiDataGrid-virtualScrollerRenderZone" role="rowgroup" style="transform:translate3d(0px, 1040px, 0px)">${rows}</div></div><div class="MuiDataGrid-bottomContainer" role="presentation"></div></div>` +
    `<div class="MuiDataGrid-scrollbar MuiDataGrid-scrollbar--vertical" aria-hidden="true" tabindex="-1"><div class="MuiDataGrid-scrollbarContent"></div></div></div>` +
    `<div class="MuiDataGrid-footerContainer"><div class="MuiTablePagination-root"><p class="MuiTablePagination-selectLabel">Rows per page:</p><div class="MuiTablePagination-input"><div role="combobox">25</div></div><p class="MuiTablePagination-displayedRows">${firstRow - 1}–${firstRow + 1} of ${firstRow + 19}</p><div class="MuiTablePagination-actions"><button aria-label="Go to previous page">${SVG}</button><button aria-label="Go to next page">${SVG}</button></div></div></div></div>`
  );
}

// ---- AG Grid: the header's rows and the body's rows in separate containers, each split into the
// pinned-left, centre and pinned-right parts (one dispute = three row elements sharing a row index).
function agGrid(l: Lang, pinned: boolean): string {
  const headCell = (c: Col, i: number) =>
    `<div class="ag-header-cell ag-header-cell-sortable" role="columnheader" col-id="${c}" aria-colindex="${i + 1}" aria-sort="none" tabindex="-1" style="width:160px;left:${i * 160}px"><div class="ag-header-cell-resize" role="presentation"></div><div class="ag-header-cell-comp-wrapper" role="presentation"><div class="ag-cell-label-container" role="presentation"><span class="ag-header-icon ag-header-cell-menu-button" aria-hidden="true"><span class="ag-icon ag-icon-menu" role="presentation"></span></span><div class="ag-header-cell-label" role="presentation"><span class="ag-header-cell-text">${l.labels[c]}</span><span class="ag-sort-indicator-container"><span class="ag-sort-indicator-icon ag-sort-ascending-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-asc" role="presentation"></span></span></span></div></div></div></div>`;
  const bodyCell = (c: Col, i: number, text: string) =>
    `<div class="ag-cell ag-cell-not-inline-editing ag-cell-normal-height" role="gridcell" col-id="${c}" aria-colindex="${i + 1}" tabindex="-1" style="left:${i * 160}px;width:160px"><span class="ag-cell-value">${text}</span></div>`;
  const action = (i: number) => `<div class="ag-cell" role="gridcell" col-id="actions" aria-colindex="${COLS.length + 1}" tabindex="-1"><button type="button" aria-label="Actions">⋮</button></div>`;
  const row = (idx: number, cells: string) =>
    `<div class="ag-row ag-row-level-0 ag-row-position-absolute ag-row-${idx % 2 ? 'odd' : 'even'}" role="row" row-index="${idx}" row-id="${idx}" aria-rowindex="${idx + 2}" style="height:42px;transform:translateY(${idx * 42}px)">${cells}</div>`;
  const hidden = (cls: string, role: string) => `<div class="${cls} ag-hidden" role="${role}" style="width:0px;max-width:0px;min-width:0px"></div>`;
  const leftCols = pinned ? [0] : [];
  const centreCols = COLS.map((_, i) => i).filter((i) => !leftCols.includes(i));
  const actionsHead = `<div class="ag-header-cell" role="columnheader" col-id="actions" aria-colindex="${COLS.length + 1}"><div class="ag-header-cell-comp-wrapper"><div class="ag-header-cell-label"><span class="ag-header-cell-text"></span></div></div></div>`;
  const hrow = (cells: string) => `<div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1" style="height:48px;top:0px">${cells}</div>`;
  const part = (cols: number[], r: string[]) => cols.map((i) => bodyCell(COLS[i]!, i, r[i]!)).join('');
  return (
    storeBar(l) +
    `<div class="ag-theme-quartz" style="height:500px"><div class="ag-root-wrapper ag-layout-normal" role="presentation"><div class="ag-root-wrapper-body ag-layout-normal" role="presentation"><div class="ag-root ag-unselectable ag-layout-normal" role="treegrid" aria-colcount="${COLS.length + 1}" aria-rowcount="${l.rows.length + 1}">` +
    `<div class="ag-header ag-pivot-off" role="presentation" style="height:49px;min-height:49px">` +
    (pinned
      ? `<div class="ag-pinned-left-header" role="rowgroup" style="width:160px">${hrow(leftCols.map((i) => headCell(COLS[i]!, i)).join(''))}</div>`
      : hidden('ag-pinned-left-header', 'rowgroup')) +
    `<div class="ag-header-viewport" role="presentation"><div class="ag-header-container" role="rowgroup" style="width:${centreCols.length * 160}px">${hrow(centreCols.map((i) => headCell(COLS[i]!, i)).join('') + (pinned ? '' : actionsHead))}</div></div>` +
    (pinned
      ? `<div class="ag-pinned-right-header" role="rowgroup" style="width:60px">${hrow(actionsHead)}</div>`
      : hidden('ag-pinned-right-header', 'rowgroup')) +
    `</div><div class="ag-floating-top ag-invisible" role="presentation" style="height:0px"></div>` +
    `<div class="ag-body ag-layout-normal" role="presentation"><div class="ag-body-viewport ag-row-no-animation ag-layout-normal" role="presentation">` +
    (pinned
      ? `<div class="ag-pinned-left-cols-container" role="rowgroup" style="height:${l.rows.length * 42}px;width:160px">${l.rows.map((r, n) => row(n, part(leftCols, r))).join('')}</div>`
      : hidden('ag-pinned-left-cols-container', 'rowgroup')) +
    `<div class="ag-center-cols-viewport" role="presentation" style="height:${l.rows.length * 42}px"><div class="ag-center-cols-container" role="rowgroup" style="width:${centreCols.length * 160}px;height:${l.rows.length * 42}px">${l.rows.map((r, n) => row(n, part(centreCols, r) + (pinned ? '' : action(n)))).join('')}</div></div>` +
    (pinned
      ? `<div class="ag-pinned-right-cols-container" role="rowgroup" style="height:${l.rows.length * 42}px;width:60px">${l.rows.map((_, n) => row(n, action(n))).join('')}</div>`
      : hidden('ag-pinned-right-cols-container', 'rowgroup')) +
    `</div></div><div class="ag-paging-panel ag-unselectable" role="presentation"><span class="ag-paging-row-summary-panel" role="status"><span>1</span> to <span>3</span> of <span>3</span></span></div></div></div></div></div>`
  );
}

// ---- Bootstrap and hand-written "stacked on mobile" tables: each cell repeats its column's label
function stacked(l: Lang, how: 'visually-hidden' | 'data-label' | 'label-colon'): string {
  const td = (c: Col, t: string) =>
    how === 'visually-hidden'
      ? `<td><span class="visually-hidden">${l.labels[c]}</span>${t}</td>`
      : how === 'data-label'
        ? `<td data-label="${l.labels[c]}">${t}</td>`
        : `<td><span class="d-md-none fw-bold" aria-hidden="true">${l.labels[c]}: </span>${t}</td>`;
  return (
    storeBar(l) +
    `<div class="table-responsive"><table class="table table-striped table-hover table-stack-md"><caption class="visually-hidden">Disputes</caption><thead class="d-none d-md-table-header-group"><tr>${COLS.map((c) => `<th scope="col">${l.labels[c]}</th>`).join('')}</tr></thead>` +
    `<tbody class="table-group-divider">${l.rows.map((r) => `<tr>${r.map((t, i) => td(COLS[i]!, t)).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

// ---- Tailwind UI / TanStack Table: sort buttons with svg icons, tooltips, a header broken over
// two lines, a checkbox and an actions column
function tanstack(l: Lang): string {
  const th = (c: Col, i: number) => {
    const label = l.labels[c];
    const shown = c === 'dueBy' ? label.replace(' ', '<br>') : label;
    const tooltip = c === 'amount' ? `<span class="group relative"><svg class="h-4 w-4" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 0"/></svg><span role="tooltip" class="invisible absolute z-10 rounded bg-gray-900 px-2 py-1 text-xs text-white group-hover:visible">incl. VAT</span></span>` : '';
    return `<th scope="col" class="py-3.5 pl-4 pr-3 text-left text-sm font-semibold text-gray-900${i === 0 ? ' sm:pl-0' : ''}" colspan="1"><div class="flex items-center gap-x-1"><button type="button" class="group inline-flex items-center cursor-pointer select-none" title="Toggle SortBy"><span>${shown}</span><span class="ml-2 flex-none rounded text-gray-400 invisible group-hover:visible">${SVG}</span></button>${tooltip}</div></th>`;
  };
  return (
    storeBar(l) +
    `<div class="mt-8 flow-root"><div class="-mx-4 -my-2 overflow-x-auto"><div class="inline-block min-w-full py-2 align-middle"><table class="min-w-full divide-y divide-gray-300"><thead><tr>` +
    `<th scope="col" class="relative px-7 sm:w-12"><input type="checkbox" class="absolute left-4 top-1/2 h-4 w-4 rounded"></th>${COLS.map(th).join('')}<th scope="col" class="relative py-3.5 pl-3 pr-4"><span class="sr-only">Edit</span></th></tr></thead>` +
    `<tbody class="divide-y divide-gray-200 bg-white">${l.rows
      .map(
        (r) =>
          `<tr class="hover:bg-gray-50"><td class="relative px-7 sm:w-12"><input type="checkbox" class="absolute left-4 top-1/2 h-4 w-4" value="${r[0]}"></td>` +
          r.map((t, i) => `<td class="whitespace-nowrap px-3 py-4 text-sm text-gray-500">${i === 2 ? `<span class="inline-flex items-center rounded-md bg-green-50 px-2 py-1 text-xs font-medium ring-1 ring-inset"><svg class="h-1.5 w-1.5" viewBox="0 0 6 6" aria-hidden="true"><circle cx="3" cy="3" r="3"/></svg>${t}</span>` : t}</td>`).join('') +
          `<td class="relative whitespace-nowrap py-4 pl-3 pr-4 text-right"><a href="/disputes/${r[0]}" class="text-indigo-600">Edit<span class="sr-only">, ${r[0]}</span></a></td></tr>`,
      )
      .join('')}</tbody></table></div></div></div>`
  );
}

// ---- cards
function dlCards(l: Lang, terms = l.labels): string {
  return (
    storeBar(l) +
    `<ul role="list" class="grid grid-cols-1 gap-6">${l.rows
      .map(
        (r) =>
          `<li class="col-span-1 rounded-lg bg-white shadow"><div class="flex items-center justify-between p-6"><h3 class="truncate text-sm font-medium">${r[0]}</h3><span class="badge">${r[2]}</span></div>` +
          `<dl class="divide-y">${r.map((t, i) => `<div class="px-4 py-3 sm:grid sm:grid-cols-3"><dt class="text-sm font-medium">${terms[COLS[i]!]}</dt><dd class="mt-1 text-sm sm:col-span-2">${t}</dd></div>`).join('')}</dl>` +
          `<div class="flex divide-x"><a href="/disputes/${r[0]}" class="btn">Open</a><button type="button">⋮</button></div></li>`,
      )
      .join('')}</ul>`
  );
}

function linkCards(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="list-group">${l.rows
      .map(
        (r) =>
          `<a href="/disputes/${r[0]}" class="list-group-item list-group-item-action"><div class="d-flex w-100 justify-content-between"><h5 class="mb-1"><small class="text-muted">${l.labels.id}</small> ${r[0]}</h5><small class="text-body-secondary">${r[4]}</small></div>` +
          r
            .slice(1)
            .map((t, i) => `<p class="mb-1"><span class="text-muted">${l.labels[COLS[i + 1]!]}</span> <strong>${t}</strong></p>`)
            .join('') +
          `</a>`,
      )
      .join('')}</div>`
  );
}

/** A stacked table with no header row at all: each cell says what it is, for screen readers. */
function stackedNoHeader(l: Lang): string {
  return (
    storeBar(l) +
    `<table class="table"><tbody>${l.rows.map((r) => `<tr>${r.map((t, i) => `<td><span class="visually-hidden">${l.labels[COLS[i]!]}</span> ${t}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  );
}

const headRow = (l: Lang, th = (c: Col) => `<th scope="col">${l.labels[c]}</th>`) => `<thead><tr>${COLS.map(th).join('')}</tr></thead>`;
const plainRow = (r: string[]) => `<tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr>`;

function rowHeaders(l: Lang): string {
  return storeBar(l) + `<table>${headRow(l)}<tbody>${l.rows.map((r) => `<tr><th scope="row"><a href="/disputes/${r[0]}">${r[0]}</a></th>${r.slice(1).map((t) => `<td>${t}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

// ---- rows that are not disputes between and after the dispute rows
function groupedRows(l: Lang): string {
  const [a, b, c] = l.rows;
  return (
    storeBar(l) +
    `<table>${headRow(l)}<tbody><tr class="group"><th colspan="6" scope="colgroup">Today</th></tr>${plainRow(a!)}<tr class="group"><td colspan="6"><strong>Last week</strong></td></tr>${plainRow(b!)}${plainRow(c!)}` +
    `<tr class="pager"><td colspan="4">Showing 1–3 of 3</td><td colspan="2"><button type="button">Load more</button></td></tr></tbody></table>`
  );
}

function expanderRows(l: Lang): string {
  return (
    storeBar(l) +
    `<table><thead><tr><th><span class="sr-only">Expand</span></th>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>` +
    l.rows
      .map(
        (r) =>
          `<tr><td><button type="button" aria-expanded="true" aria-label="Details">▸</button></td>${r.map((t) => `<td>${t}</td>`).join('')}</tr>` +
          `<tr class="details"><td></td><td colspan="6"><table class="inner"><tbody><tr><td>Visa •••• 4242</td><td>3 items</td></tr><tr><td>Evidence</td><td>2 files</td></tr></tbody></table></td></tr>`,
      )
      .join('') +
    `</tbody></table>`
  );
}

// ---- text as real pages carry it: no-break, narrow and zero-width spaces, soft hyphens, a label
// in capitals, "Id", trailing ":" and "*"
function mangled(l: Lang): string {
  const mangle: Record<Col, (s: string) => string> = {
    id: (s) => s.toUpperCase().replace(' ', '\u00a0'),
    amount: (s) => `${s}:`,
    status: (s) => `\u200b${s}`,
    reason: (s) => `${s} *`,
    createdAt: (s) => s.slice(0, 3) + '\u00ad' + s.slice(3),
    dueBy: (s) => s.replace(' ', '\u202f') + '\u200b',
  };
  return (
    storeBar(l) +
    `<table>${headRow(l, (c) => `<th>${mangle[c](l.labels[c])}</th>`)}<tbody>${l.rows
      .map((r) => `<tr>${r.map((t, i) => `<td>\u200b${t.replace(/ /g, i === 0 ? ' ' : '\u202f')}\u200b</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`
  );
}

/** Labels broken over lines: a line break for a space, a break opportunity after a hyphen. */
const broken = (l: Lang): Lang => ({
  ...l,
  labels: Object.fromEntries(Object.entries(l.labels).map(([k, v]) => [k, v.replace(' ', '<br>').replace('-', '-<wbr>')])) as Lang['labels'],
});

/** A hand-written table of the old school: no thead or th, the header a row of bold cells. */
function oldSchool(l: Lang): string {
  return (
    storeBar(l) +
    `<table border="1" cellpadding="4" width="100%"><tr bgcolor="#cccccc">${COLS.map((c) => `<td><b>${l.labels[c]}</b></td>`).join('')}</tr>${l.rows
      .map((r) => `<tr>${r.map((t) => `<td><font size="2">${t}</font></td>`).join('')}</tr>`)
      .join('')}</table>`
  );
}

/** A board: one column per status, titled by it, the disputes as cards in it without a status line. */
function board(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="board">${l.rows
      .map(
        (r) =>
          `<section class="column"><h3>${r[2]}</h3><article class="card"><dl>${r
            .map((t, i) => (i === 2 ? '' : `<dt>${l.labels[COLS[i]!]}</dt><dd>${t}</dd>`))
            .join('')}</dl></article></section>`,
      )
      .join('')}</div>`
  );
}

/** Rows that are links to each dispute: ARIA rows as <a role="row">, or plain links laid out as a grid. */
function linkRows(l: Lang, aria: boolean): string {
  const cell = aria ? 'div role="cell"' : 'span';
  const end = aria ? 'div' : 'span';
  return (
    storeBar(l) +
    `<div ${aria ? 'role="table" ' : ''}class="grid">` +
    `<div ${aria ? 'role="row" ' : ''}class="head">${COLS.map((c) => `<${aria ? 'div role="columnheader"' : 'span'}>${l.labels[c]}</${end}>`).join('')}</div>` +
    l.rows.map((r) => `<a ${aria ? 'role="row" ' : ''}class="row" href="/disputes/${r[0]}">${r.map((t) => `<${cell}>${t}</${end}>`).join('')}</a>`).join('') +
    `</div>`
  );
}

const MARKUPS: [string, (l: Lang) => string][] = [
  ['MUI DataGrid (v7)', (l) => muiGrid(l)],
  ['AG Grid, no pinned columns', (l) => agGrid(l, false)],
  ['Bootstrap stacked table, labels repeated as visually-hidden text', (l) => stacked(l, 'visually-hidden')],
  ['stacked table without a header row, each cell with its visually-hidden label', stackedNoHeader],
  ['stacked table, labels in data-label only', (l) => stacked(l, 'data-label')],
  ['stacked table, "Label: " before each value', (l) => stacked(l, 'label-colon')],
  ['Tailwind/TanStack table: sort buttons, svg icons, a tooltip, a header over two lines', tanstack],
  ['cards: list items with a description list', dlCards],
  ['header cells with labels broken over lines ("Respond<br>by", "Streitfall-<wbr>ID")', (l) => storeBar(l) + `<table>${headRow(broken(l))}<tbody>${l.rows.map(plainRow).join('')}</tbody></table>`],
  [
    'header cells abbreviated, the full label in <abbr title>',
    (l) => storeBar(l) + `<table>${headRow(l, (c) => `<th scope="col">${c === 'createdAt' || c === 'dueBy' ? `<abbr title="${l.labels[c]}">${l.labels[c].slice(0, 4)}.</abbr>` : l.labels[c]}</th>`)}<tbody>${l.rows.map(plainRow).join('')}</tbody></table>`,
  ],
  ['description-list cards with terms broken over lines', (l) => dlCards(l, broken(l).labels)],
  ['cards: links with label/value lines', linkCards],
  ['a table whose rows start with a row header holding the ID', rowHeaders],
  ['a hand-written table without thead or th, its header a row of bold cells', oldSchool],
  ['an ARIA table whose rows are links (<a role="row">)', (l) => linkRows(l, true)],
  ['a grid of links, one per dispute, under a row of labels (no roles)', (l) => linkRows(l, false)],
  ['a board with a column per status, titled by it, and cards without a status line', board],
  ['group header rows and a "Load more" row', groupedRows],
  ['an expander row under each dispute row', expanderRows],
  ['mangled text', mangled],
];

describe('list pages in markup the reader was not written against', () => {
  const cases = MARKUPS.flatMap(([name, page]) =>
    (['en', 'de', 'sv', 'fi', 'nb', 'da'] as const).flatMap((lang) => [true, false].map((langAttr) => [`${name} (${lang}${langAttr ? '' : ', no lang attribute'})`, page, LANGS[lang], langAttr] as const)),
  );
  it.each(cases)('%s', (_name, page, l, langAttr) => {
    const r = read(page(l), langAttr ? l.tag : null);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.storeId).toBe(STORE);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// One dispute's row drawn as several row elements that share its row number (aria-rowindex), in
// the grid's pinned-left, centre and pinned-right parts, under header rows split the same way: one
// row, its cells placed by their column numbers (aria-colindex).
describe('AG Grid with pinned columns: each dispute\'s row split over three row elements (left, centre, right)', () => {
  it.each(['en', 'de', 'sv', 'fi', 'nb', 'da'] as const)('%s', (lang) => {
    const r = read(agGrid(LANGS[lang], true), LANGS[lang].tag);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    expect(r.problems).toEqual([]);
  });

  it('read again after a value in the centre part changed: the new value', () => {
    const doc = new DOMParser().parseFromString(`<html lang="en-GB"><body>${agGrid(LANGS.en, true)}</body></html>`, 'text/html');
    const url = 'https://portal.kustom.co/disputes';
    expect(readPortalPage(doc, url, { timeZone: TZ }).disputes.map((d) => d.facts.amount?.amountMinor)).toEqual([12050, 4500, 123450]);
    doc.querySelector('.ag-center-cols-container [role=row] [aria-colindex="2"] .ag-cell-value')!.textContent = '€99.00';
    expect(readPortalPage(doc, url, { timeZone: TZ }).disputes.map((d) => d.facts.amount?.amountMinor)).toEqual([9900, 4500, 123450]);
  });
});

describe('expanded rows, nested tables and empty states', () => {
  const en = LANGS.en;
  it.each([
    ['en', LANGS.en, 'Payment method', 'Network reason code'],
    ['de', LANGS.de, 'Zahlungsart', 'Netzwerk-Grundcode'],
  ] as const)('%s: a row expanded under a dispute\'s row, repeating its ID, adds what it shows to that dispute', (_lang, l, method, code) => {
    const details = (id: string) =>
      `<tr class="expanded"><td></td><td colspan="6"><dl class="grid"><div><dt>${l.labels.id}</dt><dd>${id}</dd></div><div><dt>${method}</dt><dd>Visa •••• 4242</dd></div><div><dt>${code}</dt><dd>10.4</dd></div></dl></td></tr>`;
    const r = read(
      storeBar(l) +
        `<table><thead><tr><th><span class="sr-only">Expand</span></th>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>` +
        l.rows.map((row, n) => `<tr><td><button aria-expanded="${n === 0}">▸</button></td>${row.map((t) => `<td>${t}</td>`).join('')}</tr>${n === 0 ? details(row[0]!) : ''}`).join('') +
        `</tbody></table>`,
      l.tag,
    );
    expect(r.problems).toEqual([]);
    // (toMatchObject: the reason code may also be among the facts)
    expect(r.disputes.map((d) => d.facts)).toMatchObject([{ ...EXPECTED[0], provider: 'card', network: 'visa' }, EXPECTED[1], EXPECTED[2]]);
    expect(r.disputes.slice(1).map((d) => d.facts)).toEqual(EXPECTED.slice(1));
    expect(r.disputes[0]!.facts.networkReasonCode).toBe('10.4');
  });

  it('a network reason code in a small table nested in a cell belongs to its row\'s dispute', () => {
    const r = read(
      storeBar(en) +
        `<table>${headRow(en)}<tbody>${en.rows
          .map((row) => `<tr>${row.map((t, i) => `<td>${i === 3 ? `${t}<table class="mini"><tr><th>Network reason code</th><td>${row[0]!.slice(-1)}3.1</td></tr></table>` : t}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      en.tag,
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => [d.facts.id, d.facts.networkReasonCode])).toEqual([
      ['DP-1001', '13.1'],
      ['DP-1002', '23.1'],
      ['DP-1003', '33.1'],
    ]);
  });

  it.each([
    ['a MUI DataGrid showing its "No rows" overlay', muiGrid({ ...en, rows: [] }).replace('<div class="MuiDataGrid-bottomContainer"', '<div class="MuiDataGrid-overlayWrapper"><div class="MuiDataGrid-overlay">No rows</div></div><div class="MuiDataGrid-bottomContainer"')],
    ['a table whose only row is a message beside the checkbox column', storeBar(en) + `<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th>${COLS.map((c) => `<th>${en.labels[c]}</th>`).join('')}</tr></thead><tbody><tr><td></td><td colspan="6">No disputes match your filters. <a href="?">Clear filters</a></td></tr></tbody></table>`],
    ['a table with a group header and an empty-state row', storeBar(en) + `<table>${headRow(en)}<tbody><tr><th colspan="6" scope="colgroup">Today</th></tr><tr><td colspan="6">Nothing today</td></tr></tbody></table>`],
  ])('%s: a list with no disputes and nothing to report', (_name, body) => {
    const r = read(body, en.tag);
    expect(r).toMatchObject({ page: 'dispute_list', disputes: [], problems: [], storeId: STORE });
  });
});

describe('values beside an icon font\'s ligature (the icon\'s name is text, with no aria-hidden)', () => {
  it.each([
    ['en', LANGS.en, ['schedule', 'check_circle', 'hourglass_top']],
    ['sv', LANGS.sv, ['schedule', 'check_circle', 'hourglass_top']],
  ] as const)('%s: the status, amount and dates read as without the icon', (_lang, l, icons) => {
    const icon = (n: number, i: number) => (i === 2 ? `<span class="material-symbols-outlined">${icons[n]}</span>` : i >= 4 ? `<i class="material-icons">event</i> ` : i === 1 ? `<i class="material-icons">payments</i>` : '');
    const r = read(storeBar(l) + `<table>${headRow(l)}<tbody>${l.rows.map((row, n) => `<tr>${row.map((t, i) => `<td>${t === '—' ? '' : icon(n, i)}${t}</td>`).join('')}</tr>`).join('')}</tbody></table>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

describe('dates shown relative to today, the date itself in a title on hover', () => {
  const rel: Record<'en' | 'de', [string, string][]> = {
    en: [['3 days ago', 'in 11 days'], ['2 days ago', '—'], ['yesterday', 'in 13 days']],
    de: [['vor 3 Tagen', 'in 11 Tagen'], ['vor 2 Tagen', '—'], ['gestern', 'in 13 Tagen']],
  };
  it.each(['en', 'de'] as const)('%s: the titles are read', (lang) => {
    const l = LANGS[lang];
    const cell = (shown: string, title: string, n: number) => (title === '—' ? title : n % 2 ? `<relative-time datetime="" title="${title}">${shown}</relative-time>` : `<span class="tooltip" title="${title}">${shown}</span>`);
    const r = read(
      storeBar(l) +
        `<table>${headRow(l)}<tbody>${l.rows
          .map((row, n) => `<tr>${row.map((t, i) => `<td>${i === 4 ? cell(rel[lang][n]![0], t, n) : i === 5 ? cell(rel[lang][n]![1], t, n) : t}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      l.tag,
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

describe('read again after the page changes a row, as a fresh copy of it reads (row memory)', () => {
  it.each(MARKUPS.flatMap(([name, page]) => (['en', 'de'] as const).map((lang) => [`${name} (${lang})`, page, LANGS[lang]] as const)))('%s', (_name, page, l) => {
    readAfterRowChange(page(l), l, TZ);
  });
});

