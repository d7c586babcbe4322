// Read-only access to the case store for the popup, options page and content script.
// Only the background writes (lib/cases/store.ts); these read and watch without a version or
// migrations, so reading or watching them never writes anything. Every value read is checked with
// zod: an entry that does not parse is left out here (the background quarantines it).
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { decodeStoredCases } from './stored-form';
import { parseSettingsReset, parseStoredSettings } from './settings-salvage';
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

/**
 * One stored value, read and watched without writing. Not a @wxt-dev/storage item: an item reads
 * its whole value when it is defined, so loading this module (the popup's app, the options page)
 * read the cases' text once more before anything asked for it.
 */
function readOnly(key: `local:${string}`) {
  return {
    getValue: () => storage.getItem<unknown>(key),
    /** returns the function that stops watching */
    watch: (callback: (raw: unknown) => void) => storage.watch<unknown>(key, (raw) => callback(raw)),
  };
}

/** Watch with `casesReadItem.watch(raw => parseCases(raw))`. */
export const casesReadItem = readOnly(STORAGE_KEYS.cases);
/** Watch with `settingsReadItem.watch(raw => parseStoredSettings(raw))`. */
export const settingsReadItem = readOnly(STORAGE_KEYS.settings);

const settingsResetItem = readOnly(STORAGE_KEYS.settingsReset);

/** The settings put back to their defaults that the options page has not named yet (lib/cases/store loadSettings). */
export async function readSettingsReset(): Promise<string[]> {
  return parseSettingsReset(await settingsResetItem.getValue());
}

export function watchSettingsReset(callback: (paths: string[]) => void): () => void {
  return settingsResetItem.watch((raw) => callback(parseSettingsReset(raw)));
}

export async function readCases(): Promise<{ cases: TrackedCase[]; bad: number }> {
  return parseCases(await casesReadItem.getValue());
}

export async function readSettings(): Promise<Settings> {
  return parseStoredSettings(await settingsReadItem.getValue());
}
