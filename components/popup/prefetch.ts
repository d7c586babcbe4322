// Starts reading the case store and the popup's texts the moment the popup's first (tiny) script
// runs, so both overlap with the browser compiling the main bundle. Imports next to nothing on
// purpose: anything it imported would have to load before the reads could start.
import { resolveLocale, type Locale } from '../../lib/i18n/locales';
import { textsPath } from './text-files';

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
 * painted: a 1 MB answer landing on the page's thread earlier delays the texts' fetch and the frame.
 */
export interface StoredState {
  head: Promise<HeadState>;
  /** starts the read of the store's text the first time it is called; the same promise after */
  cases: () => Promise<unknown>;
}

export interface Prefetched {
  state: StoredState;
  /**
   * The popup's texts in the browser's language, fetched at once without waiting for the settings
   * (most merchants keep the browser's language; another one is fetched once the settings say so).
   */
  texts: { locale: Locale; data: Promise<unknown> } | null;
}

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

type Scope = {
  browser?: { storage?: { local?: StorageArea } };
  chrome?: { storage?: { local?: StorageArea } };
  navigator?: { language?: string };
  fetch?: (path: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;
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
  let texts: Prefetched['texts'] = null;
  if (typeof api.fetch === 'function') {
    const locale = resolveLocale(api.navigator?.language);
    const data = api
      .fetch(textsPath('popup', locale))
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((data) => (mark(scope, 'texts'), data));
    texts = { locale, data };
  }
  return { state, texts };
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
