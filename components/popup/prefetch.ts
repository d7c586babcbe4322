// Starts reading the case store the moment the popup's first (tiny) script runs, so the read
// overlaps with the browser compiling the main bundle. Imports nothing on purpose: anything it
// imported would have to load before the read could start.
/** The storage keys of lib/cases/read.ts STORAGE_KEYS (without the "local:" area prefix). */
export const PREFETCH_KEYS = { cases: 'cases', settings: 'settings' } as const;

export type Prefetched = Promise<[unknown, unknown]>;

interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

export function startPrefetch(scope: typeof globalThis): Prefetched | null {
  const api = (scope as unknown as { browser?: { storage?: { local?: StorageArea } }; chrome?: { storage?: { local?: StorageArea } } });
  const local = api.browser?.storage?.local ?? api.chrome?.storage?.local;
  if (!local) return null;
  return local
    .get([PREFETCH_KEYS.cases, PREFETCH_KEYS.settings])
    .then((got) => [got[PREFETCH_KEYS.cases] ?? null, got[PREFETCH_KEYS.settings] ?? null] as [unknown, unknown]);
}

const GLOBAL = '__disputeRadarPrefetch';

export function publishPrefetch(scope: typeof globalThis, value: Prefetched | null): void {
  (scope as unknown as Record<string, unknown>)[GLOBAL] = value;
}

/** The read started by prefetch.ts, if it ran (and did not fail to start). */
export function takePrefetch(scope: typeof globalThis): Prefetched | null {
  const value = (scope as unknown as Record<string, unknown>)[GLOBAL] as Prefetched | null | undefined;
  delete (scope as unknown as Record<string, unknown>)[GLOBAL];
  return value ?? null;
}
