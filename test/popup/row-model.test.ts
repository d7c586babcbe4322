// What a popup row says (components/popup/row-model.ts rowTexts), the texts CaseRow and the first
// frame's plain-DOM row both draw: the fee line's choice, the deadline and whether it is an estimate.
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../components/popup/row-model';
import { assessCases, type AssessFn, type CaseAssessment } from '../../lib/cases/group';
import { formatDateTime } from '../../components/format';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

const HOUR = 3_600_000;

function textsOf(c: ReturnType<typeof makeCase>, change: (a: CaseAssessment) => CaseAssessment = (a) => a) {
  const assess: AssessFn = (f, g) => change(fakeAssess(f, g));
  const [row] = assessCases([c], assess);
  return rowTexts(row!, 'en', ZONE, NOW.getTime());
}

describe('rowTexts', () => {
  it('a portal deadline: countdown, due date, no estimate; amount, provider, status, store', () => {
    const r = textsOf(makeCase('D-1', { hoursLeft: 5 }));
    expect(r.urgency).toBe('critical');
    expect(r.countdown).toMatch(/5/);
    expect(r.amount).toMatch(/49[.,]90/);
    expect([r.provider, r.status, r.store]).toEqual(['Klarna', expect.any(String), 'Store M-1']);
    expect(r.due).toEqual({ at: new Date(NOW.getTime() + 5 * HOUR).toISOString(), text: expect.stringContaining(formatDateTime('en', new Date(NOW.getTime() + 5 * HOUR).toISOString(), ZONE)), estimateTitle: null });
  });

  it.each<[string, { latest?: string }, string]>([
    ['one instant', {}, 'Estimated from the rules: the portal shows no deadline for this dispute.'],
    ['a range', { latest: '2026-03-12T12:00:00.000Z' }, `Estimated from the rules: between ${formatDateTime('en', '2026-03-11T12:00:00.000Z', ZONE)} and ${formatDateTime('en', '2026-03-12T12:00:00.000Z', ZONE)}.`],
  ])('a deadline estimated from the rules (%s) carries its title', (_name, extra, title) => {
    const r = textsOf(makeCase('D-2', { hoursLeft: 24 }), (a) => ({ ...a, next: { ...a.next!, source: 'rule', ruleId: 'r', ...extra } }));
    expect(r.due?.estimateTitle).toBe(title);
  });

  it('facts too few to assess: "unknown" in the chip and no due line', () => {
    const r = textsOf(makeCase('D-3', { incomplete: true }));
    expect(r.urgency).toBe('none');
    expect(r.countdown).toBe('Deadline unknown: details missing');
    expect(r.due).toBeNull();
  });

  it.each<[string, ReturnType<typeof makeCase>, (a: CaseAssessment) => CaseAssessment, RegExp]>([
    ['charged only if lost', makeCase('F-1', { hoursLeft: 5 }), (a) => a, /^Fee if lost: .*15[.,]00/],
    ['charged when opened', makeCase('F-2', { hoursLeft: 5 }), (a) => ({ ...a, fee: { ...a.fee!, charged: 'on_open' } }), /^Fee at stake: .*15[.,]00/],
    ['no fee, buyer country known', makeCase('F-3', { hoursLeft: 5 }), (a) => ({ ...a, fee: null }), /^No published fee$/],
    [
      'no fee, buyer country unknown',
      (() => {
        const c = makeCase('F-4', { hoursLeft: 5 });
        delete c.facts.buyerCountry;
        return c;
      })(),
      (a) => ({ ...a, fee: null }),
      /^Fee unknown: buyer country not known$/,
    ],
    ['no store', makeCase('F-5', { hoursLeft: 5, store: null }), (a) => a, /^Fee if lost/],
  ])('fee line: %s', (_name, c, change, fee) => {
    const r = textsOf(c, change);
    expect(r.fee).toMatch(fee);
    expect(r.store).toBe(c.facts.storeId ? `Store ${c.facts.storeId}` : 'No store');
  });
});
