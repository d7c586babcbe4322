// Advice for one dispute: the rows of data/advice-rules.ts whose conditions hold. Rows without
// params give the same frozen item every time; only dated or money params build a new object.
//
// adviceFor runs for every assessment (100,000 in the benchmark), so each row's conditions are
// compiled once, at load, into bit masks of one shape: a row matches when every mask shares a bit
// with the dispute's own bits, computed once per call. An absent condition is the mask ANY.
import type { AdviceContext, AdviceItem, Deadline } from './types';
import { ADVICE_RULES, type AdviceCondition, type AdviceRule, type DeadlineState } from './data/advice-rules';
import { cardReason, type CardReason } from './evidence';
import { parseInstant } from './effective';
import { DISPUTE_STATUSES, PROVIDERS, REASON_CATEGORIES } from './values';

/** i18n key of an advice text. */
export function adviceTextKey(id: string): string {
  return `advice.${id}`;
}

const ANY = -1; // every bit set

/** Bit of each value a condition can name; a value not listed (odd input) gets the bit UNKNOWN. */
const UNKNOWN = 1 << 30;
function bits<T extends string>(values: readonly T[]): Map<T, number> {
  return new Map(values.map((v, i) => [v, 1 << i]));
}
const PROVIDER = bits(PROVIDERS);
const PHASE = bits(['enquiry', 'chargeback', 'closed']);
const STATUS = bits(DISPUTE_STATUSES);
const CATEGORY = bits([...REASON_CATEGORIES, 'null']);
const FEE = bits(['on_open', 'if_lost', 'none']);
const DEADLINE = bits<DeadlineState>(['none', 'ahead', 'in_range', 'passed']);
const SOURCE = bits(['portal', 'rule', 'none']);
const BOOL = bits(['false', 'true']);

function mask<T extends string>(table: Map<T, number>, values: readonly T[] | undefined): number {
  if (values === undefined) return ANY;
  let m = 0;
  for (const v of values) m |= table.get(v) ?? 0;
  return m;
}
const bit = <T extends string>(table: Map<T, number>, value: T): number => table.get(value) ?? UNKNOWN;

interface Compiled {
  rule: AdviceRule;
  item: AdviceItem | null; // the shared item when the row has no params
  provider: number;
  phase: number;
  status: number;
  category: number;
  actionRequired: number;
  fee: number;
  refundedIfWon: number;
  escalation: number;
  response: number;
  nextSource: number;
  network: string | null;
  reasonCodes: readonly string[] | null;
}

function compile(rule: AdviceRule): Compiled {
  const w: AdviceCondition = rule.when;
  return {
    rule,
    item: rule.params
      ? null
      : Object.freeze({
          id: rule.id,
          severity: rule.severity,
          textKey: adviceTextKey(rule.id),
          ...(rule.fixedParams ? { params: Object.freeze({ ...rule.fixedParams }) } : {}),
          source: rule.source,
        }),
    provider: mask(PROVIDER, w.providers),
    phase: mask(PHASE, w.phases),
    status: mask(STATUS, w.statuses),
    category: mask(CATEGORY, w.categories?.map((c) => c ?? 'null')),
    actionRequired: w.actionRequired === undefined ? ANY : bit(BOOL, String(w.actionRequired) as 'true' | 'false'),
    fee: w.feeCharged === undefined ? ANY : bit(FEE, w.feeCharged),
    // Asking about the refund presumes a fee: 'none' never matches it.
    refundedIfWon: w.feeRefundedIfWon === undefined ? ANY : bit(BOOL, String(w.feeRefundedIfWon) as 'true' | 'false'),
    escalation: mask(DEADLINE, w.escalation),
    response: mask(DEADLINE, w.response),
    nextSource: w.nextSource === undefined ? ANY : bit(SOURCE, w.nextSource),
    network: w.network ?? null,
    reasonCodes: w.reasonCodes ?? null,
  };
}

const RULES: readonly Compiled[] = ADVICE_RULES.map(compile);

/**
 * The rows that can match a dispute of one provider, status and phase (each a single bit), in table
 * order: a dispute is checked against a handful of rows, not all of them. Built on first need.
 */
