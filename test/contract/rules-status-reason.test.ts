// Outside-tester contract tests: lib/rules statusInfo and normalizeReason, written from the design
// documents only (see PROMISES.md). Each table row cites the sentence it checks.
import { describe, expect, it } from 'vitest';
import * as rules from '../../lib/rules/index';
import { normalizeReason, statusInfo } from '../../lib/rules/index';
import type { DisputeStatus, Network, Provider, ReasonCategory } from '../../lib/rules/index';

describe('lib/rules/index.ts exports the public functions', () => {
  // architecture.md: "Tests that are not part of the project import them from `lib/rules/index.ts`"
  it.each(['statusInfo', 'normalizeReason', 'disputeFee', 'deadlines', 'assessDispute'])('%s is a function', (name) => {
    expect(typeof (rules as Record<string, unknown>)[name]).toBe('function');
  });
});

describe('statusInfo: phase and actionRequired', () => {
  // seed 001 status table: "warning_needs_response | Enquiry", "warning_under_review | Enquiry",
  // "open | Chargeback | The dispute is open and requires action", "under_review | Chargeback",
  // "lost | Chargeback | The dispute is closed", "won | … closed"; seed 001 "Summary of statuses":
  // warning_needs_response "no immediate action, monitor", open "must respond to the dispute";
  // seed 000 "Closed: … enquiries that never escalated into a formal dispute" (warning_closed is closed).
  it.each<[DisputeStatus, 'enquiry' | 'chargeback' | 'closed', boolean]>([
    ['warning_needs_response', 'enquiry', false],
    ['warning_under_review', 'enquiry', false],
    ['warning_closed', 'closed', false],
    ['open', 'chargeback', true],
    ['under_review', 'chargeback', false],
    ['won', 'closed', false],
    ['lost', 'closed', false],
  ])('%s → phase %s, actionRequired %s', (status, phase, actionRequired) => {
    expect(statusInfo(status)).toEqual(expect.objectContaining({ phase, actionRequired }));
  });
});

