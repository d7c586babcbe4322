// Real-browser test harness: the production build (.output/chrome-mv3) loaded in Debian's Chromium
// through playwright-core, with the sandbox portal served on the real portal hosts by
// `context.route` and every other request aborted and recorded. Used by every test/e2e/*.e2e.ts
// file and by `npm run demo`. Pitfalls this follows: ../../../shared/research/extension-anchors.md §D.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { createSandbox, type Sandbox, type SandboxOptions } from '../sandbox/handler';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The production build: wxt.config.ts's outDir (DISPUTE_RADAR_OUT_DIR, else .output);
 * DISPUTE_RADAR_EXTENSION_DIR points elsewhere (e.g. a build of another checkout).
 */
export const EXTENSION_DIR =
  process.env.DISPUTE_RADAR_EXTENSION_DIR ?? join(resolve(ROOT, process.env.DISPUTE_RADAR_OUT_DIR || '.output'), 'chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'artifacts');
/**
 * Where the e2e tests save the README's screenshots: artifacts/screenshots (untracked) on every run;
 * docs/screenshots with `UPDATE_SCREENSHOTS=1`, from a good run only, so tracked files change when
 * the look changes, not on every test run.
 */
export const SCREENSHOTS_DIR = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : join(ARTIFACTS_DIR, 'screenshots');

/** The hosts the content script matches (wxt.config.ts); the sandbox is served on both. */
export const PORTAL_ORIGIN = 'https://portal.kustom.co';
export const PLAYGROUND_ORIGIN = 'https://portal.playground.kustom.co';
export const PORTAL_ORIGINS = [PORTAL_ORIGIN, PLAYGROUND_ORIGIN] as const;

/** Flags for a quiet, offline Chromium (preamble): no sync, no updates, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export const CHROMIUM_MISSING = 'Chromium not found: apt-get install -y chromium';

export function assertChromium(path = CHROMIUM_PATH): void {
  if (!existsSync(path)) throw new Error(`${CHROMIUM_MISSING} (looked for ${path})`);
}

export function assertBuild(dir = EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`Extension build not found in ${dir}: run \`npx wxt build\` first (npm run test:e2e does).`);
  }
}

export interface LaunchOptions {
  /** default: true (new headless, which loads extensions) */
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  /**
   * the browser's time zone (default: the machine's, as the sandbox's default); when set, give
   * routePortal() the same `timeZone` so that the dates the pages show mean the same instants
   */
  timezoneId?: string;
}

