// The toolbar badge, planned from the cases: what to show, not how (entrypoints/background applies it).
import type { Deadline } from '../rules/types';
import { MINUTE } from '../rules/time';
import { DAY_MS, HOUR_MS } from './instants';
import { keyParts, type Settings } from './schema';
import { needsAction, urgencyAt, type CaseUrgency, type TimedCase } from './timing';

export type BadgeTone = 'red' | 'amber' | 'neutral' | 'none';

export interface BadgePlan {
  /** "" when no case needs action; "99+" above 99 (a badge fits about four characters) */
  text: string;
  count: number;
  tone: BadgeTone;
  /**
   * The soonest deadline still ahead among the cases that need action: the next one the merchant can
   * act on. A passed one is not it (a missed response deadline is lost already); those are `overdue`.
   */
  next: BadgeCase | null;
  /**
   * The counted cases whose deadline has passed (still counted: until the portal shows them closed
   * the merchant should look at them), and the one that passed most recently.
   */
  overdue: { count: number; latest: BadgeCase | null };
}

export interface BadgeCase {
  key: string;
  disputeId: string;
  storeId: string | null;
  deadline: Deadline;
  urgency: CaseUrgency;
}

/**
 * Colours of the badge: background and text, both ≥ 4.5:1 (test/cases/badge.test.ts computes the
 * ratios). Red and amber are the urgency colours of the in-page chips; colour is never the only
 * signal, the tooltip says what is due.
 */
export const BADGE_COLORS: Record<Exclude<BadgeTone, 'none'>, { background: string; text: string }> = {
  red: { background: '#b42318', text: '#ffffff' },
  amber: { background: '#fdb022', text: '#101828' },
  neutral: { background: '#475467', text: '#ffffff' },
};

export function planBadge(timed: readonly TimedCase[], now: Date, settings: Pick<Settings, 'criticalHours' | 'soonHours'>): BadgePlan {
  let count = 0;
  let anyRed = false;
  let anyAmber = false;
  let next: BadgeCase | null = null;
  const overdue: BadgePlan['overdue'] = { count: 0, latest: null };
  for (const t of timed) {
    if (!needsAction(t, now, settings)) continue;
    count += 1;
    if (!t.next) continue;
    const urgency = urgencyAt(t.next.at, now, settings);
    if (urgency === 'overdue' || urgency === 'critical') anyRed = true;
    else if (urgency === 'soon') anyAmber = true;
    const atMs = Date.parse(t.next.at);
    const storeId = keyParts(t.case.key)?.storeId ?? null;
    const named = { key: t.case.key, disputeId: t.case.facts.id, storeId, deadline: t.next, urgency };
    if (urgency === 'overdue') {
      overdue.count += 1;
      if (!overdue.latest || atMs > Date.parse(overdue.latest.deadline.at)) overdue.latest = named;
    } else if (!next || atMs < Date.parse(next.deadline.at)) {
      next = named;
    }
  }
  const tone: BadgeTone = count === 0 ? 'none' : anyRed ? 'red' : anyAmber ? 'amber' : 'neutral';
  return { text: count === 0 ? '' : count > 99 ? '99+' : String(count), count, tone, next, overdue };
}

/**
 * When the tooltip's countdown (`plan.next`'s, "(1 h 29 min to respond)") next reads otherwise: it
 * counts whole minutes within a day of the deadline and whole hours beyond (components/format
 * formatDuration: its two largest units, rounded down). The tooltip is written at a refresh only,
 * so without a wake then it promised time that was gone until the next threshold or the 15-minute
 * safety alarm. Null without a deadline ahead (the overdue line names a date, no countdown).
 */
export function titleChangesAt(plan: Pick<BadgePlan, 'next'>, now: Date): Date | null {
  if (!plan.next) return null;
  const atMs = Date.parse(plan.next.deadline.at);
  const msLeft = atMs - now.getTime();
  if (!(msLeft > 0)) return null;
  const unit = msLeft >= DAY_MS ? HOUR_MS : MINUTE;
  // the first millisecond with one unit fewer left
  return new Date(atMs - Math.floor(msLeft / unit) * unit + 1);
}
