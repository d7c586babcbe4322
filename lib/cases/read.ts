// Read-only access to the case store for the popup, options page and content script.
// Only the background writes (lib/cases/store.ts); these items are defined WITHOUT a version or
// migrations, so reading or watching them never writes anything. Every value read is checked with
// zod: an entry that does not parse is left out here (the background quarantines it).
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { decodeStoredCases } from './stored-form';
import { parseStoredSettings } from './settings-salvage';
import { trackedCaseSchema, type Settings, type TrackedCase } from './schema';
import { STORAGE_KEYS } from './storage-keys';

export { STORAGE_KEYS };

export const rawCasesSchema = z.record(z.string(), z.unknown());

/** The stored cases that parse, and how many did not. */
export function parseCases(raw: unknown): { cases: TrackedCase[]; bad: number } {
  const record = rawCasesSchema.safeParse(decodeStoredCases(raw) ?? {});
  if (!record.success) return { cases: [], bad: 1 };
  const cases: TrackedCase[] = [];
  let bad = 0;
  for (const [key, value] of Object.entries(record.data)) {
    const parsed = trackedCaseSchema.safeParse(value);
    if (parsed.success && parsed.data.key === key) cases.push(parsed.data);
    else bad += 1;
  }
  return { cases, bad };
}

/** what the pages read: field by field where the whole does not parse (./settings-salvage.ts) */
export { parseStoredSettings };

/** Watch with `casesReadItem.watch(raw => parseCases(raw))`. Never call setValue on it. */
export const casesReadItem = storage.defineItem<unknown>(STORAGE_KEYS.cases, { fallback: null });
/** Watch with `settingsReadItem.watch(raw => parseStoredSettings(raw))`. Never call setValue on it. */
export const settingsReadItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, { fallback: null });

/** The settings put back to their defaults that the options page has not named yet (lib/cases/store loadSettings). Never call setValue on it. */
export const settingsResetItem = storage.defineItem<unknown>(STORAGE_KEYS.settingsReset, { fallback: null });

export function parseSettingsReset(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((path): path is string => typeof path === 'string') : [];
}

export async function readCases(): Promise<{ cases: TrackedCase[]; bad: number }> {
  return parseCases(await casesReadItem.getValue());
}

export async function readSettings(): Promise<Settings> {
  return parseStoredSettings(await settingsReadItem.getValue());
}
