// The "≈ estimate" mark on a popup row's date line has a tooltip (and the same words for screen
// readers) saying why the date is an estimate. For an enquiry, whose line says "Escalates 5 Apr
// 2026, 10:00", it said "Estimated from the rules: the portal shows no deadline for this dispute.",
// as if a response were due. It now says "Estimated from the rules: the portal does not show when
// this enquiry escalates to a chargeback."; a response deadline's tooltip is as before, a range's
// ("between … and …") names no kind and stays, and a date the portal shows has no mark.
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../components/popup/row-model';
import { formatDateTime } from '../../components/format';
import { assessCases } from '../../lib/cases/group';
import { LOCALES, t } from '../../lib/i18n';
import { NOW } from './fixtures';
import { NEXT_DATE_CASES, NEXT_DATE_ZONE as ZONE, realRules, trackedCase, type NextDateCase } from './next-dates';

function estimateTitle(locale: (typeof LOCALES)[number], c: NextDateCase, at: string): string | null {
  if (c.source !== 'rule') return null;
  if (c.latest) return t(locale, 'popup.row.estimateRange.title', { earliest: formatDateTime(locale, at, ZONE), latest: formatDateTime(locale, c.latest, ZONE) });
  return t(locale, c.kind === 'escalation' ? 'popup.row.estimate.title.escalation' : 'popup.row.estimate.title');
}

describe('the estimate tooltip of a popup row', () => {
  it.each(LOCALES.flatMap((locale) => NEXT_DATE_CASES.map((c) => [locale, c.label, c] as const)))('%s, %s', (locale, _label, c) => {
    const [row] = assessCases([trackedCase(c.facts)], realRules);
    const next = row!.assessment!.next!;
    expect([next.kind, next.source, next.latest ?? null]).toEqual([c.kind, c.source, c.latest]);
    const r = rowTexts(row!, locale, ZONE, NOW.getTime());
    expect(r.due?.text).toBe(t(locale, c.kind === 'escalation' ? 'popup.row.escalates' : 'popup.row.due', { date: formatDateTime(locale, next.at, ZONE) }));
    expect(r.due?.estimateTitle).toBe(estimateTitle(locale, c, next.at));
  });

  it.each(LOCALES)('%s: an enquiry’s tooltip is not a response deadline’s', (locale) => {
    expect(t(locale, 'popup.row.estimate.title.escalation')).not.toBe(t(locale, 'popup.row.estimate.title'));
  });

  it('English, as a merchant reads it', () => {
    const rows = assessCases(NEXT_DATE_CASES.map((c) => trackedCase(c.facts)), realRules);
    const title = (id: string) => rowTexts(rows.find((r) => r.case.facts.id === id)!, 'en', ZONE, NOW.getTime()).due?.estimateTitle;
    expect(title('E-RULE')).toBe('Estimated from the rules: the portal does not show when this enquiry escalates to a chargeback.');
    expect(title('K-RULE')).toBe('Estimated from the rules: the portal shows no deadline for this dispute.');
  });
});
