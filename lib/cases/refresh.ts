// Everything the background derives from the store, recomputed from storage alone: badge, next
// alarm, due notifications. Runs in the store's queue after every change, on every alarm and on
// every wake, so nothing depends on memory. The effects (browser APIs) are passed in.
import { planNextAlarm } from './alarm';
import { planBadge, titleChangesAt, type BadgePlan } from './badge';
import { hostShown } from './case-host';
import {
  byUrgency,
  dueNotifications,
  recordSent,
  SEVERAL_NOTIFICATION_ID,
  SHOWN_ONE_BY_ONE,
  staleNotifications,
  type PlannedNotification,
} from './notifications';
import type { CaseRules } from './rules-link';
import { settingsTimeZone, type Settings } from './schema';
import type { CaseStore } from './store';
import { timeCases } from './timing';

export interface RefreshEffects {
  setBadge(plan: BadgePlan, settings: Settings): Promise<void>;
  /** null: no threshold ahead, clear the alarm */
  setNextAlarm(when: Date | null): Promise<void>;
  /** when the badge tooltip's countdown next changes (./badge.ts titleChangesAt); null: clear that alarm (optional) */
  setTitleAlarm?(when: Date | null): Promise<void>;
  notify(notification: PlannedNotification, settings: Settings): Promise<void>;
  /** more than SHOWN_ONE_BY_ONE due at once, as one notification; `notifications` by urgency (byUrgency) */
  notifySeveral(notifications: PlannedNotification[], settings: Settings): Promise<void>;
  /** the ids of the notifications on show, to take away those whose case closed (optional) */
  displayedNotifications?(): Promise<string[]>;
  clearNotification?(id: string): Promise<void>;
}

export interface RefreshResult {
  badge: BadgePlan;
  nextAlarm: Date | null;
  /** when the tooltip's countdown next changes */
  titleAlarm: Date | null;
  notified: string[];
}

/**
 * One refresh per burst of requests. A request joins a refresh that is queued and has not begun
 * reading (it will read everything written before the request), so a wake's start and the event
 * that woke the worker cost one read of the store. `written`: the request follows a change the
 * caller has written (awaited); it also joins a refresh that is running, which began after that
 * change (the store's queue runs one task at a time). Any other request (an alarm: the clock moved)
 * made while one runs queues exactly one more, which later requests join. A refresh that fails
 * fails its joiners only; the next request queues anew.
 */
export function createRefresh(store: CaseStore, rules: CaseRules, effects: RefreshEffects, now: () => Date, browserZone: () => string) {
  async function recompute(): Promise<RefreshResult> {
    const at = now();
    const settings = await store.internal.loadSettings();
    const cases = await store.internal.loadPrunedCases(settings);
    const all = timeCases(Object.values(cases), rules, at, settingsTimeZone(settings, browserZone));
    // A case read on a portal host the merchant turned off (the test portal) stays stored but
    // counts for nothing here: no badge, no alarm, no notification; one on show is taken away
    // (staleNotifications below). What falls due meanwhile is logged unshown, as with
    // notifications turned off, so turning the host on again raises no burst of old alerts.
    const timed: typeof all = [];
    const off: typeof all = [];
    for (const t of all) (hostShown(t.case, settings.hosts) ? timed : off).push(t);
    const badge = planBadge(timed, at, settings);
    const nextAlarm = planNextAlarm(timed, at, settings);
    const sentLog = await store.internal.loadSentLog();
    const plan = dueNotifications(timed, sentLog, at, settings);
    if (off.length > 0) {
      plan.silence.push(...dueNotifications(off, sentLog, at, { notifications: { ...settings.notifications, enabled: false } }).silence);
    }
    // Logged before shown: a worker stopped in between loses one notification rather than
    // showing it twice ("at most once"). A log that cannot be written (storage full) shows none
    // now (they stay due for a later refresh), but the badge and the alarm need no write.
    let send = plan.send;
    let logged = sentLog;
    if (plan.send.length > 0 || plan.silence.length > 0) {
      try {
        const next = recordSent(sentLog, plan, at);
        await store.internal.saveSentLog(next);
        logged = next;
      } catch (error) {
        console.warn('[dispute-radar] the notification log could not be written; no notification shown', error);
        send = [];
      }
    }
    await effects.setBadge(badge, settings);
    await effects.setNextAlarm(nextAlarm);
    const titleAlarm = titleChangesAt(badge, at);
    await effects.setTitleAlarm?.(titleAlarm);
    if (send.length > SHOWN_ONE_BY_ONE) {
      try {
        await effects.notifySeveral(byUrgency(send, at), settings);
      } catch (error) {
        console.warn('[dispute-radar] notification failed', SEVERAL_NOTIFICATION_ID, error);
      }
    } else {
      for (const notification of send) {
        try {
          await effects.notify(notification, settings);
        } catch (error) {
          console.warn('[dispute-radar] notification failed', notification.id, error);
        }
      }
    }
    if (effects.displayedNotifications && effects.clearNotification) {
      try {
        for (const id of staleNotifications(await effects.displayedNotifications(), timed, logged)) await effects.clearNotification(id);
      } catch (error) {
        console.warn('[dispute-radar] notifications of closed cases or of hosts turned off could not be cleared', error);
      }
    }
    return { badge, nextAlarm, titleAlarm, notified: send.map((n) => n.id) };
  }

  let waiting: Promise<RefreshResult> | null = null;
  let running: Promise<RefreshResult> | null = null;
  return function refresh(written = false): Promise<RefreshResult> {
    if (waiting) return waiting;
    if (written && running) return running;
    const queued: Promise<RefreshResult> = store.run(() => {
      waiting = null;
      running = queued;
      return recompute().finally(() => {
        if (running === queued) running = null;
      });
    });
    waiting = queued;
    return queued;
  };
}
