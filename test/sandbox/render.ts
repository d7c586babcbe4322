// HTML of the sandbox portal's pages. Markup is deliberately NOT the real portal's and differs per
// layout (table / cards for lists, label-value grid / definition list for details), so that a page
// reader is proven to depend on visible text only. Every value is escaped.
import { STORES, TABS, tabOf, type SandboxDispute, type SandboxTab } from './data';
import {
  LANGS,
  countryName,
  eventLabel,
  fieldLabel,
  formatAmount,
  formatDate,
  formatDateTime,
  fractionDigits,
  outcomeLabel,
  statusLabel,
  tabLabel,
  ui,
  NETWORK_NAMES,
  type Field,
  type Lang,
} from './i18n';

export type ListLayout = 'table' | 'cards';
export type DetailLayout = 'grid' | 'dl';
export type SortKey = 'created' | 'respond_by' | 'amount';
export type SortDir = 'asc' | 'desc';

/** Query parameters carried from page to page (the SPA keeps them on every navigation). */
export const STICKY_PARAMS = ['lang', 'theme', 'layout', 'detail', 'store', 'now', 'seed', 'count', 'tz', 'delay', 'pageSize'] as const;

export interface View {
  lang: Lang;
  theme: 'light' | 'dark';
  layout: ListLayout;
  detail: DetailLayout;
  store: string;
  tab: SandboxTab;
  q: string;
  page: number;
  pageSize: number;
  sort: SortKey;
  dir: SortDir;
  timeZone: string;
  /** sticky parameters as they came in, for links */
  sticky: URLSearchParams;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 5000;

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A link inside the sandbox that keeps the sticky parameters. */
export function href(view: View, path: string, extra: Record<string, string | number | null> = {}): string {
  const p = new URLSearchParams(view.sticky);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null) p.delete(k);
    else p.set(k, String(v));
  }
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}

// ---------------------------------------------------------------------------------------------
// Selection: store, search, tab, sort, page

export function matchesQuery(d: SandboxDispute, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [d.facts.id, d.facts.orderId, d.facts.merchantReference].some((v) => v.toLowerCase().includes(needle));
}

export function tabCounts(disputes: readonly SandboxDispute[]): Record<SandboxTab, number> {
  const counts: Record<SandboxTab, number> = { response_required: 0, under_review: 0, no_response_needed: 0, closed: 0, all: 0 };
  for (const d of disputes) {
    counts[tabOf(d.facts.status)]++;
    counts.all++;
  }
  return counts;
}

function majorAmount(d: SandboxDispute): number {
  return d.facts.amount.amountMinor / 10 ** fractionDigits(d.facts.amount.currency);
}

function sortValue(d: SandboxDispute, key: SortKey): number | null {
  switch (key) {
    case 'created':
      return Date.parse(d.facts.createdAt);
    case 'respond_by':
      return d.facts.dueBy ? Date.parse(d.facts.dueBy) : null;
    case 'amount':
      return majorAmount(d);
  }
}

/** Sorted copy; missing values (no deadline) always last; ties by dispute ID for a stable order. */
export function sortDisputes(list: readonly SandboxDispute[], key: SortKey, dir: SortDir): SandboxDispute[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb === null) return a.facts.id.localeCompare(b.facts.id);
    if (va === null) return 1;
    if (vb === null) return -1;
    return (va - vb) * sign || a.facts.id.localeCompare(b.facts.id);
  });
}

export interface ListSelection {
  counts: Record<SandboxTab, number>;
  rows: SandboxDispute[];
  total: number;
  page: number;
  pages: number;
}

