// What the popup's list needs of an assessment (phase, action required, deadlines, the next one,
// time left, urgency, fee), taken from lib/rules' contract functions directly. The full
// assessDispute also builds the evidence checklist, advice, exposure and timeline, which the list
// never shows; with hundreds of due cases on every opening of the popup that is most of the work.
// test/popup/list-assessment.test.ts checks it agrees with assessDispute on every field it returns.
// Each from its own module, not the index: the index brings the checklist and advice tables along.
import { urgencyFor } from '../rules/assess';
import { DEFAULT_THRESHOLDS } from '../rules/data/urgency';
import { deadlines } from '../rules/deadlines';
import { disputeFee } from '../rules/fees';
import { statusInfo } from '../rules/statuses';
import type { AssessOptions, DisputeFacts, FeeRule, UrgencyThresholds } from '../rules/types';
import type { CaseAssessment } from './group';

function thresholdsOf(given: Partial<UrgencyThresholds> | undefined): UrgencyThresholds {
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return {
    criticalMs: ok(given?.criticalMs) ? given.criticalMs : DEFAULT_THRESHOLDS.criticalMs,
    soonMs: ok(given?.soonMs) ? given.soonMs : DEFAULT_THRESHOLDS.soonMs,
  };
}

export function assessForList(facts: DisputeFacts, opts: AssessOptions): CaseAssessment {
  const info = statusInfo(facts.status);
  const list = deadlines(facts, { timeZone: opts.timeZone }); // soonest first (contract)
  const nowMs = opts.now.getTime();
  // As assessDispute: the first deadline still ahead, else the last one passed (overdue).
  let next = list.length > 0 ? list[list.length - 1]! : null;
  let nextMs = next ? Date.parse(next.at) : NaN;
  for (const d of list) {
    const ms = Date.parse(d.at);
    if (ms > nowMs) {
      next = d;
      nextMs = ms;
      break;
    }
  }
  const msLeft = next ? nextMs - nowMs : null;
  // Billie publishes no fee; the others' from the buyer's country on the day the dispute opened.
  const fee: FeeRule | null =
    facts.provider === 'billie' || facts.buyerCountry === undefined
      ? null
      : disputeFee({ provider: facts.provider, buyerCountry: facts.buyerCountry, openedAt: facts.createdAt });
  return {
    phase: info.phase,
    actionRequired: info.actionRequired,
    deadlines: list,
    next,
    msLeft,
    urgency: urgencyFor(msLeft, info.phase, thresholdsOf(opts.thresholds)),
    fee,
  };
}
