// Stored values that do not parse are never dropped: they move to the quarantine key with the
// reason, where the options page can show them and an export includes them.
import { z } from 'zod';
import type { CaseRecord } from './merge';
import { salvageCase } from './case-salvage';
import { trackedCaseSchema } from './schema';

export const quarantineEntrySchema = z.object({
  /** where it came from: the store key it was under, or "settings" */
  key: z.string(),
  value: z.unknown(),
  problem: z.string(),
  at: z.string(),
});
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;
export const quarantineSchema = z.array(quarantineEntrySchema);

/** The quarantine keys of what is not a case: the stored settings and the notifications' sent-log. */
export const QUARANTINE_KEYS = { settings: 'settings', sentLog: 'sentNotifications' } as const;

/** A zod error in a line a person can read: "facts.amount.currency: ISO 4217 code". */
export function describeIssues(error: z.core.$ZodError): string {
  return issuePaths(error)
    .map((path, i) => `${path}: ${error.issues[i]!.message}`)
    .join('; ');
}

/** Where a value did not parse, as paths ("facts.amount.amountMinor"): names, not words, in any language. */
export function issuePaths(error: z.core.$ZodError): string[] {
  return error.issues.slice(0, 5).map((issue) => (issue.path.length ? issue.path.join('.') : '(value)'));
}

/** The stored record split into valid cases and entries to quarantine. */
export function splitStoredCases(raw: unknown, now: Date): { cases: CaseRecord; quarantined: QuarantineEntry[] } {
  const at = now.toISOString();
  if (raw == null) return { cases: {}, quarantined: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { cases: {}, quarantined: [{ key: '(cases)', value: raw, problem: 'the case store is not a record', at }] };
  }
  const cases: CaseRecord = {};
  const quarantined: QuarantineEntry[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = trackedCaseSchema.safeParse(value);
    if (!parsed.success) {
      // Kept without the values no deadline is counted from, where only those do not parse (./case-salvage.ts).
      const kept = salvageCase(value);
      const keep = kept !== null && kept.key === key;
      if (keep) cases[key] = kept;
      quarantined.push({ key, value, problem: `${describeIssues(parsed.error)}${keep ? ' (the case is kept without these values)' : ''}`, at });
    } else if (parsed.data.key !== key) quarantined.push({ key, value, problem: `stored under "${key}" but names "${parsed.data.key}"`, at });
    else cases[key] = parsed.data;
  }
  return { cases, quarantined };
}
