// The toolbar badge and the popup's groups, with the real lib/rules: a case the popup lists as a
// response to give (Overdue, within 24 h, this week, later) is counted by the badge whatever its
// deadline, as a chargeback is; an enquiry watched for its escalation is counted once that is near.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBadge } from '../../lib/cases/badge';
import { assessCases } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { caseRules } from '../../lib/cases/rules-real';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeFacts, DisputeStatus, Provider } from '../../lib/rules/types';
import { at, NOW, trackedCase } from './fixtures';

const ZONE = 'Europe/Stockholm';

function dispute(provider: Provider, status: DisputeStatus, reason: string, createdHours: number, dueInHours: number | null): TrackedCase {
  return trackedCase('dp_1', status, null, {
    facts: {
      id: 'dp_1',
      provider,
      status,
      reason,
      createdAt: at(createdHours),
      amount: { amountMinor: 4_990, currency: 'EUR' },
      buyerCountry: 'SE',
      ...(dueInHours === null ? {} : { dueBy: at(dueInHours) }),
    },
  });
}

describe('badge and popup agree on what needs the merchant', () => {
  it.each<[string, TrackedCase, string, string, string]>([
    ['a chargeback due in 10 days', dispute('card', 'open', 'fraudulent', -24, 240), 'later', '1', 'neutral'],
    ['a Klarna unauthorized purchase shown as an enquiry, due in 5 days', dispute('klarna', 'warning_needs_response', 'Unauthorized purchase', 0, null), 'dueWeek', '1', 'neutral'],
    ['a card enquiry whose portal "Respond by" is in 10 days', dispute('card', 'warning_needs_response', 'fraudulent', -24, 240), 'later', '1', 'neutral'],
    ['a card enquiry whose portal "Respond by" is in 100 h', dispute('card', 'warning_needs_response', 'fraudulent', -24, 100), 'dueWeek', '1', 'neutral'],
    ['a card enquiry whose portal "Respond by" is in 10 h', dispute('card', 'warning_needs_response', 'fraudulent', -24, 10), 'due24h', '1', 'red'],
    ['a Klarna enquiry escalating in weeks', dispute('klarna', 'warning_needs_response', 'Goods not received', -24, null), 'enquiries', '', 'none'],
    ['a chargeback under review', dispute('card', 'under_review', 'fraudulent', -24, 100), '-', '', 'none'],
  ])('%s', (_name, c, group, text, tone) => {
    const rows = assessCases([c], (facts, goods) => assessForList(facts, { now: NOW, timeZone: ZONE, ...(goods ? { goods } : {}) }));
    expect(rows.map((r) => r.group)).toEqual(group === '-' ? [] : [group]);
    expect(planBadge(timeCases([c], caseRules, NOW, ZONE), NOW, DEFAULT_SETTINGS)).toMatchObject({ text, tone });
  });

  it('on any dispute at any time: counted exactly when the popup lists a response due, or an enquiry whose deadline is within "soon"', () => {
    const DAY = 24 * 3_600_000;
    const start = Date.parse('2024-06-01T00:00:00Z');
    const day = (max: number) => fc.integer({ min: 0, max }).map((d) => new Date(start + d * DAY).toISOString());
    const facts = fc.record(
      {
        id: fc.constant('dp_x'),
        provider: fc.constantFrom<Provider>('card', 'klarna', 'billie'),
        status: fc.constantFrom<DisputeStatus>('warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'),
        createdAt: day(900),
        amount: fc.constant({ amountMinor: 1000, currency: 'EUR' }),
        reason: fc.constantFrom('Return', 'Goods not received', 'Unauthorized purchase', '13.1', '10.4', 'fraudulent'),
        network: fc.constantFrom('visa', 'mastercard', 'amex'),
        dueBy: fc.integer({ min: 0, max: 940 }).map((d) => new Date(start + d * DAY + 3_600_000).toISOString()),
        escalatedAt: day(900),
      },
      { requiredKeys: ['id', 'provider', 'status', 'createdAt', 'amount'] },
    ) as fc.Arbitrary<DisputeFacts>;
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 940 }), (f, d) => {
        const now = new Date(start + d * DAY + 7_200_000);
        const c: TrackedCase = { ...trackedCase('dp_x', 'open', null), facts: f };
        const [row] = assessCases([c], (ff, goods) => assessForList(ff, { now, timeZone: ZONE, ...(goods ? { goods } : {}) }));
        const near = row?.dueAt != null && row.dueAt - now.getTime() < DEFAULT_SETTINGS.soonHours * 3_600_000;
        const listedAsDue = row !== undefined && (row.group !== 'enquiries' || near);
        expect(planBadge(timeCases([c], caseRules, now, ZONE), now, DEFAULT_SETTINGS).count).toBe(listedAsDue ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
  });
});
