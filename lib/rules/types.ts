// Public types of the dispute-rules library. The names and shapes marked "contract" are called by
// tests outside the project (see ../shared/design/architecture.md): add to them, never reshape.

/** contract */
export type Provider = 'card' | 'klarna' | 'billie';
/** contract */
export type Network = 'visa' | 'mastercard' | 'amex' | 'discover' | 'other';
/** contract */
export type DisputeStatus =
  | 'warning_needs_response'
  | 'warning_under_review'
  | 'warning_closed'
  | 'open'
  | 'under_review'
  | 'won'
  | 'lost';
/** contract */
export type ReasonCategory =
  | 'credit_not_processed'
  | 'duplicate'
  | 'fraudulent'
  | 'general'
  | 'noncompliant'
  | 'product_not_received'
  | 'product_unacceptable'
  | 'subscription_canceled'
  | 'unrecognized';
/** contract */
export type GoodsType = 'physical' | 'digital' | 'service';
/** contract: ISO 4217 currency, integer minor units */
export interface Money {
  amountMinor: number;
  currency: string;
}

/** contract */
export interface DisputeFacts {
  id: string;
  provider: Provider;
  status: DisputeStatus;
  /** ISO 8601 instant the dispute was opened (reported) */
  createdAt: string;
  /** disputed amount */
  amount: Money;
  /** ISO 3166-1 alpha-2 */
  buyerCountry?: string;
  /** the provider's own reason: Klarna "Return", Visa "13.1", "fraudulent", … */
  reason?: string;
  /**
   * the card network's reason code, where the portal shows one beside its reason ("10.4" beside
   * "Fraudulent"): it selects the code's own evidence and advice (Visa 10.4: Compelling Evidence 3.0)
   */
  networkReasonCode?: string;
  network?: Network;
  /** deadline the portal shows; it wins over every rule */
  dueBy?: string;
  /** when an enquiry became a chargeback, if known */
  escalatedAt?: string;
  /** Klarna returns: when the customer uploaded return tracking */
  returnTrackingAt?: string;
  orderId?: string;
  merchantReference?: string;
  storeId?: string;
}

export type Phase = 'enquiry' | 'chargeback' | 'closed';
/** The portal's list tabs (seed 000, Kustom article 463555). */
export type PortalTab = 'response_required' | 'under_review' | 'no_response_needed' | 'closed';
/** Closed outcomes the portal shows (seed 000 "Dispute outcomes"). */
export type Outcome = 'won' | 'partially_won' | 'accepted' | 'lost';

/** contract (phase, actionRequired); the rest is added for the UI */
export interface StatusInfo {
  phase: Phase;
  actionRequired: boolean;
  tab: PortalTab;
  /** Klarna's name for the same state, where the seeds give one */
  klarnaEquivalent: string | null;
}

/** A document a rule row is taken from; rows refer to it by `id`. */
export interface Source {
  id: string;
  title: string;
  url: string;
  /** what the source says, in a line, where the row needs it */
  note?: string;
}

/** Effective dates of a rule row: [from, until) as ISO 8601 instants; absent = open-ended. */
export interface Effective {
  from?: string;
  until?: string;
}

/** contract */
export interface FeeRule {
  fee: Money;
  charged: 'on_open' | 'if_lost';
  refundedIfWon: boolean;
  /** stable id of the table row / rule version used */
  ruleId: string;
  /** id of the charging rule version (on open / if lost) used */
  chargingRuleId?: string;
  /** the source marks the amount as excluding VAT */
  excludesVat?: boolean;
  /** Source.id of the amount's table */
  source?: string;
}

/** contract */
export interface Deadline {
  kind: 'escalation' | 'response';
  /** ISO 8601 instant; with a range, the earliest plausible one */
  at: string;
  source: 'portal' | 'rule';
  ruleId: string;
  /** only where the rules give a range */
  latest?: string;
}

export type Urgency = 'overdue' | 'critical' | 'soon' | 'ok' | 'none';

export interface UrgencyThresholds {
  /** below this many ms left: critical (default 24 h) */
  criticalMs: number;
  /** below this many ms left: soon (default 72 h) */
  soonMs: number;
}

/** What each choice costs, kept per currency: never a sum across currencies. */
export interface Exposure {
  /**
   * accepting now: the disputed amount is refunded; once the dispute is a chargeback, plus its fee,
   * since accepting closes it as lost (charged on open already, or charged now where charged only if
   * lost: lib/rules/exposure.ts). An enquiry carries no fee (seed 001).
   */
  accept: Money[];
  /** challenging and losing */
  challengeIfLost: Money[];
  /** challenging and winning (a fee charged on open and not refunded stays lost) */
  challengeIfWon: Money[];
  /** false when no fee is published for the dispute (or the buyer's country is unknown): the lists hold amounts only */
  feeKnown?: boolean;
}

export type EvidenceLevel = 'required' | 'recommended';

export interface EvidenceItem {
  /** stable id, e.g. "pod.delivery_date" — ticks are stored against it */
  id: string;
  level: EvidenceLevel;
  /** i18n keys (lib/i18n): a short title, why it matters, what exactly makes it acceptable */
  titleKey: string;
  explanationKey: string;
  acceptanceKey: string;
  /** the Stripe evidence field it goes into, where there is one */
  stripeField?: string;
  /** Source.id */
  source: string;
}

export type AdviceSeverity = 'critical' | 'warning' | 'info';

export interface AdviceItem {
  id: string;
  severity: AdviceSeverity;
  /** i18n key of the text; params fill its {placeholders} */
  textKey: string;
  params?: Record<string, string | number>;
  /** Source.id */
  source: string;
}

export interface TimelinePoint {
  kind: 'created' | 'escalation' | 'response_due' | 'expected_decision';
  at: string;
  latest?: string;
  source: 'page' | 'portal' | 'rule';
  ruleId?: string;
  passed: boolean;
  /** computed from a rule, not read from the page or portal */
  estimate?: boolean;
}

/** contract: holds at least phase, actionRequired, next, msLeft, urgency, fee, checklist, advice */
export interface Assessment {
  id: string;
  provider: Provider;
  status: DisputeStatus;
  phase: Phase;
  actionRequired: boolean;
  statusInfo: StatusInfo;
  reasonCategory: ReasonCategory | null;
  goods: GoodsType | null;
  deadlines: Deadline[];
  next: Deadline | null;
  msLeft: number | null;
  urgency: Urgency;
  fee: FeeRule | null;
  exposure: Exposure;
  checklist: readonly EvidenceItem[];
  advice: readonly AdviceItem[];
  timeline: TimelinePoint[];
  /** what could not be read or known (unknown status, reason, country, zone, bad dates), in plain words; never thrown */
  problems?: string[];
}

export interface AssessOptions {
  now: Date;
  timeZone: string;
  goods?: GoodsType;
  thresholds?: Partial<UrgencyThresholds>;
}

/** Everything `adviceFor` looks at: computed once by `assessDispute` and passed in. */
export interface AdviceContext {
  facts: DisputeFacts;
  statusInfo: StatusInfo;
  category: ReasonCategory | null;
  deadlines: Deadline[];
  next: Deadline | null;
  fee: FeeRule | null;
  now: Date;
  goods: GoodsType | null;
}

/** Options of `evidenceChecklist`: the card network and the provider's own reason select variants. */
export interface ChecklistOptions {
  network?: Network;
  /** the provider's own reason, e.g. Visa "10.4" */
  reason?: string;
  /** the card network's reason code shown beside the reason (DisputeFacts.networkReasonCode) */
  networkReasonCode?: string;
}
