// Starts reading the popup's stored state the moment its first (tiny) script runs, so the read
// overlaps with the browser loading and compiling the main bundle. Imports nothing on purpose:
// anything it imported would have to load before the read could start. (The popup's texts are built
// into its bundle, modules/texts.ts: nothing to fetch.)

/**
 * The storage keys read (without the "local:" area prefix): lib/cases/read.ts STORAGE_KEYS' cases
 * and settings, and lib/cases/due-index.ts' CASES_META_KEY and DUE_INDEX_KEY (test/popup checks they agree).
 */
export const PREFETCH_KEYS = { cases: 'cases', meta: 'cases$', index: 'dueIndex', settings: 'settings' } as const;

/** The small stored values the popup starts from, as read (unchecked). */
export interface HeadState {
  /** the cases item's meta: format version and revision */
  meta: unknown;
  /** the due index written with the cases */
  index: unknown;
  settings: unknown;
}

/**
 * Two reads: the small values at once; the store's large text only when asked for. With a due index
 * that fits, the first frame needs no byte of the text, and the text is asked for once that frame is
 * painted: a 1 MB answer landing on the page's thread earlier delays the first frame.
 */
export interface StoredState {
  head: Promise<HeadState>;
  /** starts the read of the store's text the first time it is called; the same promise after */
  cases: () => Promise<unknown>;
}

export interface Prefetched {
  state: StoredState;
}

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

type Scope = {
  browser?: { storage?: { local?: StorageArea } };
  chrome?: { storage?: { local?: StorageArea } };
};

/** The reads the popup starts from: the small values now, the case store's text on demand. */
export function readState(local: StorageArea, onCases?: () => void): StoredState {
  const { cases, meta, index, settings } = PREFETCH_KEYS;
  const head = local.get([meta, index, settings]).then((got) => ({ meta: got[meta] ?? null, index: got[index] ?? null, settings: got[settings] ?? null }));
  let text: Promise<unknown> | null = null;
  const readCases = () =>
    (text ??= local.get([cases]).then((got) => {
      onCases?.();
      return got[cases] ?? null;
    }));
  return { head, cases: readCases };
}

/** User Timing marks of the reads (./marks.ts lists the popup's others; this script imports nothing). */
function mark(scope: typeof globalThis, name: string): void {
  scope.performance?.mark?.(`dispute-radar:popup-prefetch-${name}`);
}

export function startPrefetch(scope: typeof globalThis): Prefetched | null {
  const api = scope as unknown as Scope;
  mark(scope, 'start');
  const local = api.browser?.storage?.local ?? api.chrome?.storage?.local;
  if (!local) return null;
  const state = readState(local, () => mark(scope, 'cases'));
  void state.head.then(() => mark(scope, 'head'), () => undefined);
  return { state };
}

const GLOBAL = '__disputeRadarPrefetch';

export function publishPrefetch(scope: typeof globalThis, value: Prefetched | null): void {
  (scope as unknown as Record<string, unknown>)[GLOBAL] = value;
}

/** The reads started by prefetch.ts, if it ran (and did not fail to start). */
export function takePrefetch(scope: typeof globalThis): Prefetched | null {
  const value = (scope as unknown as Record<string, unknown>)[GLOBAL] as Prefetched | null | undefined;
  delete (scope as unknown as Record<string, unknown>)[GLOBAL];
  return value ?? null;
}
