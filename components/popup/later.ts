// What the popup shows only after a click: the "Add a case" form (with lib/cases/manual-case and
// @date-fns/tz) and the CSV / iCalendar exports. Each is its own chunk, loaded with import() on
// first use (or ahead, once the full list is painted: preloadLater), so the first frame's bundle
// does not carry, fetch or compile them.
type FormModule = typeof import('./AddCaseForm');

let form: Promise<FormModule> | null = null;
let exportsModule: Promise<typeof import('./exports')> | null = null;

/** The add-case form's module (one import, the same promise after). */
export function loadAddCaseForm(): Promise<FormModule> {
  // A failed import is not kept: the next click tries again.
  return (form ??= import('./AddCaseForm').catch((error: unknown) => {
    form = null;
    throw error;
  }));
}

/** The CSV and iCalendar writers (one import, the same promise after). */
export function loadExports(): Promise<typeof import('./exports')> {
  return (exportsModule ??= import('./exports').catch((error: unknown) => {
    exportsModule = null;
    throw error;
  }));
}

/** Loads both in the background (after the first list is painted), so a click finds them in. */
export function preloadLater(): void {
  void loadAddCaseForm().catch(() => undefined);
  void loadExports().catch(() => undefined);
}
