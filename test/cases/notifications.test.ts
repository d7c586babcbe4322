import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planNextAlarm } from '../../lib/cases/alarm';
import { caseKeyOfNotification, dueNotifications, notificationId, pruneSentLog, recordSent, type SentLog } from '../../lib/cases/notifications';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeStatus } from '../../lib/rules/types';
import { refreshWorker } from './refresh-worker';
import { at, HOUR, NOW, portalOnlyRules, trackedCase } from './fixtures';

const timed = (cases: TrackedCase[], now = NOW) => timeCases(cases, portalOnlyRules, now, 'UTC');
const ids = (cases: TrackedCase[], log: SentLog = {}, now = NOW, settings = DEFAULT_SETTINGS) =>
  dueNotifications(timed(cases, now), log, now, settings).send.map((n) => `${n.key}#${n.hoursBefore}`);

describe('dueNotifications', () => {
  it.each<[string, DisputeStatus, number, string[]]>([
    ['100 h left: nothing', 'open', 100, []],
    ['exactly 72 h left: the 72 h notification', 'open', 72, ['S1|c#72']],
    ['50 h left: 72 h', 'open', 50, ['S1|c#72']],
    ['10 h left: only the tightest crossed (24 h)', 'open', 10, ['S1|c#24']],
    ['1 h left: 2 h', 'open', 1, ['S1|c#2']],
    ['passed 1 h ago: passed', 'open', -1, ['S1|c#0']],
    ['enquiry escalating in 20 h notifies', 'warning_under_review', 20, ['S1|c#24']],
    ['chargeback under review (already answered): nothing', 'under_review', 1, []],
    ['closed: nothing', 'lost', 1, []],
  ])('%s', (_name, status, due, expected) => {
    expect(ids([trackedCase('c', status, due)])).toEqual(expected);
  });

  it('each id at most once: a logged notification is not due again', () => {
    const cases = [trackedCase('c', 'open', 10)];
    const plan = dueNotifications(timed(cases), {}, NOW, DEFAULT_SETTINGS);
    const log = recordSent({}, plan, NOW);
    expect(ids(cases, log)).toEqual([]);
    // later, the next threshold
    expect(ids(cases, log, new Date(NOW.getTime() + 9 * HOUR))).toEqual(['S1|c#2']);
  });

  it('"passed" only for a deadline that passed while tracked and within 7 days', () => {
    expect(ids([trackedCase('c', 'open', -5, { firstSeenAt: at(-1) })])).toEqual([]);
    expect(ids([trackedCase('c', 'open', -24 * 8)])).toEqual([]);
    expect(ids([trackedCase('c', 'open', -24 * 6, { firstSeenAt: at(-24 * 7) })])).toEqual(['S1|c#0']);
  });

  it('a case first tracked without a store and then filed under its store (lib/cases/merge) is not notified again for what it was notified of', () => {
    const storeless = { ...trackedCase('c', 'open', 10), key: '-|c' };
    storeless.facts = { ...storeless.facts, storeId: undefined };
    const log = recordSent({}, dueNotifications(timed([storeless]), {}, NOW, DEFAULT_SETTINGS), NOW);
    expect(Object.keys(log)).toEqual([notificationId('-|c', at(10), 24)]);
    // the portal names its store: the same dispute, the same deadline, now under S1|c
    const filed = trackedCase('c', 'open', 10);
    expect(ids([filed], log)).toEqual([]);
    // its next threshold still comes, under its new key
    expect(ids([filed], log, new Date(NOW.getTime() + 9 * HOUR))).toEqual(['S1|c#2']);
    // another dispute's store-less notification counts for nothing here
    expect(ids([trackedCase('d', 'open', 10)], log)).toEqual(['S1|d#24']);
  });

  it('a moved deadline is a new deadline', () => {
    const before = trackedCase('c', 'open', 10);
    const log = recordSent({}, dueNotifications(timed([before]), {}, NOW, DEFAULT_SETTINGS), NOW);
    expect(ids([trackedCase('c', 'open', 20)], log)).toEqual(['S1|c#24']);
  });

  it('turned off: nothing shown, and what was due is logged so turning on raises no burst', () => {
    const off = { ...DEFAULT_SETTINGS, notifications: { enabled: false, hoursBefore: [72, 24, 2] } };
    const cases = [trackedCase('c', 'open', 10)];
    const plan = dueNotifications(timed(cases), {}, NOW, off);
    expect(plan.send).toEqual([]);
    expect(plan.silence.map((n) => n.hoursBefore)).toEqual([24]);
    const log = recordSent({}, plan, NOW);
    expect(Object.values(log)[0]?.shown).toBe(false);
    expect(ids(cases, log)).toEqual([]);
  });

  it('custom thresholds', () => {
    const settings = { ...DEFAULT_SETTINGS, notifications: { enabled: true, hoursBefore: [48, 6, 6] } };
    expect(ids([trackedCase('c', 'open', 30)], {}, NOW, settings)).toEqual(['S1|c#48']);
    expect(ids([trackedCase('c', 'open', 5)], {}, NOW, settings)).toEqual(['S1|c#6']);
  });

  it('ids carry the case key, the deadline instant in UTC and the threshold', () => {
    const id = notificationId('S1|a@b', '2026-03-10T13:00:00+01:00', 24);
    expect(id).toBe('S1|a@b@2026-03-10T12:00:00.000Z#24');
    expect(caseKeyOfNotification(id)).toBe('S1|a@b');
  });

  it('the sent-log forgets deadlines more than 30 days past', () => {
    const log: SentLog = {
      old: { sentAt: at(-24 * 40), deadlineAt: at(-24 * 31), shown: true },
      recent: { sentAt: at(-24 * 20), deadlineAt: at(-24 * 29), shown: true },
    };
    expect(Object.keys(pruneSentLog(log, NOW))).toEqual(['recent']);
  });
});

