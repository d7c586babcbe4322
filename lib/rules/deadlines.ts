// deadlines: the escalation and response deadlines a dispute faces now. The portal's `dueBy` wins;
// otherwise the rule version chosen by the anchor's instant (data/deadlines.ts), counted in
// calendar days in the merchant's zone (time.ts).
//
// Which deadlines apply (decided here, from the seeds' status table):
// - enquiry (warning_needs_response, warning_under_review): the escalation deadline — the last
//   moment to settle with the customer (register the return, refund, ask them to withdraw) before
//   it becomes a chargeback with a fee. A Klarna fraud dispute is a chargeback from the start, so
//   its response deadline applies even while it is shown as an enquiry. Card and Billie enquiries
//   have no published window: none, unless the portal shows one. An enquiry status with a known
//   escalation (`escalatedAt`) has become a chargeback whatever the status still says (a stale
//   status, or the add-case form's default beside "Became a chargeback on"): the chargeback's
//   deadlines apply to it, so its response deadline is not hidden.
// - chargeback needing a response (open): the response deadline. A Klarna chargeback shown before
//   the rules' escalation (no `escalatedAt`, the enquiry window still running at `now`) escalated
//   early, at a moment the page does not say (Klarna escalates high-risk and unauthorized orders at
//   once, others when it decides: research, Klarna v3's ARBITRATION_PENDING): between its opening
//   and now. Its escalation and its response deadline are then ranges from that opening to now,
//   not the rules' later dates (a response due weeks after it can be); the earliest end leads.
// - chargeback under review (already answered) and every closed status: none. The past and
//   expected dates still appear in the assessment's timeline.
// - an unknown status reads as "open" (statuses.ts), so no deadline is hidden.
import { DEADLINE_RULES, type Anchor, type DeadlineRuleRow } from './data/deadlines';
import { inWindow, parseInstant, window, type Window } from './effective';
import { matchReason, type ReasonMatch } from './reasons';
import { statusRow } from './statuses';
import { UNKNOWN_STATUS_FALLBACK } from './data/statuses';
import { addCalendarDaysIn, isoString, zone, type AnyZone } from './time';
import type { Deadline, DisputeFacts, Phase, ReasonCategory } from './types';

/** ruleId of a deadline read from the portal page */
export const PORTAL_RULE_ID = 'portal.due_by';
/** ruleId of an escalation read from the page (`escalatedAt`) */
export const PAGE_ESCALATION_RULE_ID = 'page.escalated_at';

export interface PlanEntry {
  kind: 'escalation' | 'response';
  atMs: number;
  /** atMs as ISO 8601, formatted once */
  at: string;
  latestMs?: number;
  latest?: string;
  source: 'page' | 'portal' | 'rule';
  ruleId: string;
  /** phases in which this entry is a deadline the merchant faces */
  phases: readonly Phase[];
}

export interface Plan {
  /** escalation then response, each at most once: the dispute's whole schedule */
  entries: PlanEntry[];
  /** the entries that are deadlines now, soonest first */
  current: PlanEntry[];
  /** `current` as contract Deadlines */
  deadlines: Deadline[];
  /** createdAt, parsed (null when unreadable) */
  createdMs: number | null;
  /**
   * when the current deadlines change by themselves (epoch ms): the rules' escalation of a
   * chargeback shown before it, whose response is a range to `now` until then (the header)
   */
  until?: number;
  /** the zone the dates were counted in (UTC when the given one is unknown) */
  timeZone: string;
  zone: AnyZone;
}

const NO_PHASES: readonly Phase[] = [];

type CompiledRule = { row: DeadlineRuleRow; w: Window };
/** provider → kind → rule versions */
const RULES = new Map<string, { escalation: CompiledRule[]; response: CompiledRule[] }>();
for (const row of DEADLINE_RULES) {
  let byKind = RULES.get(row.provider);
  if (!byKind) RULES.set(row.provider, (byKind = { escalation: [], response: [] }));
  byKind[row.kind].push({ row, w: window(row.effective) });
}

function coversReason(row: DeadlineRuleRow, category: ReasonCategory | null): boolean {
  const r = row.reasons;
  if (r === 'any') return true;
  if ('only' in r) return category !== null && r.only.includes(category);
  return category === null || !r.except.includes(category);
}

interface Anchors {
  createdMs: number | null;
  escalatedMs: number | null;
  returnTrackingMs: number | null;
  computedEscalationMs: number | null;
  returnRelated: boolean;
}

function anchorMs(anchor: Anchor, a: Anchors): number | null {
  switch (anchor) {
    case 'created':
      return a.createdMs;
    case 'return_tracking_or_created':
      return a.returnRelated && a.returnTrackingMs !== null ? a.returnTrackingMs : a.createdMs;
    case 'escalation':
      return a.escalatedMs ?? a.computedEscalationMs;
    case 'escalated_or_created':
      return a.escalatedMs ?? a.createdMs;
  }
}

