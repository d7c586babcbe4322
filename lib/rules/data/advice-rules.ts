// Advice as data: what a merchant must not miss, when it applies, and who says so. lib/rules/advice.ts
// evaluates `when` against the assessment context; every condition given must hold. Texts are
// `advice.<id>` in lib/i18n/messages/advice.ts; params fill their {placeholders}:
//   escalatesAt — the escalation deadline (ISO instant), dueAt / latestAt — the response deadline
//   and, for a range, its latest end; fee / amount — money in minor units with feeCurrency /
//   amountCurrency beside them. lib/rules/text.ts formats `…At` as dates and `x`+`xCurrency` as money.
// The table is in display order: critical first.
import type {
  AdviceSeverity,
  DisputeStatus,
  Effective,
  FeeRule,
  Network,
  Phase,
  Provider,
  ReasonCategory,
} from '../types';

/** Where a deadline stands relative to now: none known; ahead; inside its range; past (its latest end). */
export type DeadlineState = 'none' | 'ahead' | 'in_range' | 'passed';
export type AdviceParam = 'escalatesAt' | 'dueAt' | 'latestAt' | 'fee' | 'amount';

export interface AdviceCondition {
  providers?: readonly Provider[];
  phases?: readonly Phase[];
  statuses?: readonly DisputeStatus[];
  actionRequired?: boolean;
  /** null: the reason maps to no category */
  categories?: readonly (ReasonCategory | null)[];
  network?: Network;
  /** the provider's own reason code (e.g. Visa "10.5") */
  reasonCodes?: readonly string[];
  /** 'none': no published fee */
  feeCharged?: FeeRule['charged'] | 'none';
  feeRefundedIfWon?: boolean;
  /** the escalation deadline (Klarna enquiries) */
  escalation?: readonly DeadlineState[];
  /** the response deadline */
  response?: readonly DeadlineState[];
  /** where the next deadline comes from */
  nextSource?: 'portal' | 'rule';
}

export interface AdviceRule {
  id: string;
  severity: AdviceSeverity;
  when: AdviceCondition;
  params?: readonly AdviceParam[];
  /** params that are part of the rule itself (e.g. a fee the source states) */
  fixedParams?: Readonly<Record<string, string | number>>;
  /** EVIDENCE_SOURCES id */
  source: string;
  /** empty: no dated change of this rule is known */
  effective: Effective;
}

const OPEN_PHASES: readonly Phase[] = ['enquiry', 'chargeback'];
const NOT_PASSED: readonly DeadlineState[] = ['none', 'ahead', 'in_range'];

/**
 * The advice that says the provider takes no evidence in this phase (a Klarna enquiry): while it
 * applies, the detail panel presents the evidence checklist as what to have ready if it escalates.
 */
export const EVIDENCE_LATER_ADVICE = 'klarna_enquiry_no_evidence';

