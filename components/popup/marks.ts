/** The performance mark the popup sets once its first list (or empty state) is painted; the benchmark reads it. */
export const FIRST_LIST_MARK = 'dispute-radar:popup-first-list';
