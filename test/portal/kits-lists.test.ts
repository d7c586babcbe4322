// @vitest-environment happy-dom
// Dispute LIST pages as more UI kits render them (issue 3: "Tests outside the project will read
// pages in markup you have not seen, with the vocabulary's texts"): Mantine (Table, mantine-datatable),
// Vuetify (v-data-table, desktop and mobile rows), Element Plus (el-table: header and body in two
// tables, fixed columns), PrimeReact/PrimeVue DataTable (responsive "stack": the column title
// inside each cell), Carbon (DataTable, StructuredList), Fluent UI (DetailsList: role=grid of divs),
// Shopify Polaris (IndexTable with its sticky header copy), Radix Themes (Table), Semantic UI,
// Quasar (q-table, grid mode cards) and Salesforce Lightning (lightning-datatable in light DOM).
// Each with the kit's own class names, roles, wrappers, hidden texts, icons, sort buttons,
// pagination; each in every portal language with the vocabulary's texts. Every page must read the
// same disputes as a plain table: none missing, none made up, no problem where the page is fine.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { readAfterRowChange } from './row-change';
import { COLS, EXPECTED, LANGS as BASE_LANGS, STORE, storeBar, type Col, type Lang as BaseLang } from './list-pages';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });

/** A kit's own words, translated as the kits' locale packs do. */
interface Words { next: string; prev: string; select: string; actions: string; sort: string; of: string; empty: string }
const WORDS: Record<keyof typeof BASE_LANGS, Words> = {
  en: { next: 'Next page', prev: 'Previous page', select: 'Select row', actions: 'Actions', sort: 'Sort', of: 'of', empty: 'No records' },
  de: { next: 'Nächste Seite', prev: 'Vorherige Seite', select: 'Zeile auswählen', actions: 'Aktionen', sort: 'Sortieren', of: 'von', empty: 'Keine Einträge' },
  sv: { next: 'Nästa sida', prev: 'Föregående sida', select: 'Välj rad', actions: 'Åtgärder', sort: 'Sortera', of: 'av', empty: 'Inga poster' },
  fi: { next: 'Seuraava sivu', prev: 'Edellinen sivu', select: 'Valitse rivi', actions: 'Toiminnot', sort: 'Lajittele', of: '/', empty: 'Ei tietueita' },
  nb: { next: 'Neste side', prev: 'Forrige side', select: 'Velg rad', actions: 'Handlinger', sort: 'Sorter', of: 'av', empty: 'Ingen oppføringer' },
  da: { next: 'Næste side', prev: 'Forrige side', select: 'Vælg række', actions: 'Handlinger', sort: 'Sortér', of: 'af', empty: 'Ingen poster' },
};
interface Lang extends BaseLang {
  words: Words;
}
const LANGS = Object.fromEntries(Object.entries(BASE_LANGS).map(([k, l]) => [k, { ...l, words: WORDS[k as keyof typeof BASE_LANGS] }])) as Record<keyof typeof BASE_LANGS, Lang>;
const svg = (cls = '') => `<svg xmlns="http://www.w3.org/2000/svg"${cls ? ` class="${cls}"` : ''} width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10l5 5 5-5z"></path></svg>`;
const dash = (t: string) => t === '—';

// ---- Mantine v7 Table: sortable headers (UnstyledButton > Group > Text + Center icon), a Badge
// for the status, an Anchor for the ID, a Checkbox column, a Menu button, Pagination below.
function mantineTable(l: Lang): string {
  const th = (c: Col) =>
    `<th class="m_4e7aa4f3 mantine-Table-th" style="padding:0"><button class="mantine-focus-auto m_87cf2631 mantine-UnstyledButton-root" type="button" style="width:100%"><div class="m_4081bf90 mantine-Group-root" style="--group-gap:var(--mantine-spacing-md);--group-align:center;--group-justify:space-between;--group-wrap:wrap"><p class="mantine-focus-auto m_b6d8b162 mantine-Text-root" style="--text-fz:var(--mantine-font-size-sm);font-weight:500">${l.labels[c]}</p><div class="m_4451eb3a mantine-Center-root" style="width:21px;height:21px;border-radius:21px">${svg('tabler-icon tabler-icon-selector')}</div></div></button></th>`;
  const td = (c: Col, t: string) =>
    `<td class="m_4e7aa4ef mantine-Table-td">${
      c === 'id'
        ? `<a class="mantine-focus-auto m_849cf0da mantine-Anchor-root mantine-Text-root" data-underline="hover" href="/disputes/${t}">${t}</a>`
        : c === 'status'
          ? `<div class="m_347db0ec mantine-Badge-root" data-variant="light" data-size="sm" style="--badge-color:var(--mantine-color-blue-light-color)"><span class="m_5add502a mantine-Badge-label">${t}</span></div>`
          : t
    }</td>`;
  const checkbox = (label: string) =>
    `<div class="m_5f75b09e mantine-Checkbox-root" data-size="sm"><div class="m_5f6e695e mantine-Checkbox-body"><div class="m_26062bec mantine-Checkbox-inner" data-size="sm"><input class="mantine-focus-auto m_26063560 mantine-Checkbox-input" type="checkbox" aria-label="${label}"><svg viewBox="0 0 10 7" fill="none" xmlns="http://www.w3.org/2000/svg" class="m_bf295423 mantine-Checkbox-icon" aria-hidden="true"><path d="M4 4.586L1.707 2.293"></path></svg></div></div></div>`;
  return (
    storeBar(l) +
    `<div class="m_d57069b5 mantine-ScrollArea-root" style="--scrollarea-scrollbar-size:8px"><div class="m_c0783ff9 mantine-ScrollArea-viewport" data-scrollbars="xy" style="overflow-x:scroll;overflow-y:scroll"><div style="min-width:100%;display:table"><table class="m_b23fa0ef mantine-Table-table" data-striped="odd" data-highlight-on-hover="true" data-with-table-border="true" style="--table-horizontal-spacing:var(--mantine-spacing-xs);min-width:700px">` +
    `<thead class="m_b2404537 mantine-Table-thead"><tr class="m_4e7aa4fd mantine-Table-tr"><th class="m_4e7aa4f3 mantine-Table-th" style="width:40px">${checkbox('Select all')}</th>${COLS.map(th).join('')}<th class="m_4e7aa4f3 mantine-Table-th"></th></tr></thead>` +
    `<tbody class="m_b2404537 mantine-Table-tbody">${l.rows
      .map(
        (r) =>
          `<tr class="m_4e7aa4fd mantine-Table-tr"><td class="m_4e7aa4ef mantine-Table-td">${checkbox(l.words.select)}</td>${r.map((t, i) => td(COLS[i]!, t)).join('')}` +
          `<td class="m_4e7aa4ef mantine-Table-td"><button class="mantine-focus-auto mantine-active m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root" data-variant="subtle" type="button" aria-haspopup="menu" aria-expanded="false" aria-label="${l.words.actions}"><span class="m_8d3afb97 mantine-ActionIcon-icon">${svg('tabler-icon tabler-icon-dots')}</span></button></td></tr>`,
      )
      .join('')}</tbody></table></div></div></div>` +
    `<div class="m_4081bf90 mantine-Group-root" style="--group-justify:flex-end"><div class="m_4081bf90 mantine-Pagination-root"><button class="mantine-focus-auto m_326d024a mantine-Pagination-control" type="button" disabled data-disabled="true" aria-label="${l.words.prev}">${svg()}</button><button class="mantine-focus-auto m_326d024a mantine-Pagination-control" type="button" data-active="true" aria-current="page">1</button><button class="mantine-focus-auto m_326d024a mantine-Pagination-control" type="button" disabled aria-label="${l.words.next}">${svg()}</button></div></div>`
  );
}

// ---- mantine-datatable (icflorescu) v7: selection column, sortable titles with the unsorted
// icon, a sticky header, the pagination bar with "1 – 3 / 3" and the records-per-page menu.
function mantineDataTable(l: Lang): string {
  const th = (c: Col) =>
    `<th class="m_4e7aa4f3 mantine-Table-th mantine-datatable-header-cell-sortable" title="" style="width:auto"><div class="m_4081bf90 mantine-Group-root" style="--group-gap:4px;--group-wrap:nowrap"><div class="mantine-datatable-header-cell-sortable-text">${l.labels[c]}</div><div class="mantine-datatable-header-cell-sortable-unsorted-icon">${svg('tabler-icon tabler-icon-selector')}</div></div></th>`;
  const selector = (label: string, header: boolean) =>
    `<${header ? 'th' : 'td'} class="${header ? 'm_4e7aa4f3 mantine-Table-th mantine-datatable-header-selector-cell' : 'm_4e7aa4ef mantine-Table-td mantine-datatable-row-selector-cell'}"><div class="m_5f75b09e mantine-Checkbox-root mantine-datatable-${header ? 'header' : 'row'}-selector-checkbox"><div class="m_5f6e695e mantine-Checkbox-body"><div class="m_26062bec mantine-Checkbox-inner"><input class="m_26063560 mantine-Checkbox-input" type="checkbox" aria-label="${label}"></div></div></div></${header ? 'th' : 'td'}>`;
  return (
    storeBar(l) +
    `<div class="mantine-datatable mantine-datatable-with-border mantine-datatable-vertical-align-center" style="--mantine-datatable-border-radius:var(--mantine-radius-sm)"><div class="m_d57069b5 mantine-ScrollArea-root mantine-datatable-scroll-area"><div class="m_c0783ff9 mantine-ScrollArea-viewport"><div style="min-width:100%;display:table">` +
    `<table class="m_b23fa0ef mantine-Table-table mantine-datatable-table mantine-datatable-selection-column-visible" data-striped="odd" data-highlight-on-hover="true">` +
    `<thead class="m_b2404537 mantine-Table-thead mantine-datatable-header" style="position:sticky;top:0"><tr class="m_4e7aa4fd mantine-Table-tr">${selector('Select all records', true)}${COLS.map(th).join('')}</tr></thead>` +
    `<tbody class="m_b2404537 mantine-Table-tbody">${l.rows
      .map(
        (r) =>
          `<tr class="m_4e7aa4fd mantine-Table-tr mantine-datatable-row">${selector(l.words.select, false)}${r
            .map((t, i) => `<td class="m_4e7aa4ef mantine-Table-td" style="text-align:${i === 1 ? 'right' : 'left'}">${COLS[i] === 'status' ? `<div class="m_347db0ec mantine-Badge-root" data-variant="dot"><span class="m_5add502a mantine-Badge-label">${t}</span></div>` : t}</td>`)
            .join('')}</tr>`,
      )
      .join('')}</tbody></table></div></div>` +
    `<div class="m_c44ba933 mantine-ScrollArea-scrollbar" data-orientation="horizontal" style="position:absolute"><div class="m_d8b5e363 mantine-ScrollArea-thumb"></div></div></div>` +
    `<div class="m_4081bf90 mantine-Group-root mantine-datatable-pagination"><div class="mantine-datatable-pagination-text">1 – 3 / 3</div><div class="m_4081bf90 mantine-Group-root mantine-datatable-page-size-selector"><div class="mantine-datatable-page-size-selector-text">Records per page</div><button class="m_77c9d27d mantine-Button-root" type="button" aria-haspopup="menu"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">10</span><span class="m_a74036a mantine-Button-section" data-position="right">${svg()}</span></span></button></div>` +
    `<div class="m_4081bf90 mantine-Pagination-root"><button class="m_326d024a mantine-Pagination-control" type="button" disabled aria-label="${l.words.prev}">${svg()}</button><button class="m_326d024a mantine-Pagination-control" type="button" data-active="true" aria-current="page">1</button><button class="m_326d024a mantine-Pagination-control" type="button" disabled aria-label="${l.words.next}">${svg()}</button></div></div></div>`
  );
}

