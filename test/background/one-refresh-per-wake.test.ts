// A wake of the service worker (for an alarm, a message or the browser's start) recomputes badge,
// alarms and notifications once. Every start runs its own steps (prune, the popup's due index, a
// refresh) and the event that woke the worker asked for a refresh of its own, concurrently: a wake
// by an alarm refreshed twice (the case store read and parsed twice more, the badge set twice).
// The two never interleaved (every refresh runs in the store's serial queue, effects included), so
// this was waste, not a wrong badge or a notification shown twice: the guards below say so.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { LOCALES, type Locale } from '../../lib/i18n';
import { HOUR, reading, trackedCase } from '../cases/fixtures';

const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const PORTAL_TAB = { id: fakeBrowser.runtime.id, url: 'https://portal.kustom.co/disputes', tab: { url: 'https://portal.kustom.co/disputes' } };

/** Every pending promise of the fake browser settled (its storage answers in microtasks). */
async function quiet(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A store as a worker leaves it (migrated, its due index written), then a worker stopped: nothing in memory, listeners gone. */
async function storeAfterEarlierWake(locale: Locale, extra: Record<string, unknown> = {}): Promise<void> {
  const due = trackedCase('dp_1', 'open', null, { facts: { ...trackedCase('dp_1', 'open', null).facts, dueBy: at(10) }, firstSeenAt: at(-48) });
  const later = trackedCase('dp_2', 'open', null, { facts: { ...trackedCase('dp_2', 'open', null).facts, dueBy: at(200) }, firstSeenAt: at(-48) });
  await fakeBrowser.storage.local.set({
    cases: { [due.key]: due, [later.key]: later },
    cases$: { v: 2 },
    settings: { ...DEFAULT_SETTINGS, language: locale },
    ...extra,
  });
  background.main();
  await fakeBrowser.runtime.onStartup.trigger();
  await quiet();
  const kept = await fakeBrowser.storage.local.get(null);
  const alarms = await fakeBrowser.alarms.getAll();
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(kept);
  for (const alarm of alarms) await fakeBrowser.alarms.create(alarm.name, { when: alarm.scheduledTime, ...(alarm.periodInMinutes ? { periodInMinutes: alarm.periodInMinutes } : {}) });
}

/** How often a wake read the cases' text from storage, and set the badge. */
function count() {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
  return {
    caseReads: () => get.mock.calls.filter(([keys]) => (Array.isArray(keys) ? keys : [keys]).includes('cases')).length,
    badges: () => badge.mock.calls.length,
  };
}

const alarm = (name: string) => async () => {
  const fired = (await fakeBrowser.alarms.get(name)) ?? { name, scheduledTime: Date.now() };
  await fakeBrowser.alarms.onAlarm.trigger(fired);
};
const message = (request: unknown) => async () => {
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown>;
  await trigger(request, PORTAL_TAB, () => undefined);
};

const WAKES: [string, () => Promise<void>][] = [
  ['the browser\'s start (runtime.onStartup)', () => fakeBrowser.runtime.onStartup.trigger().then(() => undefined)],
  ['the next threshold\'s alarm', alarm('dispute-radar:next')],
  ['the tooltip\'s countdown alarm', alarm('dispute-radar:title')],
  ['the periodic safety alarm', alarm('dispute-radar:safety')],
];

describe.each(LOCALES.map((l) => [l] as const))('%s: one refresh per wake', (locale) => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it.each(WAKES)('a wake by %s sets the badge once and reads the cases\' text for one refresh', async (_name, wake) => {
    await storeAfterEarlierWake(locale);
    const counted = count();
    background.main();
    await wake();
    await quiet();
    expect(counted.badges()).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    // the one refresh, which prunes too (it was read also by @wxt-dev/storage's migration check and
    // its first read of a defined item, and by the start's prune)
    expect(counted.caseReads()).toBe(1);
  });

  it.each(WAKES)('a worker started anew (its modules loaded, as at every wake) reads the cases\' text once when woken by %s', async (_name, wake) => {
    await storeAfterEarlierWake(locale);
    const counted = count();
    // @wxt-dev/storage reads an item's value when the item is defined: lib/cases/read.ts's items, the
    // store's own (with its migration check), at every load of the worker's modules
    vi.resetModules();
    const { default: fresh } = await import('../../entrypoints/background');
    fresh.main();
    await wake();
    await quiet();
    expect(counted.badges()).toBe(1);
    expect(counted.caseReads()).toBe(1);
  });

  it('a wake by a page\'s reading sets the badge once, from the store with the reading in it', async () => {
    await storeAfterEarlierWake(locale);
    const counted = count();
    background.main();
    await message(reading([{ id: 'dp_3', status: 'open', dueBy: at(5) }], { observedAt: new Date().toISOString() }))();
    await quiet();
    expect(counted.badges()).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    // the reading's merge, the one refresh
    expect(counted.caseReads()).toBe(2);
  });

  it('a wake prunes a case closed longer ago than the retention, with the same one read', async () => {
    const closed = trackedCase('dp_0', 'won', null, { closedAt: at(-24 * 400) });
    await storeAfterEarlierWake(locale);
    const { cases } = (await fakeBrowser.storage.local.get('cases')) as { cases: string };
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ ...JSON.parse(cases), [closed.key]: closed }) });
    const counted = count();
    background.main();
    await alarm('dispute-radar:title')();
    await quiet();
    expect(counted.caseReads()).toBe(1);
    const after = (await fakeBrowser.storage.local.get('cases')) as { cases: string };
    expect(Object.keys(JSON.parse(after.cases)).sort()).toEqual(['S1|dp_1', 'S1|dp_2']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('a wake by the next threshold\'s alarm shows its notification once and logs it once', async () => {
    await storeAfterEarlierWake(locale, { sentNotifications: {} });
    // as if the earlier wake had not shown it: the log and the screen empty
    await fakeBrowser.storage.local.set({ sentNotifications: {} });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await alarm('dispute-radar:next')();
    await quiet();
    expect(create).toHaveBeenCalledTimes(1);
    const { sentNotifications } = (await fakeBrowser.storage.local.get('sentNotifications')) as { sentNotifications: Record<string, unknown> };
    expect(Object.keys(sentNotifications)).toHaveLength(1);
  });

  it('a refresh that fails keeps no later one from running', async () => {
    await storeAfterEarlierWake(locale);
    const set = fakeBrowser.action.setBadgeText.bind(fakeBrowser.action);
    let fail = true;
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async (details) => {
      if (fail) throw new Error('no badge');
      return set(details);
    });
    background.main();
    await alarm('dispute-radar:next')();
    await quiet();
    fail = false;
    await fakeBrowser.storage.local.set({ cases: '{}' });
    await alarm('dispute-radar:title')();
    await quiet();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
