// Cases whose next date is each kind the popup and its exports describe, with the real rules
// (lib/cases/list-assessment, as the popup assesses): an enquiry's escalation and a chargeback's
// response deadline, each estimated by the rules or shown by the portal, one with a range.
// For the tests of the words each view puts around that date (test/popup/ical-escalation,
// row-estimate-escalation).
import type { AssessFn } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import type { TrackedCase } from '../../lib/cases/schema';
import type { Deadline, DisputeFacts } from '../../lib/rules/types';
import { NOW } from './fixtures';

export const NEXT_DATE_ZONE = 'Europe/Stockholm';

/** A stored case of store M-1, opened 1 Mar 2026 (NOW is 10 Mar) for EUR 49.90 by a German buyer; `facts` adds or replaces. */
export function trackedCase(facts: Partial<DisputeFacts> & { id: string }): TrackedCase {
  return {
    key: `M-1|${facts.id}`,
    facts: { storeId: 'M-1', createdAt: '2026-03-01T09:00:00.000Z', amount: { amountMinor: 4990, currency: 'EUR' }, buyerCountry: 'DE', ...facts },
    merchant: { ticks: {} },
    manual: false,
    firstSeenAt: '2026-03-01T10:00:00.000Z',
    lastSeenAt: '2026-03-09T10:00:00.000Z',
  };
}

export const realRules: AssessFn = (facts) => assessForList(facts, { now: NOW, timeZone: NEXT_DATE_ZONE });

const PORTAL_DATE = '2026-03-20T22:59:59.999Z';

export interface NextDateCase {
  label: string;
  facts: Partial<DisputeFacts> & { id: string };
  /** the next date's kind and source, and its latest date when the rules give a range */
  kind: Deadline['kind'];
  source: Deadline['source'];
  latest: string | null;
}

export const NEXT_DATE_CASES: readonly NextDateCase[] = [
  { label: 'Klarna enquiry, escalation from the rules (35 days)', facts: { id: 'E-RULE', provider: 'klarna', status: 'warning_needs_response' }, kind: 'escalation', source: 'rule', latest: null },
  { label: 'Klarna enquiry, date shown by the portal', facts: { id: 'E-PORTAL', provider: 'klarna', status: 'warning_needs_response', dueBy: PORTAL_DATE }, kind: 'escalation', source: 'portal', latest: null },
  // (opened 44 days before NOW: escalated by the rules' 35 days, its response 14 days after)
  { label: 'Klarna chargeback, response from the rules (14 days)', facts: { id: 'K-RULE', provider: 'klarna', status: 'open', createdAt: '2026-01-25T09:00:00.000Z' }, kind: 'response', source: 'rule', latest: null },
  // (opened 9 days before NOW, a chargeback already: escalated early, between its opening and NOW)
  { label: 'Klarna chargeback shown before the rules\' escalation, response a range to now + 14 days', facts: { id: 'K-EARLY', provider: 'klarna', status: 'open' }, kind: 'response', source: 'rule', latest: '2026-03-24T12:00:00.000Z' },
  {
    label: 'card chargeback, response from the rules (7-21 days)',
    facts: { id: 'C-RANGE', provider: 'card', network: 'visa', status: 'open', createdAt: '2026-03-08T09:00:00.000Z' },
    kind: 'response',
    source: 'rule',
    latest: '2026-03-29T08:00:00.000Z',
  },
  { label: 'card chargeback, deadline shown by the portal', facts: { id: 'C-PORTAL', provider: 'card', network: 'visa', status: 'open', dueBy: PORTAL_DATE }, kind: 'response', source: 'portal', latest: null },
];
