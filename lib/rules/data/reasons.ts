// Provider reasons → the nine reason categories (Stripe's dispute categories, research §1.3).
// Names are matched case-, space-, '_' and '-' insensitively, so one row covers a display name
// ("Goods not received"), an API slug ("goods_not_received") and a KRN slug ("goods-not-received").
// Card network codes are keyed by (network, code): the same code can mean different things on two
// networks (Mastercard 4863 = unrecognized, Discover 4863 = general).
import type { Effective, Network, Provider, ReasonCategory } from '../types';
import { REASON_CATEGORIES } from '../values';

export interface NamedReasonRow {
  providers: readonly Provider[];
  /** display names and API values of one reason */
  names: readonly string[];
  category: ReasonCategory;
  /**
   * Klarna: a return-related case, whose enquiry window counts from the customer's return-tracking
   * upload (article 463555).
   */
  returnRelated: boolean;
  source: string;
  effective: Effective;
}

const ALL: readonly Provider[] = ['card', 'klarna', 'billie'];
const any = {} satisfies Effective;

/**
 * The rows of one source for `providers`, each `[names, category, returnRelated]` (returnRelated:
 * false when left out); none of them has changed over time (effective: any). The source comes in
 * an object with the providers: its id leaves the content script's build there, as the rows' own
 * (modules/content-rule-sources.ts), which a bare argument's could not.
 */
const rows = (
  of: { providers: readonly Provider[]; source: string },
  reasons: readonly (readonly [names: readonly string[], category: ReasonCategory, returnRelated?: boolean])[],
): NamedReasonRow[] => reasons.map(([names, category, returnRelated = false]) => ({ providers: of.providers, names, category, returnRelated, source: of.source, effective: any }));

export const NAMED_REASONS: readonly NamedReasonRow[] = [
  // Our categories are Stripe's reason values; Stripe reports card, Klarna and Billie disputes with
  // them, so each one maps to itself for every provider (not a guess).
  ...rows({ providers: ALL, source: 'stripe.dispute_object' }, REASON_CATEGORIES.map((category) => [[category], category])),

  // Klarna display names → Stripe categories (Stripe's Klarna table, research §3.1). Stripe reports
  // Klarna's Return, and no other Klarna reason, as credit_not_processed: that slug on a Klarna
  // dispute is a return, whose enquiry counts from the return-tracking upload (article 463555).
  ...rows({ providers: ['klarna'], source: 'stripe.klarna_disputes' }, [
    [['Return', 'Returns', 'credit_not_processed'], 'credit_not_processed', true],
    [['Goods not received'], 'product_not_received'],
    [['Already paid'], 'duplicate'],
    [['Faulty goods'], 'product_unacceptable'],
    [['Incorrect invoice'], 'general'],
    [['High risk order', 'High-risk orders'], 'general'],
    [['Pandemic impact'], 'general'],
    [['Unauthorized purchase', 'Unauthorized purchases', 'Unauthorized'], 'fraudulent'],
  ]),
  // Klarna Disputes API v2 reason enum (research §3.2); the display-name rows above cover
  // goods_not_received, return, incorrect_invoice, already_paid, faulty_goods, pandemic_impact,
  // unauthorized_purchase, high_risk_order through the name matching.
  // Klarna v2.r5/v3 dispute_reason values (research §3.3).
  ...rows({ providers: ['klarna'], source: 'klarna.disputes_api_v3' }, [
    [['PRODUCTS_NOT_RECEIVED'], 'product_not_received'],
    [['RETURN_NOT_REFUNDED'], 'credit_not_processed', true],
  ]),
  // Klarna v4 (FRAMEWORK_2026) reason names (research §3.4, §7). The category of each follows the
  // v1/v2 reason it replaces, as in Stripe's Klarna table: unauthorized → fraudulent; the return and
  // refund reasons → credit_not_processed (Stripe's "Return" covers "return requested" and "return
  // done, no refund"); not received → product_not_received; defective → product_unacceptable;
  // incorrect amount → general (like "Incorrect invoice").
  ...rows({ providers: ['klarna'], source: 'klarna.disputes_reasons_v4' }, [
    [['Purchase Unauthorized'], 'fraudulent'],
    [['Return not possible'], 'credit_not_processed'],
    [['Refund not processed'], 'credit_not_processed', true],
    [['Products or services not received'], 'product_not_received'],
    [['Products defective or not as described'], 'product_unacceptable'],
    [['Incorrect amount'], 'general'],
  ]),

  // Billie reasons (seed 001 / article 395540). Billie publishes no category mapping; Stripe maps
  // the same Klarna reasons as above, and the Billie names mean the same things (the seed's own
  // glosses: "Already paid – to Billie or directly to you", "Unauthorized order – not approved by
  // the buyer's company").
  ...rows({ providers: ['billie'], source: 'kustom.billie_disputes' }, [
    [['Goods not received'], 'product_not_received'],
    [['Return', 'Returns'], 'credit_not_processed'],
    [['Incorrect invoice'], 'general'],
    [['Faulty goods'], 'product_unacceptable'],
    [['Already paid'], 'duplicate'],
    [['Unauthorized order'], 'fraudulent'],
  ]),
  // Billie's own policy names for the same scenarios (research §4).
  ...rows({ providers: ['billie'], source: 'billie.shipping_policy' }, [
    [['Item not received'], 'product_not_received'],
    [['Unauthorized transaction'], 'fraudulent'],
  ]),
];