// ---- Vuetify 3 v-data-table: v-table wrapper, header content div with an mdi sort icon (aria-hidden),
// a select-all checkbox, v-chip statuses, an expand button, the footer's per-page select and pager.
const vuetifyCheckbox = (label: string) =>
  `<div class="v-selection-control v-selection-control--density-compact v-checkbox-btn"><div class="v-selection-control__wrapper"><div class="v-selection-control__input"><i class="mdi-checkbox-blank-outline mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i><input aria-disabled="false" type="checkbox" aria-label="${label}" value="true"></div></div></div>`;
const vuetifyChip = (t: string) =>
  `<span class="v-chip v-theme--light text-success v-chip--density-default v-chip--size-small v-chip--variant-tonal" draggable="false"><span class="v-chip__underlay"></span><div class="v-chip__content" data-no-activator="">${t}</div></span>`;
function vuetify(l: Lang, mobile: boolean): string {
  const th = (c: Col) =>
    `<th class="v-data-table__td v-data-table-column--align-${c === 'amount' ? 'end' : 'start'} v-data-table__th v-data-table__th--sortable" style="min-width:0px" tabindex="0"><div class="v-data-table-header__content"><span>${l.labels[c]}</span><i class="mdi-arrow-up mdi v-icon notranslate v-theme--light v-icon--size-default v-data-table-header__sort-icon" aria-hidden="true"></i></div></th>`;
  const value = (c: Col, t: string) => (c === 'status' ? vuetifyChip(t) : t);
  const row = (r: string[]) =>
    mobile
      ? `<tr class="v-data-table__tr v-data-table__tr--mobile"><td class="v-data-table__td v-data-table-column--no-padding"><div class="v-data-table__td-value">${vuetifyCheckbox(l.words.select)}</div></td>${r
          .map((t, i) => `<td class="v-data-table__td v-data-table-column--align-start"><div class="v-data-table__td-title">${l.labels[COLS[i]!]}</div><div class="v-data-table__td-value">${value(COLS[i]!, t)}</div></td>`)
          .join('')}</tr>`
      : `<tr class="v-data-table__tr"><td class="v-data-table__td v-data-table-column--no-padding v-data-table-column--align-start">${vuetifyCheckbox(l.words.select)}</td>${r
          .map((t, i) => `<td class="v-data-table__td v-data-table-column--align-${i === 1 ? 'end' : 'start'}">${value(COLS[i]!, t)}</td>`)
          .join('')}<td class="v-data-table__td v-data-table-column--align-end"><button type="button" class="v-btn v-btn--icon v-theme--light v-btn--density-compact v-btn--size-small v-btn--variant-text"><span class="v-btn__overlay"></span><span class="v-btn__underlay"></span><span class="v-btn__content" data-no-activator=""><i class="mdi-chevron-down mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i></span></button></td></tr>`;
  return (
    storeBar(l) +
    `<div class="v-table v-table--has-top v-table--has-bottom v-theme--light v-table--density-default v-data-table${mobile ? ' v-data-table--mobile' : ''}"><div class="v-table__wrapper"><table>` +
    (mobile
      ? `<thead><tr><td><div class="v-data-table-header__mobile">${l.words.sort}</div></td></tr></thead>`
      : `<thead><tr><th class="v-data-table__td v-data-table-column--no-padding v-data-table__th" style="width:48px">${vuetifyCheckbox('Select all')}</th>${COLS.map(th).join('')}<th class="v-data-table__td v-data-table__th" style="width:1px"><div class="v-data-table-header__content"><span></span></div></th></tr></thead>`) +
    `<tbody>${l.rows.map(row).join('')}</tbody></table></div>` +
    `<div class="v-data-table-footer"><div class="v-data-table-footer__items-per-page"><span>Items per page:</span><div class="v-input v-input--horizontal v-input--center-affix v-input--density-compact v-select"><div class="v-input__control"><div class="v-field v-field--active v-field--variant-outlined"><div class="v-field__field" data-no-activator=""><div class="v-field__input" data-no-activator=""><div class="v-select__selection"><span class="v-select__selection-text">10</span></div><input size="1" type="text" readonly aria-label="Items per page" value="10"></div></div></div></div></div></div>` +
    `<div class="v-data-table-footer__info"><div>1-3 ${l.words.of} 3</div></div><div class="v-data-table-footer__pagination"><nav class="v-pagination" role="navigation" aria-label="Pagination Navigation"><ul class="v-pagination__list"><li class="v-pagination__prev"><button type="button" class="v-btn v-btn--disabled v-btn--icon" disabled aria-label="${l.words.prev}"><span class="v-btn__content"><i class="mdi-chevron-left mdi v-icon" aria-hidden="true"></i></span></button></li><li class="v-pagination__next"><button type="button" class="v-btn v-btn--disabled v-btn--icon" disabled aria-label="${l.words.next}"><span class="v-btn__content"><i class="mdi-chevron-right mdi v-icon" aria-hidden="true"></i></span></button></li></ul></nav></div></div></div>`
  );
}

// ---- Vuetify 2 v-data-table: each sortable header cell says its sort state in its aria-label
// ("Amount: Not sorted. Activate to sort ascending."), an mdi icon after the label.
function vuetify2(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="v-data-table theme--light"><div class="v-data-table__wrapper"><table><colgroup>${COLS.map(() => '<col>').join('')}</colgroup><thead class="v-data-table-header"><tr>${COLS.map(
      (c) =>
        `<th role="columnheader" scope="col" aria-label="${l.labels[c]}: Not sorted. Activate to sort ascending." aria-sort="none" class="text-start sortable"><span>${l.labels[c]}</span><i aria-hidden="true" class="v-icon notranslate v-data-table-header__icon mdi mdi-arrow-up theme--light" style="font-size:18px"></i></th>`,
    ).join('')}</tr></thead>` +
    `<tbody>${l.rows.map((r) => `<tr>${r.map((t, i) => `<td class="text-start">${COLS[i] === 'status' ? `<span class="v-chip theme--light v-chip--label v-size--small"><span class="v-chip__content">${t}</span></span>` : t}</td>`).join('')}</tr>`).join('')}</tbody></table></div>` +
    `<div class="v-data-footer"><div class="v-data-footer__select">Rows per page:<div class="v-input v-input--hide-details v-select"><div class="v-select__selections"><div class="v-select__selection v-select__selection--comma">10</div><input aria-label="Rows per page:" readonly type="text" aria-readonly="false" autocomplete="off"></div></div></div><div class="v-data-footer__pagination">1-3 ${l.words.of} 3</div><div class="v-data-footer__icons-before"><button type="button" disabled class="v-btn v-btn--disabled v-btn--icon v-btn--round v-btn--text theme--light v-size--default" aria-label="${l.words.prev}"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-left theme--light"></i></span></button></div></div></div>`
  );
}

// ---- Element Plus el-table: the header and the body in two <table>s (a colgroup each, a gutter
// cell in the header), sort carets, cells wrapped in <div class="cell">, the first and last columns
// fixed (sticky, class-named only), a selection column, the el-scrollbar around the body, el-pagination.
function elementPlus(l: Lang): string {
  const cls = (n: number, fixed: '' | 'left' | 'right') =>
    `el-table_1_column_${n} ${fixed ? `is-${fixed} el-table-fixed-column--${fixed} ${fixed === 'left' ? 'is-last-column' : 'is-first-column'} ` : ''}el-table__cell`;
  const colgroup = `<colgroup><col name="el-table_1_column_1" width="55">${COLS.map((_, i) => `<col name="el-table_1_column_${i + 2}" width="160">`).join('')}<col name="el-table_1_column_8" width="120"></colgroup>`;
  const stick = (fixed: '' | 'left' | 'right') => (fixed === 'left' ? ' style="position:sticky;left:0px"' : fixed === 'right' ? ' style="position:sticky;right:0px"' : '');
  const checkbox = `<label class="el-checkbox"><span class="el-checkbox__input"><input class="el-checkbox__original" type="checkbox"><span class="el-checkbox__inner"></span></span></label>`;
  const head =
    `<th class="${cls(1, 'left')} el-table-column--selection is-leaf" colspan="1" rowspan="1"${stick('left')}><div class="cell">${checkbox}</div></th>` +
    COLS.map(
      (c, i) =>
        `<th class="${cls(i + 2, '')} is-leaf is-sortable" colspan="1" rowspan="1"><div class="cell">${l.labels[c]}<span class="caret-wrapper"><i class="sort-caret ascending"></i><i class="sort-caret descending"></i></span></div></th>`,
    ).join('') +
    `<th class="${cls(8, 'right')} is-leaf" colspan="1" rowspan="1"${stick('right')}><div class="cell">${l.words.actions}</div></th><th class="el-table__cell gutter" style="width:0px;display:none"></th>`;
  const tag = (t: string) => `<span class="el-tag el-tag--primary el-tag--light"><span class="el-tag__content">${t}</span></span>`;
  const row = (r: string[], n: number) =>
    `<tr class="el-table__row${n % 2 ? ' el-table__row--striped' : ''}"><td class="${cls(1, 'left')} el-table-column--selection" rowspan="1" colspan="1"${stick('left')}><div class="cell">${checkbox}</div></td>${r
      .map((t, i) => `<td class="${cls(i + 2, '')}" rowspan="1" colspan="1"><div class="cell">${COLS[i] === 'status' ? tag(t) : t}</div></td>`)
      .join('')}<td class="${cls(8, 'right')}" rowspan="1" colspan="1"${stick('right')}><div class="cell"><button aria-disabled="false" type="button" class="el-button el-button--primary el-button--small is-link"><span>${l.words.actions}</span></button></div></td></tr>`;
  return (
    storeBar(l) +
    `<div class="el-table--fit el-table--striped el-table--border el-table--enable-row-hover el-table--enable-row-transition el-table el-table--layout-fixed is-scrolling-left" style="width:100%"><div class="el-table__inner-wrapper"><div class="hidden-columns"><div></div>${COLS.map(() => '<div></div>').join('')}<div></div></div>` +
    `<div class="el-table__header-wrapper"><table class="el-table__header" border="0" cellpadding="0" cellspacing="0" style="width:1135px">${colgroup}<thead class="has-gutter"><tr class="">${head}</tr></thead></table></div>` +
    `<div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap el-scrollbar__wrap--hidden-default"><div class="el-scrollbar__view" style="display:inline-block;vertical-align:middle"><table class="el-table__body" cellspacing="0" cellpadding="0" border="0" style="table-layout:fixed;width:1135px">${colgroup}<tbody tabindex="-1">${l.rows.map(row).join('')}</tbody></table></div></div>` +
    `<div class="el-scrollbar__bar is-horizontal" style="display:none"><div class="el-scrollbar__thumb" style="width:0px;transform:translateX(0%)"></div></div><div class="el-scrollbar__bar is-vertical" style="display:none"><div class="el-scrollbar__thumb" style="height:0px;transform:translateY(0%)"></div></div></div></div>` +
    `<div class="el-table__border-left-patch"></div></div><div class="el-table__column-resize-proxy" style="display:none"></div></div>` +
    `<div class="el-pagination is-background"><span class="el-pagination__total is-first">Total 3</span><button type="button" class="btn-prev" disabled aria-label="${l.words.prev}" aria-disabled="true"><i class="el-icon">${svg()}</i></button><ul class="el-pager"><li class="is-active number" aria-current="true" aria-label="page 1" tabindex="0">1</li></ul><button type="button" class="btn-next is-last" disabled aria-label="${l.words.next}" aria-disabled="true"><i class="el-icon">${svg()}</i></button></div>`
  );
}

