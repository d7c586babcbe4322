import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../lib/rules/advice';
import { adviceText } from '../../lib/rules/text';
import { ADVICE_RULES } from '../../lib/rules/data/advice-rules';
import { EVIDENCE_SOURCES } from '../../lib/rules/data/evidence-sources';
import { CATALOG, LOCALES } from '../../lib/i18n';
import type {
  AdviceContext,
  Deadline,
  DisputeFacts,
  DisputeStatus,
  FeeRule,
  Provider,
  ReasonCategory,
  StatusInfo,
} from '../../lib/rules/types';

// The seven statuses as seeds 000/001 describe them (a fixture, so these tests do not depend on
// lib/rules/statuses, which another module owns).
const STATUS: Record<DisputeStatus, StatusInfo> = {
  warning_needs_response: { phase: 'enquiry', actionRequired: false, tab: 'no_response_needed', klarnaEquivalent: 'no response required' },
  warning_under_review: { phase: 'enquiry', actionRequired: false, tab: 'no_response_needed', klarnaEquivalent: null },
  warning_closed: { phase: 'closed', actionRequired: false, tab: 'closed', klarnaEquivalent: null },
  open: { phase: 'chargeback', actionRequired: true, tab: 'response_required', klarnaEquivalent: 'response required' },
  under_review: { phase: 'chargeback', actionRequired: false, tab: 'under_review', klarnaEquivalent: null },
  won: { phase: 'closed', actionRequired: false, tab: 'closed', klarnaEquivalent: null },
  lost: { phase: 'closed', actionRequired: false, tab: 'closed', klarnaEquivalent: null },
};

const NOW = new Date('2026-03-10T12:00:00.000Z');
const ms = (iso: string) => Date.parse(iso);
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const DAY = 86_400_000;

const FEE_IF_LOST: FeeRule = { fee: { amountMinor: 1500, currency: 'EUR' }, charged: 'if_lost', refundedIfWon: true, ruleId: 'card.eea.2025-12-02' };
const FEE_ON_OPEN_REFUNDED: FeeRule = { fee: { amountMinor: 1500, currency: 'EUR' }, charged: 'on_open', refundedIfWon: true, ruleId: 'card.eea.483942' };
const FEE_ON_OPEN_KEPT: FeeRule = { fee: { amountMinor: 1500, currency: 'EUR' }, charged: 'on_open', refundedIfWon: false, ruleId: 'card.eea.seed' };

const response = (offsetMs: number, extra: Partial<Deadline> = {}): Deadline => ({
  kind: 'response',
  at: at(offsetMs),
  source: 'portal',
  ruleId: 'portal',
  ...extra,
});
const escalation = (offsetMs: number): Deadline => ({ kind: 'escalation', at: at(offsetMs), source: 'rule', ruleId: 'klarna.enquiry.35d' });

interface Case {
  provider?: Provider;
  status?: DisputeStatus;
  category?: ReasonCategory | null;
  network?: DisputeFacts['network'];
  reason?: string;
  fee?: FeeRule | null;
  deadlines?: Deadline[];
  now?: Date;
}

