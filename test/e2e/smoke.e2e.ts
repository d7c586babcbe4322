// Smoke test of the real-browser set-up: the production build loads in Chromium, its service
// worker runs, and the sandbox portal renders on the real portal hosts as a single-page app with
// no console errors and no request leaving the routed hosts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINNED, tabOf } from '../sandbox/data';
import { PLAYGROUND_ORIGIN, evaluateInContentScript, launchExtension, routePortal, waitForSandbox, type ExtensionSession, type PortalRoute } from './harness';

let session: ExtensionSession;
let portal: PortalRoute;

beforeAll(async () => {
  session = await launchExtension();
  portal = await routePortal(session.context);
});

afterAll(async () => {
  await session?.close();
});

describe('extension in Chromium', () => {
  it('loads the production build and runs its service worker', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.serviceWorker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome;
      return api.runtime.getManifest();
    });
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['https://portal.kustom.co/*', 'https://portal.playground.kustom.co/*']);
    expect(session.workerErrors()).toEqual([]);
  });
});

describe('sandbox portal on the portal host', () => {
  it('renders the dispute list after load, with the rows of the default tab and no console errors', async () => {
    const page = await session.openPortal('/disputes');
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    const expected = portal.sandbox
      .disputes()
      .filter((d) => d.facts.storeId === 'K100482' && tabOf(d.facts.status) === 'response_required');
    await expect.poll(() => page.locator('tbody tr[data-key]').count()).toBe(expected.length);
    for (const p of PINNED.filter((x) => x.status === 'open')) {
      await expect.poll(() => page.getByRole('link', { name: p.id, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe(`Response required ${expected.length}`);
    expect(session.consoleErrors(page)).toEqual([]);
    expect(portal.blocked).toEqual([]);
    expect(portal.foreign).toEqual([]);
  });

  it('navigates with history.pushState: tabs re-render rows in place, a dispute opens without a reload', async () => {
    const page = await session.openPortal('/disputes', { delay: '0' });
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const table = await page.locator('table.disputes').elementHandle();

    await page.getByRole('tab', { name: /^Closed/ }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toMatch(/^Closed \d+$/);
    expect(page.url()).toContain('tab=closed');
    expect(await table?.evaluate((t) => t.isConnected)).toBe(true);

    await page.goBack();
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toMatch(/^Response required \d+$/);

    await page.getByRole('link', { name: 'dp_pin_respond_2d4h', exact: true }).click();
    await page.waitForURL(/\/disputes\/dp_pin_respond_2d4h/);
    await waitForSandbox(page);
    await expect.poll(() => page.locator('main').innerText()).toContain('Respond by');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(session.consoleErrors(page)).toEqual([]);
  });

  it('searches from the form and switches store from the header without a reload', async () => {
    const page = await session.openPortal('/disputes', { delay: '0' });
    const target = portal.sandbox.disputes().find((d) => d.pinned === 'klarna_chargeback');
    await page.getByRole('searchbox', { name: 'Search' }).fill(target?.facts.orderId ?? '');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).toEqual([target?.facts.id]);
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('All 1');

    await page.getByRole('combobox', { name: 'Switch store' }).selectOption('K100773');
    await expect.poll(() => page.locator('[data-current-store]').innerText()).toBe('K100773');
    const otherStore = portal.sandbox.disputes().filter((d) => d.facts.storeId === 'K100773' && tabOf(d.facts.status) === 'response_required');
    await expect.poll(() => page.locator('tbody tr[data-key]').count()).toBe(otherStore.length);
    expect(page.url()).toContain('store=K100773');
    expect(session.consoleErrors(page)).toEqual([]);
  });

  it('sorts a one-page table in place: the same row elements, in respond-by order', async () => {
    const page = await session.openPortal('/disputes', { delay: '0' });
    const before = await page.locator('tbody tr[data-key]').elementHandles();
    await page.getByRole('button', { name: 'Respond by', exact: true }).click();
    await expect.poll(() => page.getAttribute('th:has(button[data-sort=respond_by])', 'aria-sort')).toBe('ascending');
    const withDue = portal.sandbox
      .disputes()
      .filter((d) => d.facts.storeId === 'K100482' && d.facts.status === 'open' && d.facts.dueBy)
      .sort((a, b) => Date.parse(a.facts.dueBy as string) - Date.parse(b.facts.dueBy as string) || a.facts.id.localeCompare(b.facts.id));
    const shown = await page.locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(shown.slice(0, withDue.length)).toEqual(withDue.map((d) => d.facts.id));
    for (const row of before) expect(await row.evaluate((r) => r.isConnected)).toBe(true);
    expect(page.url()).toContain('sort=respond_by');
  });

  it('switches to dark mode from the toggle and serves the playground host', async () => {
    const page = await session.openPortal('/disputes/dp_pin_enquiry_12d', { lang: 'sv-SE', detail: 'dl' }, { origin: PLAYGROUND_ORIGIN });
    expect(await page.getAttribute('html', 'lang')).toBe('sv-SE');
    expect(await page.locator('dt').allInnerTexts()).toContain('Tvist-ID');
    await page.getByRole('button', { name: 'Mörkt läge' }).click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 19, 22)');
    expect(session.consoleErrors(page)).toEqual([]);
    expect(portal.blocked).toEqual([]);
  });

  it('page.clock does not reach the content script: its isolated world keeps the real clock', async () => {
    const page = await session.newPage();
    await page.clock.install({ time: new Date('2020-01-01T00:00:00Z') });
    await session.openPortal('/disputes', { delay: '0' }, { page });
    expect(await page.evaluate(() => Date.now())).toBeLessThan(Date.parse('2020-01-02T00:00:00Z'));
    const inContentScript = await evaluateInContentScript<number>(session, page, 'Date.now()');
    expect(Math.abs(inContentScript - Date.now())).toBeLessThan(60_000);
    await page.close();
  });

  it('aborts and records any request that is not for a portal host, from a page or the extension', async () => {
    const page = await session.openPortal('/', { delay: '0' });
    const outcome = await page.evaluate(() => fetch('https://example.com/x').then(() => 'loaded', () => 'failed'));
    expect(outcome).toBe('failed');
    const fromWorker = await session.serviceWorker.evaluate(() => fetch('https://example.com/sw').then(() => 'loaded', () => 'failed'));
    expect(fromWorker).toBe('failed');
    expect(portal.blocked).toEqual(['https://example.com/x', 'https://example.com/sw']);
    expect(portal.foreign).toEqual(['https://example.com/x', 'https://example.com/sw']);
    portal.blocked.length = 0;
    portal.foreign.length = 0;
  });
});
