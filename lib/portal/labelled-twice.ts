// A field labelled twice for one dispute, outside any column: which label's value is the dispute's.
// Its page's "Order" card beside its "Dispute" card, each with an "Amount" and a "Created"; a
// "Related disputes" card with another dispute's "Respond by" before the dispute's own fields; a
// timeline with each phase's "Respond by". (reader.ts asks, label by label in page order, whether
// a later label's value replaces the one read first.)
//
// In the content script's build this module is the one in content-rules/detail.js, loaded on
// demand (modules/content-rules.ts, entrypoints/content/labelled-twice.ts): a page where a
// dispute's field is labelled twice is read again once it is in, as a detail page is.
import { disputeProblem, setValue, type Draft } from './draft';
import type { LabelHit, Value } from './scan';

/**
 * Whether the value beside `h` replaces `had`, the value of the same field that dispute `d` read
 * beside an earlier label (`had.label`):
 * 1. the label in the section holding the dispute's labelled ID is its own, whichever comes first
 *    (the smallest element around a label and the ID holds the other label, or this one is nearer);
 * 2. where the ID is outside both (in the page's header, "<h1>Dispute ID DP-1</h1>"), the label in
 *    the section with more of the page's labelled values: the dispute's fields, not an order's card
 *    of two or a related dispute's line of one (sections: the two elements side by side under the
 *    smallest element holding both labels);
 * 3. where those are as many (a timeline's phases, one "Respond by" each) and the values differ,
 *    neither is read, and that is said: the first in page order was read before, an expired
 *    phase's deadline for the current one.
 * Never for the ID, which names the dispute (reader.ts), nor where either label is not known.
 */
export function ownLabel(h: LabelHit, had: Value, d: Draft, pairs: LabelHit[], problems: string[]): boolean {
  const other = had.label;
  const id = d.idLabel;
  if (!other || !id) return false;
  let near = h.box;
  while (!near.contains(id)) near = near.parentElement!;
  if (!near.contains(other)) return true;
  for (near = other; !near.contains(id); ) near = near.parentElement!;
  if (!near.contains(h.box) || h.field === 'id') return false;
  // (a value not read already: said once)
  if (!had.text) return false;
  let both = h.box.parentElement!;
  while (!both.contains(other)) both = both.parentElement!;
  const mine = labelsIn(sectionOf(h.box, both), pairs);
  const theirs = labelsIn(sectionOf(other, both), pairs);
  if (mine !== theirs) return mine > theirs;
  if (h.value!.text === had.text) return false;
  // (the label as the page shows it, in its language, before its value where one text holds both,
  // "Respond by: 2 Feb 2026": this module carries no vocabulary)
  const quote = (text: string | null | undefined) => `"${(text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  problems.push(disputeProblem(d.id, `${quote(h.box.textContent?.split(/:\s/)[0])} is shown twice, ${quote(had.text)} and ${quote(h.value!.text)}: neither is read`));
  setValue(d, h.field, { text: '', el: null, label: h.box });
  return false;
}

/** The element under `top` that holds `el` (or `el` itself, right under it). */
function sectionOf(el: Element, top: Element): Element {
  while (el.parentElement !== top) el = el.parentElement!;
  return el;
}

/**
 * How many of the page's labelled values are inside `el`, none where it holds a labelled dispute ID
 * (never this dispute's, which neither section holds): another dispute's panel, or one with
 * nothing chosen ("Dispute ID: —"), is no section of this one's, however many labels it has.
 * Counted once per reading for every element above a label (linear in the labels and their depth,
 * where a hostile page has two thousand labels of one field), not label by label for each comparison.
 */
const counts = new WeakMap<LabelHit[], Map<Element, number>>();
function labelsIn(el: Element, pairs: LabelHit[]): number {
  let byEl = counts.get(pairs);
  if (!byEl) {
    counts.set(pairs, (byEl = new Map()));
    // (an ID's label makes every element above it count for none: NaN stays NaN, and NaN > n is false)
    for (const p of pairs) for (let e: Element | null = p.box; e; e = e.parentElement) byEl.set(e, p.field === 'id' ? NaN : (byEl.get(e) ?? 0) + 1);
  }
  return byEl.get(el) || 0;
}
