// A tracked case with its deadlines, as the planners (badge, alarm, notifications) need it. The
// rules are asked at planning time, so a rule update changes every plan at once.
import type { Deadline, Phase } from '../rules/types';
import { assessableFacts } from './group';
import { responseDue } from '../rules/response-due';
import { HOUR_MS } from './instants';
import type { CaseRules } from './rules-link';
import type { Settings, TrackedCase } from './schema';

export interface TimedCase {
  case: TrackedCase;
  phase: Phase;
  actionRequired: boolean;
  deadlines: Deadline[];
  next: Deadline | null;
}

/**
 * The case's phase and deadlines, or null when the facts are too few to say anything.
 * With every fact the rules need, or a status and the portal's own deadline (a list page may show
 * no more): the rules' assessment. Should the rules throw: the portal's deadline as it is.
 */
export function timeCase(tracked: TrackedCase, rules: CaseRules, now: Date, timeZone: string): TimedCase | null {
  const facts = tracked.facts;
  // The stored facts were checked field by field on write. The rules assess complete facts, and
  // also a status with the portal's own deadline alone (it wins over every rule), as the popup does
  // (./group.ts assessableFacts): both then name the same deadline, of the same kind.
  const full = assessableFacts(tracked);
  if (full) {
    try {
      const opts = { now, timeZone, ...(tracked.merchant.goods ? { goods: tracked.merchant.goods } : {}) };
      const a = rules.assessDispute(full, opts);
      return { case: tracked, phase: a.phase, actionRequired: a.actionRequired, deadlines: a.deadlines, next: a.next };
    } catch {
      // A rule that throws on odd data must not take the badge down; fall through to the portal's date.
    }
  }
  if (!facts.status) return null;
  const info = rules.statusInfo(facts.status);
  const portalDeadline: Deadline | null =
    facts.dueBy && info.phase !== 'closed'
      ? { kind: info.phase === 'enquiry' ? 'escalation' : 'response', at: facts.dueBy, source: 'portal', ruleId: 'portal' }
      : null;
  return {
    case: tracked,
    phase: info.phase,
    actionRequired: info.actionRequired,
    deadlines: portalDeadline ? [portalDeadline] : [],
    next: portalDeadline,
  };
}

export function timeCases(cases: Iterable<TrackedCase>, rules: CaseRules, now: Date, timeZone: string): TimedCase[] {
  const out: TimedCase[] = [];
  for (const tracked of cases) {
    const timed = timeCase(tracked, rules, now, timeZone);
    if (timed) out.push(timed);
  }
  return out;
}

export type CaseUrgency = 'overdue' | 'critical' | 'soon' | 'ok';

/** Urgency of a deadline at `now`: passed (at ≤ now) is overdue; "below N hours left" as in lib/rules. */
export function urgencyAt(at: string, now: Date, settings: Pick<Settings, 'criticalHours' | 'soonHours'>): CaseUrgency {
  const msLeft = Date.parse(at) - now.getTime();
  if (msLeft <= 0) return 'overdue';
  if (msLeft < settings.criticalHours * HOUR_MS) return 'critical';
  if (msLeft < settings.soonHours * HOUR_MS) return 'soon';
  return 'ok';
}

/**
 * Needs action now (issue 4): a response is due, whatever its deadline (lib/rules responseDue, the
 * one answer the popup's groups and the page's summary also give: a chargeback that requires one, or
 * an enquiry whose next deadline is a response, such as a Klarna unauthorized purchase shown as an
 * enquiry or a card enquiry with the portal's "Respond by"); or an enquiry's escalation is within
 * the "soon" threshold (or passed): the merchant may still settle it or register a return before it
 * becomes a chargeback.
 */
export function needsAction(timed: TimedCase, now: Date, settings: Pick<Settings, 'soonHours'>): boolean {
  if (timed.phase === 'closed') return false;
  if (responseDue(timed)) return true;
  if (timed.phase !== 'enquiry' || !timed.next) return false;
  return Date.parse(timed.next.at) - now.getTime() < settings.soonHours * HOUR_MS;
}
