// The popup's light assessment agrees with lib/rules' assessDispute on every field the list uses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDispute } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';
import { LIST_FACTS_START, listFacts, listThresholds } from '../fixtures/list-facts';
import { assessForList } from '../../lib/cases/list-assessment';

describe('assessForList agrees with assessDispute', () => {
  it('on phase, action required, deadlines, next, time left, urgency and fee', () => {
    fc.assert(
      fc.property(
        listFacts(['dp_x']),
        fc.integer({ min: 0, max: 940 * 24 }),
        fc.constantFrom('UTC', 'Europe/Stockholm', 'Europe/Helsinki', 'America/New_York'),
        listThresholds,
        (f, hour, timeZone, t) => {
          const now = new Date(LIST_FACTS_START + hour * 3_600_000);
          const opts = { now, timeZone, ...(t ? { thresholds: t } : {}) };
          const full = assessDispute(f, opts);
          expect(assessForList(f, opts)).toEqual({
            phase: full.phase,
            actionRequired: full.actionRequired,
            deadlines: full.deadlines,
            next: full.next,
            msLeft: full.msLeft,
            urgency: full.urgency,
            fee: full.fee,
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a portal deadline in 10 h', { dueBy: '2026-03-10T22:00:00.000Z' }, 'critical', 10 * 3_600_000],
    ['a portal deadline passed 2 h ago', { dueBy: '2026-03-10T10:00:00.000Z' }, 'overdue', -2 * 3_600_000],
  ])('%s', (_name, extra, urgency, msLeft) => {
    const f: DisputeFacts = {
      id: 'dp_1',
      provider: 'card',
      status: 'open',
      createdAt: '2026-03-01T12:00:00.000Z',
      amount: { amountMinor: 1000, currency: 'EUR' },
      buyerCountry: 'SE',
      ...extra,
    };
    const a = assessForList(f, { now: new Date('2026-03-10T12:00:00.000Z'), timeZone: 'Europe/Stockholm' });
    expect(a).toMatchObject({ phase: 'chargeback', actionRequired: true, urgency, msLeft, next: { kind: 'response', source: 'portal' } });
    expect(a.fee?.fee.currency).toBe('SEK');
  });
});
