// The documents the evidence checklists and the advice are taken from. Every row of
// data/evidence-*.ts and data/advice-*.ts names one of these ids; test/rules/evidence.test.ts and
// test/rules/advice.test.ts check that each id exists. Seeds are the Kustom help articles in
// ../shared/seeds/; the rest is cited in ../shared/research/dispute-rules-facts.md (section noted).
import type { Source } from '../types';

export const EVIDENCE_SOURCES: Record<string, Source> = {
  'kustom.managing_disputes': {
    id: 'kustom.managing_disputes',
    title: 'Kustom: Managing disputes in Kustom Portal (seed 000, article 586679)',
    url: 'https://help.kustom.co/en/articles/586679-managing-disputes-in-kustom-portal',
    note: 'Refunds blocked while a response is required; accept = full refund; partial refunds via counter dispute; ask the customer to withdraw before Open; no accepting after responding.',
  },
  'kustom.intro_disputes': {
    id: 'kustom.intro_disputes',
    title: 'Kustom: Introduction to Disputes (seed 001, article 323647)',
    url: 'https://help.kustom.co/en/articles/323647-introduction-to-disputes',
    note: 'One response only; missed deadline = automatic loss; outcomes final, no appeal; "Return" often a refund request; card decisions take 2–3 months.',
  },
  'kustom.kustom_vs_klarna': {
    id: 'kustom.kustom_vs_klarna',
    title: 'Kustom: How do disputes work in Kustom compared to Klarna (seed 001, article 395541)',
    url: 'https://help.kustom.co/en/articles/395541-how-do-disputes-work-in-kustom-compared-to-klarna',
    note: 'Return registered before escalation closes the case; registered after escalation = lost + fee.',
  },
  'kustom.billie_disputes': {
    id: 'kustom.billie_disputes',
    title: 'Kustom: Billie disputes (seed 001, article 395540)',
    url: 'https://help.kustom.co/en/articles/395540-billie-disputes',
    note: 'Evidence: tracking ID and shipping date; POD or service confirmation; purchase proof (IP/email receipt for digital, phone number/signed receipt otherwise); refund confirmation.',
  },
  'kustom.dispute_evidence': {
    id: 'kustom.dispute_evidence',
    title: 'Kustom: Dispute evidence (seed 002, article 431156)',
    url: 'https://help.kustom.co/en/articles/431156-dispute-evidence',
    note: 'Evidence must include customer name, order reference, dates, delivery address, tracking and proof of fulfilment; if one is missing the dispute is typically lost. POD best practice for physical and digital goods.',
  },
  'kustom.dispute_handling_improvements': {
    id: 'kustom.dispute_handling_improvements',
    title: 'Kustom: Dispute handling improvements at Kustom (article 463555; research §0.2, §5.2)',
    url: 'https://help.kustom.co/en/articles/463555-dispute-handling-improvements-at-kustom',
    note: 'From 2025-08-08: Klarna enquiry 35 days, then 14 days to respond.',
  },
  'kustom.card_disputes': {
    id: 'kustom.card_disputes',
    title: 'Kustom: Card disputes (seed 001, article 395539)',
    url: 'https://help.kustom.co/en/articles/395539-card-disputes',
    note: 'Usually 7–21 days to respond, depending on the card network.',
  },
  'kustom.dispute_fee': {
    id: 'kustom.dispute_fee',
    title: 'Kustom: Dispute fee (article 483942; research §0.2)',
    url: 'https://help.kustom.co/en/articles/483942-dispute-fee',
    note: 'Disputes opened from 2025-12-02 12:48 CET: fee only if lost. Earlier: charged on open, reimbursed on win.',
  },
  'stripe.dispute_categories': {
    id: 'stripe.dispute_categories',
    title: 'Stripe: Dispute categories (research §1.4)',
    url: 'https://docs.stripe.com/disputes/categories',
    note: 'Recommended evidence per category and product type; Visa 10.5 has no recourse.',
  },
  'stripe.responding': {
    id: 'stripe.responding',
    title: 'Stripe: Respond to disputes (research §1.1, §1.2)',
    url: 'https://docs.stripe.com/disputes/responding',
    note: 'One submission; combined files ≤ 4.5 MB, Mastercard ≤ 19 pages; banks do not follow links.',
  },
  'stripe.how_disputes_work': {
    id: 'stripe.how_disputes_work',
    title: 'Stripe: How disputes work (research §1.1)',
    url: 'https://docs.stripe.com/disputes/how-disputes-work',
    note: 'Inquiries: failing to answer can escalate to an unwinnable chargeback; an escalated inquiry needs another response.',
  },
  'stripe.visa_ce3': {
    id: 'stripe.visa_ce3',
    title: 'Stripe: How does Stripe support Visa Compelling Evidence 3.0 (research §1.5)',
    url: 'https://support.stripe.com/questions/how-does-stripe-support-visa-compelling-evidence-3-0',
    note: 'Visa 10.4: two prior undisputed transactions, same credential, 120–365 days before the disputed one. Matching rule (2 of 4 elements, one of them IP or device ID) is from secondary sources citing Visa.',
  },
  'stripe.klarna_disputes': {
    id: 'stripe.klarna_disputes',
    title: 'Stripe: Klarna disputes (research §3.1)',
    url: 'https://docs.stripe.com/payments/klarna/disputes',
    note: 'No evidence during the inquiry; suggested evidence fields per Klarna reason; refunds impossible after escalation.',
  },
  'klarna.merchant_evidence': {
    id: 'klarna.merchant_evidence',
    title: 'Klarna: Merchant evidence gathering (research §3.5)',
    url: 'https://docs.klarna.com/payments/after-payments/disputes/evidence-gathering/merchant-evidence-gathering',
    note: 'Shipping date, carrier, tracking number; POD with delivery time, address and receiver as an attachment — a tracking link is not sufficient.',
  },
  'klarna.disputes_evidence': {
    id: 'klarna.disputes_evidence',
    title: 'Klarna: Disputes evidence, Merchant Protection Program sections 1.1–1.3 (research §3.5)',
    url: 'https://docs.klarna.com/payments/after-payments/disputes/disputes-management-v4/disputes-evidence/',
    note: 'POD must meet MPP 1.1 or 1.3 and be linked to tracking/order ID; faulty goods judged on MPP 1.2 (reasonable solution, prepaid return where applicable, timely).',
  },
  'billie.capture': {
    id: 'billie.capture',
    title: 'Billie: Confirm shipping and capture the invoice amount (research §4)',
    url: 'https://docs.billie.io/docs/confirm-shipping-and-capture-the-invoice-amount',
    note: 'Print the Billie IBAN on the invoice so the buyer does not pay the merchant directly.',
  },
};
