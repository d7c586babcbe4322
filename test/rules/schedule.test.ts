// assessSchedule is the list's share of assessDispute: same values (assessDispute is built on it),
// and the same refusal to throw on facts it cannot read.
import { describe, expect, it } from 'vitest';
import { assessDispute, assessSchedule } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';

const now = new Date('2026-03-10T12:00:00.000Z');
const opts = { now, timeZone: 'Europe/Stockholm' };

describe('assessSchedule', () => {
  it.each<[string, DisputeFacts]>([
    ['card chargeback, estimate range', { id: 'a', provider: 'card', status: 'open', createdAt: '2026-03-05T09:00:00.000Z', amount: { amountMinor: 1000, currency: 'EUR' }, buyerCountry: 'SE', network: 'visa', reason: '13.1' }],
    ['Klarna enquiry', { id: 'b', provider: 'klarna', status: 'warning_needs_response', createdAt: '2026-02-20T09:00:00.000Z', amount: { amountMinor: 5000, currency: 'SEK' }, buyerCountry: 'SE', reason: 'Return' }],
    ['portal deadline passed', { id: 'c', provider: 'billie', status: 'open', createdAt: '2026-02-20T09:00:00.000Z', amount: { amountMinor: 5000, currency: 'EUR' }, dueBy: '2026-03-10T11:59:00.000Z' }],
    ['closed', { id: 'd', provider: 'card', status: 'won', createdAt: '2026-01-20T09:00:00.000Z', amount: { amountMinor: 5000, currency: 'USD' }, buyerCountry: 'US' }],
  ])('%s: the same values as assessDispute', (_name, facts) => {
    const full = assessDispute(facts, opts);
    expect(assessSchedule(facts, opts)).toEqual({
      phase: full.phase,
      actionRequired: full.actionRequired,
      statusInfo: full.statusInfo,
      deadlines: full.deadlines,
      next: full.next,
      msLeft: full.msLeft,
      urgency: full.urgency,
      fee: full.fee,
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'dispute'],
    ['unknown status and dates', { id: 'x', provider: 'card', status: 'weird', createdAt: 'yesterday', amount: { amountMinor: 1, currency: '€' } }],
  ])('%s: no throw, no deadline', (_name, facts) => {
    const s = assessSchedule(facts as DisputeFacts, opts);
    expect(s.next).toBeNull();
    expect(s.urgency).toBe('none');
  });
});
