// The background service worker in Chromium with the production build: the case store filled by
// the content script from the sandbox portal, the badge, a notification raised exactly once when a
// deadline crosses a threshold during the test, a worker stop and wake, concurrent tabs, a manual
// case from an extension page, and export/import.
//
// Stopping the worker: CDP `Target.closeTarget` on the service_worker target, sent from a page's
// CDP session (what Puppeteer's `worker.close()` does, as Chrome's "Test service worker
// termination" guide shows). The test checks it really stopped (no service_worker target left)
// and really restarted (a new target, a new `performance.timeOrigin`), so it cannot pass on a
// worker that kept running. `ServiceWorker.stopAllWorkers` and `chrome.runtime.reload()` were not
// reliable in headless Chromium (issue 4).
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_COLORS, planBadge, type BadgeTone } from '../../lib/cases/badge';
import { SEVERAL_NOTIFICATION_ID } from '../../lib/cases/notifications';
import { caseRules } from '../../lib/cases/rules-real';
import { caseKey, DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import { tabOf } from '../sandbox/data';
import { launchExtension, PLAYGROUND_ORIGIN, routePortal, type ExtensionSession, type PortalRoute } from './harness';
import { decodeStoredCases } from '../../lib/cases/stored-form';

const HOUR = 3_600_000;
const DEFAULT_STORE = 'K100482';
const OTHER_STORE = 'K100773';

let session: ExtensionSession;
let portal: PortalRoute;
/** an extension page that sends requests as the popup and options page do */
let ext: Page;
let cdp: CDPSession;

type Chrome = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action: {
    getBadgeText(d: object): Promise<string>;
    getBadgeBackgroundColor(d: object): Promise<number[]>;
    getTitle(d: object): Promise<string>;
    setBadgeText(d: { text: string }): Promise<void>;
  };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

const worker = (): Worker => session.serviceWorker;

async function send<T = Record<string, unknown>>(message: unknown): Promise<T> {
  return ext.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

async function badge(): Promise<{ text: string; color: string; title: string }> {
  const raw = await worker().evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });
  const hex = `#${raw.color.slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return { text: raw.text, color: hex, title: raw.title };
}

async function storedCases(): Promise<Record<string, TrackedCase>> {
  const all = await worker().evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('cases'));
  // One JSON text since the store's format 3 (lib/cases/stored-form.ts).
  return decodeStoredCases(all.cases ?? {}) as Record<string, TrackedCase>;
}

async function sentLog(): Promise<Record<string, { shown: boolean }>> {
  const all = await worker().evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('sentNotifications'));
  return (all.sentNotifications ?? {}) as Record<string, { shown: boolean }>;
}

async function shownNotifications(): Promise<string[]> {
  return Object.keys(await worker().evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()));
}

async function serviceWorkerTargets(): Promise<{ targetId: string; url: string }[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
}

const colorOf = (tone: BadgeTone): string => (tone === 'none' ? '' : BADGE_COLORS[tone].background);

/** The badge the sandbox's own data implies for the disputes of a list view. */
function expectedBadge(storeId: string, filter: (status: TrackedCase['facts']['status']) => boolean) {
  const now = new Date();
  const cases: TrackedCase[] = portal.sandbox
    .disputes()
    .filter((d) => d.facts.storeId === storeId && d.facts.status !== undefined && filter(d.facts.status))
    .map((d) => ({
      key: caseKey(storeId, d.facts.id),
      facts: d.facts,
      merchant: { ticks: {} },
      manual: false,
      firstSeenAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
    }));
  const plan = planBadge(timeCases(cases, caseRules, now, portal.sandbox.timeZone), now, DEFAULT_SETTINGS);
  return { keys: cases.map((c) => c.key).sort(), plan };
}

beforeAll(async () => {
  session = await launchExtension();
  portal = await routePortal(session.context);
  ext = await session.openExtensionPage('popup.html');
  cdp = await session.context.newCDPSession(ext);
});

afterAll(async () => {
  await session?.close();
});

describe('background service worker', () => {
  it('starts with an empty store and an empty badge', async () => {
    expect(await storedCases()).toEqual({});
    expect((await badge()).text).toBe('');
    expect(session.workerErrors()).toEqual([]);
  });

  it('visiting the dispute list fills the store; the badge shows the count and colour the sandbox data implies', async () => {
    const { keys, plan } = expectedBadge(DEFAULT_STORE, (s) => s !== undefined && tabOf(s) === 'response_required');
    expect(keys.length).toBeGreaterThan(0);
    await session.openPortal('/disputes');
    await expect.poll(async () => Object.keys(await storedCases()).sort(), { timeout: 15_000 }).toEqual(keys);
    await expect.poll(badge, { timeout: 5_000 }).toMatchObject({ text: plan.text, color: colorOf(plan.tone) });
    expect(plan.tone).toBe('red'); // the sandbox pins an overdue card dispute in the default store
    expect((await badge()).title).toContain(plan.next?.disputeId ?? '(none)');
    // The first reading of the list makes more than three notifications due at once: one notification
    // says so, none of them is shown on its own, and each is logged as shown.
    await expect.poll(shownNotifications, { timeout: 5_000 }).toEqual([SEVERAL_NOTIFICATION_ID]);
    const logged = Object.entries(await sentLog());
    expect(logged.length).toBeGreaterThan(3);
    expect(logged.every(([id, e]) => e.shown && keys.some((k) => id.startsWith(`${k}@`)))).toBe(true);
  });

  it('two tabs reporting at once lose no case', async () => {
    const before = Object.keys(await storedCases());
    const a = expectedBadge(DEFAULT_STORE, () => true).keys;
    const b = expectedBadge(OTHER_STORE, () => true).keys;
    const [pageA, pageB] = await Promise.all([session.newPage(), session.newPage()]);
    await Promise.all([
      session.openPortal('/disputes', { tab: 'all', pageSize: '200' }, { page: pageA }),
      session.openPortal('/disputes', { tab: 'all', pageSize: '200', store: OTHER_STORE }, { page: pageB }),
    ]);
    const expected = [...new Set([...before, ...a, ...b])].sort();
    await expect.poll(async () => Object.keys(await storedCases()).sort(), { timeout: 20_000 }).toEqual(expected);
    await Promise.all([pageA.close(), pageB.close()]);
  });

  it('a manual case sent from an extension page appears in the store and the badge', async () => {
    // The previous test ends when the store holds every case; the badge refresh after its last write
    // may still be queued. Any request is answered after it (one serial queue in the worker).
    expect(await send({ type: 'settings:get' })).toMatchObject({ ok: true });
    const countBefore = Number((await badge()).text || '0');
    const reply = await send({
      type: 'case:add-manual',
      facts: {
        id: 'mail-e2e-1',
        provider: 'klarna',
        status: 'open',
        createdAt: new Date(Date.now() - 2 * 24 * HOUR).toISOString(),
        amount: { amountMinor: 49_900, currency: 'SEK' },
        dueBy: new Date(Date.now() + 200 * HOUR).toISOString(),
        storeId: DEFAULT_STORE,
      },
      merchant: { buyerCountry: 'SE' },
    });
    expect(reply).toEqual({ ok: true, key: `${DEFAULT_STORE}|mail-e2e-1`, created: true });
    expect((await storedCases())[`${DEFAULT_STORE}|mail-e2e-1`]).toMatchObject({ manual: true, merchant: { buyerCountry: 'SE' } });
    await expect.poll(async () => (await badge()).text).toBe(String(countBefore + 1));
  });

  it('a deadline crossing a notification threshold during the test raises exactly one notification', async () => {
    // 72 h and 40 s ahead: nothing is due when added; 40 s later the 72 h threshold is crossed
    // and the worker's alarm must wake it.
    const key = `${DEFAULT_STORE}|mail-e2e-72h`;
    const reply = await send({
      type: 'case:add-manual',
      facts: {
        id: 'mail-e2e-72h',
        provider: 'card',
        status: 'open',
        createdAt: new Date(Date.now() - 24 * HOUR).toISOString(),
        amount: { amountMinor: 10_000, currency: 'EUR' },
        dueBy: new Date(Date.now() + 72 * HOUR + 40_000).toISOString(),
        storeId: DEFAULT_STORE,
      },
    });
    expect(reply).toMatchObject({ ok: true });
    const forCase = async () => Object.keys(await sentLog()).filter((id) => id.startsWith(`${key}@`));
    expect(await forCase()).toEqual([]);
    await expect.poll(forCase, { timeout: 75_000, interval: 2_000 }).toHaveLength(1);
    const [id] = await forCase();
    expect(id).toMatch(/#72$/);
    expect(await shownNotifications()).toContain(id);
    // Another change (and so another refresh) raises nothing more.
    await send({ type: 'case:merchant-update', storeId: DEFAULT_STORE, disputeId: 'mail-e2e-72h', patch: { notes: 'seen' } });
    expect(await forCase()).toEqual([id]);
  }, 100_000);

  it('stopping the service worker and waking it keeps the badge right and raises no duplicate', async () => {
    const right = await badge();
    const logBefore = await sentLog();
    const shownBefore = (await shownNotifications()).sort();
    const originBefore = await worker().evaluate(() => performance.timeOrigin);
    // Make the badge wrong: only a recompute on wake can put it right again.
    await worker().evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.setBadgeText({ text: 'X' }));

    const [target] = await serviceWorkerTargets();
    expect(target).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    await expect.poll(async () => (await serviceWorkerTargets()).length).toBe(0);

    // Any event wakes it; a message is the one a popup would send.
    expect(await send({ type: 'settings:get' })).toMatchObject({ ok: true });
    await expect.poll(async () => (await serviceWorkerTargets()).length).toBe(1);
    expect(await worker().evaluate(() => performance.timeOrigin)).toBeGreaterThan(originBefore);

    await expect.poll(badge, { timeout: 10_000 }).toEqual(right);
    expect(await sentLog()).toEqual(logBefore);
    expect((await shownNotifications()).sort()).toEqual(shownBefore);
    expect(session.workerErrors()).toEqual([]);
  });

  it('export then import round-trips every case', async () => {
    const before = await send<{ ok: true; cases: TrackedCase[] }>({ type: 'cases:list' });
    expect(before.cases.length).toBeGreaterThan(0);
    const exported = await send<{ ok: true; json: string; count: number }>({ type: 'cases:export' });
    expect(exported.count).toBe(before.cases.length);
    expect(await send({ type: 'cases:clear' })).toMatchObject({ ok: false });
    expect(await send({ type: 'cases:clear', confirm: true })).toEqual({ ok: true, removed: before.cases.length });
    await expect.poll(async () => (await badge()).text).toBe('');
    expect(await send({ type: 'cases:import', json: exported.json })).toEqual({
      ok: true,
      report: { added: before.cases.length, merged: 0, skipped: [] },
    });
    const after = await send<{ ok: true; cases: TrackedCase[] }>({ type: 'cases:list' });
    const byKey = (list: TrackedCase[]) => [...list].sort((x, y) => x.key.localeCompare(y.key));
    expect(byKey(after.cases)).toEqual(byKey(before.cases));
    expect(await send({ type: 'cases:import', json: '{"format":"something else"}' })).toMatchObject({ ok: false });
    expect((await send<{ cases: TrackedCase[] }>({ type: 'cases:list' })).cases).toHaveLength(before.cases.length);
  });

  it('refuses a reading sent from an extension page (readings come from portal pages only)', async () => {
    const reply = await send({
      type: 'cases:observed',
      pageUrl: 'https://portal.kustom.co/disputes',
      page: 'dispute_list',
      storeId: 'X',
      locale: null,
      observedAt: new Date().toISOString(),
      disputes: [{ id: 'forged' }],
    });
    expect(reply).toMatchObject({ ok: false });
    expect(Object.keys(await storedCases())).not.toContain('X|forged');
  });

  it('the test portal turned off: its cases stay stored but leave the badge and the notifications; turned on, they come back', async () => {
    expect(await send({ type: 'cases:clear', confirm: true })).toMatchObject({ ok: true });
    await expect.poll(async () => (await badge()).text).toBe('');
    const { keys, plan } = expectedBadge(DEFAULT_STORE, (s) => s !== undefined && tabOf(s) === 'response_required');
    const list = await session.openPortal('/disputes', {}, { origin: PLAYGROUND_ORIGIN });
    await expect.poll(async () => Object.keys(await storedCases()).sort(), { timeout: 15_000 }).toEqual(keys);
    await expect.poll(badge, { timeout: 5_000 }).toMatchObject({ text: plan.text, color: colorOf(plan.tone) });
    await list.close();

    expect(await send({ type: 'settings:update', patch: { hosts: { playground: false } } })).toMatchObject({ ok: true });
    await expect.poll(async () => (await badge()).text, { timeout: 5_000 }).toBe('');
    expect((await badge()).title).toBe('Dispute Radar: no case needs action');
    const ours = (ids: string[]) => ids.filter((id) => keys.some((k) => id.startsWith(`${k}@`)));
    await expect.poll(async () => ours(await shownNotifications()), { timeout: 5_000 }).toEqual([]);
    expect(Object.keys(await storedCases()).sort()).toEqual(keys);

    expect(await send({ type: 'settings:update', patch: { hosts: { playground: true } } })).toMatchObject({ ok: true });
    await expect.poll(badge, { timeout: 5_000 }).toMatchObject({ text: plan.text, color: colorOf(plan.tone) });
    expect(session.workerErrors()).toEqual([]);
  });
});
