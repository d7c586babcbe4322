// A refresh whose notification log cannot be written (storage.local full: the extension has no
// unlimitedStorage, 10 MB): the log is what keeps a notification from being shown twice, so none is
// shown; but the badge and the next alarm depend on nothing written and must still be set. Before,
// the failed write ended the refresh: the badge kept its old count and colour and no alarm was set,
// on every wake, alarm and message, for as long as the storage stayed full.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshWorker } from './refresh-worker';
import { at, NOW, trackedCase } from './fixtures';

const worker = refreshWorker;

describe('a refresh whose notification log cannot be written', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it.each<[string, number, string, number]>([
    ['a chargeback due in 10 h (the 24 h notification is due)', 10, '1', 8],
    ['a chargeback due in 1 h (the 2 h notification is due)', 1, '1', 1],
    ['a chargeback passed an hour ago (its "passed" notification is due)', -1, '1', Number.NaN],
  ])('%s: shows nothing, sets the badge and the next alarm', async (_name, due, text, alarmHours) => {
    const c = trackedCase('c', 'open', due);
    await fakeBrowser.storage.local.set({ cases: { [c.key]: c }, cases$: { v: 2 } });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('sentNotifications' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const w = worker(NOW);
    await expect(w.refresh()).resolves.toMatchObject({ notified: [] });
    expect(w.shown).toEqual([]);
    expect(w.badges.map((b) => b.text)).toEqual([text]);
    expect(w.alarms.map((a) => a?.toISOString() ?? null)).toEqual([Number.isNaN(alarmHours) ? null : at(alarmHours)]);

    // Once there is room again, the notification comes, once.
    vi.restoreAllMocks();
    const later = worker(NOW);
    await later.refresh();
    await later.refresh();
    expect(later.shown).toHaveLength(1);
  });
});
