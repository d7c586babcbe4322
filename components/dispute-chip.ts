// The chip beside a dispute on the list page: countdown coloured by urgency, fee at stake, and a
// mark when the deadline is an estimate; the whole chip carries one sentence for screen readers.
// Plain DOM rather than Preact: a list has hundreds of chips of four spans each, and a virtual-DOM
// pass per chip was the largest part of mounting them. Page data only ever goes in as text.
import type { ChipModel } from './view-model';

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** Draws `model` into `mount` (a shadow root's container), replacing what was there. */
export function renderChip(mount: HTMLElement, model: ChipModel, estimateMark: string): void {
  const doc = mount.ownerDocument;
  let chip = mount.firstElementChild as HTMLElement | null;
  if (!chip) {
    chip = doc.createElement('span');
    chip.setAttribute('role', 'note');
    mount.appendChild(chip);
  }
  chip.className = `chip u-${model.urgency}${model.problem ? ' problem' : ''}`;
  chip.setAttribute('aria-label', model.label);
  chip.setAttribute('title', model.label);
  // The visible words are hidden from screen readers as one group: the label above says it all.
  const shown = doc.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  if (model.estimate) shown.appendChild(span(doc, 'est', estimateMark));
  shown.appendChild(span(doc, 'cd', model.text));
  if (model.fee) shown.append(span(doc, 'sep', '·'), span(doc, 'fee', model.fee));
  chip.replaceChildren(shown);
}