export function selectList(all: readonly SandboxDispute[], view: View): ListSelection {
  const inStore = all.filter((d) => d.facts.storeId === view.store && matchesQuery(d, view.q));
  const counts = tabCounts(inStore);
  const inTab = view.tab === 'all' ? inStore : inStore.filter((d) => tabOf(d.facts.status) === view.tab);
  const sorted = sortDisputes(inTab, view.sort, view.dir);
  const pages = Math.max(1, Math.ceil(sorted.length / view.pageSize));
  const page = Math.min(Math.max(1, view.page), pages);
  const rows = sorted.slice((page - 1) * view.pageSize, page * view.pageSize);
  return { counts, rows, total: sorted.length, page, pages };
}

// ---------------------------------------------------------------------------------------------
// Values as the pages show them

function statusText(view: View, d: SandboxDispute): string {
  return d.outcome ? outcomeLabel(view.lang, d.outcome) : statusLabel(view.lang, d.facts.status);
}

function paymentMethodText(view: View, d: SandboxDispute): string {
  switch (d.paymentMethod) {
    case 'klarna':
      return 'Klarna';
    case 'billie':
      return 'Billie';
    case 'generic_card':
      return ui(view.lang, 'card');
    case 'network':
      return NETWORK_NAMES[d.facts.network ?? ''] ?? ui(view.lang, 'card');
  }
}

function pill(view: View, d: SandboxDispute): string {
  return `<span class="pill pill-${esc(tabOf(d.facts.status))}">${esc(statusText(view, d))}</span>`;
}

function sortData(d: SandboxDispute): string {
  const due = d.facts.dueBy ? Date.parse(d.facts.dueBy) : '';
  return `data-created="${Date.parse(d.facts.createdAt)}" data-respond_by="${due}" data-amount="${majorAmount(d)}" data-key="${esc(d.facts.id)}"`;
}

// ---------------------------------------------------------------------------------------------
// List page

const TABLE_COLUMNS: readonly Field[] = [
  'disputeId', 'orderId', 'merchantReference', 'amount', 'status', 'reason', 'paymentMethod', 'buyerCountry', 'created', 'respondBy',
];
const SORTABLE: Partial<Record<Field, SortKey>> = { created: 'created', respondBy: 'respond_by', amount: 'amount' };

export function listRowsHtml(view: View, rows: readonly SandboxDispute[]): string {
  if (rows.length === 0) {
    return view.layout === 'table'
      ? `<tr class="empty"><td colspan="${TABLE_COLUMNS.length}">${esc(ui(view.lang, 'noDisputes'))}</td></tr>`
      : `<li class="empty">${esc(ui(view.lang, 'noDisputes'))}</li>`;
  }
  return rows.map((d) => (view.layout === 'table' ? tableRow(view, d) : cardItem(view, d))).join('');
}

function tableRow(view: View, d: SandboxDispute): string {
  const f = d.facts;
  const cells: Record<Field, string> = {
    disputeId: `<a href="${esc(href(view, `/disputes/${encodeURIComponent(f.id)}`))}">${esc(f.id)}</a>`,
    orderId: `<span class="mono">${esc(f.orderId)}</span>`,
    merchantReference: esc(f.merchantReference),
    amount: esc(formatAmount(view.lang, f.amount.amountMinor, f.amount.currency, 'symbol')),
    status: pill(view, d),
    reason: esc(d.reasonText),
    paymentMethod: esc(paymentMethodText(view, d)),
    buyerCountry: f.buyerCountry ? esc(countryName(view.lang, f.buyerCountry)) : '',
    created: esc(formatDateTime(view.lang, f.createdAt, view.timeZone, 'medium')),
    respondBy: f.dueBy ? esc(formatDateTime(view.lang, f.dueBy, view.timeZone, 'medium')) : '',
    store: '',
    networkReasonCode: '',
  };
  const tds = TABLE_COLUMNS.map((c) => `<td class="c-${c}">${cells[c]}</td>`).join('');
  return `<tr ${sortData(d)}>${tds}</tr>`;
}

