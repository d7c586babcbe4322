// A chargeback added by hand needs to say when it started, when the rules cannot know it. The rules
// anchor a chargeback's response deadline on its escalation, computed from the opening date when
// the merchant gives none (architecture.md "Deadline semantics"). If that computed escalation is
// still ahead, the dispute the merchant calls a chargeback escalated earlier than the rules assume
// (often: the chargeback e-mail's date typed as "Opened on"), and the estimated response deadline,
// with the notifications built on it, would come weeks after the real one. Which disputes escalate
// when is the rules' business (lib/rules computedEscalationAhead); this only asks.
import { computedEscalationAhead } from '../../lib/rules/deadlines';
import { statusInfo } from '../../lib/rules/statuses';
import type { ManualErrors, ManualResult } from '../../lib/cases/manual-case';
import type { DisputeFacts } from '../../lib/rules/types';

/** Messages (i18n keys) for the two fields that would tell the rules when the chargeback started. */
export const CHARGEBACK_START_ERRORS: ManualErrors = {
  escalatedAt: 'popup.add.error.chargebackStart',
  dueBy: 'popup.add.error.chargebackDeadline',
};

/**
 * The messages to show when `facts` describe a chargeback whose start the rules would put after
 * `now` (no escalatedAt, no deadline from the e-mail, the enquiry window from the opening still
 * running); null when the facts can be saved as they are.
 */
export function chargebackStartErrors(facts: DisputeFacts, opts: { now: Date; timeZone: string }): ManualErrors | null {
  if (statusInfo(facts.status).phase !== 'chargeback') return null;
  if (facts.escalatedAt !== undefined || facts.dueBy !== undefined) return null;
  return computedEscalationAhead(facts, opts) ? CHARGEBACK_START_ERRORS : null;
}

/** The form's result with this check applied: a refused chargeback becomes its two messages. */
export function checkChargebackStart(result: ManualResult, opts: { now: Date; timeZone: string }): ManualResult {
  if (!result.ok) return result;
  const errors = chargebackStartErrors(result.facts, opts);
  return errors ? { ok: false, errors } : result;
}
