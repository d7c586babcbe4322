// Which deadline notifications are due, planned from the cases and the sent-log. Pure.
//
// A notification is identified by case key + deadline instant + threshold (hours before; 0 = the
// deadline passed). The sent-log in storage holds every id already shown (or deliberately not
// shown), so each fires at most once, across worker and browser restarts. A deadline that moves
// (the portal shows a new date) is a new deadline and notifies again; an estimate of the rules
// that moved by at most an hour (counted in another zone) is not (ESTIMATE_SAME_WITHIN_MS). A case
// first tracked without a store ("-|id") is filed under its store's key once a reading names the
// store (merge.ts): what was sent under the store-less key counts for it, so the move raises no
// second notification.
//
// Only the tightest threshold crossed is shown: a case first seen 10 h before its deadline gets
// the "24 h" notification, not "72 h" and "24 h" at once. "Passed" is shown only for a deadline
// that passed while the case was tracked and at most PASSED_WINDOW ago, so importing or first
// reading an old case does not raise a burst of stale alerts (the badge shows it as overdue).
import { z } from 'zod';
import type { Deadline } from '../rules/types';
import { compareDue } from './group';
import { DAY_MS, HOUR_MS } from './instants';
import { caseKey, isStorelessKey, type Settings } from './schema';
import type { TimedCase } from './timing';

export const PASSED_WINDOW_MS = 7 * DAY_MS;
/** Sent-log entries are dropped this long after their deadline (they can no longer fire). */
export const SENT_LOG_KEEP_MS = 30 * DAY_MS;

export const sentEntrySchema = z.object({ sentAt: z.string(), deadlineAt: z.string(), shown: z.boolean() });
export const sentLogSchema = z.record(z.string(), sentEntrySchema);
export type SentLog = z.infer<typeof sentLogSchema>;

