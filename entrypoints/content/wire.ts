// The content script's zod checks at its boundaries (background → page, storage → page; page →
// background: a page's reading by ./observed-check.ts, loaded on demand, a panel's change by
// checkUpdate, in the detail module). They use the contract schemas themselves (lib/rules/schema,
// lib/cases/schema, lib/cases/messages), which are written with zod/mini so that they fit the
// content script's 40 KB budget: there is one set of schemas, no copies to keep equal.
import { caseMerchantUpdateSchema, type CaseMerchantUpdate } from '../../lib/cases/messages';
import * as z from 'zod/mini';
import { merchantInputSchema, pageSettingsFields, storelessKey, type MerchantInput } from '../../lib/cases/schema';
import { disputeFactsSchema, objectOf } from '../../lib/rules/schema';
import type { DisputeFacts } from '../../lib/rules/types';

export { caseKey } from '../../lib/cases/schema';

/**
 * The stored settings as the content script sees them: the fields an annotated page needs
 * (lib/cases/schema pageSettingsFields, with the settings' own checks and defaults).
 */
const contentSettingsSchema = objectOf(pageSettingsFields);
export type ContentSettings = z.infer<typeof contentSettingsSchema>;
export const DEFAULT_CONTENT_SETTINGS: ContentSettings = contentSettingsSchema.parse({});

/** Keys of lib/cases/read STORAGE_KEYS (without the `local:` area prefix), read-only here. */
export const STORED = { cases: 'cases', settings: 'settings' } as const;

export function checkFacts(value: unknown): { ok: true; facts: DisputeFacts } | { ok: false; fields: string[] } {
  const parsed = disputeFactsSchema.safeParse(value);
  if (parsed.success) return { ok: true, facts: parsed.data as DisputeFacts };
  const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')).filter(Boolean))];
  return { ok: false, fields };
}

export function checkUpdate(value: CaseMerchantUpdate): CaseMerchantUpdate | null {
  const parsed = caseMerchantUpdateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseMerchant(value: unknown): MerchantInput | null {
  const parsed = merchantInputSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Merchant inputs by case key from a stored `cases` record; entries that do not parse are left out.
 * A page that shows no store reads a dispute under "-|id", which the background files under the one
 * stored case with that id (lib/cases/merge.ts fileDispute): that case's inputs are under "-|id"
 * too, so that a tick made in another tab reaches such a page at once, not at its next reading.
 */
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
  // for each key a page without a store reads by: the one case stored under a store ("" for more)
  const underStore = new Map<string, string>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const c = value as { key?: unknown; merchant?: unknown };
    if (c.key !== key) continue;
    const bare = storelessKey(key);
    if (bare && bare !== key) underStore.set(bare, underStore.has(bare) ? '' : key);
    const merchant = parseMerchant(c.merchant);
    if (merchant) out.set(key, merchant);
  }
  for (const [bare, key] of underStore) {
    const merchant = out.get(key);
    if (merchant && !out.has(bare)) out.set(bare, merchant);
  }
  return out;
}

/** Stored settings with defaults for anything missing; settings that do not parse give the defaults. */
export function parseContentSettings(raw: unknown): ContentSettings {
  const parsed = contentSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_CONTENT_SETTINGS;
}