function ruleEntry(
  provider: string,
  kind: 'escalation' | 'response',
  category: ReasonCategory | null,
  a: Anchors,
  z: AnyZone,
): PlanEntry | null {
  const rules = RULES.get(provider)?.[kind];
  if (!rules) return null;
  for (const { row, w } of rules) {
    if (!coversReason(row, category)) continue;
    const from = anchorMs(row.anchor, a);
    if (from === null || !inWindow(w, from)) continue;
    const atMs = addCalendarDaysIn(z, from, row.days);
    if (!Number.isFinite(atMs)) return null;
    const entry: PlanEntry = { kind, atMs, at: isoString(atMs), source: 'rule', ruleId: row.id, phases: row.phases };
    if (row.latestDays !== undefined) {
      const latestMs = addCalendarDaysIn(z, from, row.latestDays);
      if (Number.isFinite(latestMs)) {
        entry.latestMs = latestMs;
        entry.latest = isoString(latestMs);
      }
    }
    return entry;
  }
  return null;
}

const byTime = (a: PlanEntry, b: PlanEntry) => a.atMs - b.atMs;

function toDeadline(e: PlanEntry): Deadline {
  const d: Deadline = { kind: e.kind, at: e.at, source: e.source === 'portal' ? 'portal' : 'rule', ruleId: e.ruleId };
  if (e.latest !== undefined) d.latest = e.latest;
  return d;
}

/**
 * The dispute's schedule and its current deadlines. `match` is the reason's table row (pass it
 * when already known). Never throws: unreadable dates are left out and reported in `problems` when
 * given (assessDispute's; a list's assessment, which shows none, gives none, and the content script
 * then carries none of their words).
 */
export function plan(d: DisputeFacts, timeZone: string, match?: ReasonMatch | null, problems?: string[], nowMs?: number): Plan {
  let tz = timeZone;
  let z = typeof tz === 'string' && tz.length > 0 ? zone(tz) : null;
  if (z === null) {
    problems?.push(`unknown time zone "${String(timeZone)}": dates counted in UTC`);
    tz = 'UTC';
    z = zone(tz)!;
  }
  const row = statusRow(d.status);
  const info = row ?? UNKNOWN_STATUS_FALLBACK;
  const reason = match === undefined ? matchReason(d.provider, d.reason, d.network) : match;
  const category = reason?.category ?? null;

  const createdMs = parseInstant(d.createdAt);
  if (createdMs === null) problems?.push('createdAt is not a date: rule deadlines cannot be computed');
  const escalatedMs = parseInstant(d.escalatedAt);
  if (problems && d.escalatedAt !== undefined && escalatedMs === null) problems.push('escalatedAt is not a date');
  const returnTrackingMs = parseInstant(d.returnTrackingAt);
  if (problems && d.returnTrackingAt !== undefined && returnTrackingMs === null) problems.push('returnTrackingAt is not a date');
  const dueMs = parseInstant(d.dueBy);
  if (problems && d.dueBy !== undefined && dueMs === null) problems.push('dueBy is not a date: rule deadlines used instead');

  const anchors: Anchors = {
    createdMs,
    escalatedMs,
    returnTrackingMs,
    computedEscalationMs: null,
    returnRelated: reason?.returnRelated ?? false,
  };
  // The phase whose deadlines the dispute faces: an enquiry that escalated is a chargeback. The
  // portal's deadline belongs to it (a closed dispute's: to its dispute type).
  const facing: Phase = info.phase === 'enquiry' && escalatedMs !== null ? 'chargeback' : info.phase;
  const phase: Phase = facing === 'closed' ? info.disputeType : facing;
  const entries: PlanEntry[] = [];
  const escalation = ruleEntry(d.provider, 'escalation', category, anchors, z);
  // An enquiry's date from the portal is its escalation (it replaces the rules' below): the
  // response counts from that date, not from the rules' estimate of it.
  if (escalation) anchors.computedEscalationMs = dueMs !== null && escalation.phases.includes(phase) ? dueMs : escalation.atMs;
  if (escalatedMs !== null) {
    // It happened: a fact from the page, no longer a deadline.
    entries.push({ kind: 'escalation', atMs: escalatedMs, at: isoString(escalatedMs), source: 'page', ruleId: PAGE_ESCALATION_RULE_ID, phases: NO_PHASES });
  } else if (escalation) {
    entries.push(escalation);
  }
  let response = ruleEntry(d.provider, 'response', category, anchors, z);
  let until: number | undefined;
  // (shown as a chargeback before the rules' escalation, with no date of the portal's in place of
  // their response: escalated between its opening and now; a clock before the opening, a wrong
  // one, changes nothing)
  if (escalatedMs === null && dueMs === null && facing === 'chargeback' && escalationAhead(escalation, createdMs, nowMs) && nowMs! >= createdMs! && response) {
    anchors.computedEscalationMs = nowMs!;
    const latest = ruleEntry(d.provider, 'response', category, anchors, z);
    anchors.computedEscalationMs = createdMs;
    response = ruleEntry(d.provider, 'response', category, anchors, z);
    if (latest && response) {
      response.latestMs = latest.atMs;
      response.latest = latest.at;
    }
    until = escalation!.atMs;
    escalation!.atMs = createdMs!;
    escalation!.at = isoString(createdMs!);
    escalation!.latestMs = nowMs;
    escalation!.latest = isoString(nowMs!);
  }
  if (response) entries.push(response);

  if (dueMs !== null) {
    // The portal's deadline replaces the rule deadline of the phase it belongs to.
    const replaced = entries.findIndex((e) => e.source === 'rule' && e.phases.includes(phase));
    const base = replaced >= 0 ? entries[replaced]! : null;
    const portal: PlanEntry = {
      kind: base?.kind ?? 'response',
      atMs: dueMs,
      at: isoString(dueMs),
      source: 'portal',
      ruleId: PORTAL_RULE_ID,
      phases: base?.phases ?? [phase],
    };
    if (replaced >= 0) entries[replaced] = portal;
    else entries.push(portal);
  }

  const faces = info.phase !== 'closed' && (info.phase === 'enquiry' || info.actionRequired);
  const current: PlanEntry[] = [];
  if (faces) {
    for (const e of entries) if (e.phases.includes(facing)) current.push(e);
    if (current.length > 1) current.sort(byTime);
  }
  return { entries, current, deadlines: current.map(toDeadline), createdMs, until, timeZone: tz, zone: z };
}

