// The computer's clock put right after it ran ahead: what was read while it was ahead carries
// "last seen" instants that are still in the future. Those cannot order readings any more; a
// reading at the right time must not be taken for an older one (its status would be ignored).
import { describe, expect, it } from 'vitest';
import { mergeObservation } from '../../lib/cases/merge';
import { at, HOUR, NOW, portalOnlyRules, reading } from './fixtures';

describe('a case last read while the clock was ahead', () => {
  it.each([
    ['a year ahead', 24 * 365],
    ['a day ahead', 24],
    ['an hour ahead', 1],
  ])('the clock was %s: the next reading at the right time is the newer one', (_name, aheadHours) => {
    const ahead = new Date(NOW.getTime() + aheadHours * HOUR);
    const first = mergeObservation({}, reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }], { observedAt: ahead.toISOString() }), ahead, portalOnlyRules).store;
    expect(first['S1|dp_1']?.lastSeenAt).toBe(ahead.toISOString());
    // The clock is right again: the portal now says the dispute was won.
    const { store } = mergeObservation(first, reading([{ id: 'dp_1', status: 'won' }], { observedAt: at(-0.01) }), NOW, portalOnlyRules);
    expect(store['S1|dp_1']).toMatchObject({ facts: { status: 'won', dueBy: at(30) }, lastSeenAt: at(-0.01), closedAt: at(-0.01) });
  });

  it('a reading older than one taken at the right time still does not roll it back', () => {
    const first = mergeObservation({}, reading([{ id: 'dp_1', status: 'won' }], { observedAt: at(-1) }), NOW, portalOnlyRules).store;
    const { store } = mergeObservation(first, reading([{ id: 'dp_1', status: 'open' }], { observedAt: at(-2) }), NOW, portalOnlyRules);
    expect(store['S1|dp_1']).toMatchObject({ facts: { status: 'won' }, lastSeenAt: at(-1) });
  });
});