// ---- Element UI 2 (Vue 2) el-table with fixed columns: besides the header and body tables, a
// fixed-left and a fixed-right copy of both, each with EVERY column's cells (those not fixed only
// hidden by a class, `is-hidden`, their content still in the DOM).
function elementUiFixed(l: Lang): string {
  const colgroup = `<colgroup><col name="el-table_1_column_1" width="55">${COLS.map((_, i) => `<col name="el-table_1_column_${i + 2}" width="160">`).join('')}<col name="el-table_1_column_8" width="120"><col name="gutter" width="0"></colgroup>`;
  const checkbox = `<label class="el-checkbox"><span class="el-checkbox__input"><span class="el-checkbox__inner"></span><input type="checkbox" aria-hidden="false" class="el-checkbox__original" value=""></span></label>`;
  const hidden = (part: 'main' | 'left' | 'right', n: number) => (part === 'left' ? n !== 1 : part === 'right' ? n !== 8 : false) ? ' is-hidden' : '';
  const head = (part: 'main' | 'left' | 'right') =>
    `<table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:1135px">${colgroup}<thead class="has-gutter"><tr class=""><th colspan="1" rowspan="1" class="el-table_1_column_1 el-table-column--selection${hidden(part, 1)} is-leaf"><div class="cell">${checkbox}</div></th>${COLS.map(
      (c, i) => `<th colspan="1" rowspan="1" class="el-table_1_column_${i + 2}${hidden(part, i + 2)} is-leaf is-sortable"><div class="cell">${l.labels[c]}<span class="caret-wrapper"><i class="sort-caret ascending"></i><i class="sort-caret descending"></i></span></div></th>`,
    ).join('')}<th colspan="1" rowspan="1" class="el-table_1_column_8${hidden(part, 8)} is-leaf"><div class="cell">${l.words.actions}</div></th><th class="gutter" style="width:0px;display:none"></th></tr></thead></table>`;
  const body = (part: 'main' | 'left' | 'right') =>
    `<table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:1135px">${colgroup}<tbody>${l.rows
      .map(
        (r) =>
          `<tr class="el-table__row"><td rowspan="1" colspan="1" class="el-table_1_column_1${hidden(part, 1)} el-table-column--selection"><div class="cell">${checkbox}</div></td>${r
            .map((t, i) => `<td rowspan="1" colspan="1" class="el-table_1_column_${i + 2}${hidden(part, i + 2)}"><div class="cell">${t}</div></td>`)
            .join('')}<td rowspan="1" colspan="1" class="el-table_1_column_8${hidden(part, 8)}"><div class="cell"><button type="button" class="el-button el-button--text el-button--small"><span>${l.words.actions}</span></button></div></td></tr>`,
      )
      .join('')}</tbody></table>`;
  return (
    storeBar(l) +
    `<div class="el-table el-table--fit el-table--striped el-table--border el-table--enable-row-hover el-table--enable-row-transition" style="width:100%"><div class="hidden-columns"><div></div>${COLS.map(() => '<div></div>').join('')}<div></div></div>` +
    `<div class="el-table__header-wrapper">${head('main')}</div><div class="el-table__body-wrapper is-scrolling-left">${body('main')}</div>` +
    `<div class="el-table__fixed" style="width:55px;height:100%"><div class="el-table__fixed-header-wrapper">${head('left')}</div><div class="el-table__fixed-body-wrapper" style="top:48px">${body('left')}</div></div>` +
    `<div class="el-table__fixed-right" style="width:120px;height:100%;right:0px"><div class="el-table__fixed-header-wrapper">${head('right')}</div><div class="el-table__fixed-body-wrapper" style="top:48px">${body('right')}</div></div>` +
    `<div class="el-table__fixed-right-patch" style="width:0px;height:48px"></div><div class="el-table__column-resize-proxy" style="display:none"></div></div>`
  );
}

// ---- PrimeReact / PrimeVue DataTable, responsiveLayout="stack": every body cell starts with its
// column's title (<span class="p-column-title">, shown on narrow screens), glued to the value.
function prime(l: Lang, vue: boolean): string {
  const title = vue ? 'p-datatable-column-title' : 'p-column-title';
  const th = (c: Col) =>
    `<th class="p-sortable-column" tabindex="0" role="columnheader" aria-sort="none" data-pc-section="headercell"><div class="p-column-header-content" data-pc-section="headercontent"><span class="${title}" data-pc-section="headertitle">${l.labels[c]}</span><span class="p-sortable-column-icon" data-pc-section="sort">${svg('p-icon')}</span></div></th>`;
  const td = (c: Col, t: string) =>
    `<td role="cell" data-pc-section="bodycell"><span class="${title}" data-pc-section="columntitle">${l.labels[c]}</span>${
      c === 'status' ? `<span class="p-tag p-component p-tag-${dash(t) ? 'info' : 'warning'}" data-pc-name="tag" data-pc-section="root"><span class="p-tag-value" data-pc-section="value">${t}</span></span>` : t
    }</td>`;
  return (
    storeBar(l) +
    `<div class="p-datatable p-component p-datatable-responsive-stack p-datatable-striped" data-scrollselectors=".p-datatable-wrapper" data-pc-name="datatable" data-pc-section="root"><div class="p-datatable-header" data-pc-section="header"><div class="flex justify-content-end"><span class="p-input-icon-left"><i class="pi pi-search"></i><input class="p-inputtext p-component" placeholder="Keyword Search" data-pc-name="inputtext"></span></div></div>` +
    `<div class="p-datatable-wrapper" data-pc-section="wrapper"><table class="p-datatable-table" role="table" data-pc-section="table"><thead class="p-datatable-thead" data-pc-section="thead"><tr role="row" data-pc-section="headerrow"><th class="p-selection-column" role="columnheader" data-pc-section="headercell"><div class="p-column-header-content"><div class="p-checkbox p-component" data-pc-name="checkbox"><input type="checkbox" class="p-checkbox-input" aria-label="All items unselected"><div class="p-checkbox-box"></div></div></div></th>${COLS.map(th).join('')}</tr></thead>` +
    `<tbody class="p-datatable-tbody" data-pc-section="tbody">${l.rows
      .map(
        (r, n) =>
          `<tr role="row" draggable="false" class="${n % 2 ? 'p-row-odd' : ''}" data-p-selectable-row="true" aria-selected="false" data-pc-section="bodyrow"><td role="cell" class="p-selection-column" data-pc-section="bodycell"><div class="p-checkbox p-component"><input type="checkbox" class="p-checkbox-input" aria-label="Row Unselected"><div class="p-checkbox-box"></div></div></td>${r.map((t, i) => td(COLS[i]!, t)).join('')}</tr>`,
      )
      .join('')}</tbody></table></div>` +
    `<div class="p-paginator p-component p-paginator-bottom" data-pc-name="paginator" data-pc-section="root"><span class="p-paginator-current" data-pc-section="current">Showing 1 to 3 of 3 entries</span><button type="button" class="p-paginator-first p-paginator-element p-link p-disabled" disabled aria-label="First Page">${svg('p-icon p-paginator-icon')}</button><button type="button" class="p-paginator-prev p-paginator-element p-link p-disabled" disabled aria-label="${l.words.prev}">${svg('p-icon p-paginator-icon')}</button><span class="p-paginator-pages"><button type="button" class="p-paginator-page p-paginator-element p-link p-highlight" aria-label="Page 1" aria-current="true">1</button></span><button type="button" class="p-paginator-next p-paginator-element p-link p-disabled" disabled aria-label="${l.words.next}">${svg('p-icon p-paginator-icon')}</button></div></div>`
  );
}