/**
 * The rules' escalation (not the page's), after the opening and still ahead at `nowMs`: an enquiry
 * window still running. (An escalation at the opening, a Klarna fraud dispute's, has none.) What
 * plan() ranges a chargeback's response by, and computedEscalationAhead asks.
 */
function escalationAhead(e: PlanEntry | null | undefined, createdMs: number | null, nowMs: number | undefined): boolean {
  return e?.source === 'rule' && createdMs !== null && e.atMs > createdMs && e.atMs > nowMs!;
}

/**
 * contract: the deadlines the dispute faces now, soonest first (see the header for which). With
 * `now`, a Klarna chargeback shown before the rules' escalation gets its response as a range from
 * its opening to `now` (the header); without it, the rules' dates.
 */
export function deadlines(d: DisputeFacts, opts: { timeZone: string; now?: Date | number }): Deadline[] {
  try {
    const now = opts?.now;
    return plan(d, opts?.timeZone, undefined, undefined, now instanceof Date ? now.getTime() : now).deadlines;
  } catch {
    return []; // plan() does not throw on bad facts; this guards against a non-object `d`
  }
}

/**
 * The instant (epoch ms) at which the deadlines the dispute faces change with the clock alone, no
 * fact changing: the rules' escalation of a Klarna chargeback with no known escalation (shown
 * before it, its response is a range to the clock; from it on, the rules' date: the header); null
 * for every other dispute. Deadlines computed at one clock (lib/cases/due-index) hold at another
 * on the same side of it.
 */
export function deadlinesChangeAt(d: DisputeFacts, opts: { timeZone: string }): number | null {
  try {
    // (the plan at its opening: before the rules' escalation, if it has one)
    return plan(d, opts.timeZone, undefined, undefined, parseInstant(d.createdAt) ?? undefined).until ?? null;
  } catch {
    return null; // plan() does not throw on bad facts; this guards against a non-object `d`
  }
}

/**
 * Whether the dispute's escalation (enquiry → chargeback) is known only from the rules — no
 * `escalatedAt`, no deadline from the portal in its place — and that computed moment is still
 * ahead at `now`: the enquiry window from its anchor has not run out. A dispute said to be a
 * chargeback already while this holds escalated earlier than the rules can know, so the response
 * deadline they anchor on the computed escalation comes too late.
 *
 * False where the rules compute no escalation (card, Billie), where they put it at the opening
 * (a Klarna fraud dispute is a chargeback from the start: its response anchors on the opening, which
 * is right), and for unreadable facts. Never throws.
 */
export function computedEscalationAhead(d: DisputeFacts, opts: { timeZone: string; now: Date | number }): boolean {
  try {
    const nowMs = typeof opts.now === 'number' ? opts.now : opts.now.getTime();
    if (!Number.isFinite(nowMs)) return false;
    const p = plan(d, opts.timeZone);
    return escalationAhead(p.entries.find((e) => e.kind === 'escalation'), p.createdMs, nowMs);
  } catch {
    return false; // plan() does not throw on bad facts; this guards against a non-object `d`
  }
}
