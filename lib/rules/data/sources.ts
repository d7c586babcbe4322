// The documents the rule tables (statuses, reasons, deadlines, fees, EEA, timeline) are taken from.
// Every row of lib/rules/data/*.ts names one of these ids in `source`; test/rules/sources.test.ts
// checks that each id exists. Seeds are the Kustom help articles in ../shared/seeds/; the rest is
// cited in ../shared/research/dispute-rules-facts.md (section noted in the title).
//
// `SOURCES` is the union with the evidence/advice sources (data/evidence-sources.ts, owned by the
// evidence checklist). Ids shared by both files name the same document (the test checks the URLs).
import type { Source } from '../types';
import { EVIDENCE_SOURCES } from './evidence-sources';

export const RULE_SOURCES: Record<string, Source> = {
  'kustom.managing_disputes': {
    id: 'kustom.managing_disputes',
    title: 'Kustom: Managing disputes in Kustom Portal (seed 000, article 586679)',
    url: 'https://help.kustom.co/en/articles/586679-managing-disputes-in-kustom-portal',
    note: 'Tabs Response required / Under review / Does not need response / Closed / All; outcomes Won, Partially won, Accepted, Lost; ask the customer to withdraw before Open status (35 days post-creation).',
  },
  'kustom.intro_disputes': {
    id: 'kustom.intro_disputes',
    title: 'Kustom: Introduction to Disputes (seed 001, article 323647)',
    url: 'https://help.kustom.co/en/articles/323647-introduction-to-disputes',
    note: 'Status table (type, description, Klarna equivalent); card 7–21 days, 2–3 months to decision; card and Klarna fee tables by buyer country (card: "non-refundable even if you win"); Klarna enquiry 21 days, chargeback response 13 days; fraud escalates immediately; Billie reasons, 12 calendar days.',
  },
  'kustom.kustom_vs_klarna': {
    id: 'kustom.kustom_vs_klarna',
    title: 'Kustom: How do disputes work in Kustom compared to Klarna (seed 001, article 395541)',
    url: 'https://help.kustom.co/en/articles/395541-how-do-disputes-work-in-kustom-compared-to-klarna',
    note: 'warning_needs_response = Klarna "no response required" (monitor); open = "response required" (must respond). Klarna fee only if lost after escalation.',
  },
  'kustom.billie_disputes': {
    id: 'kustom.billie_disputes',
    title: 'Kustom: Billie disputes (seed 001, article 395540)',
    url: 'https://help.kustom.co/en/articles/395540-billie-disputes',
    note: 'Reasons: Goods not received, Returns, Incorrect invoice, Faulty goods, Already paid, Unauthorized order. Respond within 12 calendar days. No fee published.',
  },
  'kustom.dispute_handling_improvements': {
    id: 'kustom.dispute_handling_improvements',
    title: 'Kustom: Dispute handling improvements at Kustom (article 463555; research §0.2, §5.2)',
    url: 'https://help.kustom.co/en/articles/463555-dispute-handling-improvements-at-kustom',
    note: 'As of 8 Aug 2025: Klarna enquiry 21 → 35 days; return cases count from the return-tracking upload, others from the report; after day 35 a formal dispute with 14 days to respond.',
  },
  'kustom.card_disputes': {
    id: 'kustom.card_disputes',
    title: 'Kustom: Card disputes (seed 001, article 395539; research §5.2)',
    url: 'https://help.kustom.co/en/articles/395539-card-disputes',
    note: 'Current version: card fee table excluding VAT, without the seed rows for Bulgaria (BGN 30) and Hungary (HUF 5250); usually 7–21 days to respond; 2–3 months to a decision.',
  },
  'kustom.dispute_fee': {
    id: 'kustom.dispute_fee',
    title: 'Kustom: Dispute fee (article 483942; research §0.2, §5.2)',
    url: 'https://help.kustom.co/en/articles/483942-dispute-fee',
    note: 'Disputes opened from 12:48 CET on 2 Dec 2025: fee only when closed as lost. Earlier disputes: fee charged on open and reimbursed on a win — contradicting seed 001 ("non-refundable even if you win").',
  },
  'stripe.dispute_categories': {
    id: 'stripe.dispute_categories',
    title: 'Stripe: Dispute categories — network reason codes per category (research §1.3)',
    url: 'https://docs.stripe.com/disputes/categories',
    note: 'Copy dated 2026-05-09: Visa, Mastercard, Amex, Discover and Klarna reasons mapped to Stripe categories.',
  },
  'stripe.dispute_object': {
    id: 'stripe.dispute_object',
    title: 'Stripe API: the Dispute object — reason and status enums (research §1.1)',
    url: 'https://docs.stripe.com/api/disputes/object',
    note: 'reason enum incl. the nine card categories; status enum; Kustom status names are Stripe\'s.',
  },
  'stripe.how_disputes_work': {
    id: 'stripe.how_disputes_work',
    title: 'Stripe: How disputes work (research §1.1, §1.2)',
    url: 'https://docs.stripe.com/disputes/how-disputes-work',
    note: 'Inquiry statuses; issuer decides in usually 60–75 days; full lifecycle 2–3 months.',
  },
  'stripe.responding': {
    id: 'stripe.responding',
    title: 'Stripe: Respond to disputes (research §1.2)',
    url: 'https://docs.stripe.com/disputes/responding',
    note: 'Response window usually 7 to 21 days depending on the card network; missing it is an automatic loss.',
  },
  'stripe.klarna_disputes': {
    id: 'stripe.klarna_disputes',
    title: 'Stripe: Klarna disputes (research §3.1)',
    url: 'https://docs.stripe.com/payments/klarna/disputes',
    note: 'Klarna reason → Stripe category; fraud (Unauthorized purchase) escalates immediately; 12 calendar days from escalation to respond, 5 days for fraud (copy 2026-05-06).',
  },
  'stripe.klarna_fees_2023': {
    id: 'stripe.klarna_fees_2023',
    title: 'Stripe: Klarna fees and dispute automation from 15 Nov 2023 (research §3.1)',
    url: 'https://support.stripe.com/questions/klarna-fees-and-dispute-automation-will-be-introduced-starting-november-15-2023',
    note: 'Klarna dispute fee by buyer country, identical to the Kustom seed table (Kustom adds BG, HU, RO).',
  },
  'klarna.disputes_api_v2': {
    id: 'klarna.disputes_api_v2',
    title: 'Klarna Disputes API v2 — reason enum (research §3.2)',
    url: 'https://docs.klarna.com/api/disputes-api/disputes-api_2.0.0/',
    note: 'reason ∈ goods_not_received, return, incorrect_invoice, already_paid, faulty_goods, pandemic_impact, unauthorized_purchase, high_risk_order; first request 14 days, Unauthorized purchases 7 days.',
  },
  'klarna.disputes_api_v3': {
    id: 'klarna.disputes_api_v3',
    title: 'Klarna Disputes API v2.r5 / v3 — dispute_reason values (research §3.3)',
    url: 'https://docs.klarna.com/api/disputes-api/disputes-api-3.0.0/',
    note: 'Examples PRODUCTS_NOT_RECEIVED (krn …:products-not-received) and RETURN_NOT_REFUNDED.',
  },
  'klarna.disputes_reasons_v4': {
    id: 'klarna.disputes_reasons_v4',
    title: 'Klarna Network Distribution: dispute reasons (FRAMEWORK_2026) (research §3.4, §7)',
    url: 'https://docs.klarna.com/klarna-network-distribution/after-payments/disputes/disputes-reasons',
    note: 'Purchase Unauthorized, Return not possible, Refund not processed, Products or services not received, Products defective or not as described, Incorrect amount. Mapping to categories is ours (research §7, [I]).',
  },
  'billie.shipping_policy': {
    id: 'billie.shipping_policy',
    title: 'Billie Shipping Policy — protection scenarios (research §4)',
    url: 'https://docs.billie.io/docs/billing-shipping-policy',
    note: 'Item not received; Faulty goods; Return; Unauthorized transaction.',
  },
  'eu.countries': {
    id: 'eu.countries',
    title: 'European Union: EU countries (the 27 member states)',
    url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  },
  'efta.eea': {
    id: 'efta.eea',
    title: 'EFTA: The EEA Agreement (EU member states plus Iceland, Liechtenstein and Norway)',
    url: 'https://www.efta.int/eea/eea-agreement',
  },
  'eu.tfeu': {
    id: 'eu.tfeu',
    title: 'Treaty on the Functioning of the European Union, arts. 349 and 355: the outermost regions and the Åland Islands are part of the EU; the overseas countries and territories are not',
    url: 'https://eur-lex.europa.eu/eli/treaty/tfeu_2012/oj',
    note: 'Outermost regions (art. 349): Guadeloupe, French Guiana, Martinique, Mayotte, Réunion, Saint-Martin, the Azores, Madeira, the Canary Islands. Åland: art. 355(4). Ceuta and Melilla are Spanish territory in the EU (Act of Accession of Spain, 1985). ISO 3166-1 codes: GP, GF, MQ, YT, RE, MF, AX; IC and EA exceptionally reserved.',
  },
  'ecb.bulgaria_euro': {
    id: 'ecb.bulgaria_euro',
    title: 'ECB: Bulgaria — euro changeover on 1 January 2026 (Council decision of 8 July 2025; fixed rate 1.95583 BGN per EUR)',
    url: 'https://www.ecb.europa.eu/euro/changeover/bulgaria/html/index.en.html',
    note: 'The lev ceased to be Bulgaria\'s currency on 2026-01-01; fee rows in BGN cannot apply from then.',
  },
  'iso.3166_reserved_uk': {
    id: 'iso.3166_reserved_uk',
    title: 'ISO 3166-1: "UK" is exceptionally reserved for the United Kingdom (officially GB)',
    url: 'https://www.iso.org/obp/ui/#iso:code:3166:GB',
  },
  'dispute_radar.architecture': {
    id: 'dispute_radar.architecture',
    title: 'Dispute Radar: product and architecture brief, and issue 2 (urgency thresholds, deadline semantics)',
    url: 'shared/design/architecture.md',
    note: 'Urgency: overdue, critical (< 24 h), soon (< 72 h), ok, none; portal dueBy wins; calendar days in the merchant\'s zone.',
  },
};

/** Every source a rule, evidence item or advice row may name. */
export const SOURCES: Record<string, Source> = { ...EVIDENCE_SOURCES, ...RULE_SOURCES };