export const ADVICE_RULES: readonly AdviceRule[] = [
  // ── critical ────────────────────────────────────────────────────────────────────────────────
  {
    // Visa 10.5 (Visa Fraud Monitoring Program): "no recourse", Visa accepts no evidence.
    id: 'visa_no_recourse',
    severity: 'critical',
    when: { providers: ['card'], network: 'visa', reasonCodes: ['10.5'], phases: OPEN_PHASES },
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'deadline_passed',
    severity: 'critical',
    when: { actionRequired: true, response: ['passed'] },
    params: ['dueAt'],
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    id: 'missed_deadline_loses',
    severity: 'critical',
    when: { actionRequired: true, response: NOT_PASSED },
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    id: 'one_response',
    severity: 'critical',
    when: { actionRequired: true },
    source: 'kustom.intro_disputes',
    effective: {},
  },

  // ── warning ─────────────────────────────────────────────────────────────────────────────────
  // The rules give a range and its earliest end has passed; one row per provider whose rules give
  // a range, for the source of that range (data/deadlines.ts): cards 7–21 days (Kustom 395539),
  // a Klarna unauthorized purchase from Stripe's 5 days for fraud (Stripe's Klarna page).
  {
    id: 'deadline_may_have_passed',
    severity: 'warning',
    when: { providers: ['card'], actionRequired: true, response: ['in_range'] },
    params: ['dueAt', 'latestAt'],
    source: 'kustom.card_disputes',
    effective: {},
  },
  {
    id: 'deadline_may_have_passed',
    severity: 'warning',
    when: { providers: ['klarna'], actionRequired: true, response: ['in_range'] },
    params: ['dueAt', 'latestAt'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    // Seed 001 (Kustom vs Klarna): a return registered before escalation closes the case; after
    // escalation it is marked lost and a fee is charged.
    id: 'register_return_before_escalation',
    severity: 'warning',
    when: { providers: ['klarna'], phases: ['enquiry'], categories: ['credit_not_processed'], escalation: ['ahead'] },
    params: ['escalatesAt'],
    source: 'kustom.kustom_vs_klarna',
    effective: {},
  },
  {
    id: 'return_after_escalation_lost',
    severity: 'warning',
    when: { providers: ['klarna'], phases: ['chargeback'], categories: ['credit_not_processed'], actionRequired: true },
    source: 'kustom.kustom_vs_klarna',
    effective: {},
  },
  {
    id: 'refunds_blocked',
    severity: 'warning',
    when: { actionRequired: true, phases: ['chargeback'] },
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    id: 'no_accept_after_response',
    severity: 'warning',
    when: { actionRequired: true },
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    // From 2025-12-02 12:48 CET every fee is charged only when lost (Klarna always was).
    id: 'fee_if_lost',
    severity: 'warning',
    when: { phases: ['chargeback'], feeCharged: 'if_lost' },
    params: ['fee'],
    source: 'kustom.dispute_fee',
    effective: {},
  },
  {
    // Seed 001, card disputes: the fee "remains non-refundable even if you win". Fees concern
    // chargebacks only: "Enquiries … won't incur fees unless escalated" (seed 001).
    id: 'fee_charged_not_refunded',
    severity: 'warning',
    when: { phases: ['chargeback'], feeCharged: 'on_open', feeRefundedIfWon: false },
    params: ['fee'],
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    // Card inquiries (mostly Amex, Discover): "Failing to answer an inquiry can escalate to an
    // unwinnable chargeback" (Stripe). Not once it has escalated: assessDispute then gives the
    // advice of a chargeback (phase 'chargeback') for the same status.
    id: 'card_inquiry_respond',
    severity: 'warning',
    when: { providers: ['card'], statuses: ['warning_needs_response'], phases: ['enquiry'] },
    source: 'stripe.how_disputes_work',
    effective: {},
  },
  {
    // Stripe collects 500 USD (or the local equivalent) to contest a Visa compliance dispute,
    // refunded if won (research §1.1).
    id: 'compliance_fee',
    severity: 'warning',
    when: { providers: ['card'], categories: ['noncompliant'], phases: OPEN_PHASES },
    fixedParams: { fee: 50000, feeCurrency: 'USD' },
    source: 'stripe.dispute_categories',
    effective: {},
  },

  // ── info ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ask_withdraw_before_escalation',
    severity: 'info',
    when: { providers: ['klarna'], phases: ['enquiry'], escalation: ['ahead'] },
    params: ['escalatesAt'],
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    // "For partial disputes a partial refund equal to the disputed amount resolves it"; a smaller
    // refund on a full-amount dispute escalates (Stripe's Klarna page, research §3.1).
    id: 'klarna_refund_covers_disputed_amount',
    severity: 'info',
    when: { providers: ['klarna'], phases: ['enquiry'] },
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    // EVIDENCE_LATER_ADVICE: while it applies, the checklist is what to have ready, not to send.
    id: 'klarna_enquiry_no_evidence',
    severity: 'info',
    when: { providers: ['klarna'], phases: ['enquiry'] },
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    id: 'return_is_refund_request',
    severity: 'info',
    when: { providers: ['klarna'], phases: ['enquiry'], categories: ['credit_not_processed'] },
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    id: 'klarna_unauthorized_immediate',
    severity: 'info',
    when: { providers: ['klarna'], phases: ['chargeback'], categories: ['fraudulent'], actionRequired: true },
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    id: 'visa_ce3',
    severity: 'info',
    when: { providers: ['card'], network: 'visa', reasonCodes: ['10.4'], actionRequired: true },
    source: 'stripe.visa_ce3',
    effective: { from: '2023-04-15T00:00:00Z' },
  },
  {
    id: 'accept_refunds_full_amount',
    severity: 'info',
    when: { actionRequired: true },
    params: ['amount'],
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    id: 'partial_refund_counter',
    severity: 'info',
    when: { actionRequired: true, phases: ['chargeback'] },
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    // Card disputes are decided by the card's bank: "banks won't follow links or play audio/video",
    // Mastercard at most 19 pages (Stripe, research §1).
    id: 'files_not_links',
    severity: 'info',
    when: { providers: ['card'], actionRequired: true },
    source: 'stripe.responding',
    effective: {},
  },
  {
    // Billie decides its own disputes (no bank, no card network): only the upload limit of the
    // dispute's evidence (Stripe's, which carries Billie disputes: research §4) applies.
    id: 'files_billie',
    severity: 'info',
    when: { providers: ['billie'], actionRequired: true },
    source: 'stripe.responding',
    effective: {},
  },
  {
    id: 'klarna_pod_attachment',
    severity: 'info',
    when: { providers: ['klarna'], actionRequired: true },
    source: 'klarna.merchant_evidence',
    effective: {},
  },
  {
    // Seed 001: "Enquiries are not formal disputes and won't incur fees unless escalated."
    id: 'fee_if_escalated_and_lost',
    severity: 'info',
    when: { phases: ['enquiry'], feeCharged: 'if_lost' },
    params: ['fee'],
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    // Kustom article 483942: disputes opened before 2025-12-02 12:48 CET paid the fee on open and
    // get it back on a win.
    id: 'fee_charged_refunded_if_won',
    severity: 'info',
    when: { phases: ['chargeback'], feeCharged: 'on_open', feeRefundedIfWon: true },
    params: ['fee'],
    source: 'kustom.dispute_fee',
    effective: {},
  },
  {
    // Seed 000: a reversal appears on the settlement report and is held until a final decision;
    // seed 001: Kustom holds the disputed amount (Klarna: and the potential fee; Billie: too).
    id: 'amount_held',
    severity: 'info',
    when: { phases: ['chargeback'] },
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    id: 'billie_iban_on_invoice',
    severity: 'info',
    when: { providers: ['billie'], categories: ['duplicate'], phases: OPEN_PHASES },
    source: 'billie.capture',
    effective: {},
  },
  // "No portal date": the deadline is the rules' estimate; one row per provider for its source.
  {
    id: 'deadline_estimated',
    severity: 'info',
    when: { providers: ['card'], phases: OPEN_PHASES, nextSource: 'rule' },
    source: 'kustom.card_disputes',
    effective: {},
  },
  {
    id: 'deadline_estimated',
    severity: 'info',
    when: { providers: ['klarna'], phases: OPEN_PHASES, nextSource: 'rule' },
    source: 'kustom.dispute_handling_improvements',
    effective: {},
  },
  {
    id: 'deadline_estimated',
    severity: 'info',
    when: { providers: ['billie'], phases: OPEN_PHASES, nextSource: 'rule' },
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // The checklist falls back to the provider's generic list (lib/rules/evidence.ts).
    id: 'reason_unknown',
    severity: 'info',
    when: { categories: [null], phases: OPEN_PHASES },
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'card_decision_time',
    severity: 'info',
    when: { providers: ['card'], statuses: ['under_review'] },
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    id: 'outcomes_final',
    severity: 'info',
    when: { phases: OPEN_PHASES },
    source: 'kustom.intro_disputes',
    effective: {},
  },
];
