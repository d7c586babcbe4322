// @ts-check
// The sandbox portal's client: makes the pages behave like the single-page portal. Content arrives
// after load (fetched from the same handler after a short delay), links navigate with
// history.pushState, tab switches and paging re-render the rows in place, and sorting a one-page
// table moves the existing row elements. Served as-is by handler.ts (plain browser JavaScript).

const STICKY = ['lang', 'theme', 'layout', 'detail', 'store', 'now', 'seed', 'count', 'tz', 'delay', 'pageSize'];
const LIST_STATE = ['tab', 'page', 'q', 'sort', 'dir'];
const DEFAULT_DIR = { created: 'desc', respond_by: 'asc', amount: 'desc' };

const main = /** @type {HTMLElement} */ (document.getElementById('app'));
let current = new URL(location.href);
let seq = 0;

function delayMs() {
  const raw = new URLSearchParams(location.search).get('delay');
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 10000) : 150;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The target URL with the sticky parameters of the current page (the current page wins). */
function carry(url) {
  const cur = new URLSearchParams(location.search);
  for (const k of STICKY) {
    const v = cur.get(k);
    if (v !== null) url.searchParams.set(k, v);
  }
  return url;
}

const isList = (url) => url.pathname.replace(/\/+$/, '') === '/disputes';

function onlyListStateChanged(a, b) {
  if (!isList(a) || !isList(b)) return false;
  const keys = new Set([...a.searchParams.keys(), ...b.searchParams.keys()]);
  for (const k of keys) {
    if (LIST_STATE.includes(k)) continue;
    if (a.searchParams.get(k) !== b.searchParams.get(k)) return false;
  }
  return true;
}

function navigate(target, replace = false) {
  const url = carry(new URL(target, location.href));
  if (url.origin !== location.origin) {
    location.assign(url.href);
    return;
  }
  if (replace) history.replaceState(null, '', url.href);
  else history.pushState(null, '', url.href);
  void render();
}

async function render() {
  const prev = current;
  current = new URL(location.href);
  if (main.querySelector('[data-rows]') && onlyListStateChanged(prev, current)) {
    await updateRows();
  } else {
    await loadView();
  }
}

async function getJson(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok && res.status !== 404) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

async function loadView() {
  const mine = ++seq;
  main.setAttribute('aria-busy', 'true');
  const params = new URLSearchParams(location.search);
  params.set('path', location.pathname);
  await sleep(delayMs());
  let view;
  try {
    view = await getJson(`/api/view?${params}`);
  } catch (err) {
    if (mine === seq) main.textContent = String(err);
    return;
  }
  if (mine !== seq) return;
  main.innerHTML = view.html;
  document.title = view.title;
  setStore(view.store);
  main.removeAttribute('aria-busy');
  window.scrollTo(0, 0);
}

async function updateRows() {
  const mine = ++seq;
  const rows = main.querySelector('[data-rows]');
  if (!rows) return loadView();
  main.setAttribute('aria-busy', 'true');
  await sleep(Math.round(delayMs() / 2));
  let r;
  try {
    r = await getJson(`/api/disputes${location.search}`);
  } catch (err) {
    if (mine === seq) main.textContent = String(err);
    return;
  }
  if (mine !== seq) return;
  rows.innerHTML = r.rowsHtml;
  const tabs = main.querySelector('[data-tabs]');
  if (tabs) tabs.innerHTML = r.tabsHtml;
  const pager = main.querySelector('[data-pager]');
  if (pager) {
    pager.innerHTML = r.pagerHtml;
    pager.setAttribute('data-pages', String(r.pages));
  }
  const params = new URLSearchParams(location.search);
  const input = /** @type {HTMLInputElement | null} */ (main.querySelector('[data-search] input[name=q]'));
  if (input) input.value = params.get('q') ?? '';
  showSort(params.get('sort') ?? 'created', params.get('dir') ?? DEFAULT_DIR[params.get('sort') ?? 'created'] ?? 'desc');
  main.removeAttribute('aria-busy');
}

function setStore(store) {
  const shown = document.querySelector('[data-current-store]');
  if (shown && shown.textContent !== store) shown.textContent = store;
  const select = /** @type {HTMLSelectElement | null} */ (document.querySelector('[data-store-select]'));
  if (select) select.value = store;
  const url = new URL(location.href);
  if (url.searchParams.has('store') && url.searchParams.get('store') !== store) {
    url.searchParams.set('store', store);
    history.replaceState(null, '', url.href);
    current = url;
  }
}

