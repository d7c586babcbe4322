// v1 → v2: the case's own instants are stored in UTC.
// v1 (the contract commit 517e66f) accepted any offset ("2026-03-02T14:00:00+01:00"). The store
// compares these as strings in places (sorting by last seen, retention), which is only right when
// all of them are in one zone, so v2 keeps them as "…Z".
import { toUtcIso } from '../instants';
import type { CaseMigration } from './types';

const INSTANT_FIELDS = ['firstSeenAt', 'lastSeenAt', 'closedAt'] as const;

export const utcInstants: CaseMigration = {
  version: 2,
  description: 'firstSeenAt, lastSeenAt and closedAt in UTC',
  migrateCase(entry) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
    const out: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
    for (const field of INSTANT_FIELDS) {
      const value = out[field];
      if (typeof value === 'string') out[field] = toUtcIso(value);
    }
    return out;
  },
};