function cardItem(view: View, d: SandboxDispute): string {
  const f = d.facts;
  // "Label: value" with the label as a bare text node, as the vocabulary's pitfalls describe.
  const line = (field: Field, value: string): string => `<li>${esc(fieldLabel(view.lang, field))}: <span>${value}</span></li>`;
  const lines = [
    line('disputeId', `<a href="${esc(href(view, `/disputes/${encodeURIComponent(f.id)}`))}">${esc(f.id)}</a>`),
    line('amount', `<b>${esc(formatAmount(view.lang, f.amount.amountMinor, f.amount.currency, 'code'))}</b>`),
    line('reason', esc(d.reasonText)),
  ];
  if (d.networkReasonCode) lines.push(line('networkReasonCode', esc(d.networkReasonCode)));
  lines.push(line('paymentMethod', esc(paymentMethodText(view, d))));
  lines.push(line('orderId', esc(f.orderId)), line('merchantReference', esc(f.merchantReference)));
  if (f.buyerCountry) lines.push(line('buyerCountry', esc(f.buyerCountry)));
  lines.push(line('created', esc(formatDateTime(view.lang, f.createdAt, view.timeZone, 'short'))));
  if (f.dueBy) lines.push(line('respondBy', `<strong>${esc(formatDateTime(view.lang, f.dueBy, view.timeZone, 'medium'))}</strong>`));
  return (
    `<li class="dispute-card" ${sortData(d)}><article>` +
    `<div class="card-top"><span>${esc(fieldLabel(view.lang, 'status'))}: ${pill(view, d)}</span></div>` +
    `<ul class="card-lines">${lines.join('')}</ul></article></li>`
  );
}

/** The sort in links, left out when it is the default (newest first). */
function sortParams(view: View): Record<string, string | null> {
  const isDefault = view.sort === 'created' && view.dir === 'desc';
  return { sort: isDefault ? null : view.sort, dir: isDefault ? null : view.dir };
}

export function tabsHtml(view: View, counts: Record<SandboxTab, number>): string {
  return TABS.map((tab) => {
    const selected = tab === view.tab;
    const link = href(view, '/disputes', { tab, q: view.q || null, ...sortParams(view), page: null });
    return (
      `<a role="tab" class="tab" data-tab="${tab}" aria-selected="${selected}" href="${esc(link)}">` +
      `${esc(tabLabel(view.lang, tab))} <span class="count" data-count>${counts[tab]}</span></a>`
    );
  }).join('');
}

export function pagerHtml(view: View, sel: ListSelection): string {
  const link = (page: number): string =>
    esc(href(view, '/disputes', { tab: view.tab, q: view.q || null, page, ...sortParams(view) }));
  const prev = sel.page > 1 ? `<a class="pager-link" href="${link(sel.page - 1)}">${esc(ui(view.lang, 'previous'))}</a>` : '';
  const next = sel.page < sel.pages ? `<a class="pager-link" href="${link(sel.page + 1)}">${esc(ui(view.lang, 'next'))}</a>` : '';
  return `${prev}<span class="pager-pos">${esc(ui(view.lang, 'pageOf', { page: sel.page, pages: sel.pages }))}</span>${next}`;
}

