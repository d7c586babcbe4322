// The notifications' sent-log in storage: what a refresh does when it does not parse.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notificationId, type PlannedNotification } from '../../lib/cases/notifications';
import { createRefresh } from '../../lib/cases/refresh';
import { openCaseStore } from '../../lib/cases/store';
import { at, NOW, portalOnlyRules, trackedCase } from './fixtures';

function worker() {
  const shown: PlannedNotification[] = [];
  const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
  const refresh = createRefresh(
    store,
    portalOnlyRules,
    { setBadge: async () => undefined, setNextAlarm: async () => undefined, notify: async (n) => void shown.push(n), notifySeveral: async (list) => void shown.push(...list) },
    () => NOW,
    () => 'UTC',
  );
  return { refresh, shown };
}

const local = () => fakeBrowser.storage.local;

describe('a sent-log that does not parse', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const shownEntry = (deadlineAt: string) => ({ sentAt: at(-1), deadlineAt, shown: true });

  it.each([
    ['one bad entry among good ones', { broken: 'not an entry' }],
    ['an entry with a field missing', { broken: { sentAt: at(-1) } }],
  ])('%s: quarantined once, however many refreshes follow; the good entries are kept and not notified again', async (_name, bad) => {
    // c is 10 h from its deadline and was told so ("24 h"); d is 200 h away (nothing due).
    const c = trackedCase('c', 'open', 10);
    const d = trackedCase('d', 'open', 200);
    const sentId = notificationId(c.key, at(10), 24);
    await local().set({
      cases: JSON.stringify({ [c.key]: c, [d.key]: d }),
      cases$: { v: 3 },
      sentNotifications: { [sentId]: shownEntry(at(10)), ...bad },
    });
    const { refresh, shown } = worker();
    for (let i = 0; i < 4; i++) await refresh();
    expect(shown).toEqual([]);
    const { quarantine, sentNotifications } = await local().get(['quarantine', 'sentNotifications']);
    expect(quarantine).toEqual([expect.objectContaining({ key: 'sentNotifications', value: { [sentId]: shownEntry(at(10)), ...bad } })]);
    expect(sentNotifications).toEqual({ [sentId]: shownEntry(at(10)) });
  });

  it('a sent-log that is not a record at all: quarantined once, then an empty log', async () => {
    const d = trackedCase('d', 'open', 200);
    await local().set({ cases: JSON.stringify({ [d.key]: d }), cases$: { v: 3 }, sentNotifications: 'garbage' });
    const { refresh } = worker();
    for (let i = 0; i < 3; i++) await refresh();
    const { quarantine, sentNotifications } = await local().get(['quarantine', 'sentNotifications']);
    expect(quarantine).toEqual([expect.objectContaining({ key: 'sentNotifications', value: 'garbage' })]);
    expect(sentNotifications).toEqual({});
  });
});
