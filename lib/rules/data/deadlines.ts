// Deadline windows, as calendar days from an anchor event, in the merchant's time zone. Each rule
// version applies by the instant of its anchor (architecture.md "Deadline semantics"). A deadline
// the portal shows always wins over these (lib/rules/deadlines.ts).
import type { Effective, Phase, Provider, ReasonCategory } from '../types';

export type Anchor =
  /** the dispute's createdAt */
  | 'created'
  /** returnTrackingAt for return-related reasons (when known), else createdAt */
  | 'return_tracking_or_created'
  /** escalatedAt, else the escalation this table computes */
  | 'escalation'
  /** escalatedAt, else createdAt */
  | 'escalated_or_created';

export interface DeadlineRuleRow {
  id: string;
  provider: Provider;
  kind: 'escalation' | 'response';
  /** which reason categories the rule covers; `except` also covers an unknown reason */
  reasons: { only: readonly ReasonCategory[] } | { except: readonly ReasonCategory[] } | 'any';
  anchor: Anchor;
  /** calendar days after the anchor: the earliest plausible deadline */
  days: number;
  /** the latest plausible deadline, where the sources give a range */
  latestDays?: number;
  /** the phases in which this is a deadline the merchant faces ([] = a timeline point only) */
  phases: readonly Phase[];
  source: string;
  /** applies to anchors in [from, until) */
  effective: Effective;
}

/** "as of 8 Aug 2025" (article 463555): midnight in Stockholm, Kustom's home zone */
export const KLARNA_2025_08_08 = '2025-08-08T00:00:00.000+02:00';

const FRAUD: readonly ReasonCategory[] = ['fraudulent'];

export const DEADLINE_RULES: readonly DeadlineRuleRow[] = [
  // Klarna enquiry → chargeback. Seed 001: 21 days; article 463555: 35 days from 2025-08-08, for
  // return cases counted from the customer's return-tracking upload.
  {
    id: 'klarna.escalation.21d',
    provider: 'klarna',
    kind: 'escalation',
    reasons: { except: FRAUD },
    anchor: 'return_tracking_or_created',
    days: 21,
    phases: ['enquiry'],
    source: 'kustom.intro_disputes',
    effective: { until: KLARNA_2025_08_08 },
  },
  {
    id: 'klarna.escalation.35d',
    provider: 'klarna',
    kind: 'escalation',
    reasons: { except: FRAUD },
    anchor: 'return_tracking_or_created',
    days: 35,
    phases: ['enquiry'],
    source: 'kustom.dispute_handling_improvements',
    effective: { from: KLARNA_2025_08_08 },
  },
  // Klarna chargeback response. Seed 001: 13 days; article 463555: 14 days from 2025-08-08.
  {
    id: 'klarna.response.13d',
    provider: 'klarna',
    kind: 'response',
    reasons: { except: FRAUD },
    anchor: 'escalation',
    days: 13,
    phases: ['chargeback'],
    source: 'kustom.intro_disputes',
    effective: { until: KLARNA_2025_08_08 },
  },
  {
    id: 'klarna.response.14d',
    provider: 'klarna',
    kind: 'response',
    reasons: { except: FRAUD },
    anchor: 'escalation',
    days: 14,
    phases: ['chargeback'],
    source: 'kustom.dispute_handling_improvements',
    effective: { from: KLARNA_2025_08_08 },
  },
  // Klarna unauthorized purchase: no enquiry, a chargeback from the start (seed 001 "Fraudulent
  // transactions are immediately escalated"). The sources disagree on the response window: Stripe's
  // Klarna page 5 days for fraud, Klarna v2 7 days, Kustom 14 days — so a 5–14 day range. It applies
  // in the enquiry phase too: a fraud dispute shown as an enquiry has already escalated.
  {
    id: 'klarna.fraud.escalation',
    provider: 'klarna',
    kind: 'escalation',
    reasons: { only: FRAUD },
    anchor: 'created',
    days: 0,
    phases: [],
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    id: 'klarna.fraud.response.5-14d',
    provider: 'klarna',
    kind: 'response',
    reasons: { only: FRAUD },
    anchor: 'escalated_or_created',
    days: 5,
    latestDays: 14,
    phases: ['enquiry', 'chargeback'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  // Card chargeback: "usually 7 to 21 days depending on the card network" (Stripe; Kustom 395539
  // repeats it). No source gives a window for card inquiries (warning_needs_response), so they get
  // none unless the portal shows one.
  {
    id: 'card.response.7-21d',
    provider: 'card',
    kind: 'response',
    reasons: 'any',
    anchor: 'escalated_or_created',
    days: 7,
    latestDays: 21,
    phases: ['chargeback'],
    source: 'stripe.responding',
    effective: {},
  },
  // Billie: "within 12 calendar days" (seed 001, article 395540), from the dispute.
  {
    id: 'billie.response.12d',
    provider: 'billie',
    kind: 'response',
    reasons: 'any',
    anchor: 'created',
    days: 12,
    phases: ['chargeback'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
];

export interface DecisionEstimateRow {
  id: string;
  provider: Provider;
  /** calendar days after the response deadline (earliest, latest) */
  days: number;
  latestDays: number;
  source: string;
  effective: Effective;
}

// "The issuer decides in usually 60–75 days" after the response (Stripe, research §1.2); Kustom:
// "2–3 months". Klarna and Billie publish no decision time.
export const DECISION_ESTIMATES: readonly DecisionEstimateRow[] = [
  { id: 'card.decision.60-75d', provider: 'card', days: 60, latestDays: 75, source: 'stripe.how_disputes_work', effective: {} },
];
