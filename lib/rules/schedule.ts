// assessSchedule: the part of an assessment that lists, badges and alarms need — phase, the
// deadlines, the next one, time left, urgency and the fee — without the evidence checklist, the
// advice, the exposure and the timeline that only a dispute's own page shows. assessDispute builds
// on the same function, so the two always agree. Never throws.
import { DEFAULT_THRESHOLDS } from './data/urgency';
import { plan, type Plan, type PlanEntry } from './deadlines';
import { feeAt, normalizeCountry } from './fees';
import { statusInfo } from './statuses';
import type { AssessOptions, Deadline, DisputeFacts, FeeRule, Phase, StatusInfo, Urgency, UrgencyThresholds } from './types';

export interface Schedule {
  phase: Phase;
  actionRequired: boolean;
  statusInfo: StatusInfo;
  /** the deadlines the dispute faces now, soonest first */
  deadlines: Deadline[];
  next: Deadline | null;
  msLeft: number | null;
  urgency: Urgency;
  fee: FeeRule | null;
}

/** overdue at and after the instant; critical / soon strictly below their thresholds */
export function urgencyFor(msLeft: number | null, phase: Phase, t: UrgencyThresholds): Urgency {
  if (phase === 'closed' || msLeft === null) return 'none';
  if (msLeft <= 0) return 'overdue';
  if (msLeft < t.criticalMs) return 'critical';
  if (msLeft < t.soonMs) return 'soon';
  return 'ok';
}

export function resolveThresholds(given: Partial<UrgencyThresholds> | undefined): UrgencyThresholds {
  if (!given) return DEFAULT_THRESHOLDS;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return {
    criticalMs: ok(given.criticalMs) ? given.criticalMs : DEFAULT_THRESHOLDS.criticalMs,
    soonMs: ok(given.soonMs) ? given.soonMs : DEFAULT_THRESHOLDS.soonMs,
  };
}

/** Index of the deadline to watch: the soonest one still ahead, else the last one passed (overdue). */
function pickNext(current: readonly PlanEntry[], nowMs: number): number {
  // `current` is sorted by atMs
  for (let i = 0; i < current.length; i++) if (current[i]!.atMs > nowMs) return i;
  return current.length - 1;
}

/** The schedule of a planned dispute; what cannot be known goes into `problems` when given. */
export function scheduleOf(
  d: DisputeFacts,
  info: StatusInfo,
  p: Plan,
  nowMs: number,
  thresholds: Partial<UrgencyThresholds> | undefined,
  problems?: string[],
): Schedule {
  const nextIndex = pickNext(p.current, nowMs);
  const next: Deadline | null = nextIndex >= 0 ? p.deadlines[nextIndex]! : null;
  const msLeft = nextIndex >= 0 ? p.current[nextIndex]!.atMs - nowMs : null;
  const urgency = urgencyFor(msLeft, info.phase, resolveThresholds(thresholds));

  // Billie publishes no fee: null is the answer there, not a problem.
  let fee: FeeRule | null = null;
  if (d.provider !== 'billie') {
    const country = normalizeCountry(d.buyerCountry);
    if (d.buyerCountry === undefined) problems?.push('buyer country unknown: fee not known');
    else if (country === null) problems?.push(`buyer country "${String(d.buyerCountry)}" is not a country code: fee not known`);
    else if (p.createdMs !== null) {
      fee = feeAt(d.provider, country, p.createdMs);
      if (!fee) problems?.push(`no published fee for buyer country ${country}`);
    }
  }
  return { phase: info.phase, actionRequired: info.actionRequired, statusInfo: info, deadlines: p.deadlines, next, msLeft, urgency, fee };
}

const NO_SCHEDULE: Omit<Schedule, 'phase' | 'actionRequired' | 'statusInfo'> = {
  deadlines: [],
  next: null,
  msLeft: null,
  urgency: 'none',
  fee: null,
};

/** What a list needs of a dispute's assessment; the same values as assessDispute's. */
export function assessSchedule(d: DisputeFacts, opts: AssessOptions): Schedule {
  const info = statusInfo(d?.status);
  // Facts that are not an object, or that the plan cannot read, have no schedule: the status's
  // phase alone. (Nothing is thrown for the first: the schedule says no problems, and the error's
  // message was read by no one.)
  try {
    if (d !== null && typeof d === 'object') {
      const now = opts?.now;
      const nowMs = now instanceof Date && Number.isFinite(now.getTime()) ? now.getTime() : Date.now();
      return scheduleOf(d, info, plan(d, opts?.timeZone, undefined, undefined, nowMs), nowMs, opts?.thresholds);
    }
  } catch {
    // (facts the plan cannot read: as facts that are not an object)
  }
  return { phase: info.phase, actionRequired: info.actionRequired, statusInfo: info, ...NO_SCHEDULE };
}
