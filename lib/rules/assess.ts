// assessDispute: everything the UI shows for one dispute, computed from its facts and the clock.
// Never throws: bad or partial facts give a sane assessment and a list of `problems`.
import { adviceFor } from './advice';
import { scheduleOf } from './schedule';
import { GOODS_TYPES } from './values';
import { DECISION_ESTIMATES } from './data/deadlines';
import { ESCALATED_ENQUIRY_STATUS } from './data/statuses';
import { plan, type PlanEntry } from './deadlines';
import { inWindow, window, type Window } from './effective';
import { evidenceChecklist } from './evidence';
import { exposure, normalizeCurrency } from './exposure';
import { matchReason } from './reasons';
import { statusInfo, statusRow } from './statuses';
import { addCalendarDaysIn, isoString, type AnyZone } from './time';
import type {
  AdviceItem,
  AssessOptions,
  Assessment,
  ChecklistOptions,
  DisputeFacts,
  EvidenceItem,
  GoodsType,
  Phase,
  TimelinePoint,
} from './types';

const GOODS: readonly string[] = GOODS_TYPES;
/** provider → decision-time estimates */
const DECISIONS = new Map<string, { row: (typeof DECISION_ESTIMATES)[number]; w: Window }[]>();
for (const row of DECISION_ESTIMATES) {
  DECISIONS.set(row.provider, [...(DECISIONS.get(row.provider) ?? []), { row, w: window(row.effective) }]);
}
const EMPTY_ITEMS: readonly never[] = Object.freeze([]);
const NO_OPTIONS: ChecklistOptions = Object.freeze({});

function point(kind: TimelinePoint['kind'], e: PlanEntry, nowMs: number): TimelinePoint {
  const p: TimelinePoint = {
    kind,
    at: e.at,
    source: e.source,
    passed: (e.latestMs ?? e.atMs) <= nowMs,
  };
  if (e.latest !== undefined) p.latest = e.latest;
  if (e.source !== 'page') p.ruleId = e.ruleId;
  if (e.source === 'rule') p.estimate = true;
  return p;
}

function timeline(
  d: DisputeFacts,
  entries: PlanEntry[],
  phase: Phase,
  createdMs: number | null,
  nowMs: number,
  zone: AnyZone,
): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  const times: number[] = [];
  if (createdMs !== null) {
    points.push({ kind: 'created', at: isoString(createdMs), source: 'page', passed: createdMs <= nowMs });
    times.push(createdMs);
  }
  let response: PlanEntry | null = null;
  const portalResponse = entries.some((e) => e.source === 'portal' && e.kind === 'response');
  for (const e of entries) {
    // The portal's response deadline wins over the rules' (an enquiry's "Respond by" beside the
    // chargeback's rule estimate would be a second "response due"); and a closed dispute has no
    // future the rules could estimate (a won dispute "escalating" next month).
    if (e.source === 'rule' && ((portalResponse && e.kind === 'response') || (phase === 'closed' && e.atMs > nowMs))) continue;
    if (e.kind === 'response') response = e;
    points.push(point(e.kind === 'escalation' ? 'escalation' : 'response_due', e, nowMs));
    times.push(e.atMs);
  }
  if (response && phase !== 'closed') {
    const estimate = DECISIONS.get(d.provider)?.find(({ w }) => inWindow(w, response.atMs));
    if (estimate) {
      const atMs = addCalendarDaysIn(zone, response.atMs, estimate.row.days);
      const latestMs = addCalendarDaysIn(zone, response.latestMs ?? response.atMs, estimate.row.latestDays);
      if (Number.isFinite(atMs) && Number.isFinite(latestMs)) {
        times.push(atMs);
        points.push({
          kind: 'expected_decision',
          at: isoString(atMs),
          latest: isoString(latestMs),
          source: 'rule',
          ruleId: estimate.row.id,
          passed: latestMs <= nowMs,
          estimate: true,
        });
      }
    }
  }
  // Usually in order already (created → escalation → response → decision); a page-read escalation
  // or a portal dueBy can break it.
  for (let i = 1; i < times.length; i++) if (times[i]! < times[i - 1]!) return sortByTime(points, times);
  return points;
}

function sortByTime(points: TimelinePoint[], times: number[]): TimelinePoint[] {
  return points
    .map((p, i) => ({ p, t: times[i]! }))
    .sort((a, b) => a.t - b.t)
    .map((x) => x.p);
}

