// One line above the dispute list: how many need a response, the next deadline, fees at risk.
// Plain DOM (no Preact): list pages carry no Preact at all; the detail panel brings its own.
import type { SummaryModel } from './view-model';
import { textSpan } from './dispute-chip';

/** Draws `model` into `mount`, replacing what was there. Page data only ever goes in as text. */
export function renderPageSummary(mount: HTMLElement, model: SummaryModel, brand: string): void {
  const doc = mount.ownerDocument;
  const line = doc.createElement('div');
  line.className = 'summary';
  line.setAttribute('role', 'status');
  line.setAttribute('aria-label', model.label);
  line.append(textSpan(doc, 'brand', brand), textSpan(doc, 'count', model.needResponse));
  if (model.overdue) line.append(textSpan(doc, 'next u-overdue', model.overdue));
  if (model.next) line.append(textSpan(doc, `next u-${model.next.urgency}`, model.next.text));
  line.append(textSpan(doc, 'fees', model.fees));
  mount.replaceChildren(line);
}
