// zod schemas for the facts that cross a boundary (page → content script → background → storage).
// Written with zod/mini (same validation as classic zod, a fraction of its size): the content
// script imports these very schemas, and classic zod would take most of its 40 KB budget.
import { z } from 'zod/mini';
import { DISPUTE_STATUSES, GOODS_TYPES, NETWORKS, PROVIDERS } from './values';

const isoInstant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date'));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const providerSchema = z.enum(PROVIDERS);
export const networkSchema = z.enum(NETWORKS);
export const disputeStatusSchema = z.enum(DISPUTE_STATUSES);
export const goodsTypeSchema = z.enum(GOODS_TYPES);
export const moneySchema = z.object({
  /** z.int() is a safe integer (Number.MIN_SAFE_INTEGER … MAX_SAFE_INTEGER) */
  amountMinor: z.int(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'ISO 4217 code')),
});
export const countrySchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'));

const optionalText = z.optional(text(1, 200));

export const disputeFactsSchema = z.object({
  id: text(1, 200),
  provider: providerSchema,
  status: disputeStatusSchema,
  createdAt: isoInstant,
  amount: moneySchema,
  buyerCountry: z.optional(countrySchema),
  reason: optionalText,
  network: z.optional(networkSchema),
  dueBy: z.optional(isoInstant),
  escalatedAt: z.optional(isoInstant),
  returnTrackingAt: z.optional(isoInstant),
  orderId: optionalText,
  merchantReference: optionalText,
  storeId: optionalText,
});

/** What a page may show of a dispute: everything but the id is optional. */
export const partialDisputeFactsSchema = z.required(z.partial(disputeFactsSchema), { id: true });
