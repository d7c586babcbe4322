// A labelled value in a table row outside every dispute: the details of the dispute whose row is
// right above it, expanded under it (reader.ts asks for each such label, after its dispute's anchor
// and the page's own dispute).
//
// In the content script's build this module is the one in content-rules/detail.js, loaded on
// demand (modules/content-rules.ts, entrypoints/content/detail-rules.ts): a page with a label in a
// row outside every dispute is read again once it is in.
import type { Draft } from './draft';
import type { LabelHit } from './scan';

/** a table's row, an ARIA table's too */
export const ROW = 'tr,[role=row]';

/**
 * The dispute whose row is right above the row holding a labelled value: a row expanded under it
 * (Ant Design's, MUI's collapsible table: "<tr><td colspan=5>Respond by: 2 Feb 2026</td></tr>"),
 * its details; else taken for a group's heading, the deadline went to the disputes after it. Not
 * for a status or a store, which head the rows after them (groupHead), nor where a row before the
 * first dispute's says the same field: then such rows head groups ("Created: 19 Jan 2026" over
 * the disputes of that day), each one's after it.
 */
export function rowAbove(h: LabelHit, byAnchor: Map<Element, Draft>, pairs: LabelHit[]): Draft | undefined {
  // (from a table inside the row too: Ant Design's Descriptions)
  for (let row = h.field !== 'status' && h.field !== 'store' && h.box.closest(ROW); row; row = row.parentElement!.closest(ROW)) {
    const d = byAnchor.get(row.previousElementSibling!);
    if (d) {
      for (let r = row.parentElement!.firstElementChild; r && !byAnchor.has(r); r = r.nextElementSibling) {
        if (pairs.some((p) => p.field === h.field && r!.contains(p.box))) return;
      }
      return d;
    }
  }
}
