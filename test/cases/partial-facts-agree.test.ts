// A dispute read from a page that shows only its status and the portal's own deadline (a list page
// may show no more: no amount, no opening date, no provider). The background's badge and
// notifications already count down to that deadline (lib/cases/timing); the popup, which the
// merchant opens on that badge or notification, must list it in the same group with the same date,
// not under "Later" with an unknown deadline.
import { describe, expect, it } from 'vitest';
import { planBadge } from '../../lib/cases/badge';
import { assessCases } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { caseRules } from '../../lib/cases/rules-real';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeStatus } from '../../lib/rules/types';
import { at, NOW, trackedCase } from './fixtures';

const ZONE = 'Europe/Stockholm';

function listRead(status: DisputeStatus, dueInHours: number, extra: Partial<TrackedCase['facts']> = {}): TrackedCase {
  return trackedCase('dp_9', status, null, { facts: { id: 'dp_9', storeId: 'S1', status, dueBy: at(dueInHours), ...extra } });
}

const popupRows = (c: TrackedCase) =>
  assessCases([c], (facts, goods) => assessForList(facts, { now: NOW, timeZone: ZONE, ...(goods ? { goods } : {}) }));

describe('a case known only by its status and the portal deadline: the popup agrees with the badge', () => {
  it.each<[string, TrackedCase, string, string, string]>([
    ['a chargeback due in 2 h', listRead('open', 2), 'due24h', '1', 'red'],
    ['a chargeback overdue by 3 h', listRead('open', -3), 'overdue', '1', 'red'],
    ['a chargeback due in 60 h', listRead('open', 60), 'dueWeek', '1', 'amber'],
    ['a chargeback due in 10 days', listRead('open', 240), 'later', '1', 'neutral'],
    ['a chargeback due in 2 h, its amount also shown', listRead('open', 2, { amount: { amountMinor: 4_990, currency: 'EUR' } }), 'due24h', '1', 'red'],
    ['an enquiry with a date in 5 h', listRead('warning_needs_response', 5), 'due24h', '1', 'red'],
  ])('%s', (_name, c, group, text, tone) => {
    const [row] = popupRows(c);
    const badge = planBadge(timeCases([c], caseRules, NOW, ZONE), NOW, DEFAULT_SETTINGS);
    expect(row?.group).toBe(group);
    expect(row?.dueAt).toBe(Date.parse(c.facts.dueBy!));
    expect(row?.assessment?.next).toMatchObject({ at: new Date(Date.parse(c.facts.dueBy!)).toISOString(), source: 'portal' });
    expect(badge).toMatchObject({ text, tone });
    // The badge's tooltip and the popup's row name the same deadline, of the same kind: as the next
    // one, or, once passed, as the overdue one (the tooltip names the next one ahead first).
    const named = group === 'overdue' ? badge.overdue.latest : badge.next;
    expect(group === 'overdue' ? badge.next : badge.overdue.latest).toBeNull();
    expect(named?.deadline).toMatchObject({ at: row?.assessment?.next?.at, kind: row?.assessment?.next?.kind });
  });

  it('a case with neither a full set of facts nor a portal date stays under "Later" with no deadline', () => {
    const [row] = popupRows(trackedCase('dp_8', 'open', null, { facts: { id: 'dp_8', storeId: 'S1', status: 'open' } }));
    expect(row).toMatchObject({ group: 'later', dueAt: null, assessment: null });
  });
});