/** The entries of a stored sent-log that still parse (a log that is not a record has none). */
export function salvageSentLog(raw: unknown): SentLog {
  const out: SentLog = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = sentEntrySchema.safeParse(entry);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

export interface PlannedNotification {
  id: string;
  key: string;
  disputeId: string;
  deadline: Deadline;
  /** the threshold crossed, in hours before the deadline; 0 = the deadline passed */
  hoursBefore: number;
  pageUrl: string | null;
}

export function notificationId(key: string, deadlineAt: string, hoursBefore: number): string {
  return `${key}@${new Date(Date.parse(deadlineAt)).toISOString()}#${hoursBefore}`;
}

/** A notification id's parts (notificationId's inverse); null for an id that is not ours. */
function parseNotificationId(id: string): { key: string; atMs: number; hours: string } | null {
  const at = id.lastIndexOf('@');
  const hash = id.lastIndexOf('#');
  if (at <= 0 || hash < at) return null;
  const atMs = Date.parse(id.slice(at + 1, hash));
  return Number.isNaN(atMs) ? null : { key: id.slice(0, at), atMs, hours: id.slice(hash + 1) };
}

/** The case key inside a notification id (for a click). */
export function caseKeyOfNotification(id: string): string | null {
  const at = id.lastIndexOf('@');
  return at > 0 ? id.slice(0, at) : null;
}

/**
 * The case a notification is about: the one under its key; for a notification sent while the
 * dispute was known without a store ("-|id"), the one case of that dispute filed under its store
 * since (./merge.ts), as the sent-log counts it. Null when gone, or when two stores have the ID.
 */
export function caseOfNotification<C extends { key: string; facts: { id: string } }>(cases: readonly C[], id: string): C | null {
  const key = caseKeyOfNotification(id);
  if (key === null) return null;
  const own = cases.find((c) => c.key === key);
  if (own || !isStorelessKey(key)) return own ?? null;
  const same = cases.filter((c) => caseKey(null, c.facts.id) === key);
  return same.length === 1 ? same[0]! : null;
}

/** Thresholds from the settings, largest first, then 0 (passed). */
export function notificationThresholds(settings: Pick<Settings, 'notifications'>): number[] {
  const hours = [...new Set(settings.notifications.hoursBefore.filter((h) => h > 0))].sort((a, b) => b - a);
  return [...hours, 0];
}

/** Cases whose deadlines notify: open, and either needing a response or an enquiry that may escalate. */
export function notifies(timed: TimedCase): boolean {
  return timed.phase !== 'closed' && (timed.actionRequired || timed.phase === 'enquiry');
}

/**
 * The notifications on show (ids) whose case no longer needs the merchant: closed (won, lost),
 * answered (under review), removed or cleared; or whose deadline is no longer the case's (the
 * portal moved its date: it names the old one). Left up, one said "respond within 2 h" of a dispute
 * since won. A case that still notifies keeps the ones of its deadlines, also those sent under the
 * store-less key it was first read under; an estimate within ESTIMATE_SAME_WITHIN_MS of one on show
 * is the one it named (dueNotifications does not show it again). A burst's summary goes once none of
 * the notifications it counts would stay (`sentLog`: latestBurst), or, without the log, once no
 * case needs the merchant. Ids that are not ours are left alone.
 */
export function staleNotifications(displayed: readonly string[], timed: readonly TimedCase[], sentLog?: SentLog): string[] {
  const live = new Map<string, Deadline[]>();
  const add = (key: string, deadlines: Deadline[]) => live.set(key, [...(live.get(key) ?? []), ...deadlines]);
  for (const t of timed) {
    if (!notifies(t)) continue;
    add(t.case.key, t.deadlines);
    if (caseKey(null, t.case.facts.id) !== t.case.key) add(caseKey(null, t.case.facts.id), t.deadlines);
  }
  const stale = (id: string) => {
    const n = parseNotificationId(id);
    if (!n) return false;
    const deadlines = live.get(n.key);
    if (!deadlines) return true;
    return !deadlines.some((d) => {
      const gap = Math.abs(Date.parse(d.at) - n.atMs);
      return gap === 0 || (d.source === 'rule' && gap <= ESTIMATE_SAME_WITHIN_MS);
    });
  };
  return displayed.filter((id) => {
    if (id !== SEVERAL_NOTIFICATION_ID) return stale(id);
    // A summary of disputes since answered or won stayed up as long as any other case needed the
    // merchant (with disputes coming in every week, for good).
    const burst = sentLog ? latestBurst(sentLog) : null;
    return burst ? burst.every(stale) : live.size === 0;
  });
}

/**
 * The notifications the summary on show counts: the latest burst's (a newer one replaces it on
 * screen). A refresh logs what it shows at its own instant (recordSent) and shows more than
 * SHOWN_ONE_BY_ONE as one, so a burst is more than that many entries shown at one instant. Null
 * when the log holds none (pruned with their deadlines).
 */
export function latestBurst(sentLog: SentLog): string[] | null {
  const byInstant = new Map<string, string[]>();
  for (const [id, entry] of Object.entries(sentLog)) {
    if (!entry.shown) continue;
    const ids = byInstant.get(entry.sentAt);
    if (ids) ids.push(id);
    else byInstant.set(entry.sentAt, [id]);
  }
  let latest: string[] | null = null;
  let latestMs = -Infinity;
  for (const [sentAt, ids] of byInstant) {
    const ms = Date.parse(sentAt);
    if (ids.length > SHOWN_ONE_BY_ONE && ms > latestMs) [latest, latestMs] = [ids, ms];
  }
  return latest;
}

/**
 * More notifications due at once than this (a first visit to a long list, a computer woken after
 * a holiday, a backup imported) are shown as one: forty toasts at once are read as none, and hide
 * the one that matters. Each still counts as shown (the sent-log), so none comes again alone.
 */
export const SHOWN_ONE_BY_ONE = 3;
/** The id of that one notification: a newer burst replaces it on screen. */
export const SEVERAL_NOTIFICATION_ID = 'dispute-radar:several';

/**
 * A burst's notifications in the order the popup lists their cases (./group.ts compareDue):
 * deadlines passed first, the most recently passed first, then those ahead, soonest first. The
 * first is the one a summary names.
 */
export function byUrgency(notifications: readonly PlannedNotification[], now: Date): PlannedNotification[] {
  const at = (n: PlannedNotification) => Date.parse(n.deadline.at);
  const passed = (n: PlannedNotification) => at(n) <= now.getTime();
  return [...notifications].sort((a, b) => Number(passed(b)) - Number(passed(a)) || compareDue(passed(a) ? 'overdue' : 'due24h', at(a), at(b)));
}

export interface NotificationPlan {
  /** to show now, and then log */
  send: PlannedNotification[];
  /** to log without showing (notifications are turned off): turning them on later raises no burst */
  silence: PlannedNotification[];
}

/**
 * How far a deadline the rules estimate may move and still be the one already notified. The rules
 * count N calendar days in the merchant's zone, so one estimate lies an hour apart in two zones
 * whose clocks change on different days: a zone chosen in the options, or a browser moved to
 * another zone, must not notify it again. A portal date that moves, or an estimate that moves
 * further (new facts), is a new deadline.
 */
export const ESTIMATE_SAME_WITHIN_MS = HOUR_MS;

/** The deadline instants (epoch ms) each case key and threshold was notified of ("key#h" → ms). */
function notifiedInstants(sentLog: SentLog): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const id of Object.keys(sentLog)) {
    const n = parseNotificationId(id);
    if (!n) continue;
    const slot = `${n.key}#${n.hours}`;
    const list = out.get(slot);
    if (list) list.push(n.atMs);
    else out.set(slot, [n.atMs]);
  }
  return out;
}

