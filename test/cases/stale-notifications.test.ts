// A notification on show whose case no longer needs the merchant: won or lost, answered (under
// review), removed or cleared. It stayed in the notification centre saying "Respond to dp_1 within
// 2 h" after the portal showed the dispute won; now every refresh takes it away. So is one whose
// deadline is no longer the case's (the portal moved its date: it named the old one). A case that
// still notifies keeps its notifications, under its own key or the store-less key it was first read
// under; an estimate counted in another zone, an hour off, is the one notified (not notified again).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { notificationId, staleNotifications } from '../../lib/cases/notifications';
import { caseKey, type TrackedCase } from '../../lib/cases/schema';
import { timeCases, type TimedCase } from '../../lib/cases/timing';
import type { Deadline, DisputeStatus } from '../../lib/rules/types';
import { at, HOUR, NOW, portalOnlyRules, trackedCase } from './fixtures';

const shown = (key: string, hours = 24) => notificationId(key, at(10), hours);

function storeless(id: string, status: DisputeStatus): TrackedCase {
  const c = trackedCase(id, status, 10);
  const { storeId: _s, ...facts } = c.facts;
  return { ...c, key: caseKey(null, id), facts };
}

describe('staleNotifications', () => {
  it.each<[string, TrackedCase[], string[], string[]]>([
    ['still due: kept', [trackedCase('dp_1', 'open', 10)], [shown('S1|dp_1')], []],
    ['won: cleared', [trackedCase('dp_1', 'won', 10)], [shown('S1|dp_1')], [shown('S1|dp_1')]],
    ['lost: cleared', [trackedCase('dp_1', 'lost', 10)], [shown('S1|dp_1', 0)], [shown('S1|dp_1', 0)]],
    ['answered, under review: cleared', [trackedCase('dp_1', 'under_review', 10)], [shown('S1|dp_1')], [shown('S1|dp_1')]],
    ['an enquiry still open: kept', [trackedCase('dp_1', 'warning_needs_response', 10)], [shown('S1|dp_1')], []],
    ['an enquiry closed: cleared', [trackedCase('dp_1', 'warning_closed', 10)], [shown('S1|dp_1')], [shown('S1|dp_1')]],
    ['removed or cleared from the store: cleared', [], [shown('S1|dp_1')], [shown('S1|dp_1')]],
    ['notified without a store, now filed under it and still due: kept', [trackedCase('dp_1', 'open', 10)], [shown('-|dp_1')], []],
    ['notified without a store, now filed under it and won: cleared', [trackedCase('dp_1', 'won', 10)], [shown('-|dp_1')], [shown('-|dp_1')]],
    ['a store-less case still due: kept', [storeless('dp_1', 'open')], [shown('-|dp_1')], []],
    ['only the case that closed', [trackedCase('dp_1', 'won', 10), trackedCase('dp_2', 'open', 10)], [shown('S1|dp_1'), shown('S1|dp_2')], [shown('S1|dp_1')]],
    ['what is not one of ours: left alone', [], ['some-other-id'], []],
    ['the portal moved its date: the notification of the old date cleared', [trackedCase('dp_1', 'open', 30)], [shown('S1|dp_1')], [shown('S1|dp_1')]],
    ['the portal moved its date by a minute: the old one cleared', [trackedCase('dp_1', 'open', 10 + 1 / 60)], [shown('S1|dp_1')], [shown('S1|dp_1')]],
    ['its deadline passed and still due: the "passed" one kept', [trackedCase('dp_1', 'open', 10)], [shown('S1|dp_1', 0)], []],
  ])('%s', (_name, cases, displayed, cleared) => {
    expect(staleNotifications(displayed, timeCases(cases, portalOnlyRules, NOW, 'UTC'))).toEqual(cleared);
  });

  const estimated = (hours: number): TimedCase => {
    const c = trackedCase('dp_1', 'open', null);
    const deadline: Deadline = { kind: 'response', at: at(hours), source: 'rule', ruleId: 'card.response.7-21d' };
    return { case: c, phase: 'chargeback', actionRequired: true, deadlines: [deadline], next: deadline };
  };
  it.each<[string, number, string[]]>([
    ['the same estimate: kept', 10, []],
    ['the estimate counted in another zone, an hour earlier: kept (it is the one notified)', 9, []],
    ['the estimate moved by 6 h (new facts): the old one cleared', 16, [shown('S1|dp_1')]],
  ])('an estimate of the rules: %s', (_name, hours, cleared) => {
    expect(staleNotifications([shown('S1|dp_1')], [estimated(hours)])).toEqual(cleared);
  });
});

describe('the background takes a notification away once its case is closed', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('won on the portal: the notification on show is cleared; another case\'s stays', async () => {
    const firstSeenAt = new Date(Date.now() - 48 * HOUR).toISOString();
    const dueBy = new Date(Date.now() + 10 * HOUR).toISOString();
    const due = (id: string, status: DisputeStatus) => {
      const c = trackedCase(id, status, null, { firstSeenAt });
      c.facts = { ...c.facts, dueBy };
      return c;
    };
    const seed = (...cases: TrackedCase[]) => fakeBrowser.storage.local.set({ cases: Object.fromEntries(cases.map((c) => [c.key, c])), cases$: { v: 2 } });
    await seed(due('dp_1', 'open'), due('dp_2', 'open'));
    background.main();
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2));
    await seed(due('dp_1', 'won'), due('dp_2', 'open'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'dispute-radar:next', scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll()).map((id) => id.split('@')[0])).toEqual(['S1|dp_2']));
  });
});