function showSort(key, dir) {
  const list = /** @type {HTMLElement | null} */ (main.querySelector('[data-list]'));
  if (!list) return;
  list.dataset.sortKey = key;
  list.dataset.sortDir = dir;
  for (const button of main.querySelectorAll('button[data-sort]')) {
    const th = button.closest('th');
    if (th) th.setAttribute('aria-sort', button.getAttribute('data-sort') === key ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');
  }
  const select = /** @type {HTMLSelectElement | null} */ (main.querySelector('[data-sort-select]'));
  if (select) select.value = key;
}

/** Sorts the rows: in place (moving the row elements) when the list has one page, else from the server. */
function sortBy(key, dir) {
  const url = new URL(location.href);
  url.searchParams.set('sort', key);
  url.searchParams.set('dir', dir);
  url.searchParams.delete('page');
  const pager = main.querySelector('[data-pager]');
  const pages = Number(pager?.getAttribute('data-pages') ?? '1');
  const rows = main.querySelector('[data-rows]');
  if (pages <= 1 && rows) {
    history.replaceState(null, '', url.href);
    current = url;
    const items = [...rows.children].filter((el) => el instanceof HTMLElement && el.dataset.key);
    const value = (el) => (el.dataset[key] === '' ? null : Number(el.dataset[key]));
    const sign = dir === 'asc' ? 1 : -1;
    items.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null && vb === null) return a.dataset.key.localeCompare(b.dataset.key);
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va - vb) * sign || a.dataset.key.localeCompare(b.dataset.key);
    });
    for (const el of items) rows.appendChild(el);
    showSort(key, dir);
  } else {
    navigate(url.href, true);
  }
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
  if (!target) return;

  const sortButton = target.closest('button[data-sort]');
  if (sortButton) {
    const key = sortButton.getAttribute('data-sort') ?? 'created';
    const list = /** @type {HTMLElement | null} */ (main.querySelector('[data-list]'));
    const dir = list?.dataset.sortKey === key ? (list.dataset.sortDir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key];
    sortBy(key, dir);
    return;
  }
  if (target.closest('[data-theme-toggle]')) {
    toggleTheme();
    return;
  }
  const action = target.closest('[data-action]');
  if (action) {
    const note = main.querySelector('[data-note]');
    if (note) note.removeAttribute('hidden');
    return;
  }
  const link = /** @type {HTMLAnchorElement | null} */ (target.closest('a[href]'));
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  // Within the list, tabs and pages keep the current sort.
  if (isList(url) && isList(new URL(location.href))) {
    const cur = new URLSearchParams(location.search);
    for (const k of ['sort', 'dir']) {
      const v = cur.get(k);
      if (v !== null) url.searchParams.set(k, v);
    }
  }
  navigate(url.href);
});

document.addEventListener('submit', (event) => {
  const form = event.target instanceof HTMLFormElement ? event.target : null;
  if (!form || !form.matches('[data-search]')) return;
  event.preventDefault();
  const input = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=q]'));
  const q = (input?.value ?? '').trim();
  const url = new URL('/disputes', location.href);
  const cur = new URLSearchParams(location.search);
  for (const k of ['sort', 'dir']) {
    const v = cur.get(k);
    if (v !== null) url.searchParams.set(k, v);
  }
  if (q) url.searchParams.set('q', q);
  navigate(url.href);
});

document.addEventListener('change', (event) => {
  const el = event.target instanceof HTMLSelectElement ? event.target : null;
  if (!el) return;
  if (el.matches('[data-sort-select]')) {
    const key = el.value;
    sortBy(key, DEFAULT_DIR[key] ?? 'desc');
  } else if (el.matches('[data-store-select]')) {
    // Switching store shows that store's dispute list (from a detail page too).
    const onList = isList(new URL(location.href));
    const url = new URL(onList ? location.href : `/disputes${location.search}`, location.href);
    url.searchParams.set('store', el.value);
    // another store's list starts afresh: no search, first page
    url.searchParams.delete('q');
    url.searchParams.delete('page');
    history.pushState(null, '', url.href);
    current = url;
    const shown = document.querySelector('[data-current-store]');
    if (shown) shown.textContent = el.value;
    void loadView();
  } else if (el.matches('[data-lang-select]')) {
    const url = new URL(location.href);
    url.searchParams.set('lang', el.value);
    location.assign(url.href);
  }
});

function toggleTheme() {
  const root = document.documentElement;
  const dark = root.dataset.theme !== 'dark';
  root.dataset.theme = dark ? 'dark' : 'light';
  const button = document.querySelector('[data-theme-toggle]');
  if (button) {
    button.setAttribute('aria-pressed', String(dark));
    button.textContent = button.getAttribute(dark ? 'data-label-light' : 'data-label-dark');
  }
  const url = new URL(location.href);
  if (dark) url.searchParams.set('theme', 'dark');
  else url.searchParams.delete('theme');
  history.replaceState(null, '', url.href);
  current = url;
}

window.addEventListener('popstate', () => void render());

// The server sends the shell only (unless ?ssr=1): fetch the page's content now.
if (main.hasAttribute('aria-busy')) void loadView();
