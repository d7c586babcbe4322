// The value sets of the contract's union types (types.ts), written once: tables, lookups and
// schemas iterate these instead of spelling the lists again.
import type { DisputeStatus, GoodsType, Network, Provider, ReasonCategory } from './types';

export const PROVIDERS = ['card', 'klarna', 'billie'] as const satisfies readonly Provider[];
export const NETWORKS = ['visa', 'mastercard', 'amex', 'discover', 'other'] as const satisfies readonly Network[];
/** The networks a reason text can name ("Visa 10.4"), as a regular expression's alternatives. */
export const NAMED_NETWORKS = /* @__PURE__ */ NETWORKS.filter((n) => n !== 'other').join('|');
export const DISPUTE_STATUSES = [
  'warning_needs_response',
  'warning_under_review',
  'warning_closed',
  'open',
  'under_review',
  'won',
  'lost',
] as const satisfies readonly DisputeStatus[];
export const REASON_CATEGORIES = [
  'credit_not_processed',
  'duplicate',
  'fraudulent',
  'general',
  'noncompliant',
  'product_not_received',
  'product_unacceptable',
  'subscription_canceled',
  'unrecognized',
] as const satisfies readonly ReasonCategory[];
export const GOODS_TYPES = ['physical', 'digital', 'service'] as const satisfies readonly GoodsType[];