// ---- Carbon DataTable (React v11): the table's title and toolbar, sort buttons with the header
// label in a div and two icons, and a description of the sort for screen readers naming the label, selection checkboxes with labels
// for screen readers, an overflow menu, Tag statuses, the pagination bar.
function carbonTable(l: Lang): string {
  const th = (c: Col, i: number) =>
    `<th id="header-${i}" aria-sort="none" scope="col"><div id="sort-desc-${i}" class="cds--table-sort__description">Click to sort rows by ${l.labels[c]} header in ascending order</div><button type="button" aria-describedby="sort-desc-${i}" class="cds--table-sort" data-testid="table-sort-${i}"><span class="cds--table-sort__flex"><div class="cds--table-header-label">${l.labels[c]}</div>${svg('cds--table-sort__icon')}${svg('cds--table-sort__icon-unsorted')}</span></button></th>`;
  const check = (id: string, label: string) =>
    `<div class="cds--checkbox--inline cds--checkbox-wrapper"><input type="checkbox" class="cds--checkbox" id="${id}" name="${id}"><label for="${id}" class="cds--checkbox-label" aria-label="${label}" title="${label}"><span class="cds--checkbox-label-text"></span></label></div>`;
  const tag = (t: string) => `<div class="cds--tag cds--tag--sm cds--layout--size-sm cds--tag--blue"><span title="${t}" class="cds--tag__label">${t}</span></div>`;
  return (
    storeBar(l) +
    `<div class="cds--data-table-container"><div class="cds--data-table-header"><h4 class="cds--data-table-header__title">${l.words.actions}</h4></div>` +
    `<section aria-label="data table toolbar" class="cds--table-toolbar"><div class="cds--toolbar-content"><div role="search" class="cds--search cds--search--sm cds--toolbar-search-container-expandable"><div role="button" class="cds--search-magnifier" tabindex="0">${svg('cds--search-magnifier-icon')}</div><label for="search" class="cds--label">Search</label><input autocomplete="off" class="cds--search-input" type="text" role="searchbox" id="search" placeholder="Search" value=""><button class="cds--search-close cds--search-close--hidden" title="Clear search input" aria-label="Clear search input" type="button">${svg()}</button></div></div></section>` +
    `<div class="cds--data-table-content"><table aria-label="sample table" class="cds--data-table cds--data-table--lg cds--data-table--sort"><thead><tr><th scope="col" class="cds--table-column-checkbox">${check('select-all', 'Select all rows')}</th>${COLS.map(th).join('')}<th scope="col" class="cds--table-column-menu"></th></tr></thead>` +
    `<tbody aria-live="polite">${l.rows
      .map(
        (r, n) =>
          `<tr class=""><td class="cds--table-column-checkbox">${check(`row-${n}`, l.words.select)}</td>${r.map((t, i) => `<td>${COLS[i] === 'status' ? tag(t) : t}</td>`).join('')}` +
          `<td class="cds--table-column-menu"><span class="cds--overflow-menu__wrapper"><button aria-haspopup="true" aria-expanded="false" class="cds--overflow-menu cds--overflow-menu--sm" aria-label="${l.words.actions}" type="button">${svg('cds--overflow-menu__icon')}</button></span></td></tr>`,
      )
      .join('')}</tbody></table></div>` +
    `<div class="cds--pagination"><div class="cds--pagination__left"><label class="cds--pagination__text" for="pp">Items per page:</label><div class="cds--select cds--select--inline cds--select__item-count"><select class="cds--select-input" id="pp"><option value="10">10</option></select></div><span class="cds--pagination__text cds--pagination__items-count">1–3 ${l.words.of} 3 items</span></div>` +
    `<div class="cds--pagination__right"><span class="cds--pagination__text">1 ${l.words.of} 1 page</span><div class="cds--pagination__control-buttons"><button class="cds--btn cds--btn--ghost cds--btn--icon-only cds--pagination__button cds--pagination__button--backward cds--btn--disabled" disabled type="button">${svg()}<span class="cds--assistive-text">${l.words.prev}</span></button><button class="cds--btn cds--btn--ghost cds--btn--icon-only cds--pagination__button cds--pagination__button--forward cds--btn--disabled" disabled type="button">${svg()}<span class="cds--assistive-text">${l.words.next}</span></button></div></div></div></div>`
  );
}

// ---- Carbon StructuredList: role=table of divs, a header row of columnheaders in its own rowgroup,
// selectable rows with a radio input and its svg check.
function carbonStructured(l: Lang): string {
  return (
    storeBar(l) +
    `<div role="table" class="cds--structured-list cds--structured-list--selection" aria-label="Structured list section"><div class="cds--structured-list-thead" role="rowgroup"><div class="cds--structured-list-row cds--structured-list-row--header-row" role="row">${COLS.map((c) => `<div class="cds--structured-list-th" role="columnheader">${l.labels[c]}</div>`).join('')}<div class="cds--structured-list-th" role="columnheader"></div></div></div>` +
    `<div class="cds--structured-list-tbody" role="rowgroup">${l.rows
      .map(
        (r, n) =>
          `<div class="cds--structured-list-row" role="row" tabindex="0" aria-checked="false">${r.map((t) => `<div class="cds--structured-list-td" role="cell">${t}</div>`).join('')}` +
          `<input tabindex="-1" class="cds--structured-list-input cds--visually-hidden" type="radio" value="row-${n}" name="structured list" title="row-${n}" id="sl-${n}"><div class="cds--structured-list-td" role="cell">${svg('cds--structured-list-svg')}</div></div>`,
      )
      .join('')}</div></div>`
  );
}

// ---- Fluent UI v8 DetailsList: role=grid of divs, the header row with a check column and
// sizer elements between the column headers, each row's cells inside a role=presentation
// "fields" div (not the row's own children), a circle check gridcell, ms-List pages around the rows.
function fluent(l: Lang, selectable = true): string {
  const check = (label: string) =>
    `<div class="ms-DetailsRow-check ms-Check-checkHost" role="checkbox" aria-checked="false" aria-label="${label}" data-selection-toggle="true" data-automationid="DetailsRowCheck"><div class="ms-Check"><i data-icon-name="CircleRing" aria-hidden="true" class="ms-Check-circle"></i><i data-icon-name="StatusCircleCheckmark" aria-hidden="true" class="ms-Check-check"></i></div></div>`;
  const head =
    (selectable ? `<div class="ms-DetailsHeader-cellIsCheck" role="columnheader" aria-labelledby="header-check" data-automationid="DetailsRowCheck"><div class="ms-DetailsRow-check" role="checkbox" aria-checked="false" aria-label="Toggle selection for all items" data-selection-toggle-all="true"><div class="ms-Check"><i data-icon-name="CircleRing" aria-hidden="true" class="ms-Check-circle"></i></div></div></div>` : '') +
    COLS.map(
      (c, i) =>
        `<div class="ms-DetailsHeader-cell is-actionable" role="columnheader" aria-sort="none" aria-colindex="${i + 2}" data-is-draggable="false" data-automationid="ColumnsHeaderColumn" data-item-key="${c}" style="width:140px"><span role="button" id="header-${c}" class="ms-DetailsHeader-cellTitle" tabindex="-1" aria-haspopup="menu"><span id="header-${c}-name" class="ms-DetailsHeader-cellName">${l.labels[c]}</span><i data-icon-name="ChevronDown" aria-hidden="true" class="ms-Icon ms-DetailsHeader-filterChevron"></i></span></div><div class="ms-DetailsHeader-cellSizer ms-DetailsHeader-cellSizerEnd" role="button" aria-hidden="true" data-sizer-index="${i}"></div>`,
    ).join('');
  const row = (r: string[], n: number) =>
    `<div class="ms-List-cell" role="presentation" data-list-index="${n}" data-automationid="ListCell"><div class="ms-FocusZone ms-DetailsRow" role="row" aria-rowindex="${n + 2}" aria-selected="false" data-is-focusable="true" data-selection-index="${n}" data-item-index="${n}" data-automationid="DetailsRow" tabindex="-1">` +
    (selectable ? `<div class="ms-DetailsRow-cellCheck" role="gridcell">${check(l.words.select)}</div>` : '') +
    `<div class="ms-DetailsRow-fields" role="presentation" data-automationid="DetailsRowFields">${r
      .map((t, i) => `<div role="gridcell" aria-colindex="${i + 2}" class="ms-DetailsRow-cell" data-automationid="DetailsRowCell" data-automation-key="${COLS[i]}" style="width:140px">${t}</div>`)
      .join('')}</div></div></div>`;
  return (
    storeBar(l) +
    `<div class="ms-Viewport"><div class="ms-DetailsList is-horizontalConstrained" data-automationid="DetailsList"><div role="grid" aria-label="${l.words.actions}" aria-rowcount="4" aria-colcount="7" class="ms-FocusZone">` +
    `<div role="presentation" class="ms-DetailsList-headerWrapper"><div class="ms-FocusZone ms-DetailsHeader" role="row" data-automationid="DetailsHeader">${head}</div></div>` +
    `<div role="presentation" class="ms-DetailsList-contentWrapper"><div class="ms-SelectionZone" role="presentation"><div class="ms-FocusZone"><div class="ms-List" role="presentation"><div class="ms-List-surface" role="presentation"><div class="ms-List-page" role="presentation">${l.rows.map(row).join('')}</div></div></div></div></div></div></div></div></div>`
  );
}

// ---- Fluent UI v8 DetailsList with groups (GroupedList): a group header row (expand button,
// title and count) before each group's rows, inside the same list.
function fluentGrouped(l: Lang): string {
  const groupHeader = (title: string, count: number) =>
    `<div class="ms-GroupHeader" role="row" aria-level="1" aria-expanded="true" data-is-focusable="true"><div class="ms-GroupHeader-groupHeaderContainer" role="presentation"><div role="gridcell"><button type="button" class="ms-GroupHeader-expand" aria-expanded="true" aria-label="${title}"><i data-icon-name="ChevronRightMed" aria-hidden="true" class="ms-GroupHeader-expandIsCollapsed"></i></button></div><div class="ms-GroupHeader-title" role="gridcell"><span>${title}</span><span class="ms-GroupHeader-headerCount">(${count})</span></div></div></div>`;
  return fluent(l).replace(/(<div class="ms-List-cell" role="presentation" data-list-index="0")/, `${groupHeader(l.rows[0]![2]!, 1)}$1`).replace(/(<div class="ms-List-cell" role="presentation" data-list-index="1")/, `${groupHeader(l.words.actions, 2)}$1`);
}

// ---- Fluent UI v9 DataGrid: role=grid of divs, header and body rowgroups, sortable header cells
// as buttons, a selection cell with a checkbox, each value in a TableCellLayout.
function fluentV9(l: Lang): string {
  const selection = (label: string, head: boolean) =>
    `<div role="${head ? 'columnheader' : 'gridcell'}" class="fui-TableSelectionCell fui-DataGridSelectionCell" tabindex="0"><span class="fui-Checkbox fui-TableSelectionCell__checkboxIndicator"><input type="checkbox" class="fui-Checkbox__input" aria-label="${label}"><div aria-hidden="true" class="fui-Checkbox__indicator"></div></span></div>`;
  return (
    storeBar(l) +
    `<div role="grid" class="fui-Table fui-DataGrid" aria-multiselectable="true"><div role="rowgroup" class="fui-TableHeader fui-DataGridHeader"><div role="row" class="fui-TableRow fui-DataGridRow">${selection('Select all rows', true)}${COLS.map(
      (c) =>
        `<div role="columnheader" aria-sort="none" class="fui-TableHeaderCell fui-DataGridHeaderCell" tabindex="0"><button class="fui-TableHeaderCell__button" type="button">${l.labels[c]}<span class="fui-TableHeaderCell__aside"><span class="fui-TableHeaderCell__sortIcon" role="presentation">${svg()}</span></span></button><div class="fui-TableResizeHandle" aria-hidden="true"></div></div>`,
    ).join('')}</div></div>` +
    `<div role="rowgroup" class="fui-TableBody fui-DataGridBody">${l.rows
      .map(
        (r) =>
          `<div role="row" aria-selected="false" class="fui-TableRow fui-DataGridRow">${selection(l.words.select, false)}${r
            .map((t) => `<div role="gridcell" tabindex="0" class="fui-TableCell fui-DataGridCell"><div class="fui-TableCellLayout"><div class="fui-TableCellLayout__content"><span class="fui-TableCellLayout__main">${t}</span></div></div></div>`)
            .join('')}</div>`,
      )
      .join('')}</div></div>`
  );
}