describe('normalizeReason', () => {
  // dispute-rules-facts.md §3.1: "Return→credit_not_processed …, Goods not received→product_not_received,
  // Already paid→duplicate, Faulty goods→product_unacceptable, Incorrect invoice / High risk order / Pandemic
  // impact→general, Unauthorized purchase→fraudulent."
  it.each<[string, ReasonCategory]>([
    ['Return', 'credit_not_processed'],
    ['Goods not received', 'product_not_received'],
    ['Already paid', 'duplicate'],
    ['Faulty goods', 'product_unacceptable'],
    ['Incorrect invoice', 'general'],
    ['High risk order', 'general'],
    ['Unauthorized purchase', 'fraudulent'],
  ])('klarna %j → %s', (reason, category) => {
    expect(normalizeReason('klarna', reason)).toBe(category);
  });

  // portal-vocabulary.md "Reasons": "Shown in English in every locale, or as slugs";
  // facts §3.2 v2 reason enum: goods_not_received, return, incorrect_invoice, already_paid, faulty_goods,
  // unauthorized_purchase, high_risk_order.
  it.each<[string, ReasonCategory]>([
    ['return', 'credit_not_processed'],
    ['goods_not_received', 'product_not_received'],
    ['already_paid', 'duplicate'],
    ['faulty_goods', 'product_unacceptable'],
    ['incorrect_invoice', 'general'],
    ['unauthorized_purchase', 'fraudulent'],
  ])('klarna slug %j → %s', (reason, category) => {
    expect(normalizeReason('klarna', reason)).toBe(category);
  });

  // facts §7: "v4 names: Purchase Unauthorized, Return not possible, Refund not processed, Products or services not
  // received, Products defective or not as described, Incorrect amount" (the same meanings as the older names),
  // and the v2.r5/v3 upper-case slugs (§3.3 "PRODUCTS_NOT_RECEIVED", "RETURN_NOT_REFUNDED"; §3.4 "REFUND_NOT_PROCESSED").
  it.each<[string, ReasonCategory]>([
    ['Purchase Unauthorized', 'fraudulent'],
    ['Return not possible', 'credit_not_processed'],
    ['Refund not processed', 'credit_not_processed'],
    ['Products or services not received', 'product_not_received'],
    ['Products defective or not as described', 'product_unacceptable'],
    ['Incorrect amount', 'general'],
    ['Pandemic impact', 'general'],
    ['PRODUCTS_NOT_RECEIVED', 'product_not_received'],
    ['RETURN_NOT_REFUNDED', 'credit_not_processed'],
    ['REFUND_NOT_PROCESSED', 'credit_not_processed'],
  ])('klarna later names %j → %s', (reason, category) => {
    expect(normalizeReason('klarna', reason)).toBe(category);
  });

  // seed 001 Billie: "Goods not received – The order wasn't delivered", "Returns – The buyer returned …",
  // "Incorrect invoice", "Faulty goods", "Already paid – … already paid", "Unauthorized order – The order
  // wasn't approved by the buyer's company" — same meanings as the Klarna reasons of the same name (facts §7).
  it.each<[string, ReasonCategory]>([
    ['Goods not received', 'product_not_received'],
    ['Returns', 'credit_not_processed'],
    ['Incorrect invoice', 'general'],
    ['Faulty goods', 'product_unacceptable'],
    ['Already paid', 'duplicate'],
    ['Unauthorized order', 'fraudulent'],
  ])('billie %j → %s', (reason, category) => {
    expect(normalizeReason('billie', reason)).toBe(category);
  });

  // portal-vocabulary.md "Card: the Stripe categories (Fraudulent, Product not received, …)" — as labels or slugs.
  it.each<[string, ReasonCategory]>([
    ['Fraudulent', 'fraudulent'],
    ['Product not received', 'product_not_received'],
    ['Product unacceptable', 'product_unacceptable'],
    ['Subscription canceled', 'subscription_canceled'],
    ['Credit not processed', 'credit_not_processed'],
    ['Duplicate', 'duplicate'],
    ['Unrecognized', 'unrecognized'],
    ['General', 'general'],
    ['Noncompliant', 'noncompliant'],
    ['fraudulent', 'fraudulent'],
    ['product_not_received', 'product_not_received'],
    ['subscription_canceled', 'subscription_canceled'],
  ])('card %j → %s', (reason, category) => {
    expect(normalizeReason('card', reason)).toBe(category);
  });

  // facts §1.3 table (Stripe categories ↔ network reason codes); §6: "key network codes by (network, code)"
  // and "4863 is Mastercard and Discover" (Mastercard: unrecognized; Discover: general).
  it.each<[Network, string, ReasonCategory]>([
    ['visa', '13.1', 'product_not_received'],
    ['visa', '10.4', 'fraudulent'],
    ['visa', '12.6.1', 'duplicate'],
    ['visa', '12.6.2', 'duplicate'],
    ['visa', '13.2', 'subscription_canceled'],
    ['visa', '13.3', 'product_unacceptable'],
    ['visa', '13.6', 'credit_not_processed'],
    ['visa', '13.7', 'credit_not_processed'],
    ['visa', '12.5', 'general'],
    ['mastercard', '4855', 'product_not_received'],
    ['mastercard', '4837', 'fraudulent'],
    ['mastercard', '4853', 'product_unacceptable'],
    ['mastercard', '4860', 'credit_not_processed'],
    ['mastercard', '4841', 'subscription_canceled'],
    ['mastercard', '4834', 'duplicate'],
    ['mastercard', '4863', 'unrecognized'],
    ['discover', '4863', 'general'],
    ['discover', '4755', 'product_not_received'],
    ['discover', '4541', 'subscription_canceled'],
    ['amex', 'C08', 'product_not_received'],
    ['amex', 'F29', 'fraudulent'],
    ['amex', 'C28', 'subscription_canceled'],
    ['amex', 'C14', 'duplicate'],
    ['amex', 'C31', 'product_unacceptable'],
    ['amex', 'C02', 'credit_not_processed'],
  ])('card %s code %j → %s', (network, code, category) => {
    expect(normalizeReason('card', code, network)).toBe(category);
  });

  // architecture.md: normalizeReason(...): ReasonCategory | null — no reason or an unknown one is null.
  it.each<[Provider, string | undefined]>([
    ['klarna', undefined],
    ['card', undefined],
    ['billie', undefined],
    ['klarna', 'Something the docs never mention'],
    ['card', 'zz-not-a-reason'],
    // facts §6: "4863 is Mastercard and Discover … dispatch by code alone is ambiguous; key by (network, code)"
    ['card', '4863'],
  ])('%s %j → null', (provider, reason) => {
    expect(normalizeReason(provider, reason)).toBeNull();
  });
});