function ctx(c: Case = {}): AdviceContext {
  const status = c.status ?? 'open';
  const deadlines = c.deadlines ?? [response(5 * DAY)];
  const now = c.now ?? NOW;
  const next = deadlines.find((d) => ms(d.latest ?? d.at) > now.getTime()) ?? null;
  return {
    facts: {
      id: 'dp_1',
      provider: c.provider ?? 'card',
      status,
      createdAt: '2026-03-01T10:00:00.000Z',
      amount: { amountMinor: 12345, currency: 'EUR' },
      buyerCountry: 'DE',
      ...(c.network ? { network: c.network } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
    },
    statusInfo: STATUS[status],
    category: c.category === undefined ? 'product_not_received' : c.category,
    deadlines,
    next,
    fee: c.fee === undefined ? FEE_IF_LOST : c.fee,
    now,
    goods: 'physical',
  };
}

const ids = (c: AdviceContext) => adviceFor(c).map((a) => a.id);

const klarnaEnquiry: Case = { provider: 'klarna', status: 'warning_needs_response', category: 'credit_not_processed', deadlines: [escalation(3 * DAY)] };

// For every advice: a context where it fires and, at the boundary, one where it does not.
const CASES: [id: string, fires: Case, doesNot: Case, why: string][] = [
  ['visa_no_recourse', { network: 'visa', reason: '10.5', category: 'fraudulent' }, { network: 'visa', reason: '10.4', category: 'fraudulent' }, 'other Visa code'],
  ['visa_no_recourse', { network: 'visa', reason: 'Visa 10.5', category: 'fraudulent' }, { network: 'mastercard', reason: '10.5', category: 'fraudulent' }, 'other network'],
  ['visa_no_recourse', { reason: 'Visa 10.5 Visa Fraud Monitoring Program' }, { reason: '10.5' }, 'no network given or named'],
  ['visa_no_recourse', { network: 'visa', reason: '10.5', status: 'warning_needs_response' }, { network: 'visa', reason: '10.5', status: 'lost' }, 'closed'],
  ['deadline_passed', { deadlines: [response(0)] }, { deadlines: [response(1)] }, 'exactly at the deadline vs 1 ms before'],
  ['deadline_passed', { deadlines: [response(-2 * DAY, { latest: at(0) })] }, { deadlines: [response(-2 * DAY, { latest: at(1) })] }, 'range: latest end reached vs not'],
  ['deadline_passed', { deadlines: [response(-DAY)] }, { deadlines: [response(-DAY)], status: 'under_review' }, 'already responded'],
  ['missed_deadline_loses', { deadlines: [response(1)] }, { deadlines: [response(0)] }, 'deadline passed'],
  ['missed_deadline_loses', { deadlines: [] }, { status: 'under_review' }, 'no response needed'],
  ['one_response', { status: 'open' }, { status: 'under_review' }, 'already responded'],
  ['deadline_may_have_passed', { deadlines: [response(0, { latest: at(DAY), source: 'rule', ruleId: 'card.7-21' })] }, { deadlines: [response(1, { latest: at(DAY), source: 'rule', ruleId: 'card.7-21' })] }, 'earliest end reached vs not'],
  ['deadline_may_have_passed', { deadlines: [response(-DAY, { latest: at(1) })] }, { deadlines: [response(-DAY, { latest: at(0) })] }, 'latest end not reached vs reached'],
  ['register_return_before_escalation', klarnaEnquiry, { ...klarnaEnquiry, deadlines: [escalation(0)] }, 'escalation date reached'],
  ['register_return_before_escalation', { ...klarnaEnquiry, deadlines: [escalation(1)] }, { ...klarnaEnquiry, category: 'product_not_received' }, 'not a return'],
  ['register_return_before_escalation', { ...klarnaEnquiry, status: 'warning_under_review' }, { ...klarnaEnquiry, provider: 'card' }, 'not Klarna'],
  ['return_after_escalation_lost', { provider: 'klarna', status: 'open', category: 'credit_not_processed' }, { provider: 'klarna', status: 'open', category: 'duplicate' }, 'not a return'],
  ['return_after_escalation_lost', { provider: 'klarna', status: 'open', category: 'credit_not_processed' }, klarnaEnquiry, 'not escalated'],
  ['refunds_blocked', { status: 'open' }, { status: 'warning_needs_response' }, 'no response required'],
  ['no_accept_after_response', { status: 'open' }, { status: 'under_review' }, 'already responded'],
  ['fee_if_lost', { fee: FEE_IF_LOST }, { fee: null }, 'no published fee'],
  ['fee_if_lost', { fee: FEE_IF_LOST, status: 'under_review' }, { fee: FEE_ON_OPEN_REFUNDED }, 'charged on open'],
  ['fee_if_lost', { provider: 'klarna', status: 'open' }, { ...klarnaEnquiry, fee: FEE_IF_LOST }, 'enquiry'],
  ['fee_charged_not_refunded', { fee: FEE_ON_OPEN_KEPT }, { fee: FEE_ON_OPEN_REFUNDED }, 'refunded on a win'],
  ['fee_charged_not_refunded', { fee: FEE_ON_OPEN_KEPT, status: 'under_review' }, { fee: FEE_ON_OPEN_KEPT, status: 'won' }, 'closed'],
  ['fee_charged_not_refunded', { fee: FEE_ON_OPEN_KEPT }, { fee: FEE_ON_OPEN_KEPT, status: 'warning_needs_response', deadlines: [] }, 'an enquiry carries no fee'],
  ['fee_charged_refunded_if_won', { fee: FEE_ON_OPEN_REFUNDED }, { fee: FEE_ON_OPEN_KEPT }, 'not refunded'],
  ['fee_charged_refunded_if_won', { fee: FEE_ON_OPEN_REFUNDED }, { fee: FEE_IF_LOST }, 'charged only if lost'],
  ['fee_charged_refunded_if_won', { fee: FEE_ON_OPEN_REFUNDED }, { fee: FEE_ON_OPEN_REFUNDED, status: 'warning_under_review', deadlines: [] }, 'an enquiry carries no fee'],
  ['compliance_fee', { category: 'noncompliant' }, { category: 'general' }, 'not a compliance case'],
  ['compliance_fee', { category: 'noncompliant' }, { category: 'noncompliant', provider: 'klarna' }, 'not a card'],
  ['ask_withdraw_before_escalation', { ...klarnaEnquiry, deadlines: [escalation(1)] }, { ...klarnaEnquiry, deadlines: [escalation(0)] }, 'escalation date reached'],
  ['ask_withdraw_before_escalation', klarnaEnquiry, { ...klarnaEnquiry, deadlines: [] }, 'no escalation date known'],
  ['klarna_enquiry_no_evidence', klarnaEnquiry, { ...klarnaEnquiry, status: 'open' }, 'chargeback'],
  ['return_is_refund_request', klarnaEnquiry, { ...klarnaEnquiry, status: 'open' }, 'chargeback'],
  ['return_is_refund_request', klarnaEnquiry, { ...klarnaEnquiry, category: 'general' }, 'not a return'],
  ['klarna_unauthorized_immediate', { provider: 'klarna', category: 'fraudulent' }, { provider: 'card', category: 'fraudulent' }, 'not Klarna'],
  ['visa_ce3', { network: 'visa', reason: '10.4', category: 'fraudulent' }, { network: 'visa', reason: '10.4', category: 'fraudulent', status: 'under_review' }, 'already responded'],
  ['visa_ce3', { network: 'visa', reason: '10.4', category: 'fraudulent' }, { network: 'visa', reason: '10.2', category: 'fraudulent' }, 'other code'],
  ['accept_refunds_full_amount', { status: 'open' }, { status: 'under_review' }, 'already responded'],
  ['partial_refund_counter', { status: 'open' }, klarnaEnquiry, 'enquiry'],
  ['files_not_links', { provider: 'card' }, { provider: 'klarna' }, 'Klarna has its own rule'],
  ['files_not_links', { provider: 'card' }, { provider: 'billie' }, 'Billie decides its own disputes: no bank, no Mastercard page limit'],
  ['files_not_links', { provider: 'card' }, { provider: 'card', status: 'under_review' }, 'already responded'],
  ['files_billie', { provider: 'billie' }, { provider: 'card' }, 'a card dispute has the banks\' rule'],
  ['files_billie', { provider: 'billie' }, { provider: 'billie', status: 'under_review' }, 'already responded'],
  ['klarna_pod_attachment', { provider: 'klarna' }, { provider: 'card' }, 'not Klarna'],
  ['fee_if_escalated_and_lost', { ...klarnaEnquiry, fee: FEE_IF_LOST }, { provider: 'klarna', status: 'open', fee: FEE_IF_LOST }, 'escalated'],
  ['fee_if_escalated_and_lost', { ...klarnaEnquiry, fee: FEE_IF_LOST }, { ...klarnaEnquiry, fee: null }, 'no fee known'],
  ['billie_iban_on_invoice', { provider: 'billie', category: 'duplicate' }, { provider: 'billie', category: 'general' }, 'not "already paid"'],
  ['billie_iban_on_invoice', { provider: 'billie', category: 'duplicate' }, { provider: 'billie', category: 'duplicate', status: 'won' }, 'closed'],
  ['deadline_estimated', { deadlines: [response(DAY, { source: 'rule', ruleId: 'card.7-21' })] }, { deadlines: [response(DAY)] }, 'portal date'],
  ['deadline_estimated', { ...klarnaEnquiry }, { ...klarnaEnquiry, status: 'warning_closed' }, 'closed'],
  ['reason_unknown', { category: null }, { category: 'general' }, 'known reason'],
  ['reason_unknown', { category: null }, { category: null, status: 'lost' }, 'closed'],
  ['card_decision_time', { status: 'under_review' }, { provider: 'klarna', status: 'under_review' }, 'not a card'],
  ['outcomes_final', { status: 'open' }, { status: 'lost' }, 'closed'],
  ['card_inquiry_respond', { status: 'warning_needs_response', deadlines: [] }, { status: 'warning_under_review', deadlines: [] }, 'already answered'],
  ['card_inquiry_respond', { status: 'warning_needs_response', deadlines: [] }, { ...klarnaEnquiry, status: 'warning_needs_response' }, 'Klarna enquiries need no answer'],
  ['klarna_refund_covers_disputed_amount', klarnaEnquiry, { ...klarnaEnquiry, status: 'open' }, 'escalated'],
  ['amount_held', { status: 'under_review' }, { ...klarnaEnquiry }, 'enquiry: no hold yet'],
  ['amount_held', { provider: 'billie', status: 'open' }, { provider: 'billie', status: 'won' }, 'closed'],
];

describe('adviceFor: each advice fires, and not at its boundary', () => {
  it.each(CASES)('%s (not: %s → %s)', (id, fires, doesNot) => {
    expect(ids(ctx(fires))).toContain(id);
    expect(ids(ctx(doesNot))).not.toContain(id);
  });

  it('card_inquiry_respond: not for an inquiry that escalated (assessDispute advises it as a chargeback)', () => {
    const inquiry = ctx({ status: 'warning_needs_response', deadlines: [response(DAY)] });
    expect(ids(inquiry)).toContain('card_inquiry_respond');
    expect(ids({ ...inquiry, statusInfo: STATUS.open })).not.toContain('card_inquiry_respond');
  });

  it('covers every advice row', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(ADVICE_RULES.map((r) => r.id)));
  });
});

