// A burst's one notification ("4 disputes need attention: dispute D-1: respond within 10 h, and 3
// more") stayed on screen, and in the system's notification centre, after every one of its disputes
// was answered or won, for as long as any other case needed the merchant: with disputes coming in
// every week, for good, while the single notifications of the same disputes were taken away (their
// cases closed). It now goes once none of the notifications it counts would stay.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRefresh } from '../../lib/cases/refresh';
import { SEVERAL_NOTIFICATION_ID } from '../../lib/cases/notifications';
import { openCaseStore } from '../../lib/cases/store';
import type { TrackedCase } from '../../lib/cases/schema';
import type { DisputeStatus } from '../../lib/rules/types';
import { at, HOUR, NOW, portalOnlyRules, trackedCase } from './fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

async function store(cases: TrackedCase[]) {
  await fakeBrowser.storage.local.set({ cases: Object.fromEntries(cases.map((c) => [c.key, c])), cases$: { v: 2 } });
}

/** A worker whose notifications stay on show until it takes them away, as the browser keeps them. */
function worker() {
  let now = NOW;
  const onShow = new Set<string>();
  const caseStore = openCaseStore({ rules: portalOnlyRules, now: () => now });
  const refresh = createRefresh(
    caseStore,
    portalOnlyRules,
    {
      setBadge: async () => undefined,
      setNextAlarm: async () => undefined,
      notify: async (n) => void onShow.add(n.id),
      notifySeveral: async () => void onShow.add(SEVERAL_NOTIFICATION_ID),
      displayedNotifications: async () => [...onShow],
      clearNotification: async (id) => void onShow.delete(id),
    },
    () => now,
    () => 'UTC',
  );
  return {
    onShow,
    refresh: (hoursLater: number) => {
      now = new Date(NOW.getTime() + hoursLater * HOUR);
      return refresh();
    },
  };
}

const BURST = ['D-1', 'D-2', 'D-3', 'D-4'];
const c = (id: string, status: DisputeStatus, dueIn: number) => trackedCase(id, status, dueIn, { firstSeenAt: at(-24 * 6) });
/** the burst's four, due in 10 to 40 h; E-9 due in 200 h (no notification yet, but it needs the merchant) */
const seeded = (statuses: Record<string, DisputeStatus> = {}, others = true) => [
  ...BURST.map((id, i) => c(id, statuses[id] ?? 'open', 10 * (i + 1))),
  ...(others ? [c('E-9', 'open', 200)] : []),
];

describe('a burst\'s summary on show', () => {
  it.each<[string, DisputeStatus]>([
    ['answered (under review)', 'under_review'],
    ['won', 'won'],
    ['lost', 'lost'],
  ])('every one of its disputes %s, another case still open: taken away', async (_name, status) => {
    await store(seeded());
    const w = worker();
    await w.refresh(0);
    expect([...w.onShow]).toEqual([SEVERAL_NOTIFICATION_ID]);
    await store(seeded(Object.fromEntries(BURST.map((id) => [id, status]))));
    await w.refresh(1);
    expect([...w.onShow]).toEqual([]);
  });

  it('one of its disputes still open: kept', async () => {
    await store(seeded());
    const w = worker();
    await w.refresh(0);
    await store(seeded({ 'D-1': 'won', 'D-2': 'under_review', 'D-3': 'lost' }));
    await w.refresh(1);
    expect([...w.onShow]).toEqual([SEVERAL_NOTIFICATION_ID]);
  });

  it('every one answered and no other case: taken away, as before', async () => {
    await store(seeded({}, false));
    const w = worker();
    await w.refresh(0);
    await store(seeded(Object.fromEntries(BURST.map((id) => [id, 'won' as DisputeStatus])), false));
    await w.refresh(1);
    expect([...w.onShow]).toEqual([]);
  });

  it('a newer burst replaces it on screen: the newer one\'s disputes decide', async () => {
    const newer = ['F-1', 'F-2', 'F-3', 'F-4'].map((id, i) => c(id, 'open', 30 + 10 * i));
    await store(seeded());
    const w = worker();
    await w.refresh(0);
    // four more come in a day later, all within 72 h: a second summary, in the first one's place
    await store([...seeded(), ...newer]);
    await w.refresh(1);
    // the first burst's four answered: the summary on show is the second's, still due
    await store([...seeded(Object.fromEntries(BURST.map((id) => [id, 'under_review' as DisputeStatus]))), ...newer]);
    await w.refresh(2);
    expect([...w.onShow]).toEqual([SEVERAL_NOTIFICATION_ID]);
  });
});
