// The case store's format versions. To change the stored format: add `NNN-what-changed.ts` with a
// CaseMigration (and a test feeding it data in the old format), list it here; CASES_VERSION follows.
import { utcInstants } from './002-utc-instants';
import type { CaseMigration } from './types';

export const CASE_MIGRATIONS: readonly CaseMigration[] = [utcInstants];

export const CASES_VERSION = 1 + CASE_MIGRATIONS.length;

/** One stored case brought from `fromVersion` to the current format. */
export function migrateCaseEntry(entry: unknown, fromVersion: number): unknown {
  let value = entry;
  for (const migration of CASE_MIGRATIONS) if (migration.version > fromVersion) value = migration.migrateCase(value);
  return value;
}

/** The whole stored record, one step: what `storage.defineItem({ migrations })` runs per version. */
function recordStep(migration: CaseMigration) {
  return (record: unknown): unknown => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(record as Record<string, unknown>)) out[key] = migration.migrateCase(entry);
    return out;
  };
}

export const storageMigrations: Record<number, (record: unknown) => unknown> = Object.fromEntries(
  CASE_MIGRATIONS.map((migration) => [migration.version, recordStep(migration)]),
);
