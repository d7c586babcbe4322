// Whether the merchant has a response to give, one answer for every view that counts or groups
// disputes by it (the page's summary line, the popup's groups).
import type { Assessment, Deadline } from './types';

export interface ResponseDueInput extends Pick<Assessment, 'phase' | 'actionRequired'> {
  next: Pick<Deadline, 'kind'> | null;
}

/**
 * A chargeback whose status requires a response; or an enquiry whose next deadline is a response,
 * not its escalation: a Klarna unauthorized purchase (a chargeback from the start, with a response
 * window from its creation) or a card enquiry with the portal's "Respond by". Never a closed case.
 */
export function responseDue(a: ResponseDueInput): boolean {
  if (a.phase === 'closed') return false;
  return a.phase === 'enquiry' ? a.next?.kind === 'response' : a.actionRequired;
}
