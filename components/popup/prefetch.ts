// Starts reading the case store and the popup's texts the moment the popup's first (tiny) script
// runs, so both overlap with the browser compiling the main bundle. Imports next to nothing on
// purpose: anything it imported would have to load before the reads could start.
import { resolveLocale, type Locale } from '../../lib/i18n/locales';
import { textsPath } from './text-files';

/** The storage keys of lib/cases/read.ts STORAGE_KEYS (without the "local:" area prefix). */
export const PREFETCH_KEYS = { cases: 'cases', settings: 'settings' } as const;

export interface Prefetched {
  /** [stored cases, stored settings], as read */
  state: Promise<[unknown, unknown]>;
  /**
   * The popup's texts in the browser's language, fetched at once without waiting for the settings
   * (most merchants keep the browser's language; another one is fetched once the settings say so).
   */
  texts: { locale: Locale; data: Promise<unknown> } | null;
}

interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

type Scope = {
  browser?: { storage?: { local?: StorageArea } };
  chrome?: { storage?: { local?: StorageArea } };
  navigator?: { language?: string };
  fetch?: (path: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;
};

export function startPrefetch(scope: typeof globalThis): Prefetched | null {
  const api = scope as unknown as Scope;
  const local = api.browser?.storage?.local ?? api.chrome?.storage?.local;
  if (!local) return null;
  const state = local
    .get([PREFETCH_KEYS.cases, PREFETCH_KEYS.settings])
    .then((got) => [got[PREFETCH_KEYS.cases] ?? null, got[PREFETCH_KEYS.settings] ?? null] as [unknown, unknown]);
  let texts: Prefetched['texts'] = null;
  if (typeof api.fetch === 'function') {
    const locale = resolveLocale(api.navigator?.language);
    const data = api
      .fetch(textsPath('popup', locale))
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
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
