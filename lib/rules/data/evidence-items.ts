// Every evidence item the checklists can contain. The id is stable (a merchant's ticks are stored
// against it); its texts are `evidence.<id>.title|explanation|acceptance` in
// lib/i18n/messages/evidence.ts. `stripeField` is the field of Stripe's dispute evidence it goes into
// (Kustom runs disputes on Stripe, research §0.1), from the `stripe` SDK types (research §1.1).
// The source of an item is the checklist row that lists it (data/evidence-checklists.ts): the same
// item can be required by one document and merely recommended by another.

export interface EvidenceItemDef {
  stripeField?: string;
}

export const EVIDENCE_ITEMS = {
  // Seed 002: "evidence needs to include … the customer name, order reference, …" — every provider.
  'order.customer_name': { stripeField: 'customer_name' },
  'order.receipt': { stripeField: 'receipt' },
  // "proof that the goods or service were provided as described" (seed 002), for services.
  'order.service_proof': { stripeField: 'service_documentation' },
  // Payment records of the order: "Already paid" disputes (Klarna, Billie).
  'order.payment_records': { stripeField: 'uncategorized_file' },

  // Seed 002 best practice, proof of delivery for physical goods (= Klarna's POD checklist, research §3.5).
  'pod.delivery_date': { stripeField: 'shipping_documentation' },
  'pod.delivery_address': { stripeField: 'shipping_address' },
  'pod.recipient_name': { stripeField: 'shipping_documentation' },
  'pod.tracking_id': { stripeField: 'shipping_tracking_number' },
  // Seed 002 best practice, proof of delivery for digital goods.
  'pod.digital_delivery_record': { stripeField: 'access_activity_log' },
  'pod.digital_recipient_match': { stripeField: 'customer_email_address' },
  'pod.gift_card_value': { stripeField: 'receipt' },

  // Stripe's evidence fields for card disputes (research §1.4).
  'card.customer_email_address': { stripeField: 'customer_email_address' },
  'card.billing_address': { stripeField: 'billing_address' },
  'card.customer_purchase_ip': { stripeField: 'customer_purchase_ip' },
  'card.customer_signature': { stripeField: 'customer_signature' },
  'card.customer_communication': { stripeField: 'customer_communication' },
  'card.product_description': { stripeField: 'product_description' },
  'card.dispute_invalidation': { stripeField: 'uncategorized_text' },
  'card.refund_policy': { stripeField: 'refund_policy' },
  'card.refund_refusal_explanation': { stripeField: 'refund_refusal_explanation' },
  'card.cancellation_policy': { stripeField: 'cancellation_policy' },
  'card.cancellation_rebuttal': { stripeField: 'cancellation_rebuttal' },
  'card.duplicate_charge_id': { stripeField: 'duplicate_charge_id' },
  'card.duplicate_charge_documentation': { stripeField: 'duplicate_charge_documentation' },
  'card.duplicate_charge_explanation': { stripeField: 'duplicate_charge_explanation' },
  'card.shipping_documentation': { stripeField: 'shipping_documentation' },
  'card.shipping_date': { stripeField: 'shipping_date' },
  'card.shipping_carrier': { stripeField: 'shipping_carrier' },
  'card.shipping_tracking_number': { stripeField: 'shipping_tracking_number' },
  'card.shipping_address': { stripeField: 'shipping_address' },
  'card.access_activity_log': { stripeField: 'access_activity_log' },
  'card.service_date': { stripeField: 'service_date' },
  'card.service_documentation': { stripeField: 'service_documentation' },
  'card.cardholder_link': { stripeField: 'uncategorized_file' },
  'card.compliance_fee_acknowledgement': { stripeField: 'enhanced_evidence.visa_compliance.fee_acknowledged' },

  // Visa Compelling Evidence 3.0, Visa 10.4 only (research §1.5).
  'ce3.prior_transactions': {
    stripeField: 'enhanced_evidence.visa_compelling_evidence_3.prior_undisputed_transactions',
  },
  'ce3.matching_identifiers': { stripeField: 'enhanced_evidence.visa_compelling_evidence_3.disputed_transaction' },
  'ce3.disputed_transaction_description': {
    stripeField: 'enhanced_evidence.visa_compelling_evidence_3.disputed_transaction.product_description',
  },

  // Klarna (research §3.1 Stripe's table per Klarna reason, §3.5 Klarna's POD rules and MPP).
  'klarna.pod_attachment': { stripeField: 'shipping_documentation' },
  'klarna.shipping_info': { stripeField: 'shipping_carrier' },
  'klarna.customer_communication': { stripeField: 'customer_communication' },
  'klarna.return_evidence': { stripeField: 'uncategorized_file' },
  'klarna.refund_explanation': { stripeField: 'refund_refusal_explanation' },
  'klarna.invoice_documentation': { stripeField: 'shipping_documentation' },
  'klarna.faulty_goods_resolution': { stripeField: 'customer_communication' },
  'klarna.return_refund_status': { stripeField: 'uncategorized_text' },

  // Billie (seed 001 = Stripe's Billie list, research §4).
  'billie.tracking_and_shipping_date': { stripeField: 'shipping_tracking_number' },
  'billie.proof_of_delivery': { stripeField: 'shipping_documentation' },
  'billie.digital_purchase_proof': { stripeField: 'customer_purchase_ip' },
  'billie.purchase_proof': { stripeField: 'customer_signature' },
  'billie.refund_confirmation': { stripeField: 'uncategorized_file' },
  'billie.invoice_bank_details': { stripeField: 'uncategorized_file' },
} as const satisfies Record<string, EvidenceItemDef>;

export type EvidenceItemId = keyof typeof EVIDENCE_ITEMS;
