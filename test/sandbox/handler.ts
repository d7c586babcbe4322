// The sandbox portal's one request handler. It is a pure function of the request (plus the clock
// fixed when the sandbox was created), so the same code serves a real local server (server.ts,
// through `nodeListener`) and Playwright's `context.route` on the real portal hosts (test/e2e).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COUNT, DEFAULT_SEED, STORES, TABS, generateDisputes, type SandboxDispute, type SandboxTab } from './data';
import { LANGS, isLang, ui, type Lang } from './i18n';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  STICKY_PARAMS,
  detailHtml,
  homeHtml,
  klarnaHtml,
  listHtml,
  listRowsHtml,
  notFoundHtml,
  ordersHtml,
  pagerHtml,
  selectList,
  shellHtml,
  tabsHtml,
  type Section,
  type SortDir,
  type SortKey,
  type View,
} from './render';

export interface SandboxRequest {
  method: string;
  /** absolute (`https://portal.kustom.co/disputes?x=1`) or a path (`/disputes?x=1`) */
  url: string;
  headers?: Record<string, string | string[] | undefined>;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface SandboxOptions {
  seed?: number;
  /** the clock the data is relative to; default: the real clock when the sandbox is created */
  now?: Date;
  /** the zone dates are shown in (the merchant's zone); default: this machine's */
  timeZone?: string;
  /** disputes in the data set (default 60) */
  count?: number;
}

export interface Sandbox {
  handle(req: SandboxRequest): SandboxResponse;
  /** the data a request with these query parameters sees (tests compute expected texts from it) */
  disputes(params?: URLSearchParams | string): SandboxDispute[];
  readonly now: Date;
  readonly seed: number;
  readonly timeZone: string;
}

// Paths from the module's own location (a string: happy-dom replaces the global URL in DOM tests).
const HERE = dirname(fileURLToPath(import.meta.url));
const CLIENT_JS = readFileSync(join(HERE, 'client.js'), 'utf8');
const STYLES_CSS = readFileSync(join(HERE, 'styles.css'), 'utf8');

const SORT_KEYS: readonly SortKey[] = ['created', 'respond_by', 'amount'];
const DEFAULT_DIR: Record<SortKey, SortDir> = { created: 'desc', respond_by: 'asc', amount: 'desc' };
const MAX_COUNT = 5000;

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function intParam(p: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = p.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

function langOf(raw: string | null): Lang {
  if (isLang(raw)) return raw;
  const prefix = (raw ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGS.find((l) => l.toLowerCase().startsWith(`${prefix}-`)) ?? 'en-GB';
}

export function createSandbox(opts: SandboxOptions = {}): Sandbox {
  const baseNow = opts.now ?? new Date();
  const baseSeed = opts.seed ?? DEFAULT_SEED;
  const baseZone = opts.timeZone ?? systemTimeZone();
  const baseCount = opts.count ?? DEFAULT_COUNT;
  const cache = new Map<string, SandboxDispute[]>();

  function dataFor(p: URLSearchParams): SandboxDispute[] {
    const nowParam = p.get('now');
    const parsed = nowParam ? Date.parse(nowParam) : Number.NaN;
    const now = Number.isNaN(parsed) ? baseNow : new Date(parsed);
    const seed = intParam(p, 'seed', 0, 2 ** 31) ?? baseSeed;
    const count = intParam(p, 'count', 1, MAX_COUNT) ?? baseCount;
    const key = `${seed}|${Math.floor(now.getTime() / 60_000)}|${count}`;
    let data = cache.get(key);
    if (!data) {
      data = generateDisputes({ seed, now, count });
      if (cache.size > 16) cache.clear();
      cache.set(key, data);
    }
    return data;
  }

  function viewOf(p: URLSearchParams): View {
    const sticky = new URLSearchParams();
    for (const k of STICKY_PARAMS) {
      const v = p.get(k);
      if (v !== null) sticky.set(k, v);
    }
    const q = (p.get('q') ?? '').slice(0, 200);
    const tabRaw = p.get('tab');
    const tab: SandboxTab = TABS.includes(tabRaw as SandboxTab) ? (tabRaw as SandboxTab) : q ? 'all' : 'response_required';
    const sortRaw = p.get('sort') as SortKey | null;
    const sort = sortRaw && SORT_KEYS.includes(sortRaw) ? sortRaw : 'created';
    const dirRaw = p.get('dir');
    const dir: SortDir = dirRaw === 'asc' || dirRaw === 'desc' ? dirRaw : DEFAULT_DIR[sort];
    const storeRaw = p.get('store');
    const tz = p.get('tz');
    return {
      lang: langOf(p.get('lang')),
      theme: p.get('theme') === 'dark' ? 'dark' : 'light',
      layout: p.get('layout') === 'cards' ? 'cards' : 'table',
      detail: p.get('detail') === 'dl' ? 'dl' : 'grid',
      store: STORES.some((s) => s.id === storeRaw) ? (storeRaw as string) : (STORES[0] as { id: string }).id,
      tab,
      q,
      page: intParam(p, 'page', 1, 1_000_000) ?? 1,
      pageSize: intParam(p, 'pageSize', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
      sort,
      dir,
      timeZone: tz && isTimeZone(tz) ? tz : baseZone,
      sticky,
    };
  }

  interface PageContent {
    status: number;
    section: Section;
    title: string;
    html: string;
    store: string;
  }

  /** The main content of a page path: shared by full pages, snapshots and /api/view. */
  function pageContent(path: string, p: URLSearchParams): PageContent {
    const view = viewOf(p);
    const data = dataFor(p);
    const brand = ui(view.lang, 'brand');
    const titled = (t: string): string => `${t} · ${brand}`;
    if (path === '/' || path === '/home') {
      return { status: 200, section: 'home', title: titled(ui(view.lang, 'homeTitle')), html: homeHtml(view, data), store: view.store };
    }
    if (path === '/disputes') {
      return { status: 200, section: 'disputes', title: titled(ui(view.lang, 'sectionTitle')), html: listHtml(view, data), store: view.store };
    }
    const detail = /^\/disputes\/([^/]+)$/.exec(path);
    if (detail) {
      const id = decodeURIComponent(detail[1] as string);
      const d = data.find((x) => x.facts.id === id);
      if (d) {
        // Opening a dispute of another store switches the header to that store, as portals do.
        const v = { ...view, store: d.facts.storeId, sticky: withParam(view.sticky, 'store', d.facts.storeId) };
        return { status: 200, section: 'disputes', title: titled(d.facts.id), html: detailHtml(v, d), store: d.facts.storeId };
      }
    }
    if (path === '/orders') {
      return { status: 200, section: 'orders', title: titled(ui(view.lang, 'ordersTitle')), html: ordersHtml(view, data), store: view.store };
    }
    if (path === '/klarna') {
      return { status: 200, section: 'other', title: titled(ui(view.lang, 'openKlarnaDisputes')), html: klarnaHtml(view), store: view.store };
    }
    return { status: 404, section: 'other', title: titled(ui(view.lang, 'notFound')), html: notFoundHtml(view), store: view.store };
  }

  function handle(req: SandboxRequest): SandboxResponse {
    const url = new URL(req.url, 'https://portal.kustom.co');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '/';
    const p = url.searchParams;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return text(405, 'text/plain', 'method not allowed');
    }
    if (path === '/_sandbox/app.js') return text(200, 'text/javascript', CLIENT_JS);
    if (path === '/_sandbox/styles.css') return text(200, 'text/css', STYLES_CSS);
    if (path === '/favicon.ico') return { status: 204, headers: {}, body: '' };
    if (path === '/api/view') {
      const target = p.get('path') ?? '/';
      const c = pageContent(target.length > 1 ? target.replace(/\/+$/, '') : '/', p);
      return json(200, { status: c.status, title: c.title, html: c.html, store: c.store, section: c.section });
    }
    if (path === '/api/disputes') {
      const view = viewOf(p);
      const sel = selectList(dataFor(p), view);
      return json(200, {
        counts: sel.counts,
        total: sel.total,
        page: sel.page,
        pages: sel.pages,
        tabsHtml: tabsHtml(view, sel.counts),
        rowsHtml: listRowsHtml(view, sel.rows),
        pagerHtml: pagerHtml(view, sel),
        items: sel.rows.map((d) => d.facts),
      });
    }
    const apiOne = /^\/api\/disputes\/([^/]+)$/.exec(path);
    if (apiOne) {
      const d = dataFor(p).find((x) => x.facts.id === decodeURIComponent(apiOne[1] as string));
      return d ? json(200, d) : json(404, { error: 'not found' });
    }
    if (path.startsWith('/api/')) return json(404, { error: 'not found' });

    // A page: the shell, with the content materialised (`?ssr=1`, static snapshots) or fetched
    // by the client script after load, as the single-page portal does.
    const c = pageContent(path, p);
    const view = viewOf(p);
    const ssr = p.get('ssr') === '1';
    const html = shellHtml(view, {
      title: c.title,
      section: c.section,
      main: ssr ? c.html : null,
      store: c.store,
      script: !ssr,
      ...(ssr ? { inlineCss: STYLES_CSS } : {}),
    });
    return text(c.status, 'text/html', html);
  }

  return {
    handle,
    disputes: (params) => dataFor(new URLSearchParams(params ?? '')),
    now: baseNow,
    seed: baseSeed,
    timeZone: baseZone,
  };
}

function withParam(p: URLSearchParams, k: string, v: string): URLSearchParams {
  const out = new URLSearchParams(p);
  out.set(k, v);
  return out;
}

function text(status: number, type: string, body: string): SandboxResponse {
  return { status, headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }, body };
}

function json(status: number, value: unknown): SandboxResponse {
  return text(status, 'application/json', JSON.stringify(value));
}

/** Adapter for `node:http`: `http.createServer(nodeListener(createSandbox()))`. */
export function nodeListener(sandbox: Sandbox): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const r = sandbox.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    res.writeHead(r.status, r.headers);
    res.end(req.method === 'HEAD' ? undefined : r.body);
  };
}
