// Evidence checklists as data: which items a provider × reason category × goods type needs, and
// who says so. lib/rules/evidence.ts merges every row that applies into one list per combination.
//
// Required or recommended — the rule used for every row:
// - REQUIRED when the source makes the item a condition of winning: seed 002 ("To be accepted,
//   evidence needs to include … customer name, order reference, dates, delivery address, tracking
//   information, and proof that the goods or service were provided … If even one … is missing or
//   unclear, the dispute will typically be lost by default"), and its proof-of-delivery best
//   practice; Klarna's "main evidence" (a POD attachment) and its mandatory MPP 1.2 evidence for
//   faulty goods (research §3.5); the Visa CE 3.0 qualification conditions (research §1.5); the one
//   document Stripe names as the proof that overturns the category (research §1.4 "How to
//   overturn": e.g. the duplicate charge's documentation, the refund policy and why no refund is
//   due); the item of Billie's list that answers the Billie reason (seed 001).
// - RECOMMENDED for what the sources list as helpful but not decisive: Stripe's universal
//   "background" evidence, fields marked "Recommended", "suggested" fields that back up the main
//   proof, and items that apply only in some cases (gift cards, contactless delivery).
// An item listed by two rows keeps the stronger level and the source of the row that set it.
//
// 'unknown' stands for a reason no table maps to a category (normalizeReason → null): the provider's
// generic list — the seed-002 core plus each goods type's proof of fulfilment as recommended —
// because seed 002 names those as the evidence every dispute needs, whatever its reason.
import type { Effective, GoodsType, Network, Provider, ReasonCategory } from '../types';
import type { EvidenceItemId } from './evidence-items';

export type ChecklistCategory = ReasonCategory | 'unknown';

export interface ChecklistRow {
  /** stable id of the row, for tests and reviews */
  id: string;
  provider: Provider;
  categories: readonly ChecklistCategory[] | 'all';
  goods: readonly GoodsType[] | 'all';
  /** only in this variant (CHECKLIST_VARIANTS), e.g. Visa CE 3.0 */
  variant?: string;
  required?: readonly EvidenceItemId[];
  recommended?: readonly EvidenceItemId[];
  /** EVIDENCE_SOURCES id */
  source: string;
  /** empty: no dated change of this rule is known */
  effective: Effective;
}

/** A variant adds rows when the network and the provider's own reason code match. */
export interface ChecklistVariant {
  id: string;
  provider: Provider;
  network: Network;
  /** the provider's own reason codes, as the network writes them */
  reasonCodes: readonly string[];
  source: string;
  effective: Effective;
}

export const CHECKLIST_VARIANTS: readonly ChecklistVariant[] = [
  {
    // Visa Compelling Evidence 3.0 for 10.4 Other Fraud – Card-Absent Environment; rolled out
    // 2023-04-15 according to secondary sources (research §1.5).
    id: 'visa_ce3',
    provider: 'card',
    network: 'visa',
    reasonCodes: ['10.4'],
    source: 'stripe.visa_ce3',
    effective: { from: '2023-04-15T00:00:00Z' },
  },
];

const FRAUD_LIKE: readonly ChecklistCategory[] = ['fraudulent', 'unrecognized'];

