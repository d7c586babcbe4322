// Advice for one dispute: the rows of data/advice-rules.ts whose conditions hold. Rows without
// params give the same frozen item every time; only dated or money params build a new object.
import type { AdviceContext, AdviceItem, Deadline } from './types';
import { ADVICE_RULES, type AdviceCondition, type AdviceRule, type DeadlineState } from './data/advice-rules';
import { reasonCode } from './evidence';

/** i18n key of an advice text. */
export function adviceTextKey(id: string): string {
  return `advice.${id}`;
}

const STATIC = new Map<AdviceRule, AdviceItem>();
for (const rule of ADVICE_RULES) {
  if (!rule.params) {
    STATIC.set(
      rule,
      Object.freeze({
        id: rule.id,
        severity: rule.severity,
        textKey: adviceTextKey(rule.id),
        ...(rule.fixedParams ? { params: Object.freeze({ ...rule.fixedParams }) } : {}),
        source: rule.source,
      }),
    );
  }
}

function deadlineState(d: Deadline | undefined, nowMs: number): DeadlineState {
  if (!d) return 'none';
  const at = Date.parse(d.at);
  if (Number.isNaN(at)) return 'none';
  if (nowMs < at) return 'ahead';
  // The instant exactly at the deadline counts as passed, as everywhere in lib/rules.
  const latest = d.latest === undefined ? at : Date.parse(d.latest);
  return !Number.isNaN(latest) && nowMs < latest ? 'in_range' : 'passed';
}

/** What the conditions look at, computed once per call. */
interface Derived {
  escalation: Deadline | undefined;
  response: Deadline | undefined;
  escalationState: DeadlineState;
  responseState: DeadlineState;
  code: string | null | undefined; // undefined: not parsed yet
}

function holds(w: AdviceCondition, ctx: AdviceContext, d: Derived): boolean {
  const { facts, statusInfo, fee } = ctx;
  if (w.providers && !w.providers.includes(facts.provider)) return false;
  if (w.phases && !w.phases.includes(statusInfo.phase)) return false;
  if (w.statuses && !w.statuses.includes(facts.status)) return false;
  if (w.actionRequired !== undefined && w.actionRequired !== statusInfo.actionRequired) return false;
  if (w.categories && !w.categories.includes(ctx.category)) return false;
  if (w.network && w.network !== facts.network) return false;
  if (w.reasonCodes) {
    if (d.code === undefined) d.code = reasonCode(facts.reason);
    if (d.code === null || !w.reasonCodes.includes(d.code)) return false;
  }
  if (w.feeCharged && w.feeCharged !== (fee ? fee.charged : 'none')) return false;
  if (w.feeRefundedIfWon !== undefined && (!fee || fee.refundedIfWon !== w.feeRefundedIfWon)) return false;
  if (w.escalation && !w.escalation.includes(d.escalationState)) return false;
  if (w.response && !w.response.includes(d.responseState)) return false;
  if (w.nextSource && ctx.next?.source !== w.nextSource) return false;
  return true;
}

function withParams(rule: AdviceRule, ctx: AdviceContext, d: Derived): AdviceItem | null {
  const params: Record<string, string | number> = { ...rule.fixedParams };
  for (const name of rule.params ?? []) {
    switch (name) {
      case 'escalatesAt':
        if (!d.escalation) return null;
        params.escalatesAt = d.escalation.at;
        break;
      case 'dueAt':
        if (!d.response) return null;
        params.dueAt = d.response.at;
        break;
      case 'latestAt':
        if (!d.response) return null;
        params.latestAt = d.response.latest ?? d.response.at;
        break;
      case 'fee':
        if (!ctx.fee) return null;
        params.fee = ctx.fee.fee.amountMinor;
        params.feeCurrency = ctx.fee.fee.currency;
        break;
      case 'amount':
        params.amount = ctx.facts.amount.amountMinor;
        params.amountCurrency = ctx.facts.amount.currency;
        break;
    }
  }
  return { id: rule.id, severity: rule.severity, textKey: adviceTextKey(rule.id), params, source: rule.source };
}

/** The advice that applies to this dispute now, critical first. Never throws on odd input. */
export function adviceFor(ctx: AdviceContext): readonly AdviceItem[] {
  const nowMs = ctx.now.getTime();
  let escalation: Deadline | undefined;
  let response: Deadline | undefined;
  for (const dl of ctx.deadlines ?? []) {
    if (dl.kind === 'escalation') escalation ??= dl;
    else response ??= dl;
  }
  const d: Derived = {
    escalation,
    response,
    escalationState: deadlineState(escalation, nowMs),
    responseState: deadlineState(response, nowMs),
    code: undefined,
  };
  // Rows sharing an id (deadline_estimated, one per provider) exclude each other by provider;
  // test/rules/advice.test.ts checks that no id comes out twice.
  const out: AdviceItem[] = [];
  for (const rule of ADVICE_RULES) {
    if (!holds(rule.when, ctx, d)) continue;
    const item = STATIC.get(rule) ?? withParams(rule, ctx, d);
    if (item) out.push(item);
  }
  return out;
}
