// Starts reading the popup's stored state the moment its first (tiny) script runs, so the read
// overlaps with the browser loading and compiling the main bundle; then, in the same wait, has Intl
// load what the first frame's dates, money and zone offsets need (warmIntl). Imports only
// lib/i18n/locales and ./marks' names (which import nothing): anything it imported would have to
// load before the read could start. (The popup's texts are built into its bundle, modules/texts.ts: nothing to fetch.)
import { PORTAL_LOCALE_TAGS, resolveLocale } from '../../lib/i18n/locales';
import { PREFETCH_CASES_MARK, PREFETCH_HEAD_MARK, PREFETCH_INTL_MARK, PREFETCH_START_MARK } from './marks';

/**
 * The storage keys read (without the "local:" area prefix): lib/cases/read.ts STORAGE_KEYS' cases,
 * settings and settingsReset, and lib/cases/due-index.ts' CASES_META_KEY and DUE_INDEX_KEY (test/popup checks they agree).
 */
export const PREFETCH_KEYS = { cases: 'cases', meta: 'cases$', index: 'dueIndex', settings: 'settings', reset: 'settingsReset' } as const;

/** The small stored values the popup starts from, as read (unchecked). */
export interface HeadState {
  /** the cases item's meta: format version and revision */
  meta: unknown;
  /** the due index written with the cases */
  index: unknown;
  settings: unknown;
  /** the settings put back to their defaults that the options page has not named yet (absent: none stored) */
  reset?: unknown;
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

/** The extension API's namespace: `browser` in Firefox, `chrome` in Chromium (what the polyfill wraps). */
export interface ExtensionApi {
  runtime?: { getManifest?: () => { version?: string } };
  storage?: { local?: StorageArea };
}

/** This page's extension API, without the polyfill (the popup's first scripts run before it loads). */
export function extensionApi(scope: typeof globalThis): ExtensionApi | undefined {
  const s = scope as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return s.browser ?? s.chrome;
}

/** The reads the popup starts from: the small values now, the case store's text on demand. */
export function readState(local: StorageArea, onCases?: () => void): StoredState {
  const { cases, meta, index, settings, reset } = PREFETCH_KEYS;
  // One get for every small value: a second one (the reset settings' short list) would be one more
  // round trip to the browser's storage before the first frame.
  const head = local
    .get([meta, index, settings, reset])
    .then((got) => ({ meta: got[meta] ?? null, index: got[index] ?? null, settings: got[settings] ?? null, reset: got[reset] ?? null }));
  let text: Promise<unknown> | null = null;
  const readCases = () =>
    (text ??= local.get([cases]).then((got) => {
      onCases?.();
      return got[cases] ?? null;
    }));
  return { head, cases: readCases };
}

/** A User Timing mark of the reads (./marks.ts; not its markOnce: this script runs once per page). */
function mark(scope: typeof globalThis, name: string): void {
  scope.performance?.mark?.(name);
}

/**
 * Has Intl load, while the main bundle is still on its way, what the first frame asks it for: ICU's
 * date and number formatting in the browser's language (the UI language unless the options name
 * another), the browser zone's rules, plural rules. In a renderer that has not formatted a date yet
 * (the extension's process newly started) the first DateTimeFormat took ~40 ms, on the first frame's
 * path; once loaded, each is ~1 ms. The formatters made here are thrown away (the page's own are
 * cached in lib/i18n/intl.ts and lib/rules/time.ts); only ICU's loaded data stays. Never throws.
 */
export function warmIntl(language: string | undefined, intl: Pick<typeof Intl, 'DateTimeFormat' | 'NumberFormat' | 'PluralRules'> = Intl): void {
  try {
    const tag = PORTAL_LOCALE_TAGS[resolveLocale(language)];
    const now = Date.now();
    // components/format: "2 Mar 2026, 14:05", money in a currency of the fee tables, plurals
    new intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(now);
    new intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(1);
    new intl.PluralRules(tag).select(1);
    // lib/rules/time: a zone's offset read from its parts
    new intl.DateTimeFormat('en-US', { hourCycle: 'h23', hour: 'numeric', timeZoneName: 'longOffset' }).formatToParts(now);
  } catch {
    // an engine without one of these: the first frame loads what it needs itself
  }
}

export function startPrefetch(scope: typeof globalThis): Prefetched | null {
  mark(scope, PREFETCH_START_MARK);
  const local = extensionApi(scope)?.storage?.local;
  // After the reads are asked for, in a task of its own (the parser goes on meanwhile).
  scope.setTimeout?.(() => {
    warmIntl(scope.navigator?.language);
    mark(scope, PREFETCH_INTL_MARK);
  }, 0);
  if (!local) return null;
  const state = readState(local, () => mark(scope, PREFETCH_CASES_MARK));
  void state.head.then(() => mark(scope, PREFETCH_HEAD_MARK), () => undefined);
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