// ---- Shopify Polaris IndexTable: a sticky copy of the headings as divs above the table, a
// selection checkbox whose label is visually hidden, badges with their tone in hidden words,
// the ID as a bold Text, the pagination below.
function polaris(l: Lang): string {
  const badge = (t: string) => `<span class="Polaris-Badge Polaris-Badge--toneAttention"><span class="Polaris-Text--root Polaris-Text--visuallyHidden">Attention </span><span class="Polaris-Text--root Polaris-Text--bodySm">${t}</span></span>`;
  const checkbox = (label: string) =>
    `<label class="Polaris-Choice Polaris-Checkbox__ChoiceLabel Polaris-Choice--labelHidden"><span class="Polaris-Choice__Control"><span class="Polaris-Checkbox"><input type="checkbox" class="Polaris-Checkbox__Input" aria-invalid="false" role="checkbox" aria-checked="false" value=""><span class="Polaris-Checkbox__Backdrop"></span><span class="Polaris-Checkbox__Icon">${svg()}</span></span></span><span class="Polaris-Choice__Label"><span class="Polaris-Text--root Polaris-Text--visuallyHidden">${label}</span></span></label>`;
  const sticky =
    `<div class="Polaris-IndexTable__StickyTable" role="presentation"><div><div class="Polaris-IndexTable__StickyTableHeader"><div class="Polaris-IndexTable__StickyTableHeadings"><div class="Polaris-IndexTable__TableHeading Polaris-IndexTable__TableHeading--first Polaris-IndexTable__StickyTableHeading--second"><div class="Polaris-IndexTable__ColumnHeaderCheckboxWrapper">${checkbox('Select all')}</div></div>` +
    COLS.map((c) => `<div class="Polaris-IndexTable__TableHeading" style="min-width:150px"><span class="Polaris-Text--root Polaris-Text--bodySm Polaris-Text--medium">${l.labels[c]}</span></div>`).join('') +
    `</div></div></div></div>`;
  return (
    storeBar(l) +
    `<div class="Polaris-ShadowBevel" style="--pc-shadow-bevel-z-index:32"><div class="Polaris-Box"><div class="Polaris-IndexTable"><div class="Polaris-IndexTable__IndexTableWrapper Polaris-IndexTable__IndexTableWrapper--scrollBarHidden">${sticky}` +
    `<div class="Polaris-IndexTable-ScrollContainer"><table class="Polaris-IndexTable__Table Polaris-IndexTable__Table--sticky"><thead><tr><th class="Polaris-IndexTable__TableHeading Polaris-IndexTable__TableHeading--first" data-index-table-heading="true"><div class="Polaris-IndexTable__ColumnHeaderCheckboxWrapper">${checkbox('Select all')}</div></th>${COLS.map(
      (c, i) => `<th class="Polaris-IndexTable__TableHeading${i === 0 ? ' Polaris-IndexTable__TableHeading--second' : ''}" data-index-table-heading="true"><span class="Polaris-Text--root Polaris-Text--bodySm Polaris-Text--medium">${l.labels[c]}</span></th>`,
    ).join('')}</tr></thead>` +
    `<tbody>${l.rows
      .map(
        (r) =>
          `<tr id="${r[0]}" class="Polaris-IndexTable__TableRow"><td class="Polaris-IndexTable__TableCell Polaris-IndexTable__TableCell--first"><div class="Polaris-IndexTable__TableCell--first__checkbox"><div class="Polaris-IndexTable__CheckboxWrapper">${checkbox(l.words.select)}</div></div></td>${r
            .map(
              (t, i) =>
                `<td class="Polaris-IndexTable__TableCell">${i === 0 ? `<span class="Polaris-Text--root Polaris-Text--bodyMd Polaris-Text--semibold">${t}</span>` : COLS[i] === 'status' ? badge(t) : COLS[i] === 'amount' ? `<span class="Polaris-Text--root Polaris-Text--bodyMd Polaris-Text--end Polaris-Text--numeric">${t}</span>` : t}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('')}</tbody></table></div></div>` +
    `<div class="Polaris-IndexTable__ScrollBarContainer Polaris-IndexTable--scrollBarContainerHidden"><div class="Polaris-IndexTable__ScrollBar"><div class="Polaris-IndexTable__ScrollBarContent"></div></div></div></div>` +
    `<div class="Polaris-Box"><nav aria-label="Pagination" class="Polaris-Pagination"><div class="Polaris-ButtonGroup"><button class="Polaris-Button Polaris-Button--iconOnly Polaris-Button--disabled" aria-label="${l.words.prev}" type="button" disabled><span class="Polaris-Icon">${svg('Polaris-Icon__Svg')}</span></button><button class="Polaris-Button Polaris-Button--iconOnly Polaris-Button--disabled" aria-label="${l.words.next}" type="button" disabled><span class="Polaris-Icon">${svg('Polaris-Icon__Svg')}</span></button></div></nav></div></div></div>`
  );
}

// ---- Radix Themes Table: the ID in a row header cell, inside the ScrollArea's viewport and its
// display:table div, Badge statuses, an IconButton per row, the scrollbars.
function radixTable(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="rt-TableRoot rt-r-size-2 rt-variant-surface"><div class="rt-ScrollAreaRoot" dir="ltr" style="position:relative;--radix-scroll-area-corner-width:0px"><div data-radix-scroll-area-viewport="" class="rt-ScrollAreaViewport" style="overflow-x:scroll;overflow-y:hidden"><div style="min-width:100%;display:table"><table class="rt-TableRootTable">` +
    `<thead class="rt-TableHeader"><tr class="rt-TableRow">${COLS.map((c) => `<th class="rt-TableCell rt-TableColumnHeaderCell" scope="col"${c === 'amount' ? ' style="text-align:right"' : ''}>${l.labels[c]}</th>`).join('')}<th class="rt-TableCell rt-TableColumnHeaderCell" scope="col"></th></tr></thead>` +
    `<tbody class="rt-TableBody">${l.rows
      .map(
        (r) =>
          `<tr class="rt-TableRow"><th class="rt-TableCell rt-TableRowHeaderCell" scope="row"><a data-accent-color="" class="rt-Text rt-reset rt-Link rt-underline-auto" href="/disputes/${r[0]}">${r[0]}</a></th>${r
            .slice(1)
            .map((t, i) => `<td class="rt-TableCell">${COLS[i + 1] === 'status' ? `<span data-accent-color="orange" class="rt-reset rt-Badge rt-r-size-1 rt-variant-soft">${t}</span>` : t}</td>`)
            .join('')}<td class="rt-TableCell"><button data-accent-color="gray" type="button" class="rt-reset rt-BaseButton rt-r-size-1 rt-variant-ghost rt-IconButton" aria-label="${l.words.actions}" aria-haspopup="menu" aria-expanded="false" data-state="closed">${svg()}</button></td></tr>`,
      )
      .join('')}</tbody></table></div></div>` +
    `<div data-orientation="horizontal" data-state="visible" class="rt-ScrollAreaScrollbar rt-r-size-1" style="position:absolute;bottom:0px"><div data-state="visible" class="rt-ScrollAreaThumb" style="width:120px"></div></div></div></div>`
  );
}

// ---- Semantic UI: a sortable celled table, ui labels for statuses, an icon before the ID, a
// tfoot whose one cell holds the pagination menu.
function semantic(l: Lang): string {
  return (
    storeBar(l) +
    `<table class="ui celled striped selectable sortable table"><thead><tr>${COLS.map((c, i) => `<th class="${i === 4 ? 'sorted descending' : ''}">${l.labels[c]}</th>`).join('')}<th class="collapsing"></th></tr></thead>` +
    `<tbody>${l.rows
      .map(
        (r, n) =>
          `<tr${n === 0 ? ' class="warning"' : ''}><td class="collapsing"><i class="file alternate outline icon"></i> <a href="/disputes/${r[0]}">${r[0]}</a></td>${r
            .slice(1)
            .map((t, i) => `<td${i === 0 ? ' class="right aligned"' : ''}>${COLS[i + 1] === 'status' ? `<div class="ui ${n === 1 ? 'green' : 'orange'} horizontal label">${t}</div>` : t}</td>`)
            .join('')}<td class="collapsing"><div class="ui icon buttons"><button class="ui button" aria-label="${l.words.actions}"><i class="ellipsis vertical icon"></i></button></div></td></tr>`,
      )
      .join('')}</tbody>` +
    `<tfoot><tr><th colspan="7"><div class="ui right floated pagination menu"><a class="icon item" aria-label="${l.words.prev}"><i class="left chevron icon"></i></a><a class="active item">1</a><a class="item">2</a><a class="icon item" aria-label="${l.words.next}"><i class="right chevron icon"></i></a></div></th></tr></tfoot></table>`
  );
}

// ---- Semantic UI cards: one card per dispute, the ID as its header, the status in a label in the
// meta line, the other fields as "label: value" lines in the description.
function semanticCards(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="ui three stackable cards">${l.rows
      .map(
        (r) =>
          `<div class="ui card"><div class="content"><div class="right floated meta"><div class="ui tiny label">${r[2]}</div></div><div class="header"><span class="ui sub header">${l.labels.id}</span> ${r[0]}</div>` +
          `<div class="description"><div class="ui list">${[1, 3, 4, 5].map((i) => `<div class="item"><div class="header">${l.labels[COLS[i]!]}</div>${r[i]}</div>`).join('')}</div></div></div>` +
          `<div class="extra content"><a class="ui basic button" href="/disputes/${r[0]}"><i class="eye icon"></i>${l.words.actions}</a></div></div>`,
      )
      .join('')}</div>`
  );
}

// ---- Quasar q-table: the table's top bar with its title, material-icons sort ligatures in the
// header cells (after a left-aligned label, before a right-aligned one, aria-hidden), the bottom bar
// with "Records per page" select and the pager.
const qIcon = (name: string, cls = '') => `<i class="q-icon notranslate material-icons${cls}" aria-hidden="true" role="presentation">${name}</i>`;
const qBottom = (l: Lang) =>
  `<div class="q-table__bottom row items-center justify-end"><div class="q-table__separator col"></div><div class="q-table__control"><span class="q-table__bottom-item">Records per page:</span><label class="q-field row no-wrap items-start q-field--borderless q-select q-field--auto-height q-select--without-input q-field--float q-field--dense q-table__select"><div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1"><div class="q-field__control-container col relative-position row no-wrap q-anchor--skip"><div class="q-field__native row items-center"><span>10</span><input class="q-select__focus-target" readonly="" tabindex="0" role="combobox" aria-readonly="false" aria-autocomplete="none" aria-expanded="false" aria-controls="f_list" value=""></div></div><div class="q-field__append q-field__marginal row no-wrap items-center q-anchor--skip">${qIcon('arrow_drop_down', ' q-select__dropdown-icon')}</div></div></div></label></div>` +
  `<div class="q-table__control"><span class="q-table__bottom-item">1-3 ${l.words.of} 3</span><button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--round q-btn--actionable q-focusable q-hoverable q-btn--dense disabled" tabindex="-1" type="button" disabled="" aria-disabled="true"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row">${qIcon('chevron_left', ' q-icon--left')}</span></button><button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--round q-btn--actionable q-focusable q-hoverable q-btn--dense disabled" tabindex="-1" type="button" disabled="" aria-disabled="true"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row">${qIcon('chevron_right')}</span></button></div></div>`;
function quasar(l: Lang): string {
  const th = (c: Col) =>
    c === 'amount'
      ? `<th class="text-right sortable">${qIcon('arrow_upward', ' q-table__sort-icon q-table__sort-icon--right')}${l.labels[c]}</th>`
      : `<th class="text-left sortable">${l.labels[c]}${qIcon('arrow_upward', ' q-table__sort-icon q-table__sort-icon--left')}</th>`;
  const badge = (t: string) => `<div class="q-badge flex inline items-center no-wrap q-badge--single-line bg-orange" role="status" aria-label="${t}">${t}</div>`;
  return (
    storeBar(l) +
    `<div class="q-table__container q-table--horizontal-separator column no-wrap q-table__card q-table--no-wrap"><div class="q-table__top relative-position row items-center"><div class="q-table__control"><div class="q-table__title">${l.words.actions}</div></div></div>` +
    `<div class="q-table__middle q-virtual-scroll q-virtual-scroll--vertical scroll"><table class="q-table"><thead><tr><th class="q-table--col-auto-width">${'<div class="q-checkbox cursor-pointer no-outline row inline no-wrap items-center q-checkbox--dense" role="checkbox" aria-checked="false" tabindex="0"><div class="q-checkbox__inner relative-position non-selectable q-checkbox__inner--falsy" aria-hidden="true"><input class="hidden q-checkbox__native absolute q-ma-none q-pa-none" type="checkbox"><div class="q-checkbox__bg absolute"><svg class="q-checkbox__svg fit absolute-full" viewBox="0 0 24 24"><path class="q-checkbox__truthy" fill="none" d="M1.73,12.91 8.1,19.28 22.79,4.59"></path></svg></div></div></div>'}</th>${COLS.map(th).join('')}</tr></thead>` +
    `<tbody>${l.rows
      .map(
        (r) =>
          `<tr class=""><td class="q-table--col-auto-width"><div class="q-checkbox cursor-pointer no-outline row inline no-wrap items-center q-checkbox--dense" role="checkbox" aria-checked="false" tabindex="0"><div class="q-checkbox__inner relative-position non-selectable q-checkbox__inner--falsy" aria-hidden="true"><input class="hidden q-checkbox__native absolute q-ma-none q-pa-none" type="checkbox"><div class="q-checkbox__bg absolute"></div></div></div></td>${r
            .map((t, i) => `<td class="text-${i === 1 ? 'right' : 'left'}">${COLS[i] === 'status' ? badge(t) : t}</td>`)
            .join('')}</tr>`,
      )
      .join('')}</tbody></table></div>` +
    qBottom(l) +
    `</div>`
  );
}

// ---- Quasar q-table in grid mode: each row a q-card holding a dense q-list, each field a q-item
// with the column's label in the main section and the value as a caption in the side section.
function quasarGrid(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="q-table__container q-table--horizontal-separator column no-wrap q-table--grid q-table--no-wrap"><div class="q-table__top relative-position row items-center"><div class="q-table__control"><div class="q-table__title">${l.words.actions}</div></div><div class="q-table__separator col"></div><div class="q-table__control"><label class="q-field q-input q-field--outlined q-field--dense"><div class="q-field__inner"><div class="q-field__control"><div class="q-field__control-container"><input class="q-field__native q-placeholder" tabindex="0" placeholder="Search" type="search" value=""></div><div class="q-field__append">${qIcon('search')}</div></div></div></label></div></div>` +
    `<div class="q-table__grid-content row">${l.rows
      .map(
        (r) =>
          `<div class="q-pa-xs col-xs-12 col-sm-6 col-md-4 col-lg-3 grid-style-transition"><div class="q-card q-card--bordered q-card--flat no-shadow"><div class="q-list q-list--dense" role="list">${r
            .map(
              (t, i) =>
                `<div class="q-item q-item-type row no-wrap q-item--dense" role="listitem"><div class="q-item__section column q-item__section--main justify-center"><div class="q-item__label">${l.labels[COLS[i]!]}</div></div><div class="q-item__section column q-item__section--side justify-center"><div class="q-item__label q-item__label--caption text-caption">${t}</div></div></div>`,
            )
            .join('')}</div></div></div>`,
      )
      .join('')}</div>` +
    `<div class="q-table__bottom row items-center justify-end q-table__bottom--nodata" style="display:none"></div>` +
    qBottom(l) +
    `</div>`
  );
}

// ---- Quasar q-table grid mode with its default item: a card per row, a checkbox row, then a row
// per column of a title div and a value div.
function quasarGridDefault(l: Lang): string {
  return (
    storeBar(l) +
    `<div class="q-table__container q-table--horizontal-separator column no-wrap q-table--grid q-table--no-wrap"><div class="q-table__grid-content row">${l.rows
      .map(
        (r) =>
          `<div class="q-table__grid-item col-xs-12 col-sm-6 col-md-4 col-lg-3"><div class="q-table__grid-item-card q-table__card"><div class="q-table__grid-item-row"><div class="q-checkbox cursor-pointer no-outline row inline no-wrap items-center q-checkbox--dense" role="checkbox" aria-checked="false" tabindex="0"><div class="q-checkbox__inner relative-position non-selectable q-checkbox__inner--falsy" aria-hidden="true"><input class="hidden q-checkbox__native absolute q-ma-none q-pa-none" type="checkbox"><div class="q-checkbox__bg absolute"></div></div></div></div><hr class="q-separator q-separator--horizontal" aria-orientation="horizontal">` +
          r.map((t, i) => `<div class="q-table__grid-item-row"><div class="q-table__grid-item-title">${l.labels[COLS[i]!]}</div><div class="q-table__grid-item-value">${t}</div></div>`).join('') +
          `</div></div>`,
      )
      .join('')}</div>${qBottom(l)}</div>`
  );
}

// ---- Salesforce Lightning: lightning-datatable as rendered in light DOM (synthetic shadow): a
// role=grid table, a "Sort by:" assistive text and the label with a title in each sortable header,
// a resize handle with a range input, the first column a row header, row numbers, row actions.
function lightning(l: Lang, editable = false): string {
  const th = (c: Col, i: number) =>
    `<th class="slds-is-sortable slds-is-resizable" scope="col" aria-label="${l.labels[c]}" aria-sort="none" style="width:160px" tabindex="-1"><lightning-primitive-header-factory style="width:160px"><span><div class="slds-cell-fixed" style="width:160px"><a class="slds-th__action slds-text-link_reset" href="javascript:void(0);" role="button" tabindex="-1"><span class="slds-assistive-text">Sort by: </span><div class="slds-grid slds-grid_vertical-align-center slds-has-flexi-truncate"><span class="slds-truncate" title="${l.labels[c]}">${l.labels[c]}</span><lightning-primitive-icon><svg focusable="false" aria-hidden="true" viewBox="0 0 520 520" class="slds-icon slds-icon-text-default slds-is-sortable__icon"><use xlink:href="/_slds/icons/utility-sprite/svg/symbols.svg#arrowdown"></use></svg></lightning-primitive-icon></div></a>` +
    `<lightning-primitive-resize-handler><div class="slds-resizable"><input type="range" aria-label="${l.labels[c]} column width" class="slds-resizable__input slds-assistive-text" max="1000" min="50" tabindex="-1" id="rz-${i}"><span class="slds-resizable__handle" style="height:32px"><span class="slds-resizable__divider"></span></span></div></lightning-primitive-resize-handler></div></span></lightning-primitive-header-factory></th>`;
  const cell = (c: Col, t: string, i: number) => {
    const inner = `<lightning-primitive-cell-factory><span class="slds-grid slds-grid_align-spread"><div class="slds-truncate" title="${t}">${
      c === 'amount' ? `<lightning-formatted-number>${t}</lightning-formatted-number>` : c === 'id' ? `<lightning-formatted-url><a href="/disputes/${t}" target="_self" tabindex="-1">${t}</a></lightning-formatted-url>` : t
    }</div>${
      // an editable column's pencil, its words for screen readers naming the column
      editable && i > 0
        ? `<button class="slds-button slds-button_icon slds-cell-edit__button slds-m-left_x-small" tabindex="-1" title="${l.words.actions}: ${l.labels[c]}"><svg class="slds-button__icon slds-button__icon_hint slds-button__icon_small slds-button__icon_edit" aria-hidden="true"><use xlink:href="#edit"></use></svg><span class="slds-assistive-text">${l.words.actions}: ${l.labels[c]}</span></button>`
        : ''
    }</span></lightning-primitive-cell-factory>`;
    return i === 0
      ? `<th class="slds-cell-edit" scope="row" tabindex="-1" data-label="${l.labels[c]}" data-col-key-value="${c}-url-${i}">${inner}</th>`
      : `<td class="slds-cell-edit" role="gridcell" tabindex="-1" data-label="${l.labels[c]}" data-col-key-value="${c}-text-${i}">${inner}</td>`;
  };
  return (
    storeBar(l) +
    `<lightning-datatable class="slds-max-medium-table_stacked"><div class="dt-outer-container" style="height:100%"><lightning-primitive-datatable-iedit-panel></lightning-primitive-datatable-iedit-panel><div class="slds-table_header-fixed_container slds-scrollable_x" style="height:100%"><div class="slds-scrollable_y" tabindex="-1" style="height:100%">` +
    `<table class="slds-table slds-table_header-fixed slds-table_bordered slds-table_edit slds-table_resizable-cols" role="grid" aria-rowcount="4" aria-colcount="9" style="table-layout:fixed"><thead class=""><tr class="slds-line-height_reset">` +
    `<th class="slds-is-resizable" scope="col" style="width:52px" aria-label="Row Number" tabindex="-1"><lightning-primitive-header-factory><span><div class="slds-cell-fixed" style="width:52px"><span class="slds-assistive-text">Row Number</span></div></span></lightning-primitive-header-factory></th>` +
    `<th class="slds-is-resizable" scope="col" style="width:32px" aria-label="Choose a Row" tabindex="-1"><lightning-primitive-header-factory><span><div class="slds-th__action slds-th__action_form slds-cell-fixed" style="width:32px"><span class="slds-checkbox"><input type="checkbox" class="datatable-select-all" id="sa" tabindex="-1"><label class="slds-checkbox__label" for="sa"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label slds-assistive-text">Select All</span></label></span></div></span></lightning-primitive-header-factory></th>` +
    `${COLS.map(th).join('')}<th class="slds-is-resizable" scope="col" style="width:50px" aria-label="${l.words.actions}" tabindex="-1"><lightning-primitive-header-factory><span><div class="slds-cell-fixed" style="width:50px"><span class="slds-assistive-text">${l.words.actions}</span></div></span></lightning-primitive-header-factory></th></tr></thead>` +
    `<tbody>${l.rows
      .map(
        (r, n) =>
          `<tr class="slds-hint-parent" data-row-key-value="row-${n}" aria-selected="false" aria-rowindex="${n + 2}" data-rowindex="${n}">` +
          `<td class="slds-cell-edit slds-cell_action-mode" role="gridcell" tabindex="-1" data-label="" data-col-key-value="ROW_NUMBER"><lightning-primitive-cell-factory><span class="slds-grid slds-grid_align-spread"><span class="slds-row-number slds-text-body_small slds-text-color_weak"></span></span></lightning-primitive-cell-factory></td>` +
          `<td class="slds-cell-edit slds-cell_action-mode" role="gridcell" tabindex="-1" data-label="" data-col-key-value="SELECTABLE_ROW"><lightning-primitive-cell-checkbox><span class="slds-checkbox"><input type="checkbox" id="cb-${n}" tabindex="-1"><label class="slds-checkbox__label" for="cb-${n}"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label slds-assistive-text">Select item ${n + 1}</span></label></span></lightning-primitive-cell-checkbox></td>` +
          r.map((t, i) => cell(COLS[i]!, t, i)).join('') +
          `<td class="slds-cell-edit" role="gridcell" tabindex="-1" data-label="" data-col-key-value="ACTIONS"><lightning-primitive-cell-actions><lightning-button-menu class="slds-dropdown-trigger slds-dropdown-trigger_click"><button class="slds-button slds-button_icon-border-filled slds-button_icon-x-small" aria-haspopup="true" type="button" title="Show actions"><lightning-primitive-icon><svg focusable="false" aria-hidden="true" class="slds-button__icon"><use xlink:href="#down"></use></svg></lightning-primitive-icon><span class="slds-assistive-text">Show actions</span></button></lightning-button-menu></lightning-primitive-cell-actions></td></tr>`,
      )
      .join('')}</tbody></table></div></div></div></lightning-datatable>`
  );
}

// ---- grouping, totals and virtual scrolling rows between and around the dispute rows
/** Vuetify 3 group-by: a group header row (expand button, the group's value and count) before each group. */
function vuetifyGrouped(l: Lang): string {
  const header = (value: string, count: number) =>
    `<tr class="v-data-table-group-header-row" style="--v-data-table-group-header-row-depth:0"><td class="v-data-table__td v-data-table-column--align-start" colspan="8"><button type="button" class="v-btn v-btn--icon v-theme--light v-btn--density-default v-btn--size-small v-btn--variant-text"><span class="v-btn__overlay"></span><span class="v-btn__content" data-no-activator=""><i class="mdi-chevron-down mdi v-icon notranslate" aria-hidden="true"></i></span></button><span>${value}</span><span> (${count})</span></td></tr>`;
  let n = 0;
  return vuetify(l, false).replace(/<tr class="v-data-table__tr">/g, (m) => (n++ === 0 ? header(l.rows[0]![4]!, 1) : n === 2 ? header(l.rows[1]![4]!, 2) : '') + m);
}

/** Quasar virtual scroll: padding tbodies of one empty cell before and after the rows. */
function quasarVirtual(l: Lang): string {
  const pad = (h: number) => `<tbody class="q-virtual-scroll__padding"><tr><td style="height:${h}px;--q-virtual-scroll-item-height:48px" colspan="7"></td></tr></tbody>`;
  return quasar(l).replace(/<tbody>/, `${pad(0)}<tbody class="q-virtual-scroll__content" tabindex="-1">`).replace('</tbody></table>', `</tbody>${pad(480)}</table>`);
}

/** Element Plus with show-summary: the sums in a footer table of their own under the body. */
function elementPlusSummary(l: Lang): string {
  const sums = `<div class="el-table__footer-wrapper"><table class="el-table__footer" cellspacing="0" cellpadding="0" border="0" style="table-layout:fixed;width:1135px"><tbody><tr><td class="el-table_1_column_1 el-table__cell" colspan="1" rowspan="1"><div class="cell">Total</div></td><td class="el-table_1_column_2 el-table__cell"><div class="cell">N/A</div></td><td class="el-table_1_column_3 el-table__cell"><div class="cell">1400.00</div></td>${[4, 5, 6, 7, 8].map((n) => `<td class="el-table_1_column_${n} el-table__cell"><div class="cell"></div></td>`).join('')}</tr></tbody></table></div>`;
  return elementPlus(l).replace('<div class="el-table__border-left-patch">', `${sums}<div class="el-table__border-left-patch">`);
}

/** PrimeReact rowGroupMode="subheader": a group header row and a group footer row with a count. */
function primeSubheaders(l: Lang): string {
  const head = (t: string) => `<tr class="p-rowgroup-header" role="row"><td colspan="7"><span class="p-rowgroup-header-name"><span class="font-bold">${t}</span></span></td></tr>`;
  const foot = (n: number) => `<tr class="p-rowgroup-footer" role="row"><td colspan="6"><div class="flex justify-content-end font-bold w-full">Total</div></td><td>${n}</td></tr>`;
  let n = 0;
  return prime(l, false)
    .replace(/<tr role="row" draggable="false"/g, (m) => (n++ === 0 ? head(l.rows[0]![4]!) : n === 2 ? foot(1) + head(l.rows[1]![4]!) : '') + m)
    .replace('</tbody>', `${foot(2)}</tbody>`);
}

const MARKUPS: [string, (l: Lang) => string][] = [
  ['Mantine Table (sort buttons, Badge, Anchor, checkbox and menu columns, Pagination)', mantineTable],
  ['mantine-datatable (selection column, sortable titles, pagination bar)', mantineDataTable],
  ['Vuetify v-data-table (desktop: sort icons, v-chip, expand button, footer)', (l) => vuetify(l, false)],
  ['Vuetify v-data-table (mobile rows: each cell a title and a value)', (l) => vuetify(l, true)],
  ['Vuetify 2 v-data-table (aria-labels that say each column\'s sort state)', vuetify2],
  ['Element Plus el-table (header and body in two tables, fixed columns, el-pagination)', elementPlus],
  ['Element UI 2 el-table with fixed columns (a fixed-left and a fixed-right copy of every row and header)', elementUiFixed],
  ['PrimeReact DataTable (responsive stack: .p-column-title in every cell)', (l) => prime(l, false)],
  ['PrimeVue DataTable (responsive stack: .p-datatable-column-title in every cell)', (l) => prime(l, true)],
  ['Carbon DataTable (toolbar, sort buttons, checkboxes, overflow menu, pagination)', carbonTable],
  ['Carbon StructuredList (role=table of divs, selectable rows: a radio input beside the cells)', carbonStructured],
  ['Fluent UI DetailsList (role=grid of divs, cells inside a presentation div, sizers between the headers)', fluent],
  ['Fluent UI DetailsList without selection (all cells inside the presentation div)', (l) => fluent(l, false)],
  ['Fluent UI DetailsList with groups (a group header row before each group)', fluentGrouped],
  ['Fluent UI v9 DataGrid (rowgroups, header buttons, selection cells, TableCellLayout)', fluentV9],
  ['Shopify Polaris IndexTable (a copy of the headings as divs for its sticky header, badge tones in hidden words)', polaris],
  ['Radix Themes Table (row header cells, badges, icon buttons)', radixTable],
  ['Semantic UI sortable table (labels, icons, pagination menu in tfoot)', semantic],
  ['Semantic UI cards (header, label, list of header/value items)', semanticCards],
  ['Quasar q-table (material-icons sort ligatures, bottom bar)', quasar],
  ['Quasar q-table in grid mode (cards of q-items: label and caption)', quasarGrid],
  ['Quasar q-table in grid mode, its default item (title and value divs per column)', quasarGridDefault],
  ['Salesforce Lightning lightning-datatable (light DOM)', (l) => lightning(l)],
  ['Salesforce Lightning lightning-datatable with inline-editable columns (a pencil button after each value)', (l) => lightning(l, true)],
  ['Vuetify v-data-table grouped (a group header row before each group)', vuetifyGrouped],
  ['Quasar q-table with virtual scrolling (padding tbodies before and after the rows)', quasarVirtual],
  ['Element Plus el-table with show-summary (the sums in a footer table)', elementPlusSummary],
  ['PrimeReact DataTable grouped by subheaders (group header and footer rows)', primeSubheaders],
];

describe('list pages as more UI kits render them', () => {
  const cases = MARKUPS.flatMap(([name, page]) => (['en', 'de', 'sv', 'fi', 'nb', 'da'] as const).map((lang) => [`${name} (${lang})`, page, LANGS[lang]] as const));
  it.each(cases)('%s', (_name, page, l) => {
    const r = read(page(l), l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.storeId).toBe(STORE);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

describe('the same pages without a lang attribute: the language from their labels', () => {
  const readNoLang = (body: string) => readPortalPage(new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });
  it.each(MARKUPS.flatMap(([name, page]) => (['en', 'de', 'sv', 'fi', 'nb', 'da'] as const).map((lang) => [`${name} (${lang})`, page, LANGS[lang]] as const)))('%s', (_name, page, l) => {
    const r = readNoLang(page(l));
    expect(r.problems).toEqual([]);
    expect(r.locale).toBe(l.tag);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

describe('read again after the page changes a row, as a fresh copy of it reads (row memory)', () => {
  it.each(MARKUPS.flatMap(([name, page]) => (['en', 'de'] as const).map((lang) => [`${name} (${lang})`, page, LANGS[lang]] as const)))('%s', (_name, page, l) => {
    // (DP-1002's amount changed to DP-1001's)
    expect(readAfterRowChange(page(l), l, TZ).find((f) => f.id === 'DP-1002')?.amount).toEqual(EXPECTED[0]!.amount);
  });
});


describe('empty states and loading placeholders: a list with no disputes and nothing to report', () => {
  const none = (l: Lang): Lang => ({ ...l, rows: [] });
  const inBody = (html: string, rowsHtml: string) => html.replace(/<tbody([^>]*)><\/tbody>/, `<tbody$1>${rowsHtml}</tbody>`);
  const skeletonRows = (cell: (c: Col) => string, before = '') => [0, 1, 2].map(() => `<tr>${before}${COLS.map(cell).join('')}</tr>`).join('');
  const EMPTY: [string, (l: Lang) => string][] = [
    [
      'mantine-datatable: its empty state (icon and "No records") under an empty body',
      (l) => mantineDataTable(none(l)).replace('<div class="m_c44ba933', `<div class="mantine-datatable-empty-state"><div class="mantine-datatable-empty-state-icon">${svg()}</div><p class="mantine-Text-root" data-size="sm">${l.words.empty}</p></div><div class="m_c44ba933`),
    ],
    ['Vuetify: the "no data" row', (l) => inBody(vuetify(none(l), false), `<tr class="v-data-table-rows-no-data"><td colspan="8">${l.words.empty}</td></tr>`)],
    [
      'Vuetify: loading (a progress bar row in the head, a "Loading items..." row)',
      (l) =>
        inBody(vuetify(none(l), false), `<tr class="v-data-table-rows-loading"><td colspan="8">Loading items...</td></tr>`).replace(
          '</thead>',
          `</thead><thead><tr class="v-data-table-progress"><th colspan="8"><div class="v-progress-linear v-theme--light v-progress-linear--active" role="progressbar" aria-hidden="false" aria-valuemin="0" aria-valuemax="100"><div class="v-progress-linear__background"></div><div class="v-progress-linear__indeterminate"><div class="v-progress-linear__indeterminate long"></div><div class="v-progress-linear__indeterminate short"></div></div></div></th></tr></thead>`,
        ),
    ],
    ['Element Plus: the empty block after the empty body table', (l) => elementPlus(none(l)).replace('</table></div></div>', `</table><div class="el-table__empty-block" style="height:100%;width:1135px"><span class="el-table__empty-text">${l.words.empty}</span></div></div></div>`)],
    ['PrimeReact: the empty message row', (l) => inBody(prime(none(l), false), `<tr class="p-datatable-emptymessage" role="row"><td colspan="7" role="cell">${l.words.empty}</td></tr>`)],
    [
      'PrimeReact: skeleton rows while loading (each cell its column title and a p-skeleton)',
      (l) => inBody(prime(none(l), false), skeletonRows((c) => `<td role="cell"><span class="p-column-title">${l.labels[c]}</span><div class="p-skeleton p-component" style="width:100%;height:1rem"></div></td>`, '<td role="cell"></td>')),
    ],
    [
      'Carbon DataTableSkeleton (the headers, empty spans in the cells)',
      (l) =>
        storeBar(l) +
        `<div class="cds--skeleton cds--data-table-container"><div class="cds--data-table-header"><div class="cds--data-table-header__title"></div><div class="cds--data-table-header__description"></div></div><section class="cds--table-toolbar"><div class="cds--toolbar-content"><span class="cds--skeleton cds--btn cds--btn--sm"></span></div></section>` +
        `<table class="cds--skeleton cds--data-table cds--data-table--zebra"><thead><tr>${COLS.map((c) => `<th><div class="cds--table-header-label">${l.labels[c]}</div></th>`).join('')}</tr></thead><tbody>${skeletonRows(() => '<td><span></span></td>')}</tbody></table></div>`,
    ],
    ['Quasar: the no-data bottom bar under the header', (l) => quasar(none(l)).replace(/<div class="q-table__bottom row items-center justify-end">[\s\S]*$/, `<div class="q-table__bottom row items-center q-table__bottom--nodata">${qIcon('warning', ' q-table__bottom-nodata-icon')}${l.words.empty}</div></div>`)],
    ['Semantic UI: a message row across the table', (l) => inBody(semantic(none(l)), `<tr><td colspan="7" class="center aligned"><div class="ui message">${l.words.empty}</div></td></tr>`)],
    [
      'Lightning datatable: the loading row (spinner and its assistive text)',
      (l) =>
        inBody(
          lightning(none(l)),
          `<tr><td colspan="9"><lightning-primitive-datatable-loading-indicator><div class="slds-is-relative"><lightning-spinner variant="brand" size="small" alternative-text="Loading"><div role="status" class="slds-spinner slds-spinner_brand slds-spinner_small"><span class="slds-assistive-text">Loading</span><div class="slds-spinner__dot-a"></div><div class="slds-spinner__dot-b"></div></div></lightning-spinner></div></lightning-primitive-datatable-loading-indicator></td></tr>`,
        ),
    ],
    ['Fluent UI DetailsList with no rows', (l) => fluent(none(l))],
    ['Carbon StructuredList with no rows', (l) => carbonStructured(none(l))],
  ];
  it.each(EMPTY.flatMap(([name, page]) => (['en', 'de', 'fi'] as const).map((lang) => [`${name} (${lang})`, page, LANGS[lang]] as const)))('%s', (_name, page, l) => {
    const r = read(page(l), l.tag);
    expect(r).toMatchObject({ page: 'dispute_list', disputes: [], problems: [], storeId: STORE });
  });
});

