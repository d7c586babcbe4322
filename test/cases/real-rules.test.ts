// The planners with the real lib/rules (the other tests use a portal-deadline-only stand-in).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDispute } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';
import { planBadge } from '../../lib/cases/badge';
import { dueNotifications } from '../../lib/cases/notifications';
import { caseRules } from '../../lib/cases/rules-real';
import { assessCases } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { timeCase, timeCases } from '../../lib/cases/timing';
import { at, NOW, trackedCase } from './fixtures';

describe('planning with lib/rules', () => {
  it('the portal deadline wins: an open chargeback due in 10 h is red and notifies at 24 h', () => {
    const c = trackedCase('dp_1', 'open', 10);
    const timed = timeCases([c], caseRules, NOW, 'Europe/Stockholm');
    expect(timed[0]?.next).toMatchObject({ kind: 'response', at: at(10), source: 'portal' });
    expect(planBadge(timed, NOW, DEFAULT_SETTINGS)).toMatchObject({ text: '1', tone: 'red' });
    expect(dueNotifications(timed, {}, NOW, DEFAULT_SETTINGS).send.map((n) => n.hoursBefore)).toEqual([24]);
  });

  it('without a portal date the rules estimate one (Billie: 12 calendar days from creation)', () => {
    const c = trackedCase('dp_2', 'open', null, {
      facts: { id: 'dp_2', provider: 'billie', status: 'open', createdAt: at(-24 * 11), amount: { amountMinor: 100, currency: 'EUR' } },
    });
    const timed = timeCase(c, caseRules, NOW, 'UTC');
    expect(timed?.next).toMatchObject({ kind: 'response', source: 'rule', at: at(24) });
  });

  it('facts too few for the rules but with a status and the portal date: that date', () => {
    const c = trackedCase('dp_3', 'open', null, { facts: { id: 'dp_3', status: 'open', dueBy: at(5) } });
    expect(timeCase(c, caseRules, NOW, 'UTC')?.next).toMatchObject({ at: at(5), source: 'portal' });
  });

  it.each([
    ['due in 20 h: counted, red', -24 * 4 - 4, '1', 'red'],
    ['due in 60 h: counted, amber', -24 * 2 - 12, '1', 'amber'],
    ['overdue by a day: counted, red', -24 * 6, '1', 'red'],
    // a response is due, as for a chargeback (the popup lists it under "Due this week"): counted, not yet urgent
    ['due in 5 days: counted, neutral', 0, '1', 'neutral'],
  ])('a Klarna unauthorized purchase shown as an enquiry faces its response deadline: %s', (_name, createdHours, text, tone) => {
    // The add-case form's defaults (Klarna, "Enquiry open") with the reason "Unauthorized purchase":
    // the rules give a response deadline 5–14 days from creation even in the enquiry phase.
    const c = trackedCase('dp_5', 'warning_needs_response', null, {
      facts: { id: 'dp_5', provider: 'klarna', status: 'warning_needs_response', reason: 'Unauthorized purchase', createdAt: at(createdHours), amount: { amountMinor: 4_990, currency: 'EUR' }, buyerCountry: 'SE' },
    });
    const timed = timeCases([c], caseRules, NOW, 'Europe/Stockholm');
    expect(timed[0]?.next).toMatchObject({ kind: 'response', source: 'rule' });
    expect(planBadge(timed, NOW, DEFAULT_SETTINGS)).toMatchObject({ text, tone });
  });

  it.each([
    [10, '1', 'red'],
    [100, '1', 'neutral'],
  ])('a card enquiry whose portal "Respond by" is in %d h is counted as a response due: badge "%s"', (hours, text, tone) => {
    // No rule gives card enquiries a window, so the portal's date is their deadline (of kind response).
    const timed = timeCases([trackedCase('dp_6', 'warning_needs_response', hours)], caseRules, NOW, 'Europe/Stockholm');
    expect(timed[0]?.next).toMatchObject({ at: at(hours), source: 'portal' });
    expect(planBadge(timed, NOW, DEFAULT_SETTINGS)).toMatchObject({ text, tone });
  });

  it.each([
    ['overdue by a day: under "Overdue"', -24 * 6, 'overdue', 'respond'],
    ['due in 20 h: under "Due within 24 h"', -24 * 4 - 4, 'due24h', 'respond'],
    ['due in 5 days: under "Due this week"', 0, 'dueWeek', 'respond'],
  ])('the popup lists a Klarna unauthorized purchase shown as an enquiry by its response deadline: %s', (_name, createdHours, group) => {
    const c = trackedCase('dp_5', 'warning_needs_response', null, {
      facts: { id: 'dp_5', provider: 'klarna', status: 'warning_needs_response', reason: 'Unauthorized purchase', createdAt: at(createdHours), amount: { amountMinor: 4_990, currency: 'EUR' }, buyerCountry: 'SE' },
    });
    const rows = assessCases([c], (facts, goods) => assessForList(facts, { now: NOW, timeZone: 'Europe/Stockholm', ...(goods ? { goods } : {}) }));
    expect(rows.map((r) => [r.group, r.assessment?.next?.kind])).toEqual([[group, 'response']]);
  });

  it.each([
    ['before its computed escalation', -24 * 30, 'enquiries', 'escalation'],
    // the rules give an enquiry no response deadline: one past its escalation waits for the portal to say chargeback
    ['past its computed escalation', -24 * 40, 'enquiries', 'escalation'],
  ])('a Klarna enquiry (goods not received) stays among the enquiries to watch: %s', (_name, createdHours, group, kind) => {
    const c = trackedCase('dp_7', 'warning_needs_response', null, {
      facts: { id: 'dp_7', provider: 'klarna', status: 'warning_needs_response', reason: 'Goods not received', createdAt: at(createdHours), amount: { amountMinor: 4_990, currency: 'EUR' }, buyerCountry: 'SE' },
    });
    const rows = assessCases([c], (facts, goods) => assessForList(facts, { now: NOW, timeZone: 'Europe/Stockholm', ...(goods ? { goods } : {}) }));
    expect(rows.map((r) => [r.group, r.assessment?.next?.kind])).toEqual([[group, kind]]);
  });

  it('no status: not timed (not counted, no notification)', () => {
    const c = trackedCase('dp_4', 'open', null, { facts: { id: 'dp_4', dueBy: at(5) } });
    expect(timeCase(c, caseRules, NOW, 'UTC')).toBeNull();
  });
});