const BY_KIND = new Map<number, readonly Compiled[]>();
const bitIndex = (b: number) => 31 - Math.clz32(b);
function rowsFor(provider: number, status: number, phase: number): readonly Compiled[] {
  const key = (bitIndex(provider) * 32 + bitIndex(status)) * 32 + bitIndex(phase);
  let rows = BY_KIND.get(key);
  if (rows === undefined) {
    rows = RULES.filter((r) => (r.provider & provider) !== 0 && (r.status & status) !== 0 && (r.phase & phase) !== 0);
    BY_KIND.set(key, rows);
  }
  return rows;
}

function deadlineState(d: Deadline | undefined, nowMs: number): DeadlineState {
  if (!d) return 'none';
  const at = parseInstant(d.at);
  if (at === null) return 'none';
  if (nowMs < at) return 'ahead';
  // The instant exactly at the deadline counts as passed, as everywhere in lib/rules.
  const latest = d.latest === undefined ? at : parseInstant(d.latest);
  return latest !== null && nowMs < latest ? 'in_range' : 'passed';
}

function withParams(rule: AdviceRule, ctx: AdviceContext, escalation: Deadline | undefined, response: Deadline | undefined): AdviceItem | null {
  const params: Record<string, string | number> = { ...rule.fixedParams };
  for (const name of rule.params ?? []) {
    switch (name) {
      case 'escalatesAt':
        if (!escalation) return null;
        params.escalatesAt = escalation.at;
        break;
      case 'dueAt':
        if (!response) return null;
        params.dueAt = response.at;
        break;
      case 'latestAt':
        if (!response) return null;
        params.latestAt = response.latest ?? response.at;
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
  const { facts, statusInfo, fee } = ctx;
  const nowMs = ctx.now.getTime();
  let escalation: Deadline | undefined;
  let response: Deadline | undefined;
  for (const dl of ctx.deadlines ?? []) {
    if (dl.kind === 'escalation') escalation ??= dl;
    else response ??= dl;
  }
  const provider = bit(PROVIDER, facts.provider);
  const phase = bit(PHASE, statusInfo.phase);
  const status = bit(STATUS, facts.status);
  const category = bit(CATEGORY, ctx.category ?? 'null');
  const actionRequired = statusInfo.actionRequired ? BOOL.get('true')! : BOOL.get('false')!;
  const feeBit = fee ? bit(FEE, fee.charged) : FEE.get('none')!;
  const refundedIfWon = fee ? (fee.refundedIfWon ? BOOL.get('true')! : BOOL.get('false')!) : UNKNOWN;
  // Deadline states need parsing, the costliest step: computed on first need (0 = not yet).
  let escalationState = 0;
  let responseState = 0;
  const nextSource = ctx.next ? bit(SOURCE, ctx.next.source) : SOURCE.get('none')!;
  let card: CardReason | undefined; // the dispute's network and code, read on first need

  // Rows sharing an id (deadline_estimated, one per provider) exclude each other by provider;
  // test/rules/advice.test.ts checks that no id comes out twice.
  const out: AdviceItem[] = [];
  // (rowsFor has matched provider, status and phase already)
  for (const r of rowsFor(provider, status, phase)) {
    if (
      (r.category & category) === 0 ||
      (r.actionRequired & actionRequired) === 0 ||
      (r.fee & feeBit) === 0 ||
      (r.refundedIfWon & refundedIfWon) === 0 ||
      (r.nextSource & nextSource) === 0
    ) {
      continue;
    }
    if (r.escalation !== ANY) {
      if (escalationState === 0) escalationState = DEADLINE.get(deadlineState(escalation, nowMs))!;
      if ((r.escalation & escalationState) === 0) continue;
    }
    if (r.response !== ANY) {
      if (responseState === 0) responseState = DEADLINE.get(deadlineState(response, nowMs))!;
      if ((r.response & responseState) === 0) continue;
    }
    if (r.network !== null || r.reasonCodes !== null) {
      card ??= cardReason(facts);
      if (r.network !== null && r.network !== card.network) continue;
      if (r.reasonCodes !== null && (card.code === null || !r.reasonCodes.includes(card.code))) continue;
    }
    const item = r.item ?? withParams(r.rule, ctx, escalation, response);
    if (item) out.push(item);
  }
  return out;
}
