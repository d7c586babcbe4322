// The seven statuses the Kustom Portal shows and the outcomes it reports when a dispute closes.
// Status names, dispute type and Klarna equivalents: seed 001 (article 323647) and article 395541;
// tabs: seed 000 (article 586679). Phase is ours: the seed's "Dispute Type" for open cases, and
// 'closed' for every status that ends the case (the contract's three phases).
import type { DisputeStatus, Effective, Outcome, PortalTab, StatusInfo } from '../types';

export interface StatusRow extends StatusInfo {
  status: DisputeStatus;
  /** the seed's "Dispute Type" column: enquiries are not formal disputes and carry no fee */
  disputeType: 'enquiry' | 'chargeback';
  source: string;
  effective: Effective;
}

export const STATUS_TABLE: readonly StatusRow[] = [
  {
    // "The issue is open; the merchant may issue a refund. If unresolved, it may escalate."
    // 395541: "no immediate action, monitor"; tab "Does not need response".
    status: 'warning_needs_response',
    disputeType: 'enquiry',
    phase: 'enquiry',
    actionRequired: false,
    tab: 'no_response_needed',
    klarnaEquivalent: 'no response required',
    source: 'kustom.kustom_vs_klarna',
    effective: {},
  },
  {
    // The customer self-reported a return with tracking; merchant action still possible. Seed 000
    // puts return-related enquiries in "Does not need response" (the Under review tab is for
    // disputes the merchant already answered).
    status: 'warning_under_review',
    disputeType: 'enquiry',
    phase: 'enquiry',
    actionRequired: false,
    tab: 'no_response_needed',
    klarnaEquivalent: null,
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    // Seed 000: Closed holds "enquiries that never escalated into a formal dispute".
    status: 'warning_closed',
    disputeType: 'enquiry',
    phase: 'closed',
    actionRequired: false,
    tab: 'closed',
    klarnaEquivalent: null,
    source: 'kustom.managing_disputes',
    effective: {},
  },
  {
    // "Evidence must be submitted to avoid automatic loss."
    status: 'open',
    disputeType: 'chargeback',
    phase: 'chargeback',
    actionRequired: true,
    tab: 'response_required',
    klarnaEquivalent: 'response required',
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    status: 'under_review',
    disputeType: 'chargeback',
    phase: 'chargeback',
    actionRequired: false,
    tab: 'under_review',
    klarnaEquivalent: null,
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    status: 'won',
    disputeType: 'chargeback',
    phase: 'closed',
    actionRequired: false,
    tab: 'closed',
    klarnaEquivalent: null,
    source: 'kustom.intro_disputes',
    effective: {},
  },
  {
    status: 'lost',
    disputeType: 'chargeback',
    phase: 'closed',
    actionRequired: false,
    tab: 'closed',
    klarnaEquivalent: null,
    source: 'kustom.intro_disputes',
    effective: {},
  },
];

/**
 * What we assume for a status we do not know (bad input, or a status Kustom adds later): the most
 * demanding one, so a deadline is never hidden; assessDispute reports the unknown status as a problem.
 */
export const UNKNOWN_STATUS_FALLBACK: Omit<StatusRow, 'status'> = {
  disputeType: 'chargeback',
  phase: 'chargeback',
  actionRequired: true,
  tab: 'response_required',
  klarnaEquivalent: null,
  source: 'dispute_radar.architecture',
  effective: {},
};

/**
 * The status an enquiry has in effect once it faces a chargeback's deadline (a Klarna unauthorized
 * purchase, a chargeback from the start; an enquiry whose escalation date is known): a chargeback
 * that needs a response, "open" in the seed's status table (seed 001, article 323647). Its advice
 * is that status's.
 */
export const ESCALATED_ENQUIRY_STATUS: DisputeStatus = 'open';

export interface OutcomeRow {
  outcome: Outcome;
  /** the status a case with this outcome has */
  status: Extract<DisputeStatus, 'won' | 'lost'>;
  /** what the customer got back of the disputed amount */
  customerRefunded: 'none' | 'partial' | 'full';
  /** the merchant agreed (accepted) rather than a provider ruling */
  merchantAccepted: boolean;
  tab: PortalTab;
  source: string;
  effective: Effective;
}

// Seed 000 "Dispute outcomes". Accepted and Partially won show no own status in the seed's status
// table; Stripe closes an accepted dispute as `lost` (research §1.1 close()), and a partial win is
// a ruling in the merchant's favour for the rest of the amount, so it sits under `won`.
export const OUTCOME_TABLE: readonly OutcomeRow[] = [
  { outcome: 'won', status: 'won', customerRefunded: 'none', merchantAccepted: false, tab: 'closed', source: 'kustom.managing_disputes', effective: {} },
  { outcome: 'partially_won', status: 'won', customerRefunded: 'partial', merchantAccepted: false, tab: 'closed', source: 'kustom.managing_disputes', effective: {} },
  { outcome: 'accepted', status: 'lost', customerRefunded: 'full', merchantAccepted: true, tab: 'closed', source: 'kustom.managing_disputes', effective: {} },
  { outcome: 'lost', status: 'lost', customerRefunded: 'full', merchantAccepted: false, tab: 'closed', source: 'kustom.managing_disputes', effective: {} },
];
