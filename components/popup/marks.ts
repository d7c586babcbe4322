// User Timing marks the popup sets on its way to the first list (DevTools shows them; the benchmark
// reads them to report where the time goes).
/** the popup's first script (./prefetch.ts) starts */
export const PREFETCH_START_MARK = 'dispute-radar:popup-prefetch-start';
/** the first script's read of the small stored values (meta, due index, settings) has answered */
export const PREFETCH_HEAD_MARK = 'dispute-radar:popup-prefetch-head';
/** the first script's read of the case store's text has answered */
export const PREFETCH_CASES_MARK = 'dispute-radar:popup-prefetch-cases';
/** the first script has had Intl load the first frame's formats (./prefetch.ts warmIntl) */
export const PREFETCH_INTL_MARK = 'dispute-radar:popup-prefetch-intl';
/** the first list (or the empty state) is painted */
export const FIRST_LIST_MARK = 'dispute-radar:popup-first-list';
/** after a first frame from the due index: the full list (every due case checked) is painted */
export const FULL_LIST_MARK = 'dispute-radar:popup-full-list';
/** the popup's main bundle has loaded and starts running (its imports evaluated) */
export const MAIN_MARK = 'dispute-radar:popup-main';
/** the texts of the UI language are in the catalog */
export const TEXTS_MARK = 'dispute-radar:popup-texts';
/** the first render has returned (the list is in the document, not yet painted) */
export const RENDERED_MARK = 'dispute-radar:popup-rendered';
/** the stored cases, their due index and the settings have been read */
export const READ_MARK = 'dispute-radar:popup-read';
/** the due index has been checked and the first frame's rows picked from it */
export const INDEX_MARK = 'dispute-radar:popup-index';
/** the cases of the first frame have been checked with zod (the first frame's rows, or every due case without a usable due index) */
export const PARSED_MARK = 'dispute-radar:popup-parsed';
/** the first frame's cases have been assessed with the rules */
export const ASSESSED_MARK = 'dispute-radar:popup-assessed';

/** Sets a mark once per page. */
export function markOnce(name: string, detail?: Record<string, unknown>): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name, detail ? { detail } : undefined);
}
