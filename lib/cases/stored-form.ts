// How the case store is kept in browser.storage. From format 3 on, `local:cases` holds ONE JSON
// text of Record<caseKey, TrackedCase> instead of an object of objects: Chromium reads a 1 MB
// store of 2,000 cases as one string in ~10–20 ms plus ~4 ms JSON.parse, and as 2,000 objects in
// 110–290 ms (measured for the popup, test/bench/popup.bench.ts). Readers accept both forms, so a
// page that reads before the background has migrated the store still sees every case.

/** The stored record, whatever its form; a text that is not JSON is returned as it is (so the store quarantines it). */
export function decodeStoredCases(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return stored;
  }
}

/** The record in the current stored form (one JSON text). */
export function encodeStoredCases(record: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(record);
}
