// The badge's tooltip names the next deadline the merchant can still act on, then the overdue
// cases. It named the soonest deadline of all, so a dispute whose deadline passed months ago (lost
// already: a missed deadline is an automatic loss) stood where tomorrow's deadline should.
import { describe, expect, it } from 'vitest';
import { badgeTitle } from '../../entrypoints/background/texts';
import { formatDateTime } from '../../components/format';
import { planBadge } from '../../lib/cases/badge';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { timeCases } from '../../lib/cases/timing';
import type { DisputeStatus } from '../../lib/rules/types';
import { LOCALES, t, tn, type Locale } from '../../lib/i18n';
import { at, NOW, portalOnlyRules, trackedCase } from '../cases/fixtures';

const ZONE = 'Europe/Stockholm';

function title(locale: Locale, rows: [string, DisputeStatus, number | null][]) {
  const settings = { ...DEFAULT_SETTINGS, language: locale, timeZone: ZONE };
  const cases = rows.map(([id, status, due]) => trackedCase(id, status, due));
  return badgeTitle(planBadge(timeCases(cases, portalOnlyRules, NOW, 'UTC'), NOW, settings), settings, NOW);
}

const date = (locale: Locale, hours: number) => formatDateTime(locale, at(hours), ZONE);

describe('badge tooltip', () => {
  it.each(LOCALES)('%s: the next deadline ahead first, then the one overdue case', (locale) => {
    const lines = title(locale, [['OLD-1', 'open', -24 * 120], ['DP-12', 'open', 5]]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(tn(locale, 'bg.badge.count', 2));
    expect(lines[1]).toContain('DP-12');
    expect(lines[1]).toContain(date(locale, 5));
    expect(lines[1]).not.toContain('OLD-1');
    expect(lines[2]).toBe(tn(locale, 'bg.badge.overdue', 1, { id: 'OLD-1', date: date(locale, -24 * 120) }));
  });

  it.each(LOCALES)('%s: several overdue: counted, the latest named', (locale) => {
    const lines = title(locale, [['OLD-1', 'open', -24 * 120], ['OLD-2', 'open', -3], ['DP-12', 'open', 50]]).split('\n');
    expect(lines[1]).toContain('DP-12');
    expect(lines[2]).toBe(tn(locale, 'bg.badge.overdue', 2, { id: 'OLD-2', date: date(locale, -3) }));
  });

  it.each(LOCALES)('%s: only overdue cases: no "next" line', (locale) => {
    const lines = title(locale, [['OLD-1', 'open', -24 * 120]]).split('\n');
    expect(lines).toEqual([tn(locale, 'bg.badge.count', 1), tn(locale, 'bg.badge.overdue', 1, { id: 'OLD-1', date: date(locale, -24 * 120) })]);
  });

  it.each(LOCALES)('%s: no deadline known: says so', (locale) => {
    expect(title(locale, [['DP-1', 'open', null]]).split('\n')).toEqual([tn(locale, 'bg.badge.count', 1), t(locale, 'bg.badge.next.none')]);
  });

  it.each(LOCALES)('%s: the one-case and several-case wordings differ and carry every value', (locale) => {
    const one = tn(locale, 'bg.badge.overdue', 1, { id: 'X-1', date: 'D' });
    const two = tn(locale, 'bg.badge.overdue', 2, { id: 'X-1', date: 'D' });
    expect(one).not.toBe(two);
    for (const text of [one, two]) expect(text).toMatch(/X-1.*D|D.*X-1/);
  });

  it('English, as a merchant reads it', () => {
    expect(title('en', [['OLD-1', 'open', -24 * 120], ['DP-12', 'open', 5]])).toMatch(
      /^Dispute Radar: 2 cases need action\nNext: dispute DP-12, respond by .*\(5 h.*\)\n1 case overdue: dispute OLD-1, its date .* has passed$/,
    );
  });
});
