// User Timing marks the popup sets on its way to the first list (DevTools shows them; the benchmark
// reads them to report where the time goes).
/** the first list (or the empty state) is painted */
export const FIRST_LIST_MARK = 'dispute-radar:popup-first-list';
/** the popup's main bundle has loaded and starts running (its imports evaluated) */
export const MAIN_MARK = 'dispute-radar:popup-main';
/** the texts of the UI language are in the catalog */
export const TEXTS_MARK = 'dispute-radar:popup-texts';
/** the first render has returned (the list is in the document, not yet painted) */
export const RENDERED_MARK = 'dispute-radar:popup-rendered';
/** the stored cases and settings have been read */
export const READ_MARK = 'dispute-radar:popup-read';
/** the cases that may be due have been checked with zod */
export const PARSED_MARK = 'dispute-radar:popup-parsed';
/** every listed case has been assessed with the rules */
export const ASSESSED_MARK = 'dispute-radar:popup-assessed';

/** Sets a mark once per page. */
export function markOnce(name: string, detail?: Record<string, unknown>): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name, detail ? { detail } : undefined);
}
