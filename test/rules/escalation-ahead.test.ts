// computedEscalationAhead: whether the rules' escalation of a dispute is only computed (no
// escalatedAt, no portal deadline in its place) and still ahead at `now`. The popup's add-case form
// asks it before accepting a chargeback whose start the merchant did not give.
import { describe, expect, it } from 'vitest';
import { KLARNA_2025_08_08 } from '../../lib/rules/data/deadlines';
import { computedEscalationAhead } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';

const SE = 'Europe/Stockholm';
const DAY = 86_400_000;
const CREATED = '2025-09-01T10:00:00+02:00';
const after = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

function facts(over: Partial<DisputeFacts>): DisputeFacts {
  return {
    id: 'dp_1',
    provider: 'klarna',
    status: 'open',
    createdAt: CREATED,
    amount: { amountMinor: 10000, currency: 'SEK' },
    reason: 'Goods not received',
    ...over,
  };
}

describe('computedEscalationAhead', () => {
  // [what, facts, now, expected]
  const cases: [string, Partial<DisputeFacts>, Date, boolean][] = [
    ['Klarna, opened 3 days ago: the 35-day window runs', {}, after(CREATED, 3 * DAY), true],
    ['Klarna, 1 ms before the 35th day', {}, after(CREATED, 35 * DAY - 1), true],
    ['Klarna, at the computed escalation', {}, after(CREATED, 35 * DAY), false],
    ['Klarna, opened 40 days ago', {}, after(CREATED, 40 * DAY), false],
    ['Klarna enquiry status: the helper speaks of the escalation only', { status: 'warning_needs_response' }, after(CREATED, 3 * DAY), true],
    ['Klarna before 2025-08-08: 21 days, day 20', { createdAt: '2025-07-01T10:00:00+02:00' }, after('2025-07-01T10:00:00+02:00', 20 * DAY), true],
    ['Klarna before 2025-08-08: 21 days, day 22', { createdAt: '2025-07-01T10:00:00+02:00' }, after('2025-07-01T10:00:00+02:00', 22 * DAY), false],
    ['Klarna opened at the 35-day change, day 30', { createdAt: KLARNA_2025_08_08 }, after(KLARNA_2025_08_08, 30 * DAY), true],
    ['Klarna Return: counted from the return-tracking upload', { reason: 'Return', returnTrackingAt: '2025-09-20T10:00:00+02:00' }, after(CREATED, 40 * DAY), true],
    ['escalatedAt given: not only computed', { escalatedAt: '2025-09-02T00:00:00+02:00' }, after(CREATED, 3 * DAY), false],
    ['an enquiry with the portal deadline in place of the rule', { status: 'warning_needs_response', dueBy: '2025-09-30T23:59:59+02:00' }, after(CREATED, 3 * DAY), false],
    ['Klarna unauthorized purchase: escalates at the opening', { reason: 'Unauthorized purchase' }, after(CREATED, 3 * DAY), false],
    ['Klarna unauthorized purchase opened "tomorrow" (the form allows a day of slack)', { reason: 'Unauthorized purchase' }, after(CREATED, -12 * 3_600_000), false],
    ['card: no escalation rule', { provider: 'card', reason: 'Fraudulent' }, after(CREATED, 3 * DAY), false],
    ['Billie: no escalation rule', { provider: 'billie', reason: 'Returns' }, after(CREATED, 3 * DAY), false],
    ['unreadable createdAt', { createdAt: 'soon' }, after(CREATED, 3 * DAY), false],
  ];
  it.each(cases)('%s → %s', (_what, over, now, expected) => {
    expect(computedEscalationAhead(facts(over), { timeZone: SE, now })).toBe(expected);
    expect(computedEscalationAhead(facts(over), { timeZone: SE, now: now.getTime() })).toBe(expected);
  });

  it('never throws on input that is not facts, nor on a bad clock', () => {
    expect(computedEscalationAhead(null as unknown as DisputeFacts, { timeZone: SE, now: new Date() })).toBe(false);
    expect(computedEscalationAhead(facts({}), { timeZone: SE, now: new Date(Number.NaN) })).toBe(false);
    expect(computedEscalationAhead(facts({}), { timeZone: 'Not/AZone', now: after(CREATED, 3 * DAY) })).toBe(true);
  });
});