export interface PortalOpenOptions {
  /** which portal host (default the production one) */
  origin?: string;
  /** reuse this page instead of opening a new one */
  page?: Page;
  /** wait until the sandbox's content has arrived (default true) */
  waitForContent?: boolean;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** a new tab whose console errors and uncaught exceptions are collected */
  newPage(): Promise<Page>;
  /** opens `path` (with query parameters) on the portal host; routePortal() must have run */
  openPortal(path: string, params?: Record<string, string>, opts?: PortalOpenOptions): Promise<Page>;
  /** `chrome-extension://ID/popup.html` (or another extension page) in a new tab */
  openExtensionPage(file?: string): Promise<Page>;
  /** console errors and uncaught exceptions of a page since it opened */
  consoleErrors(page: Page): string[];
  /** console errors of the extension's service worker */
  workerErrors(): string[];
  /** saves a PNG under artifacts/<dir>/<name>.png and returns its path */
  screenshot(page: Page, name: string, opts?: { dir?: string; fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export function portalUrl(path: string, params: Record<string, string> = {}, origin: string = PORTAL_ORIGIN): string {
  const url = new URL(path, origin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

/** Resolves once the sandbox page's content has arrived (its client script fills `main`). */
export async function waitForSandbox(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.getElementById('app');
      return main !== null && !main.hasAttribute('aria-busy') && main.querySelector('.loading') === null;
    },
    undefined,
    { timeout },
  );
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  assertChromium();
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  assertBuild(extensionDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'dispute-radar-e2e-'));
  const errors = new WeakMap<Page, string[]>();
  const swErrors: string[] = [];

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: opts.headless ?? true,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
      viewport: opts.viewport === undefined ? { width: 1440, height: 900 } : opts.viewport,
      ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
      ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const watch = (page: Page): void => {
    if (errors.has(page)) return;
    const list: string[] = [];
    errors.set(page, list);
    page.on('console', (m) => {
      if (m.type() === 'error') list.push(m.text());
    });
    page.on('pageerror', (e) => list.push(`uncaught: ${e.message}`));
  };
  context.on('page', watch);
  for (const p of context.pages()) watch(p);

  // The extension loads asynchronously: always wait for its service worker before acting (§D.2).
  let serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!serviceWorker) {
    serviceWorker = await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 20_000,
    });
  }
  const extensionId = new URL(serviceWorker.url()).host;
  serviceWorker.on('console', (m) => {
    if (m.type() === 'error') swErrors.push(m.text());
  });

  const newPage = async (): Promise<Page> => {
    const page = await context.newPage();
    watch(page);
    return page;
  };

  // The persistent context opens with one blank tab: use it first.
  let blank: Page | undefined = context.pages().find((p) => p.url() === 'about:blank');

  const session: ExtensionSession = {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    newPage,
    async openPortal(path, params = {}, o = {}) {
      let page = o.page;
      if (!page) {
        page = blank ?? (await newPage());
        blank = undefined;
      }
      await page.goto(portalUrl(path, params, o.origin ?? PORTAL_ORIGIN));
      if (o.waitForContent !== false) await waitForSandbox(page);
      return page;
    },
    async openExtensionPage(file = 'popup.html') {
      const page = await newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    consoleErrors: (page) => [...(errors.get(page) ?? [])],
    workerErrors: () => [...swErrors],
    async screenshot(page, name, o = {}) {
      const dir = join(ARTIFACTS_DIR, o.dir ?? 'e2e');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path, fullPage: o.fullPage ?? false });
      return path;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Evaluates `expression` in the extension's content-script world (isolated) of `page`'s main
 * document, through CDP, and returns its value; throws when the content script has no world there.
 * page.evaluate() reaches only the page's own world.
 */
export async function evaluateInContentScript<T>(session: ExtensionSession, page: Page, expression: string): Promise<T> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    await cdp.send('Runtime.enable'); // reports the contexts that already exist
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${session.extensionId}`);
    if (!world) throw new Error(`no content-script world of ${session.extensionId} in ${page.url()}`);
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(`content-script evaluation failed: ${r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface PortalRoute {
  sandbox: Sandbox;
  /** requests that were aborted because they went somewhere other than the portal hosts */
  blocked: string[];
  /** every request the context saw that was not for a portal host or the extension itself */
  foreign: string[];
  /** stops serving (removes the routes) */
  unroute(): Promise<void>;
}

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

function isPortal(url: string): boolean {
  return PORTAL_ORIGINS.some((o) => url === o || url.startsWith(`${o}/`));
}

/**
 * Serves the sandbox portal on both portal hosts of `context` and aborts every other request,
 * recording it. The sandbox clock is fixed when this is called (or `opts.now`): content scripts
 * use the browser's real clock (page.clock does not reach them), so pinned disputes read the same
 * for the length of a test.
 */
export async function routePortal(context: BrowserContext, opts: SandboxOptions = {}): Promise<PortalRoute> {
  const sandbox = createSandbox(opts);
  const blocked: string[] = [];
  const foreign: string[] = [];

  const onRequest = (req: Request): void => {
    const url = req.url();
    if (!isPortal(url) && !LOCAL_SCHEMES.some((s) => url.startsWith(s))) foreign.push(url);
  };
  context.on('request', onRequest);

  // Routes run in reverse order of registration: the catch-all first, then the portal hosts.
  const abortOthers = async (route: Route): Promise<void> => {
    const url = route.request().url();
    if (LOCAL_SCHEMES.some((s) => url.startsWith(s))) return route.fallback();
    blocked.push(url);
    return route.abort('blockedbyclient');
  };
  const serve = async (route: Route): Promise<void> => {
    const req = route.request();
    const res = sandbox.handle({ method: req.method(), url: req.url(), headers: req.headers() });
    return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  };
  await context.route('**/*', abortOthers);
  for (const origin of PORTAL_ORIGINS) await context.route(`${origin}/**`, serve);

  return {
    sandbox,
    blocked,
    foreign,
    async unroute() {
      context.off('request', onRequest);
      for (const origin of PORTAL_ORIGINS) await context.unroute(`${origin}/**`, serve);
      await context.unroute('**/*', abortOthers);
    },
  };
}
