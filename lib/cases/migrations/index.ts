// The case store's format versions. To change the stored format: add `NNN-what-changed.ts` with a
// CaseMigration (and a test feeding it data in the old format), list it here; CASES_VERSION follows.
import { decodeStoredCases } from '../stored-form';
import { utcInstants } from './002-utc-instants';
import { jsonText } from './003-json-text';
import type { CaseMigration } from './types';

export const CASE_MIGRATIONS: readonly CaseMigration[] = [utcInstants, jsonText];

export const CASES_VERSION = 1 + CASE_MIGRATIONS.length;

/** One stored case brought from `fromVersion` to the current format. */
export function migrateCaseEntry(entry: unknown, fromVersion: number): unknown {
  let value = entry;
  for (const migration of CASE_MIGRATIONS) if (migration.version > fromVersion) value = migration.migrateCase(value);
  return value;
}

/** How the whole record is stored at `version`: the last encodeStore at or before it; v1 kept the object itself. */
function encoderAt(version: number): (record: Record<string, unknown>) => unknown {
  let encode = (record: Record<string, unknown>): unknown => record;
  for (const migration of CASE_MIGRATIONS) if (migration.version <= version && migration.encodeStore) encode = migration.encodeStore;
  return encode;
}

/**
 * The whole stored record, one step: what `storage.defineItem({ migrations })` runs per version.
 * A record that cannot be read (not JSON, not a record) is left as it is: the store quarantines it
 * whole when it opens, instead of the migration failing or losing it.
 */
export function migrateStoredRecord(migration: CaseMigration) {
  const encode = encoderAt(migration.version);
  return (stored: unknown): unknown => {
    const record = decodeStoredCases(stored);
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return stored;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(record as Record<string, unknown>)) out[key] = migration.migrateCase(entry);
    return encode(out);
  };
}

export const storageMigrations: Record<number, (record: unknown) => unknown> = Object.fromEntries(
  CASE_MIGRATIONS.map((migration) => [migration.version, migrateStoredRecord(migration)]),
);
