// A dispute as the reader gathers it (its anchor and shown values, before facts.ts reads them), and
// the shape of a dispute's problem: a module of its own, without the parsers and the vocabulary,
// for what the content script loads on demand (labelled-twice.ts) as well as for facts.ts.
import type { Built } from './facts';
import type { Value } from './scan';
import type { FieldKey } from './vocabulary';

export interface Draft {
  id: string;
  anchor: Element;
  values: Map<FieldKey, Value>;
  /**
   * values read through column headers: a label inside the cell says it more exactly. A kept
   * row's draft has the row's own values, and them as these too, until own() copies them.
   */
  fromColumns: Pick<Set<FieldKey>, 'has' | 'delete'>;
  /** a list row's memory (row-memo.ts): where its built dispute is kept while its values stay the same */
  kept?: { built?: Built; hidden?: Map<FieldKey, string> };
  /** the element of its Dispute ID label, where its ID is read beside one (labelled-twice.ts) */
  idLabel?: Element;
}

/** The draft, with values of its own to add to (a kept row's are shared with its memory). */
function own(d: Draft): Draft {
  if ((d.fromColumns as unknown) === d.values) {
    d.values = new Map(d.values);
    d.fromColumns = new Set(d.values.keys());
  }
  return d;
}

/**
 * Sets a value of the draft: the only way to change one, since a kept row's draft shares its
 * values (and its column fields) with the row's memory until it has values of its own. A value
 * set here is no longer one read through a column header.
 */
export function setValue(d: Draft, field: FieldKey, value: Value): void {
  own(d).values.set(field, value);
  d.fromColumns.delete(field);
}

/**
 * What could not be read of a dispute, in a sentence that names it ("Dispute DP-1: …."): each
 * problem sentence's shape in one place, for buildDispute and reader.ts (a value its row hides).
 * Only these begin "Dispute ": the content script tells a dispute's problems, which its chip shows,
 * from the page's by it (entrypoints/content/unread-marker.ts needsMarker).
 */
export const disputeProblem = (id: string, said: string) => `Dispute ${id}: ${said}.`;