export function dueNotifications(
  timed: readonly TimedCase[],
  sentLog: SentLog,
  now: Date,
  settings: Pick<Settings, 'notifications'>,
): NotificationPlan {
  const thresholds = notificationThresholds(settings);
  const due: PlannedNotification[] = [];
  const nowMs = now.getTime();
  let notified: Map<string, number[]> | null = null;
  const notifiedNear = (key: string, atMs: number, hours: number) =>
    (notified ??= notifiedInstants(sentLog)).get(`${key}#${hours}`)?.some((ms) => Math.abs(ms - atMs) <= ESTIMATE_SAME_WITHIN_MS) ?? false;
  for (const t of timed) {
    if (!notifies(t)) continue;
    for (const deadline of t.deadlines) {
      const atMs = Date.parse(deadline.at);
      if (Number.isNaN(atMs)) continue;
      let tightest: number | null = null;
      for (const h of thresholds) if (nowMs >= atMs - h * HOUR_MS) tightest = h;
      if (tightest === null) continue;
      if (tightest === 0) {
        const trackedWhenPassed = atMs >= Date.parse(t.case.firstSeenAt);
        if (!trackedWhenPassed || nowMs - atMs > PASSED_WINDOW_MS) continue;
      }
      const id = notificationId(t.case.key, deadline.at, tightest);
      const storeless = caseKey(null, t.case.facts.id);
      if (sentLog[id] || sentLog[notificationId(storeless, deadline.at, tightest)]) continue;
      if (deadline.source === 'rule' && (notifiedNear(t.case.key, atMs, tightest) || notifiedNear(storeless, atMs, tightest))) continue;
      due.push({ id, key: t.case.key, disputeId: t.case.facts.id, deadline, hoursBefore: tightest, pageUrl: t.case.pageUrl ?? null });
    }
  }
  return settings.notifications.enabled ? { send: due, silence: [] } : { send: [], silence: due };
}

export function recordSent(sentLog: SentLog, plan: NotificationPlan, now: Date): SentLog {
  const out: SentLog = { ...sentLog };
  const sentAt = now.toISOString();
  for (const n of plan.send) out[n.id] = { sentAt, deadlineAt: n.deadline.at, shown: true };
  for (const n of plan.silence) out[n.id] = { sentAt, deadlineAt: n.deadline.at, shown: false };
  return out;
}

export function pruneSentLog(sentLog: SentLog, now: Date): SentLog {
  const out: SentLog = {};
  for (const [id, entry] of Object.entries(sentLog)) {
    const at = Date.parse(entry.deadlineAt);
    if (Number.isNaN(at) || now.getTime() - at <= SENT_LOG_KEEP_MS) out[id] = entry;
  }
  return out;
}
