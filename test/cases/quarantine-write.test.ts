// Setting aside what does not parse and rewriting what it came from happen in ONE storage write: a
// write that fails (storage.local full) leaves both as they were, so the next try does not set the
// same value aside a second time (a quarantine growing with every message, filling storage further).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaseStore } from '../../lib/cases/store';
import { createRefresh } from '../../lib/cases/refresh';
import { NOW, portalOnlyRules, trackedCase } from './fixtures';

const local = () => fakeBrowser.storage.local;
const good = trackedCase('dp_1', 'open', 30);

/** storage.local refuses every write that touches `key` while `full` is true (as on QUOTA_BYTES). */
function fillStorage(key: string) {
  const state = { full: true };
  const real = local().set.bind(local());
  vi.spyOn(local(), 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (state.full && key in items) throw new Error('QUOTA_BYTES quota exceeded');
    return real(items);
  });
  return state;
}

function openStore() {
  const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
  const refresh = createRefresh(store, portalOnlyRules, { setBadge: async () => undefined, setNextAlarm: async () => undefined, notify: async () => undefined, notifySeveral: async () => undefined }, () => NOW, () => 'UTC');
  return { store, refresh };
}

describe('a quarantine whose write fails', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['a stored case', 'cases', { cases: JSON.stringify({ [good.key]: good, 'S1|bad': { key: 'S1|bad' } }), cases$: { v: 3 } }, 'S1|bad'],
    ['the settings', 'settings', { settings: { soonHours: 'lots' } }, 'settings'],
    ['the sent-log', 'sentNotifications', { cases: JSON.stringify({ [good.key]: good }), cases$: { v: 3 }, sentNotifications: { x: 'bad' } }, 'sentNotifications'],
  ])('%s: nothing is set aside twice when storage is full, and it is set aside once room is made', async (_name, key, seed, quarantineKey) => {
    await local().set(seed);
    const storage = fillStorage(key);
    const { store, refresh } = openStore();
    for (let i = 0; i < 3; i++) await refresh().catch(() => undefined);
    expect((await local().get('quarantine')).quarantine ?? []).toEqual([]);
    storage.full = false;
    for (let i = 0; i < 3; i++) await refresh();
    expect(((await local().get('quarantine')).quarantine as { key: string }[]).map((q) => q.key)).toEqual([quarantineKey]);
    expect((await store.list()).cases.map((c) => c.key)).toEqual(key === 'settings' ? [] : [good.key]);
  });

  it('a bad stored case and bad settings read in one task: both set aside, once each', async () => {
    await local().set({ cases: JSON.stringify({ [good.key]: good, 'S1|bad': { key: 'S1|bad' } }), cases$: { v: 3 }, settings: { soonHours: 'lots' } });
    const store = openCaseStore({
      rules: portalOnlyRules,
      now: () => NOW,
      dueIndex: { assess: () => ({ phase: 'chargeback', actionRequired: true, next: null, deadlines: [], msLeft: null, urgency: 'none', fee: null }), build: 'test', browserZone: () => 'UTC' },
    });
    for (let i = 0; i < 3; i++) await store.list();
    expect(((await local().get('quarantine')).quarantine as { key: string }[]).map((q) => q.key)).toEqual(['settings', 'S1|bad']);
    expect((await local().get('settings')).settings ?? null).toBeNull();
  });

  it('storage full and a stored case that does not parse: badge, notifications, the list and an export still work, and nothing is lost', async () => {
    const due = trackedCase('dp_2', 'open', 10);
    const bad = { key: 'S1|bad' };
    await local().set({ cases: JSON.stringify({ [due.key]: due, [bad.key]: bad }), cases$: { v: 3 } });
    fillStorage('cases');
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    const shown: string[] = [];
    const refresh = createRefresh(store, portalOnlyRules, { setBadge: async () => undefined, setNextAlarm: async () => undefined, notify: async (n) => void shown.push(n.key), notifySeveral: async (list) => void shown.push(...list.map((n) => n.key)) }, () => NOW, () => 'UTC');
    const result = await refresh();
    expect(result.badge.text).toBe('1');
    expect(shown).toEqual([due.key]);
    expect((await store.list()).cases.map((c) => c.key)).toEqual([due.key]);
    const { json } = await store.exportJson();
    const exported = JSON.parse(json) as { cases: { key: string }[]; quarantine: { key: string; value: unknown }[] };
    expect(exported.cases.map((c) => c.key)).toEqual([due.key]);
    expect(exported.quarantine).toEqual([expect.objectContaining({ key: bad.key, value: bad })]);
    // still stored where it was, not set aside (there is no room) and not dropped
    expect(JSON.parse((await local().get('cases')).cases as string)).toHaveProperty([bad.key], bad);
    expect((await local().get('quarantine')).quarantine ?? []).toEqual([]);
  });
});