describe('caseRules agrees with assessDispute', () => {
  const DAY = 24 * 3_600_000;
  const start = Date.parse('2024-06-01T00:00:00Z');
  const facts = fc.record(
    {
      id: fc.constant('dp_x'),
      provider: fc.constantFrom('card', 'klarna', 'billie'),
      status: fc.constantFrom('warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'),
      createdAt: fc.integer({ min: 0, max: 900 }).map((d) => new Date(start + d * DAY).toISOString()),
      amount: fc.constant({ amountMinor: 1000, currency: 'EUR' }),
      reason: fc.constantFrom('Return', 'Goods not received', 'Unauthorized purchase', '13.1', '10.4', 'fraudulent'),
      network: fc.constantFrom('visa', 'mastercard', 'amex'),
      dueBy: fc.integer({ min: 0, max: 940 }).map((d) => new Date(start + d * DAY + 3_600_000).toISOString()),
      escalatedAt: fc.integer({ min: 0, max: 900 }).map((d) => new Date(start + d * DAY).toISOString()),
    },
    { requiredKeys: ['id', 'provider', 'status', 'createdAt', 'amount'] },
  ) as fc.Arbitrary<DisputeFacts>;

  it('on phase, action required, deadlines and next', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 940 }), fc.constantFrom('UTC', 'Europe/Stockholm', 'America/New_York'), (f, day, timeZone) => {
        const now = new Date(start + day * DAY);
        const full = assessDispute(f, { now, timeZone });
        const light = caseRules.assessDispute(f, { now, timeZone });
        expect(light).toEqual({ phase: full.phase, actionRequired: full.actionRequired, deadlines: full.deadlines, next: full.next });
      }),
      { numRuns: 400 },
    );
  });
});
