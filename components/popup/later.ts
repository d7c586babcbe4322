// What the popup shows only after a click: the "Add a case" form (with lib/cases/manual-case) and
// the CSV / iCalendar exports. Each is its own chunk, loaded with import() on first use (or ahead,
// once the full list is painted: preloadLater), so the first frame's bundle does not carry, fetch
// or compile them.

/** One import, the same promise after; a failed import is not kept: the next click tries again. */
function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** The add-case form's module. */
export const loadAddCaseForm = importOnce(() => import('./AddCaseForm'));

/** The CSV and iCalendar writers. */
export const loadExports = importOnce(() => import('./exports'));

/** Loads both in the background (after the first list is painted), so a click finds them in. */
export function preloadLater(): void {
  void loadAddCaseForm().catch(() => undefined);
  void loadExports().catch(() => undefined);
}