export const CHECKLIST_ROWS: readonly ChecklistRow[] = [
  // ── Every provider: the links seed 002 says every piece of evidence needs ──────────────────────
  ...(['card', 'klarna', 'billie'] as const).map(
    (provider): ChecklistRow => ({
      id: `${provider}.core`,
      provider,
      categories: 'all',
      goods: 'all',
      required: ['order.customer_name', 'order.receipt'],
      source: 'kustom.dispute_evidence',
      effective: {},
    }),
  ),

  // ── Card (Stripe's categories, research §1.4) ─────────────────────────────────────────────────
  {
    id: 'card.background',
    provider: 'card',
    categories: 'all',
    goods: 'all',
    recommended: [
      'card.customer_email_address',
      'card.billing_address',
      'card.customer_purchase_ip',
      'card.customer_communication',
      'card.product_description',
      'card.dispute_invalidation',
    ],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    // A signature only exists where something was handed over or a service was performed.
    id: 'card.background.signature',
    provider: 'card',
    categories: 'all',
    goods: ['physical', 'service'],
    recommended: ['card.customer_signature'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.credit_not_processed.physical',
    provider: 'card',
    categories: ['credit_not_processed'],
    goods: ['physical'],
    required: ['card.refund_policy', 'card.refund_refusal_explanation'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.credit_not_processed.digital_service',
    provider: 'card',
    categories: ['credit_not_processed'],
    goods: ['digital', 'service'],
    required: ['card.refund_policy', 'card.refund_refusal_explanation'],
    recommended: ['card.cancellation_policy', 'card.cancellation_rebuttal'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.duplicate',
    provider: 'card',
    categories: ['duplicate'],
    goods: 'all',
    required: ['card.duplicate_charge_id', 'card.duplicate_charge_documentation', 'card.duplicate_charge_explanation'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.duplicate.physical',
    provider: 'card',
    categories: ['duplicate'],
    goods: ['physical'],
    recommended: ['card.shipping_documentation'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.duplicate.service',
    provider: 'card',
    categories: ['duplicate'],
    goods: ['service'],
    recommended: ['card.service_documentation'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    // Fraud, physical: the shipping address must match the AVS-verified billing address (Stripe).
    id: 'card.fraud.physical',
    provider: 'card',
    categories: FRAUD_LIKE,
    goods: ['physical'],
    required: [
      'card.shipping_address',
      'card.shipping_documentation',
      'card.shipping_tracking_number',
      'card.shipping_date',
    ],
    recommended: ['card.shipping_carrier', 'card.cardholder_link'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.fraud.digital',
    provider: 'card',
    categories: FRAUD_LIKE,
    goods: ['digital'],
    required: ['card.customer_purchase_ip', 'card.customer_email_address'],
    recommended: ['card.cardholder_link'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.fraud.service',
    provider: 'card',
    categories: FRAUD_LIKE,
    goods: ['service'],
    required: ['card.service_date', 'card.service_documentation'],
    recommended: ['card.cardholder_link'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.product_not_received.physical',
    provider: 'card',
    categories: ['product_not_received'],
    goods: ['physical'],
    required: [
      'card.shipping_address',
      'card.shipping_documentation',
      'card.shipping_tracking_number',
      'card.shipping_date',
    ],
    recommended: ['card.shipping_carrier'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.product_not_received.service',
    provider: 'card',
    categories: ['product_not_received'],
    goods: ['service'],
    required: ['card.service_date', 'card.service_documentation'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    // Seed 002's proof-of-delivery best practice, wherever the dispute turns on delivery.
    id: 'card.pod.physical',
    provider: 'card',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['physical'],
    required: ['pod.delivery_date', 'pod.recipient_name'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'card.pod.digital',
    provider: 'card',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['digital'],
    required: ['pod.digital_delivery_record', 'pod.digital_recipient_match'],
    recommended: ['pod.gift_card_value'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'card.product_unacceptable',
    provider: 'card',
    categories: ['product_unacceptable'],
    goods: 'all',
    required: ['card.product_description'],
    recommended: ['card.refund_policy'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.product_unacceptable.digital',
    provider: 'card',
    categories: ['product_unacceptable'],
    goods: ['digital'],
    recommended: ['card.access_activity_log'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.subscription_canceled',
    provider: 'card',
    categories: ['subscription_canceled'],
    goods: 'all',
    required: ['card.cancellation_policy', 'card.cancellation_rebuttal'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.subscription_canceled.service',
    provider: 'card',
    categories: ['subscription_canceled'],
    goods: ['service'],
    recommended: ['card.service_date', 'card.service_documentation'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    // Visa compliance disputes: contesting needs the fee acknowledged (Stripe: 500 USD, refunded if won).
    id: 'card.noncompliant',
    provider: 'card',
    categories: ['noncompliant'],
    goods: 'all',
    required: ['card.compliance_fee_acknowledgement'],
    source: 'stripe.dispute_categories',
    effective: {},
  },
  {
    id: 'card.unknown.physical',
    provider: 'card',
    categories: ['unknown'],
    goods: ['physical'],
    recommended: ['card.shipping_documentation', 'card.shipping_tracking_number'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'card.unknown.digital',
    provider: 'card',
    categories: ['unknown'],
    goods: ['digital'],
    recommended: ['pod.digital_delivery_record'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'card.unknown.service',
    provider: 'card',
    categories: ['unknown'],
    goods: ['service'],
    recommended: ['card.service_documentation'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    // Visa 10.4 with Compelling Evidence 3.0: the qualification conditions are all required.
    id: 'card.visa_ce3',
    provider: 'card',
    categories: ['fraudulent'],
    goods: 'all',
    variant: 'visa_ce3',
    required: ['ce3.prior_transactions', 'ce3.matching_identifiers', 'ce3.disputed_transaction_description'],
    source: 'stripe.visa_ce3',
    effective: { from: '2023-04-15T00:00:00Z' },
  },

  // ── Klarna (research §3.1 Stripe's table per Klarna reason; §3.5 Klarna's POD rules) ───────────
  {
    id: 'klarna.communication',
    provider: 'klarna',
    categories: 'all',
    goods: 'all',
    recommended: ['klarna.customer_communication'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    // Goods not received: "the main evidence is a valid POD as an attachment — a tracking link is
    // not sufficient"; Klarna requests shipping date, carrier and tracking number.
    id: 'klarna.product_not_received.physical',
    provider: 'klarna',
    categories: ['product_not_received'],
    goods: ['physical'],
    required: ['klarna.pod_attachment', 'klarna.shipping_info', 'pod.tracking_id'],
    source: 'klarna.merchant_evidence',
    effective: {},
  },
  {
    // Unauthorized purchase: Stripe's Klarna table asks for tracking, shipping address and shipping
    // documentation; shipping to a non-approved address loses (Klarna outcome codes, research §3.4).
    id: 'klarna.fraud.physical',
    provider: 'klarna',
    categories: FRAUD_LIKE,
    goods: ['physical'],
    required: ['klarna.pod_attachment', 'pod.tracking_id', 'pod.delivery_address'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    id: 'klarna.pod.physical',
    provider: 'klarna',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['physical'],
    required: ['pod.delivery_date', 'pod.delivery_address', 'pod.recipient_name'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'klarna.pod.digital',
    provider: 'klarna',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['digital'],
    required: ['pod.digital_delivery_record', 'pod.digital_recipient_match'],
    recommended: ['pod.gift_card_value'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'klarna.service_proof',
    provider: 'klarna',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['service'],
    required: ['order.service_proof'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    // Return: Stripe's Klarna table suggests a file and the refund refusal explanation; without
    // them there is nothing to set against the customer's claim.
    id: 'klarna.credit_not_processed',
    provider: 'klarna',
    categories: ['credit_not_processed'],
    goods: 'all',
    required: ['klarna.return_evidence', 'klarna.refund_explanation'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    id: 'klarna.duplicate',
    provider: 'klarna',
    categories: ['duplicate'],
    goods: 'all',
    required: ['order.payment_records'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    // Incorrect invoice, High risk order, Pandemic impact: Stripe's Klarna table suggests the
    // shipping documentation — what was ordered, shipped and invoiced.
    id: 'klarna.general',
    provider: 'klarna',
    categories: ['general'],
    goods: 'all',
    required: ['klarna.invoice_documentation'],
    source: 'stripe.klarna_disputes',
    effective: {},
  },
  {
    // Faulty goods are judged on MPP section 1.2; missing mandatory evidence → the customer wins.
    id: 'klarna.product_unacceptable',
    provider: 'klarna',
    categories: ['product_unacceptable'],
    goods: 'all',
    required: ['klarna.faulty_goods_resolution', 'klarna.return_refund_status'],
    source: 'klarna.disputes_evidence',
    effective: {},
  },
  {
    // Klarna has no reason for cancelled subscriptions or compliance cases: the generic list.
    id: 'klarna.unknown.physical',
    provider: 'klarna',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: ['physical'],
    recommended: ['klarna.pod_attachment', 'pod.tracking_id'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'klarna.unknown.digital',
    provider: 'klarna',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: ['digital'],
    recommended: ['pod.digital_delivery_record'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'klarna.unknown.service',
    provider: 'klarna',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: ['service'],
    recommended: ['order.service_proof'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },

  // ── Billie (seed 001 list; reasons per seed 001 "Common reasons for Billie disputes") ──────────
  {
    // Goods not received: tracking ID and shipping date, proof of delivery (seed 001), to the
    // POD standard of seed 002.
    id: 'billie.product_not_received.physical',
    provider: 'billie',
    categories: ['product_not_received'],
    goods: ['physical'],
    required: ['billie.tracking_and_shipping_date', 'billie.proof_of_delivery'],
    recommended: ['billie.purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // (an unauthorized order's too, as the card's and Klarna's: seed 001 has its challenge prove
    // "the order was fulfilled correctly", Billie's shipping policy the delivery info kept for it)
    id: 'billie.pod.physical',
    provider: 'billie',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['physical'],
    required: ['pod.delivery_date', 'pod.delivery_address', 'pod.recipient_name'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'billie.product_not_received.digital',
    provider: 'billie',
    categories: ['product_not_received'],
    goods: ['digital'],
    required: ['billie.digital_purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    id: 'billie.pod.digital',
    provider: 'billie',
    categories: ['product_not_received', ...FRAUD_LIKE],
    goods: ['digital'],
    required: ['pod.digital_delivery_record'],
    recommended: ['pod.digital_recipient_match', 'pod.gift_card_value'],
    source: 'kustom.dispute_evidence',
    effective: {},
  },
  {
    id: 'billie.product_not_received.service',
    provider: 'billie',
    categories: ['product_not_received'],
    goods: ['service'],
    required: ['billie.proof_of_delivery'],
    recommended: ['billie.purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // Returns: the refund confirmation, or what shows the return has not arrived.
    id: 'billie.credit_not_processed',
    provider: 'billie',
    categories: ['credit_not_processed'],
    goods: 'all',
    required: ['billie.refund_confirmation'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // Already paid (to Billie or to the merchant).
    id: 'billie.duplicate',
    provider: 'billie',
    categories: ['duplicate'],
    goods: 'all',
    required: ['order.payment_records'],
    recommended: ['billie.refund_confirmation'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // The Billie IBAN on the invoice shows where the buyer was told to pay (Billie capture docs).
    id: 'billie.duplicate.bank_details',
    provider: 'billie',
    categories: ['duplicate'],
    goods: 'all',
    recommended: ['billie.invoice_bank_details'],
    source: 'billie.capture',
    effective: {},
  },
  {
    // Incorrect invoice: what was delivered, against the invoice.
    id: 'billie.general',
    provider: 'billie',
    categories: ['general'],
    goods: 'all',
    required: ['billie.proof_of_delivery'],
    recommended: ['billie.tracking_and_shipping_date'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // Faulty goods: Billie protects against severe damage in shipment; show the goods arrived intact.
    id: 'billie.product_unacceptable',
    provider: 'billie',
    categories: ['product_unacceptable'],
    goods: 'all',
    required: ['billie.proof_of_delivery'],
    recommended: ['billie.refund_confirmation'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // Unauthorized order: proof the buyer's company placed it (phone number, signed receipt).
    id: 'billie.fraud.physical_service',
    provider: 'billie',
    categories: FRAUD_LIKE,
    goods: ['physical', 'service'],
    required: ['billie.purchase_proof', 'billie.proof_of_delivery'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    // Unauthorized order of goods: seed 001's "Relevant evidence includes: Tracking ID and shipping
    // date" (research §4, Billie's shipping policy: "tracking number, POD"); the delivery's own
    // details come with billie.pod.physical.
    id: 'billie.fraud.physical',
    provider: 'billie',
    categories: FRAUD_LIKE,
    goods: ['physical'],
    required: ['billie.tracking_and_shipping_date'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    id: 'billie.fraud.digital',
    provider: 'billie',
    categories: FRAUD_LIKE,
    goods: ['digital'],
    required: ['billie.digital_purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    id: 'billie.unknown',
    provider: 'billie',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: 'all',
    recommended: ['billie.proof_of_delivery', 'billie.refund_confirmation'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    id: 'billie.unknown.physical',
    provider: 'billie',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: ['physical'],
    recommended: ['billie.tracking_and_shipping_date', 'billie.purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    id: 'billie.unknown.digital',
    provider: 'billie',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: ['digital'],
    recommended: ['billie.digital_purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
  {
    id: 'billie.unknown.service',
    provider: 'billie',
    categories: ['unknown', 'subscription_canceled', 'noncompliant'],
    goods: ['service'],
    recommended: ['billie.purchase_proof'],
    source: 'kustom.billie_disputes',
    effective: {},
  },
];