function assess(d: DisputeFacts, opts: AssessOptions): Assessment {
  const problems: string[] = [];
  let now = opts?.now;
  let nowMs = now instanceof Date ? now.getTime() : NaN;
  if (!Number.isFinite(nowMs)) {
    problems.push('no valid "now" given: the current time is used');
    nowMs = Date.now();
    now = new Date(nowMs);
  }

  const row = statusRow(d.status);
  if (!row) problems.push(`unknown status "${String(d.status)}": treated as needing a response`);
  const info = statusInfo(d.status);

  // (the reason as the portal words it; its network code where the words are not known)
  const match = matchReason(d.provider, d.reason, d.network) ?? (d.networkReasonCode === undefined ? null : matchReason(d.provider, d.networkReasonCode, d.network));
  const category = match?.category ?? null;
  if (d.reason !== undefined && !match) problems.push(`reason "${String(d.reason)}" is not one we know: general checklist`);

  const goods: GoodsType | null = typeof opts?.goods === 'string' && GOODS.includes(opts.goods) ? opts.goods : null;

  const p = plan(d, opts?.timeZone, match, problems, nowMs);
  const { next, msLeft, urgency, fee } = scheduleOf(d, info, p, nowMs, opts?.thresholds, problems);

  if (normalizeCurrency(d.amount?.currency) !== d.amount?.currency) {
    problems.push(`currency "${String(d.amount?.currency)}" is not an ISO 4217 code`);
  }
  // Still an enquiry (no fee on accepting) unless it faces a chargeback's deadline, as a Klarna
  // fraud dispute or an escalated one shown as an enquiry does; a card inquiry's own response date
  // (the portal's) is not one. A closed enquiry never escalated.
  let stillEnquiry = info.phase === 'enquiry' || (info.phase === 'closed' && row?.disputeType === 'enquiry');
  for (const x of p.current) if (x.phases.includes('chargeback')) stillEnquiry = false;
  const exp = exposure(d.amount, fee, stillEnquiry);

  let checklist: readonly EvidenceItem[] = EMPTY_ITEMS;
  try {
    // (the network's code, where shown, picks the code's own variant: Visa 10.4, CE 3.0)
    const opt: ChecklistOptions = d.network === undefined && d.reason === undefined && d.networkReasonCode === undefined ? NO_OPTIONS : {};
    if (d.network !== undefined) opt.network = d.network;
    if (d.reason !== undefined) opt.reason = d.reason;
    if (d.networkReasonCode !== undefined) opt.networkReasonCode = d.networkReasonCode;
    checklist = evidenceChecklist(d.provider, category, goods, opt);
  } catch {
    problems.push('the evidence checklist could not be built');
  }

  // An enquiry status facing a chargeback's deadline has escalated (a Klarna unauthorized purchase,
  // or escalatedAt known): its advice is a chargeback's that needs a response, not the enquiry's
  // ("Klarna accepts no evidence during the enquiry"). The assessment keeps the status's own info.
  const adviceInfo = info.phase === 'enquiry' && !stillEnquiry ? statusInfo(ESCALATED_ENQUIRY_STATUS) : info;
  let advice: readonly AdviceItem[] = EMPTY_ITEMS;
  try {
    advice = adviceFor({ facts: d, statusInfo: adviceInfo, category, deadlines: p.deadlines, next, fee, now, goods });
  } catch {
    problems.push('the advice could not be built');
  }

  return {
    id: typeof d.id === 'string' ? d.id : String(d.id ?? ''),
    provider: d.provider,
    status: d.status,
    phase: info.phase,
    actionRequired: info.actionRequired,
    statusInfo: info,
    reasonCategory: category,
    goods,
    deadlines: p.deadlines,
    next,
    msLeft,
    urgency,
    fee,
    exposure: exp,
    checklist,
    advice,
    timeline: timeline(d, p.entries, info.phase, p.createdMs, nowMs, p.zone),
    problems,
  };
}

export { urgencyFor } from './schedule';

/** contract: phase, deadlines, urgency, fee, exposure, checklist, advice and timeline of a dispute. */
export function assessDispute(d: DisputeFacts, opts: AssessOptions): Assessment {
  try {
    if (d === null || typeof d !== 'object') throw new TypeError('facts are not an object');
    return assess(d, opts);
  } catch (error) {
    // Last resort: facts too broken to read at all. A plain, empty assessment, never a throw.
    const facts = (d ?? {}) as Partial<DisputeFacts>;
    const info = statusInfo(facts.status as DisputeFacts['status']);
    return {
      id: String(facts.id ?? ''),
      provider: facts.provider as DisputeFacts['provider'],
      status: facts.status as DisputeFacts['status'],
      phase: info.phase,
      actionRequired: info.actionRequired,
      statusInfo: info,
      reasonCategory: null,
      goods: null,
      deadlines: [],
      next: null,
      msLeft: null,
      urgency: 'none',
      fee: null,
      exposure: { accept: [], challengeIfLost: [], challengeIfWon: [], feeKnown: false },
      checklist: EMPTY_ITEMS,
      advice: EMPTY_ITEMS,
      timeline: [],
      problems: [`the dispute could not be assessed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
