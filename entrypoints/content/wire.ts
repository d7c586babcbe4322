// The content script's zod checks, written with `zod/mini`. The contract schemas (lib/rules/schema,
// lib/cases/messages, lib/cases/schema) use classic zod, whose ~25 KB gzipped alone would take most
// of the content script's 40 KB budget; zod/mini validates the same shapes in ~5 KB.
// test/content/wire.test.ts proves each schema here accepts and refuses exactly what its contract
// twin does, so the contract stays the single source of truth.
import * as z from 'zod/mini';
import type { CaseMerchantUpdate, CasesObserved } from '../../lib/cases/messages';
import type { MerchantInput } from '../../lib/cases/schema';
import type { DisputeFacts } from '../../lib/rules/types';

const isoInstant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date'));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const optionalText = z.optional(text(1, 200));

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
export const countrySchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'));
export const moneySchema = z.object({
  amountMinor: z.int(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'ISO 4217 code')),
});

const factFields = {
  provider: providerSchema,
  status: disputeStatusSchema,
  createdAt: isoInstant,
  amount: moneySchema,
};
const optionalFactFields = {
  buyerCountry: z.optional(countrySchema),
  reason: optionalText,
  network: z.optional(networkSchema),
  dueBy: z.optional(isoInstant),
  escalatedAt: z.optional(isoInstant),
  returnTrackingAt: z.optional(isoInstant),
  orderId: optionalText,
  merchantReference: optionalText,
  storeId: optionalText,
};

/** Twin of lib/rules/schema `disputeFactsSchema`: what an assessment needs. */
export const disputeFactsSchema = z.object({ id: text(1, 200), ...factFields, ...optionalFactFields });

/** Twin of `partialDisputeFactsSchema` / `observedDisputeSchema`: everything but the id optional. */
export const partialDisputeFactsSchema = z.object({
  id: text(1, 200),
  provider: z.optional(providerSchema),
  status: z.optional(disputeStatusSchema),
  createdAt: z.optional(isoInstant),
  amount: z.optional(moneySchema),
  ...optionalFactFields,
});

/** Twin of lib/cases/messages `casesObservedSchema`. */
export const casesObservedSchema = z.object({
  type: z.literal('cases:observed'),
  pageUrl: z.url().check(z.maxLength(2000)),
  page: z.enum(['dispute_list', 'dispute_detail']),
  storeId: z.nullable(text(1, 200)),
  locale: z.nullable(z.string().check(z.maxLength(35))),
  observedAt: z.iso.datetime({ offset: true }),
  disputes: z.array(partialDisputeFactsSchema).check(z.maxLength(10_000)),
});

/** Twin of `merchantPatchSchema`. */
export const merchantPatchSchema = z.object({
  buyerCountry: z.optional(z.nullable(countrySchema)),
  goods: z.optional(z.nullable(goodsTypeSchema)),
  ticks: z.optional(z.record(z.string().check(z.maxLength(100)), z.boolean())),
  notes: z.optional(z.nullable(z.string().check(z.maxLength(5000)))),
});

/** Twin of `caseMerchantUpdateSchema`. */
export const caseMerchantUpdateSchema = z.object({
  type: z.literal('case:merchant-update'),
  storeId: z.nullable(text(1, 200)),
  disputeId: text(1, 200),
  patch: merchantPatchSchema,
});

/** Twin of lib/cases/schema `merchantInputSchema`. */
export const merchantInputSchema = z.object({
  buyerCountry: z.optional(countrySchema),
  goods: z.optional(goodsTypeSchema),
  ticks: z._default(z.record(z.string().check(z.maxLength(100)), z.boolean()), {}),
  notes: z.optional(z.string().check(z.maxLength(5000))),
});

/** The settings the content script uses, with the defaults of lib/cases/schema `settingsSchema`. */
export const contentSettingsSchema = z.object({
  timeZone: z._default(z.nullable(z.string().check(z.minLength(1))), null),
  criticalHours: z._default(z.number().check(z.positive(), z.lte(24 * 30)), 24),
  soonHours: z._default(z.number().check(z.positive(), z.lte(24 * 60)), 72),
});
export type ContentSettings = z.infer<typeof contentSettingsSchema>;
export const DEFAULT_CONTENT_SETTINGS: ContentSettings = { timeZone: null, criticalHours: 24, soonHours: 72 };

/** Keys of lib/cases/read STORAGE_KEYS (without the `local:` area prefix), read-only here. */
export const STORED = { cases: 'cases', settings: 'settings' } as const;

/** Same as lib/cases/schema `caseKey`: one case per (store ID, dispute ID). */
export function caseKey(storeId: string | null | undefined, disputeId: string): string {
  return `${storeId && storeId.length > 0 ? storeId : '-'}|${disputeId}`;
}

export function checkFacts(value: unknown): { ok: true; facts: DisputeFacts } | { ok: false; fields: string[] } {
  const parsed = disputeFactsSchema.safeParse(value);
  if (parsed.success) return { ok: true, facts: parsed.data as DisputeFacts };
  const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')).filter((p) => p.length > 0))];
  return { ok: false, fields };
}

export function checkObserved(value: CasesObserved): CasesObserved | null {
  const parsed = casesObservedSchema.safeParse(value);
  return parsed.success ? (parsed.data as CasesObserved) : null;
}

export function checkObservedDispute(value: unknown): CasesObserved['disputes'][number] | null {
  const parsed = partialDisputeFactsSchema.safeParse(value);
  return parsed.success ? (parsed.data as CasesObserved['disputes'][number]) : null;
}

export function checkUpdate(value: CaseMerchantUpdate): CaseMerchantUpdate | null {
  const parsed = caseMerchantUpdateSchema.safeParse(value);
  return parsed.success ? (parsed.data as CaseMerchantUpdate) : null;
}

export function parseMerchant(value: unknown): MerchantInput | null {
  const parsed = merchantInputSchema.safeParse(value);
  return parsed.success ? (parsed.data as MerchantInput) : null;
}

/** Merchant inputs by case key from a stored `cases` record; entries that do not parse are left out. */
export function merchantFromStore(stored: unknown): Map<string, MerchantInput> {
  const out = new Map<string, MerchantInput>();
  // One JSON text since the case store's format 3 (lib/cases/stored-form.ts), an object before.
  let raw = stored;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return out;
    }
  }
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const c = value as { key?: unknown; merchant?: unknown };
    if (c.key !== key) continue;
    const merchant = parseMerchant(c.merchant);
    if (merchant) out.set(key, merchant);
  }
  return out;
}

export function parseContentSettings(raw: unknown): ContentSettings {
  const parsed = contentSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_CONTENT_SETTINGS;
}
