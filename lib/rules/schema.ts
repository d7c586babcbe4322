// zod schemas for the facts that cross a boundary (page → content script → background → storage).
import { z } from 'zod';

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date');

export const providerSchema = z.enum(['card', 'klarna', 'billie']);
export const networkSchema = z.enum(['visa', 'mastercard', 'amex', 'discover', 'other']);
export const disputeStatusSchema = z.enum([
  'warning_needs_response',
  'warning_under_review',
  'warning_closed',
  'open',
  'under_review',
  'won',
  'lost',
]);
export const goodsTypeSchema = z.enum(['physical', 'digital', 'service']);
export const moneySchema = z.object({
  amountMinor: z.number().int().safe(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code'),
});
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

const optionalText = z.string().min(1).max(200).optional();

export const disputeFactsSchema = z.object({
  id: z.string().min(1).max(200),
  provider: providerSchema,
  status: disputeStatusSchema,
  createdAt: isoInstant,
  amount: moneySchema,
  buyerCountry: countrySchema.optional(),
  reason: optionalText,
  network: networkSchema.optional(),
  dueBy: isoInstant.optional(),
  escalatedAt: isoInstant.optional(),
  returnTrackingAt: isoInstant.optional(),
  orderId: optionalText,
  merchantReference: optionalText,
  storeId: optionalText,
});

/** What a page may show of a dispute: everything but the id is optional. */
export const partialDisputeFactsSchema = disputeFactsSchema.partial().required({ id: true });