export function listHtml(view: View, all: readonly SandboxDispute[]): string {
  const sel = selectList(all, view);
  const search =
    `<form class="search" role="search" data-search action="/disputes" method="get">` +
    `<input type="search" name="q" value="${esc(view.q)}" placeholder="${esc(ui(view.lang, 'searchPlaceholder'))}" aria-label="${esc(ui(view.lang, 'search'))}">` +
    `<button type="submit">${esc(ui(view.lang, 'search'))}</button></form>`;
  const head = `<h1>${esc(ui(view.lang, 'sectionTitle'))}</h1>${search}<div class="tabs" role="tablist" data-tabs>${tabsHtml(view, sel.counts)}</div>`;
  let body: string;
  if (view.layout === 'table') {
    const ths = TABLE_COLUMNS.map((c) => {
      const key = SORTABLE[c];
      const label = esc(fieldLabel(view.lang, c));
      if (!key) return `<th scope="col">${label}</th>`;
      const sort = key === view.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none';
      return `<th scope="col" aria-sort="${sort}"><button type="button" class="sort" data-sort="${key}">${label}</button></th>`;
    }).join('');
    body = `<div class="table-wrap"><table class="disputes"><thead><tr>${ths}</tr></thead><tbody data-rows>${listRowsHtml(view, sel.rows)}</tbody></table></div>`;
  } else {
    const options = (['created', 'respond_by', 'amount'] as const)
      .map((k) => {
        const field: Field = k === 'respond_by' ? 'respondBy' : k;
        return `<option value="${k}"${k === view.sort ? ' selected' : ''}>${esc(fieldLabel(view.lang, field))}</option>`;
      })
      .join('');
    body =
      `<div class="sortbar"><label>${esc(ui(view.lang, 'sortBy'))} <select data-sort-select>${options}</select></label></div>` +
      `<ul class="cards" data-rows>${listRowsHtml(view, sel.rows)}</ul>`;
  }
  return `<section class="list list-${view.layout}" data-list="${view.layout}" data-sort-key="${view.sort}" data-sort-dir="${view.dir}">${head}${body}<nav class="pager" data-pager data-pages="${sel.pages}">${pagerHtml(view, sel)}</nav></section>`;
}

// ---------------------------------------------------------------------------------------------
// Detail page

export function detailHtml(view: View, d: SandboxDispute): string {
  const f = d.facts;
  const dateStyle = view.detail === 'grid' ? 'long' : 'medium';
  const fields: [Field, string][] = [
    ['disputeId', esc(f.id)],
    ['status', esc(statusText(view, d))],
    ['amount', esc(formatAmount(view.lang, f.amount.amountMinor, f.amount.currency, 'symbol'))],
    ['reason', esc(d.reasonText)],
  ];
  if (d.networkReasonCode) fields.push(['networkReasonCode', esc(d.networkReasonCode)]);
  fields.push(
    ['paymentMethod', esc(paymentMethodText(view, d))],
    ['orderId', esc(f.orderId)],
    ['merchantReference', esc(f.merchantReference)],
    ['created', esc(formatDateTime(view.lang, f.createdAt, view.timeZone, dateStyle))],
  );
  if (f.dueBy) fields.push(['respondBy', esc(formatDateTime(view.lang, f.dueBy, view.timeZone, dateStyle))]);
  if (f.buyerCountry) fields.push(['buyerCountry', esc(countryName(view.lang, f.buyerCountry))]);
  fields.push(['store', esc(f.storeId)]);

  const facts =
    view.detail === 'grid'
      ? `<div class="field-grid">${fields
          .map(([k, v]) => `<div class="field"><div class="field-label">${esc(fieldLabel(view.lang, k))}</div><div class="field-value">${v}</div></div>`)
          .join('')}</div>`
      : `<dl class="facts">${fields.map(([k, v]) => `<dt>${esc(fieldLabel(view.lang, k))}</dt><dd>${v}</dd>`).join('')}</dl>`;

  const actionable = f.status === 'open' || f.status === 'warning_needs_response';
  const actions = actionable
    ? `<div class="actions"><button type="button" class="btn" data-action="accept">${esc(ui(view.lang, 'acceptDispute'))}</button>` +
      `<button type="button" class="btn btn-primary" data-action="counter">${esc(ui(view.lang, 'counterDispute'))}</button></div>` +
      `<p class="note" role="status" data-note hidden>${esc(ui(view.lang, 'sandboxNote'))}</p>`
    : '';

  const events = d.timeline
    .map((e) => {
      let text = eventLabel(view.lang, e.kind);
      if (e.kind === 'decided' && d.outcome) text += `: ${outcomeLabel(view.lang, d.outcome)}`;
      if (e.kind === 'decided' && d.refundedMinor !== undefined) {
        text += ` (${formatAmount(view.lang, d.refundedMinor, f.amount.currency)} ${ui(view.lang, 'refunded')})`;
      }
      const when = formatDateTime(view.lang, e.at, view.timeZone, 'medium');
      return `<li class="evt evt-${e.kind}"><time datetime="${esc(e.at)}">${esc(when)}</time> <span>${esc(text)}</span></li>`;
    })
    .join('');
  const timeline =
    view.detail === 'grid'
      ? `<section class="timeline"><h2>${esc(ui(view.lang, 'timeline'))}</h2><ol>${events}</ol></section>`
      : `<aside class="timeline timeline-side"><h3>${esc(ui(view.lang, 'timeline'))}</h3><ul>${events}</ul></aside>`;

  const back = `<p class="crumbs"><a href="${esc(href(view, '/disputes'))}">${esc(ui(view.lang, 'backToList'))}</a></p>`;
  const parts = view.detail === 'grid' ? [facts, actions, timeline] : [facts, timeline, actions];
  return `<section class="detail detail-${view.detail}" data-detail="${view.detail}">${back}<h1>${esc(d.reasonText)}</h1>${parts.join('')}</section>`;
}

