// The planners with the real lib/rules (the other tests use a portal-deadline-only stand-in).
import { describe, expect, it } from 'vitest';
import { planBadge } from '../../lib/cases/badge';
import { dueNotifications } from '../../lib/cases/notifications';
import { caseRules } from '../../lib/cases/rules-real';
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

  it('no status: not timed (not counted, no notification)', () => {
    const c = trackedCase('dp_4', 'open', null, { facts: { id: 'dp_4', dueBy: at(5) } });
    expect(timeCase(c, caseRules, NOW, 'UTC')).toBeNull();
  });
});
