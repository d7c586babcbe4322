// The chip beside a dispute on the list page: countdown coloured by urgency, fee at stake, and a
// mark when the deadline is an estimate; the whole chip carries one sentence for screen readers.
// Plain DOM rather than Preact: a list has hundreds of chips, and a virtual-DOM pass per chip was
// the largest part of mounting them. Page data only ever goes in as text.
import type { ChipModel } from './view-model';

/** A span of text with a class (also the page summary's). */
export function textSpan(doc: Document, className: string, text: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Draws `model` into `chip`, the chip element itself (the only child of its shadow root),
 * replacing what was there. As few nodes as the looks need: a 500-row list has 500 of these, and
 * every node is style and layout work. Countdown and fee are plain text; only the estimate mark
 * (bold) and the separator (dimmed) are elements of their own.
 */
export function renderChip(chip: HTMLElement, model: ChipModel, estimateMark: string): void {
  const doc = chip.ownerDocument;
  chip.setAttribute('role', 'note');
  chip.className = `chip u-${model.urgency}${model.problem ? ' problem' : ''}`;
  chip.setAttribute('aria-label', model.label);
  chip.setAttribute('title', model.label);
  // The visible words are hidden from screen readers as one group: the label above says it all.
  const shown = doc.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  if (model.estimate) shown.appendChild(textSpan(doc, 'est', estimateMark));
  shown.append(model.text);
  if (model.fee) shown.append(textSpan(doc, 'sep', '·'), model.fee);
  chip.replaceChildren(shown);
}
