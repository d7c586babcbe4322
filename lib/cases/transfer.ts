// Export to JSON and import from it. Pure: store in, store out. An import is all-or-nothing for
// the file's shape (a file that is not an export changes nothing) and entry by entry for its cases
// (a bad entry is skipped, reported and set aside as it is, the good ones are merged).
import { z } from 'zod';
import { salvageCase } from './case-salvage';
import { combineCases, fileDispute, takeIn, type CaseRecord } from './merge';
import type { ImportReport, Problem } from './messages';
import { CASES_VERSION, migrateCaseEntry } from './migrations';
import { describeIssues, issuePaths, QUARANTINE_KEYS, quarantineEntrySchema, type QuarantineEntry } from './quarantine';
import { trackedCaseSchema, type TrackedCase } from './schema';
import { EXPORT_FORMAT } from './export-format';
import { salvageSentLog, type SentLog } from './notifications';

export { EXPORT_FORMAT };

const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string(),
  cases: z.array(z.unknown()),
  /** what the exporting browser had set aside (./quarantine.ts); older files have none */
  quarantine: z.array(z.unknown()).optional(),
  /** the notifications the exporting browser had shown (./notifications.ts); older files have none */
  sentNotifications: z.unknown().optional(),
});

/** Quarantine keys that are not cases: an import brings cases only, so these are not reported. */
const NOT_CASES: ReadonlySet<string> = new Set(Object.values(QUARANTINE_KEYS));

export function exportCases(store: CaseRecord, quarantine: QuarantineEntry[], now: Date, sentNotifications: SentLog = {}): string {
  const cases = Object.values(store).sort((a, b) => a.key.localeCompare(b.key));
  // Quarantined entries go along, so an export is a complete copy; import reports and skips them
  // (importCases: each one in the report's `skipped`). The sent-log goes along so that a browser
  // the file is imported into does not show again what this one showed.
  return JSON.stringify({ format: EXPORT_FORMAT, version: CASES_VERSION, exportedAt: now.toISOString(), cases, quarantine, sentNotifications }, null, 1);
}

/**
 * `sentLog`: the file's notifications already shown, its entries that parse (none in older files).
 * `setAside`: each skipped entry as the file holds it, for the quarantine (./quarantine.ts): nothing
 * of a backup is lost by importing it (`at` where it was set aside already, in the browser it came from).
 */
export type ImportResult =
  | { ok: true; store: CaseRecord; report: ImportReport; sentLog: SentLog; setAside: (Omit<QuarantineEntry, 'at'> & { at?: string })[] }
  | Problem;

export function importCases(store: CaseRecord, json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'the file is not JSON', code: 'not-export' };
  }
  const header = exportHeaderSchema.safeParse(data);
  if (!header.success) return { ok: false, problem: `the file is not a Dispute Radar export (${describeIssues(header.error)})`, code: 'not-export' };
  if (header.data.version > CASES_VERSION) {
    return { ok: false, problem: `the file was made by a newer version of Dispute Radar (format ${header.data.version})`, code: 'newer-format' };
  }
  const next: CaseRecord = { ...store };
  const report: ImportReport = { added: 0, merged: 0, skipped: [] };
  const setAside: Extract<ImportResult, { ok: true }>['setAside'] = [];
  const skip = (entry: unknown, skipped: ImportReport['skipped'][number]) => {
    report.skipped.push(skipped);
    setAside.push({ key: skipped.key ?? '(import)', value: entry, problem: skipped.problem });
  };
  for (const entry of header.data.cases) {
    const migrated = migrateCaseEntry(entry, header.data.version);
    const parsed = trackedCaseSchema.safeParse(migrated);
    // A case whose only bad values decide nothing (./case-salvage.ts) comes in without them, as a
    // stored one stays; the entry is set aside as the file holds it.
    const kept = parsed.success ? parsed.data : salvageCase(migrated);
    if (!kept) {
      skip(entry, { key: keyOf(entry), problem: describeIssues(parsed.error!), reason: 'invalid', fields: issuePaths(parsed.error!) });
      continue;
    }
    if (!parsed.success) setAside.push({ key: kept.key, value: entry, problem: `${describeIssues(parsed.error)} (imported without these values)` });
    const incoming = kept;
    if (!namesItsDispute(incoming)) {
      // Stored as it is, it would be a second case of its dispute (counted, listed, notified twice).
      skip(entry, { key: incoming.key, problem: `stored under "${incoming.key}" but holds dispute ${incoming.facts.id}`, reason: 'otherDispute', dispute: incoming.facts.id });
      continue;
    }
    // One case per dispute, filed as a portal reading is (./merge.ts fileDispute): an entry without
    // a store is the one case stored with that dispute ID under a store; an entry under a store
    // takes in the case stored for that dispute without one.
    const filing = fileDispute(next, incoming.key, incoming.facts.id);
    const { key } = filing;
    const existing = takeIn(next, filing);
    if (existing) {
      // What is stored here wins for the merchant's own entries; facts follow the newer reading.
      next[key] = combineCases(existing, incoming);
      report.merged += 1;
    } else {
      next[key] = incoming;
      report.added += 1;
    }
  }
  // The file's quarantined entries are not cases that can be stored (they did not parse when they
  // were set aside): each is reported, so the merchant knows the file holds more than was imported.
  for (const entry of header.data.quarantine ?? []) {
    const parsed = quarantineEntrySchema.safeParse(entry);
    if (parsed.success && NOT_CASES.has(parsed.data.key)) continue;
    report.skipped.push({
      key: parsed.success ? parsed.data.key : keyOf(entry),
      problem: `set aside in the browser it was exported from${parsed.success ? `: ${parsed.data.problem}` : ''}`,
      reason: 'setAside',
    });
    // (set aside here as it was there; an entry that is no quarantine entry, whole)
    setAside.push(parsed.success ? parsed.data : { key: keyOf(entry) ?? '(quarantine)', value: entry, problem: 'set aside in the browser it was exported from' });
  }
  return { ok: true, store: next, report, sentLog: salvageSentLog(header.data.sentNotifications), setAside };
}

/** Whether a case's key is caseKey(some store or "-", its own dispute ID), as every case the store writes. */
function namesItsDispute(c: TrackedCase): boolean {
  const tail = `|${c.facts.id}`;
  return c.key.length > tail.length && c.key.endsWith(tail);
}

function keyOf(entry: unknown): string | null {
  if (entry && typeof entry === 'object' && 'key' in entry && typeof entry.key === 'string') return entry.key;
  return null;
}