export interface NetworkCodeRow {
  network: Exclude<Network, 'other'>;
  category: ReasonCategory;
  codes: readonly string[];
  source: string;
  effective: Effective;
}

// Stripe's categories page (copy 2026-05-09), research §1.3, transcribed column by column.
const S = 'stripe.dispute_categories';
export const NETWORK_CODES: readonly NetworkCodeRow[] = [
  // Visa
  { network: 'visa', category: 'credit_not_processed', codes: ['13.6', '13.7'], source: S, effective: any },
  { network: 'visa', category: 'duplicate', codes: ['12.6.1', '12.6.2'], source: S, effective: any },
  { network: 'visa', category: 'fraudulent', codes: ['33', '10.1', '10.2', '10.3', '10.4', '10.5'], source: S, effective: any },
  { network: 'visa', category: 'general', codes: ['28', '30', '34', '11.1', '11.2', '11.3', '12.1', '12.2', '12.3', '12.4', '12.5', '12.7', '13.8'], source: S, effective: any },
  { network: 'visa', category: 'product_not_received', codes: ['13.1', '13.9'], source: S, effective: any },
  { network: 'visa', category: 'product_unacceptable', codes: ['13.3', '13.4', '13.5'], source: S, effective: any },
  { network: 'visa', category: 'subscription_canceled', codes: ['13.2'], source: S, effective: any },
  { network: 'visa', category: 'noncompliant', codes: ['C028', 'C030', 'C031', 'C034', 'C035', 'C036', 'C038', 'C045', 'C048', 'C050', 'C071', 'C081', 'C0135'], source: S, effective: any },
  // Mastercard
  { network: 'mastercard', category: 'credit_not_processed', codes: ['4860'], source: S, effective: any },
  { network: 'mastercard', category: 'duplicate', codes: ['4834'], source: S, effective: any },
  { network: 'mastercard', category: 'fraudulent', codes: ['6341', '4837', '4849', '4870', '4871'], source: S, effective: any },
  { network: 'mastercard', category: 'general', codes: ['6305', '6322', '6323', '6342', '6343', '6390', '4808', '4807', '4812', '4859', '4831', '4842', '4846', '4901', '4902', '4903', '4904', '4905', '4906', '4907', '4908'], source: S, effective: any },
  { network: 'mastercard', category: 'product_not_received', codes: ['4855'], source: S, effective: any },
  { network: 'mastercard', category: 'product_unacceptable', codes: ['4853'], source: S, effective: any },
  { network: 'mastercard', category: 'subscription_canceled', codes: ['4841'], source: S, effective: any },
  { network: 'mastercard', category: 'unrecognized', codes: ['6321', '4863'], source: S, effective: any },
  // American Express
  { network: 'amex', category: 'credit_not_processed', codes: ['A01', 'C02', 'C04', 'C05', 'C18', 'P03', 'P05', '061', '062', '154', '158', '170', '175', '680'], source: S, effective: any },
  { network: 'amex', category: 'duplicate', codes: ['C14', 'P08', '173', '684'], source: S, effective: any },
  { network: 'amex', category: 'fraudulent', codes: ['F10', 'F24', 'F29', 'F30', 'F31', 'FR2', 'FR4', 'FR5', 'FR6', '177', '193'], source: S, effective: any },
  { network: 'amex', category: 'general', codes: ['A02', 'A08', 'M10', 'R03', 'R13', 'M01', 'P01', 'P04', 'P07', 'P22', 'P23', 'M04', 'M11', 'M36', 'M38', 'M39', 'M42', 'S01', 'S02', 'S03', 'S04', 'OP1', '147', '169', '693'], source: S, effective: any },
  { network: 'amex', category: 'product_not_received', codes: ['C08', '004', '155'], source: S, effective: any },
  { network: 'amex', category: 'product_unacceptable', codes: ['C31', 'C32', '024', '059', '063'], source: S, effective: any },
  { network: 'amex', category: 'subscription_canceled', codes: ['C28', '021'], source: S, effective: any },
  { network: 'amex', category: 'unrecognized', codes: ['127', '176', '691'], source: S, effective: any },
  // Discover
  { network: 'discover', category: 'credit_not_processed', codes: ['8002'], source: S, effective: any },
  { network: 'discover', category: 'duplicate', codes: ['4534', '4865'], source: S, effective: any },
  { network: 'discover', category: 'fraudulent', codes: ['6041', '4866', '4867', '7010', '7030'], source: S, effective: any },
  { network: 'discover', category: 'general', codes: ['6021', '6005', '6040', '4542', '4550', '4553', '4586', '4752', '4753', '4757', '4762', '4863', '6050'], source: S, effective: any },
  { network: 'discover', category: 'product_not_received', codes: ['4755', '4864'], source: S, effective: any },
  { network: 'discover', category: 'subscription_canceled', codes: ['4541'], source: S, effective: any },
];
