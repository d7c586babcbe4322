// The mark every export file carries (lib/cases/transfer.ts writes and checks it), apart from the
// transfer module so that a page can tell a wrong file at once without bringing zod and the
// migrations in.
export const EXPORT_FORMAT = 'dispute-radar/cases';

/**
 * Whether a file's text can be an export at all: JSON, an object, with the export's format mark.
 * The background checks the rest (and this again); a file that fails here is a wrong file picked
 * (the popup's CSV or calendar, another JSON), which the page can say in the merchant's language.
 */
export function looksLikeExport(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { format?: unknown }).format === EXPORT_FORMAT;
}
