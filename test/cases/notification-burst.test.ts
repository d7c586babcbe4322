// Many notifications due at once: a first visit to a long dispute list (20 disputes needing a
// response), a computer woken after a holiday, a backup imported. Before, each was its own desktop
// notification: the first refresh over 2,000 stored cases raised 394 at once, and the sandbox's
// list alone about twenty, a stack in which the one due in an hour was lost. Now more than
// SHOWN_ONE_BY_ONE due in one refresh are one notification (how many, the most urgent one's words,
// where the rest are); each still counts as shown, so none comes again on its own.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { severalNotificationText, notificationText } from '../../entrypoints/background/texts';
import {
  byUrgency,
  SEVERAL_NOTIFICATION_ID,
  SHOWN_ONE_BY_ONE,
  staleNotifications,
  type PlannedNotification,
} from '../../lib/cases/notifications';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import { LOCALES, tn } from '../../lib/i18n';
import { at, NOW, portalOnlyRules, trackedCase } from './fixtures';
import { refreshWorker } from './refresh-worker';

async function store(cases: TrackedCase[]) {
  await fakeBrowser.storage.local.set({ cases: Object.fromEntries(cases.map((c) => [c.key, c])), cases$: { v: 2 } });
}

/** cases due in these hours (negative: passed, while tracked) */
const due = (hours: number[]) => hours.map((h, i) => trackedCase(`D-${i + 1}`, 'open', h, { firstSeenAt: at(-24 * 6) }));

describe('notifications due in one refresh', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, number[]]>([
    ['one', [10]],
    ['two', [10, 50]],
    [`${SHOWN_ONE_BY_ONE}, the most shown one by one`, [10, 50, 1]],
  ])('%s: each its own notification', async (_name, hours) => {
    await store(due(hours));
    const w = refreshWorker(NOW);
    await w.refresh();
    expect(w.shown.map((n) => n.disputeId).sort()).toEqual(hours.map((_h, i) => `D-${i + 1}`).sort());
    expect(w.several).toEqual([]);
  });

  it.each<[string, number[], string[]]>([
    ['four due ahead: the soonest first', [50, 10, 1, 30], ['D-3', 'D-2', 'D-4', 'D-1']],
    ['passed and ahead: the passed first, the most recently passed first, then the soonest ahead', [5, -30, 60, -2, 20], ['D-4', 'D-2', 'D-1', 'D-5', 'D-3']],
    ['twenty needing a response (a first visit to the list)', Array.from({ length: 20 }, (_v, i) => 70 - i * 3), Array.from({ length: 20 }, (_v, i) => `D-${20 - i}`)],
  ])('%s: one notification of them all, by urgency', async (_name, hours, order) => {
    await store(due(hours));
    const w = refreshWorker(NOW);
    const result = await w.refresh();
    expect(w.shown).toEqual([]);
    expect(w.several.map((list) => list.map((n) => n.disputeId))).toEqual([order]);
    // each counts as shown: the log holds them all, and the next refresh raises nothing
    expect(result.notified.sort()).toEqual(w.several[0]!.map((n) => n.id).sort());
    const { sentNotifications } = (await fakeBrowser.storage.local.get('sentNotifications')) as { sentNotifications: Record<string, { shown: boolean }> };
    expect(Object.keys(sentNotifications).sort()).toEqual(result.notified.sort());
    expect(Object.values(sentNotifications).every((e) => e.shown)).toBe(true);
    const again = refreshWorker(new Date(NOW.getTime() + 60_000));
    await again.refresh();
    expect([again.shown, again.several]).toEqual([[], []]);
  });

  it('after a burst, a case crossing its next threshold alone is its own notification again', async () => {
    await store(due([30, 40, 50, 60]));
    await refreshWorker(NOW).refresh();
    // 10 hours later D-1 (due in 30 h, notified at 72 h) crosses its 24 h threshold
    const later = refreshWorker(new Date(NOW.getTime() + 10 * 3_600_000));
    await later.refresh();
    expect(later.several).toEqual([]);
    expect(later.shown.map((n) => [n.disputeId, n.hoursBefore])).toEqual([['D-1', 24]]);
  });
});

describe('the one notification of a burst', () => {
  const settings = (language: (typeof LOCALES)[number]) => ({ ...DEFAULT_SETTINGS, language, timeZone: 'Europe/Stockholm' });
  const planned = (id: string, hours: number, hoursBefore: number): PlannedNotification => ({
    id: `S1|${id}@${at(hours)}#${hoursBefore}`,
    key: `S1|${id}`,
    disputeId: id,
    deadline: { kind: 'response', at: at(hours), source: 'portal', ruleId: 'portal' },
    hoursBefore,
    pageUrl: null,
  });
  const list = byUrgency([planned('D-2', 20, 24), planned('D-1', 1, 2), planned('D-3', 60, 72), planned('D-4', 70, 72), planned('D-5', 30, 72)], NOW);

  it.each(LOCALES.map((l) => [l]))('%s: how many, the most urgent one\'s own title, how many more', (language) => {
    const text = severalNotificationText(list, settings(language), NOW);
    expect(text.title).toBe(tn(language, 'bg.notify.several', 5));
    expect(text.title).toContain('5');
    const [first, more] = text.message.split('\n');
    expect(first).toBe(notificationText(list[0]!, settings(language), NOW).title);
    expect(first).toContain('D-1');
    expect(more).toBe(tn(language, 'bg.notify.severalMore', 4));
    expect(more).toContain('4');
  });

  it('is taken away once no case needs the merchant any more, kept while one does', () => {
    const open = timeCases([trackedCase('D-1', 'open', 5)], portalOnlyRules, NOW, 'UTC');
    const won = timeCases([trackedCase('D-1', 'won', 5)], portalOnlyRules, NOW, 'UTC');
    expect(staleNotifications([SEVERAL_NOTIFICATION_ID], open)).toEqual([]);
    expect(staleNotifications([SEVERAL_NOTIFICATION_ID], won)).toEqual([SEVERAL_NOTIFICATION_ID]);
    expect(staleNotifications([SEVERAL_NOTIFICATION_ID], [])).toEqual([SEVERAL_NOTIFICATION_ID]);
  });
});