describe('a dispute\'s details in a drawer or panel over the list (rendered at the end of <body>)', () => {
  const extra: Record<string, { country: string; order: string; orderLabel: string; countryLabel: string; close: string }> = {
    en: { country: 'Sweden', order: 'ORD-55012', orderLabel: 'Order ID', countryLabel: 'Buyer country', close: 'Close' },
    de: { country: 'Schweden', order: 'ORD-55012', orderLabel: 'Bestell-ID', countryLabel: 'Land des Käufers', close: 'Schließen' },
    sv: { country: 'Sverige', order: 'ORD-55012', orderLabel: 'Order-ID', countryLabel: 'Köparens land', close: 'Stäng' },
  };
  /** the second dispute's fields, [label, value] */
  const fields = (l: Lang, lang: string) => {
    const r = l.rows[1]!;
    const x = extra[lang]!;
    return [[l.labels.id, r[0]!], [l.labels.amount, r[1]!], [l.labels.status, r[2]!], [l.labels.reason, r[3]!], [x.orderLabel, x.order], [x.countryLabel, x.country]] as const;
  };
  const DRAWERS: [string, (l: Lang, lang: string) => string][] = [
    [
      'Fluent UI Panel (a Layer: dialog, close button, Label/Text stacks) over a DetailsList',
      (l, lang) =>
        fluent(l) +
        `<div class="ms-Layer ms-Layer--fixed"><div class="ms-Fabric ms-Layer-content"><div class="ms-Panel is-open ms-Panel--hasCloseButton ms-Panel--medium" role="dialog" aria-modal="true" aria-labelledby="Panel-title"><div class="ms-Overlay ms-Panel-overlay"></div><div class="ms-Panel-main"><div class="ms-Panel-commands"><div class="ms-Panel-navigation"><button type="button" class="ms-Button ms-Button--icon ms-Panel-closeButton" aria-label="${extra[lang]!.close}"><i data-icon-name="Cancel" aria-hidden="true" class="ms-Icon"></i></button></div></div>` +
        `<div class="ms-Panel-contentInner"><div class="ms-Panel-header"><div class="ms-Panel-headerText" id="Panel-title" role="heading" aria-level="1">${l.rows[1]![0]}</div></div><div class="ms-Panel-scrollableContent" data-is-scrollable="true"><div class="ms-Panel-content">${fields(l, lang)
          .map(([label, value]) => `<div class="ms-Stack"><label class="ms-Label">${label}</label><span class="ms-Text">${value}</span></div>`)
          .join('')}</div></div></div></div></div></div></div>`,
    ],
    [
      'Mantine Drawer (a portal: overlay, dialog section, title, close button, stats) over a Mantine Table',
      (l, lang) =>
        mantineTable(l) +
        `<div data-portal="true"><div class="m_f11b401e mantine-Drawer-root" data-offset-scrollbars="true"><div class="m_9814e45f mantine-Overlay-root mantine-Drawer-overlay" style="--overlay-bg:rgba(0,0,0,0.6)"></div><div class="m_b10c7ee9 mantine-Drawer-inner" style="z-index:200"><section class="m_fd1ab0aa mantine-Paper-root mantine-Drawer-content" role="dialog" tabindex="-1" aria-modal="true" aria-describedby="drawer-body" aria-labelledby="drawer-title">` +
        `<header class="m_5a7c2c9 mantine-Drawer-header"><h2 class="m_615af6c9 mantine-Drawer-title" id="drawer-title">${l.rows[1]![0]}</h2><button class="mantine-focus-auto m_606cb269 mantine-CloseButton-root mantine-Drawer-close" type="button" aria-label="${extra[lang]!.close}">${svg()}</button></header>` +
        `<div class="m_5df29311 mantine-Drawer-body" id="drawer-body"><div class="m_2415a157 mantine-SimpleGrid-root">${fields(l, lang)
          .map(([label, value]) => `<div class="m_6d731127 mantine-Stack-root"><p class="m_b6d8b162 mantine-Text-root" data-size="xs">${label}</p><p class="m_b6d8b162 mantine-Text-root">${value}</p></div>`)
          .join('')}</div></div></section></div></div></div>`,
    ],
    [
      'Element Plus el-drawer (el-descriptions, bordered) over an el-table',
      (l, lang) =>
        elementPlus(l) +
        `<div class="el-overlay" style="z-index:2003"><div class="el-drawer rtl open" role="dialog" aria-modal="true" aria-labelledby="el-id-1-1" aria-label="${l.rows[1]![0]}" style="width:40%"><header class="el-drawer__header"><span class="el-drawer__title" id="el-id-1-1" role="heading">${l.rows[1]![0]}</span><button class="el-drawer__close-btn" type="button" aria-label="${extra[lang]!.close}"><i class="el-icon el-drawer__close">${svg()}</i></button></header>` +
        `<div class="el-drawer__body"><div class="el-descriptions"><div class="el-descriptions__body"><table class="el-descriptions__table is-bordered el-descriptions--default"><tbody>${fields(l, lang)
          .map(([label, value]) => `<tr><td class="el-descriptions__label el-descriptions__cell is-bordered-label" colspan="1">${label}</td><td class="el-descriptions__content el-descriptions__cell is-bordered-content" colspan="1">${value}</td></tr>`)
          .join('')}</tbody></table></div></div></div></div></div>`,
    ],
  ];
  it.each(DRAWERS.flatMap(([name, page]) => (['en', 'de', 'sv'] as const).map((lang) => [`${name} (${lang})`, page, lang] as const)))('%s: the list\'s disputes, the one in the drawer with what it adds', (_name, page, lang) => {
    const l = LANGS[lang];
    const r = read(page(l, lang), l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0], { ...EXPECTED[1], orderId: 'ORD-55012', buyerCountry: 'SE' }, EXPECTED[2]]);
  });
});
