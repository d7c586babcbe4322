// The stored shape of a tracked case and of the settings. zod checks every read and write.
// Owned by lib/cases; the popup, options page and content script use these types read-only.
import { z } from 'zod';
import { portalUrlSchema } from './hosts';
import { countrySchema, goodsTypeSchema, partialDisputeFactsSchema, disputeFactsSchema } from '../rules/schema';

/** What the merchant added; a new observation from the portal never erases it. */
export const merchantInputSchema = z.object({
  buyerCountry: countrySchema.optional(),
  goods: goodsTypeSchema.optional(),
  /** evidence item id → ticked */
  ticks: z.record(z.string().max(100), z.boolean()).default({}),
  notes: z.string().max(5000).optional(),
});
export type MerchantInput = z.infer<typeof merchantInputSchema>;

export const trackedCaseSchema = z.object({
  /** caseKey(storeId, disputeId) */
  key: z.string().min(1),
  /** the latest facts read from the portal (or entered, for a manual case) */
  facts: partialDisputeFactsSchema,
  merchant: merchantInputSchema,
  /** entered by hand (known only from e-mail), not read from the portal */
  manual: z.boolean(),
  firstSeenAt: z.string().datetime({ offset: true }),
  lastSeenAt: z.string().datetime({ offset: true }),
  /** the portal page it was last read from, to open it again */
  pageUrl: portalUrlSchema.optional(),
  /** the kind of page pageUrl is: a detail page's URL opens the dispute itself */
  pageKind: z.enum(['dispute_list', 'dispute_detail']).optional(),
  /** when it was first seen closed; pruning counts retention from here */
  closedAt: z.string().datetime({ offset: true }).optional(),
});
export type TrackedCase = z.infer<typeof trackedCaseSchema>;

/** One case per (store ID, dispute ID). A dispute read without a store uses "-". */
export function caseKey(storeId: string | null | undefined, disputeId: string): string {
  return `${storeId && storeId.length > 0 ? storeId : '-'}|${disputeId}`;
}

/** A case entered by hand: everything a rule needs must be there. */
export const manualCaseFactsSchema = disputeFactsSchema;

export const settingsSchema = z.object({
  /** IANA zone for deadlines; null = the browser's */
  timeZone: z.string().min(1).nullable().default(null),
  /** UI language; null = the browser's */
  language: z.enum(['en', 'de', 'sv', 'fi', 'nb', 'da']).nullable().default(null),
  criticalHours: z.number().positive().max(24 * 30).default(24),
  soonHours: z.number().positive().max(24 * 60).default(72),
  notifications: z
    .object({
      enabled: z.boolean().default(true),
      /** hours before a deadline; a notification also fires when it passes */
      hoursBefore: z.array(z.number().positive().max(24 * 60)).max(10).default([72, 24, 2]),
    })
    .default({ enabled: true, hoursBefore: [72, 24, 2] }),
  retentionDays: z.number().int().min(1).max(3650).default(90),
  hosts: z
    .object({ production: z.boolean().default(true), playground: z.boolean().default(true) })
    .default({ production: true, playground: true }),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