// ---------------------------------------------------------------------------------------------
// Home, orders, not found

export function homeHtml(view: View, all: readonly SandboxDispute[]): string {
  const counts = tabCounts(all.filter((d) => d.facts.storeId === view.store));
  const uncaptured = 3 + (counts.all % 5);
  return (
    `<section class="home"><h1>${esc(ui(view.lang, 'homeTitle'))}</h1><p>${esc(ui(view.lang, 'welcome'))}</p>` +
    `<div class="home-cards"><div class="home-card"><h2>${esc(ui(view.lang, 'uncapturedOrders'))}</h2><p class="big">${uncaptured}</p></div>` +
    `<a class="home-card disputes-card" href="${esc(href(view, '/disputes'))}"><h2>${esc(ui(view.lang, 'disputesCard'))}</h2>` +
    `<p>${esc(tabLabel(view.lang, 'response_required'))}: <b>${counts.response_required}</b></p>` +
    `<p>${esc(tabLabel(view.lang, 'no_response_needed'))}: <b>${counts.no_response_needed}</b></p></a></div>` +
    `<p><a href="${esc(href(view, '/klarna'))}">${esc(ui(view.lang, 'openKlarnaDisputes'))}</a></p></section>`
  );
}

export function ordersHtml(view: View, all: readonly SandboxDispute[]): string {
  const statuses = ['orderCaptured', 'orderAuthorized', 'orderCaptured', 'orderRefunded'] as const;
  const rows = all
    .filter((d) => d.facts.storeId === view.store)
    .slice(0, 12)
    .map((d, i) => {
      const f = d.facts;
      return (
        `<tr><td class="mono">${esc(f.orderId)}</td><td>${esc(f.merchantReference)}</td>` +
        `<td>${esc(formatAmount(view.lang, f.amount.amountMinor, f.amount.currency))}</td>` +
        `<td>${esc(formatDate(view.lang, f.createdAt, view.timeZone, 'short'))}</td>` +
        `<td>${esc(ui(view.lang, statuses[i % statuses.length] as (typeof statuses)[number]))}</td></tr>`
      );
    })
    .join('');
  const th = (['orderId', 'merchantReference', 'amount', 'created', 'status'] as const)
    .map((c) => `<th scope="col">${esc(fieldLabel(view.lang, c))}</th>`)
    .join('');
  return `<section class="orders"><h1>${esc(ui(view.lang, 'ordersTitle'))}</h1><div class="table-wrap"><table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

export function klarnaHtml(view: View): string {
  return `<section><h1>${esc(ui(view.lang, 'openKlarnaDisputes'))}</h1><p>${esc(ui(view.lang, 'klarnaNote'))}</p></section>`;
}

export function notFoundHtml(view: View): string {
  return `<section><h1>${esc(ui(view.lang, 'notFound'))}</h1><p><a href="${esc(href(view, '/'))}">${esc(ui(view.lang, 'navHome'))}</a></p></section>`;
}

// ---------------------------------------------------------------------------------------------
// The document shell

const LANGUAGE_NAMES: Record<Lang, string> = {
  'en-GB': 'English (UK)',
  'de-DE': 'Deutsch',
  'sv-SE': 'Svenska',
  'fi-FI': 'Suomi',
  'nb-NO': 'Norsk bokmål',
  'da-DK': 'Dansk',
};

export type Section = 'home' | 'orders' | 'disputes' | 'other';

export interface ShellOptions {
  title: string;
  section: Section;
  /** the main content; null renders the loading placeholder that the client script fills */
  main: string | null;
  /** the store the header shows */
  store: string;
  /** include the client script (false for static snapshots) */
  script: boolean;
  /** static snapshots carry their stylesheet inline, so they need nothing else */
  inlineCss?: string;
}

export function shellHtml(view: View, o: ShellOptions): string {
  const storeOptions = STORES.map(
    (s) => `<option value="${esc(s.id)}"${s.id === o.store ? ' selected' : ''}>${esc(s.name)}</option>`,
  ).join('');
  const langOptions = LANGS.map(
    (l) => `<option value="${l}"${l === view.lang ? ' selected' : ''}>${esc(LANGUAGE_NAMES[l])}</option>`,
  ).join('');
  const navItem = (section: Section, path: string, label: string): string =>
    `<a href="${esc(href(view, path))}"${section === o.section ? ' aria-current="page"' : ''}>${esc(label)}</a>`;
  const dark = view.theme === 'dark';
  return (
    `<!doctype html><html lang="${view.lang}" data-theme="${view.theme}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(o.title)}</title>` +
    (o.inlineCss !== undefined ? `<style>${o.inlineCss}</style>` : `<link rel="stylesheet" href="/_sandbox/styles.css">`) +
    `</head><body>` +
    `<header class="topbar"><a class="brand" href="${esc(href(view, '/'))}">${esc(ui(view.lang, 'brand'))}</a>` +
    `<p class="store-current">${esc(fieldLabel(view.lang, 'store'))}: <strong data-current-store>${esc(o.store)}</strong></p>` +
    `<div class="tools"><select data-store-select aria-label="${esc(ui(view.lang, 'switchStore'))}">${storeOptions}</select>` +
    `<select data-lang-select aria-label="${esc(ui(view.lang, 'language'))}">${langOptions}</select>` +
    `<button type="button" class="theme-toggle" data-theme-toggle aria-pressed="${dark}" ` +
    `data-label-dark="${esc(ui(view.lang, 'darkMode'))}" data-label-light="${esc(ui(view.lang, 'lightMode'))}">` +
    `${esc(ui(view.lang, dark ? 'lightMode' : 'darkMode'))}</button></div></header>` +
    `<div class="frame"><nav class="menu">${navItem('home', '/', ui(view.lang, 'navHome'))}${navItem('orders', '/orders', ui(view.lang, 'navOrders'))}` +
    `<span class="disabled">${esc(ui(view.lang, 'navSettlements'))}</span>${navItem('disputes', '/disputes', ui(view.lang, 'navDisputes'))}</nav>` +
    `<main id="app" data-loading-text="${esc(ui(view.lang, 'loading'))}"${o.main === null ? ' aria-busy="true"' : ''}>` +
    `${o.main ?? `<p class="loading">${esc(ui(view.lang, 'loading'))}</p>`}</main></div>` +
    (o.script ? `<script type="module" src="/_sandbox/app.js"></script>` : '') +
    `</body></html>`
  );
}
