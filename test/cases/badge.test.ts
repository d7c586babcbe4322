import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, planBadge } from '../../lib/cases/badge';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import { contrastRatio } from '../../components/format';
import type { DisputeStatus } from '../../lib/rules/types';
import { NOW, portalOnlyRules, trackedCase } from './fixtures';

type Row = [DisputeStatus, number | null];
const plan = (rows: Row[], settings = DEFAULT_SETTINGS) =>
  planBadge(
    timeCases(rows.map(([status, due], i) => trackedCase(`dp_${i}`, status, due)), portalOnlyRules, NOW, 'UTC'),
    NOW,
    settings,
  );

describe('planBadge', () => {
  it.each<[string, Row[], string, string]>([
    ['no cases: empty', [], '', 'none'],
    ['only closed and reviewed cases: empty', [['won', null], ['under_review', 5], ['lost', null]], '', 'none'],
    ['response required, far away: neutral', [['open', 200]], '1', 'neutral'],
    ['response required, no deadline known: neutral', [['open', null]], '1', 'neutral'],
    ['response due in exactly 72 h: not yet soon', [['open', 72]], '1', 'neutral'],
    ['response due in 71.99 h: amber', [['open', 71.99]], '1', 'amber'],
    ['response due in exactly 24 h: amber', [['open', 24]], '1', 'amber'],
    ['response due in 23.99 h: red', [['open', 23.99]], '1', 'red'],
    ['response overdue: red', [['open', -3]], '1', 'red'],
    ['deadline this instant: red', [['open', 0]], '1', 'red'],
    ['enquiry (no response needed yet) escalating in 100 h: not counted', [['warning_needs_response', 100]], '', 'none'],
    ['enquiry under review escalating in 80 h: not counted', [['warning_under_review', 80]], '', 'none'],
    ['enquiry under review escalating in 71 h: counted, amber', [['warning_under_review', 71]], '1', 'amber'],
    ['enquiry under review escalating in 2 h: red', [['warning_under_review', 2]], '1', 'red'],
    ['the most urgent decides the colour', [['open', 200], ['open', 50], ['open', 10]], '3', 'red'],
    ['amber beats neutral', [['open', 200], ['warning_needs_response', 60]], '2', 'amber'],
  ])('%s', (_name, rows, text, tone) => {
    const badge = plan(rows);
    expect(badge.text).toBe(text);
    expect(badge.tone).toBe(tone);
  });

  it('counts above 99 show "99+"', () => {
    const badge = plan(Array.from({ length: 120 }, () => ['open', 500] as Row));
    expect(badge).toMatchObject({ count: 120, text: '99+' });
  });

  // The next deadline the merchant can still act on; a passed one is counted apart (a missed
  // response deadline is lost already: naming a months-old one first hid the one still ahead).
  it.each<[string, Row[], string | null, number, string | null]>([
    ['the soonest still ahead, not the overdue one', [['open', 30], ['under_review', 1], ['open', -2], ['open', 5]], 'dp_3', 1, 'dp_2'],
    ['a months-old overdue one does not hide tomorrow\'s', [['open', -24 * 120], ['open', 26]], 'dp_1', 1, 'dp_0'],
    ['the overdue one named is the one that passed last', [['open', -24 * 90], ['open', -3], ['open', -24 * 30]], null, 3, 'dp_1'],
    ['a deadline this instant has passed', [['open', 0], ['open', 1]], 'dp_1', 1, 'dp_0'],
    ['none overdue', [['open', 30], ['open', 5]], 'dp_1', 0, null],
    ['an overdue case under review (answered) is not counted', [['under_review', -5], ['open', 5]], 'dp_1', 0, null],
  ])('names the next deadline: %s', (_name, rows, next, overdue, latest) => {
    const badge = plan(rows);
    expect(badge.next?.disputeId ?? null).toBe(next);
    expect(badge.overdue.count).toBe(overdue);
    expect(badge.overdue.latest?.disputeId ?? null).toBe(latest);
    // the count keeps every case that needs action, the overdue ones too
    expect(badge.count).toBe(rows.filter(([status]) => status === 'open').length);
  });

  it('names the store of the next case', () => {
    expect(plan([['open', -2], ['open', 5]]).next).toMatchObject({ key: 'S1|dp_1', disputeId: 'dp_1', storeId: 'S1', urgency: 'critical' });
  });

  it('follows the thresholds in the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, criticalHours: 2, soonHours: 10 };
    expect(plan([['open', 5]], settings).tone).toBe('amber');
    expect(plan([['open', 1]], settings).tone).toBe('red');
    expect(plan([['open', 11]], settings).tone).toBe('neutral');
  });

  it.each(Object.entries(BADGE_COLORS))('%s badge text is readable (≥ 4.5:1)', (_tone, { background, text }) => {
    expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
  });
});