describe('planNextAlarm', () => {
  it.each<[string, number[], number | null]>([
    ['no cases', [], null],
    ['due in 100 h: the 72 h threshold (soon and notification)', [100], 28],
    ['due in 50 h: the 24 h threshold', [50], 26],
    ['due in 10 h: the 2 h threshold', [10], 8],
    ['due in 1 h: the deadline itself', [1], 1],
    ['overdue: nothing ahead', [-1], null],
    ['the earliest over all cases', [100, 10, 50], 8],
  ])('%s', (_name, dues, hours) => {
    const cases = dues.map((d, i) => trackedCase(`c${i}`, 'open', d));
    const when = planNextAlarm(timed(cases), NOW, DEFAULT_SETTINGS);
    expect(when?.toISOString() ?? null).toBe(hours === null ? null : at(hours));
  });

  it('includes the settings\' own thresholds', () => {
    const settings = { ...DEFAULT_SETTINGS, criticalHours: 12, notifications: { enabled: true, hoursBefore: [30] } };
    expect(planNextAlarm(timed([trackedCase('c', 'open', 40)]), NOW, settings)?.toISOString()).toBe(at(10));
  });

  it('ignores closed cases', () => {
    expect(planNextAlarm(timed([trackedCase('c', 'won', 40)]), NOW, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe('refresh across a worker restart', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const worker = refreshWorker;

  it('a notification raised before the restart is not raised again after it; the badge is the same', async () => {
    const c = trackedCase('c', 'open', 10);
    await fakeBrowser.storage.local.set({ cases: { [c.key]: c }, cases$: { v: 2 } });
    const first = worker(NOW);
    await Promise.all([first.refresh(), first.refresh()]);
    expect(first.shown.map((n) => n.hoursBefore)).toEqual([24]);
    // The worker stops: nothing of `first` survives but storage.
    const second = worker(new Date(NOW.getTime() + 60_000));
    const result = await second.refresh();
    expect(second.shown).toEqual([]);
    expect(result.badge).toEqual(first.badges[0]);
    expect(second.alarms.at(-1)?.toISOString()).toBe(at(8));
    // When the next threshold comes, it is raised once.
    const third = worker(new Date(NOW.getTime() + 8 * HOUR));
    await third.refresh();
    await third.refresh();
    expect(third.shown.map((n) => n.hoursBefore)).toEqual([2]);
  });
});