describe('adviceFor: params and sources', () => {
  it('register the return: carries the escalation date', () => {
    const item = adviceFor(ctx(klarnaEnquiry)).find((a) => a.id === 'register_return_before_escalation');
    expect(item?.params).toEqual({ escalatesAt: at(3 * DAY) });
    expect(item?.severity).toBe('warning');
    expect(item?.source).toBe('kustom.kustom_vs_klarna');
  });

  it('fee if lost: carries the fee as minor units and currency', () => {
    const item = adviceFor(ctx({ fee: { fee: { amountMinor: 20000, currency: 'SEK' }, charged: 'if_lost', refundedIfWon: true, ruleId: 'k' } })).find((a) => a.id === 'fee_if_lost');
    expect(item?.params).toEqual({ fee: 20000, feeCurrency: 'SEK' });
  });

  it('accepting: carries the disputed amount', () => {
    expect(adviceFor(ctx()).find((a) => a.id === 'accept_refunds_full_amount')?.params).toEqual({ amount: 12345, amountCurrency: 'EUR' });
  });

  it('deadline passed: carries the deadline', () => {
    expect(adviceFor(ctx({ deadlines: [response(-DAY)] })).find((a) => a.id === 'deadline_passed')?.params).toEqual({ dueAt: at(-DAY) });
  });

  it('Visa 10.5 is critical and cites Stripe', () => {
    const item = adviceFor(ctx({ network: 'visa', reason: '10.5', category: 'fraudulent' }))[0];
    expect(item).toMatchObject({ id: 'visa_no_recourse', severity: 'critical', source: 'stripe.dispute_categories' });
  });

  it.each([
    ['card', 'kustom.card_disputes'],
    ['klarna', 'kustom.dispute_handling_improvements'],
    ['billie', 'kustom.billie_disputes'],
  ] as const)('the estimated deadline of a %s dispute cites %s', (provider, source) => {
    const c = ctx({ provider, deadlines: [response(DAY, { source: 'rule', ruleId: 'r' })] });
    expect(adviceFor(c).filter((a) => a.id === 'deadline_estimated')).toEqual([expect.objectContaining({ source })]);
  });

  // The range the advice speaks of is the rules' for that provider: cards 7–21 days (Kustom
  // 395539), a Klarna unauthorized purchase 5–14 days (Stripe's 5 days for fraud). Before, a Klarna
  // dispute's advice cited the card article, which says nothing of Klarna.
  it.each([
    ['card', 'kustom.card_disputes'],
    ['klarna', 'stripe.klarna_disputes'],
  ] as const)('a deadline that may have passed, of a %s dispute, cites %s', (provider, source) => {
    const c = ctx({ provider, category: 'fraudulent', deadlines: [response(-1, { latest: at(DAY), source: 'rule', ruleId: 'r' })] });
    expect(adviceFor(c).filter((a) => a.id === 'deadline_may_have_passed')).toEqual([expect.objectContaining({ source, params: { dueAt: at(-1), latestAt: at(DAY) } })]);
  });

  it('advice without params is one shared frozen object', () => {
    const a = adviceFor(ctx()).find((x) => x.id === 'one_response');
    const b = adviceFor(ctx({ provider: 'billie' })).find((x) => x.id === 'one_response');
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('critical advice comes first', () => {
    const list = adviceFor(ctx({ network: 'visa', reason: '10.5', deadlines: [response(-DAY)] }));
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const ranks = list.map((a) => rank[a.severity]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
});

describe('adviceFor over every provider × status × category', () => {
  const statuses = Object.keys(STATUS) as DisputeStatus[];
  const categories: (ReasonCategory | null)[] = ['credit_not_processed', 'duplicate', 'fraudulent', 'general', 'noncompliant', 'product_not_received', 'product_unacceptable', 'subscription_canceled', 'unrecognized', null];
  const all = (['card', 'klarna', 'billie'] as const).flatMap((provider) =>
    statuses.flatMap((status) => categories.map((category) => [provider, status, category] as const)),
  );

  it.each(all)('%s / %s / %s: no id twice, known sources, every placeholder filled in all six languages', (provider, status, category) => {
    const deadlines = status.startsWith('warning') ? [escalation(DAY)] : [response(DAY, { source: 'rule', ruleId: 'r', latest: at(3 * DAY) })];
    const list = adviceFor(ctx({ provider, status, category, deadlines, network: 'visa', reason: '10.4' }));
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    for (const item of list) {
      expect(EVIDENCE_SOURCES[item.source], item.source).toBeDefined();
      for (const locale of LOCALES) expect(adviceText(item, locale, 'Europe/Stockholm'), `${locale}:${item.id}`).not.toMatch(/[{}]/);
    }
  });

  it('closed disputes get no advice to act', () => {
    for (const status of ['won', 'lost', 'warning_closed'] as const) {
      expect(adviceFor(ctx({ status, deadlines: [] }))).toEqual([]);
    }
  });
});

describe('advice data', () => {
  it.each(ADVICE_RULES.map((r, i) => [`${r.id}#${i}`, r] as const))('%s: known source, effective dates, real texts', (_name, rule) => {
    expect(EVIDENCE_SOURCES[rule.source]).toBeDefined();
    expect(rule.effective).toBeDefined();
    const key = `advice.${rule.id}`;
    for (const locale of LOCALES) {
      expect(CATALOG[locale][key]?.trim(), `${locale}:${key}`).toBeTruthy();
      if (locale !== 'en') expect(CATALOG[locale][key]).not.toBe(CATALOG.en[key]);
    }
    // Every placeholder of the text is a param the rule provides.
    const provided = new Set<string>([...(rule.params ?? []), ...Object.keys(rule.fixedParams ?? {})]);
    for (const [, name] of CATALOG.en[key]!.matchAll(/\{(\w+)\}/g)) expect(provided.has(name!), `${key}: {${name}}`).toBe(true);
  });
});

describe('adviceFor: odd input never throws', () => {
  it.each([
    ['unreadable deadline', ctx({ deadlines: [{ kind: 'response', at: 'not a date', source: 'rule', ruleId: 'r' }] })],
    ['unreadable latest', ctx({ deadlines: [response(-DAY, { latest: 'nope' })] })],
    ['no deadlines', ctx({ deadlines: [] })],
    ['unknown provider', { ...ctx(), facts: { ...ctx().facts, provider: 'paypal' as Provider } }],
    ['reason without a code', ctx({ network: 'visa', reason: 'Fraud' })],
    ['no fee', ctx({ fee: null })],
  ] as const)('%s', (_name, c) => {
    expect(() => adviceFor(c)).not.toThrow();
    expect(Array.isArray(adviceFor(c))).toBe(true);
  });

  it('an unreadable deadline counts as unknown: no "passed" advice', () => {
    const list = ids(ctx({ deadlines: [{ kind: 'response', at: 'not a date', source: 'rule', ruleId: 'r' }] }));
    expect(list).not.toContain('deadline_passed');
    expect(list).toContain('missed_deadline_loses');
  });
});
