// An iCalendar event of an enquiry is its escalation to a chargeback ("Enquiry K-1 becomes a
// chargeback"), not a response deadline. When the rules estimated that date, the event's
// description said "Deadline estimated from the rules; check the portal." all the same, which tells
// a merchant a response is due that day (the popup row says "Escalates …", the notification
// "Estimated escalation to a chargeback: …"). It now says "Escalation date estimated from the
// rules; check the portal."; a response deadline's estimate says "Deadline …" as before, and a date
// the portal shows has no estimate line at all.
import { describe, expect, it } from 'vitest';
import { assessCases, dueRows, groupRows, type AssessFn } from '../../lib/cases/group';
import { casesToIcal } from '../../lib/cases/ical';
import { formatDateTime } from '../../components/format';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { fakeAssess, NOW, ZONE } from './fixtures';
import { NEXT_DATE_CASES, realRules, trackedCase, type NextDateCase } from './next-dates';

/** Each event's SUMMARY and its own DESCRIPTION's lines (not its alarms'), unfolded and unescaped (RFC 5545 3.1, 3.3.11). */
function events(text: string): { summary: string; lines: string[] }[] {
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((event) => {
      const content = event.split('\r\n');
      const value = (name: string) => unescape(content.find((l) => l.startsWith(`${name}:`))!.slice(name.length + 1));
      return { summary: value('SUMMARY'), lines: value('DESCRIPTION').split('\n') };
    });
}

/** No rule gives an escalation a range today; one that did must not say "deadline" either. */
const escalationRange: AssessFn = (facts, goods) => {
  const a = fakeAssess(facts, goods);
  const next = { kind: 'escalation' as const, at: '2026-04-05T08:00:00.000Z', latest: '2026-04-12T08:00:00.000Z', source: 'rule' as const, ruleId: 'test.range' };
  return { ...a, next, deadlines: [next] };
};
const RANGED_ESCALATION: NextDateCase = {
  label: 'enquiry, escalation estimated within a range',
  facts: { id: 'E-RANGE', provider: 'klarna', status: 'warning_needs_response' },
  kind: 'escalation',
  source: 'rule',
  latest: '2026-04-12T08:00:00.000Z',
};

/** The estimate line an event of this date should have: null for a date the portal shows. */
function estimateKey(c: NextDateCase): string | null {
  if (c.source !== 'rule') return null;
  const key = c.latest ? 'popup.ical.estimateRange' : 'popup.ical.estimate';
  return c.kind === 'escalation' ? `${key}.escalation` : key;
}

const CASES = [...NEXT_DATE_CASES.map((c) => [c, realRules] as const), [RANGED_ESCALATION, escalationRange] as const];

const ESTIMATE_KEYS = ['popup.ical.estimate', 'popup.ical.estimateRange', 'popup.ical.estimate.escalation', 'popup.ical.estimateRange.escalation'] as const;

/** The description lines that are one of the estimate texts (any kind, any latest date: its placeholder matched as a whole). */
function estimateLines(locale: Locale, lines: string[]): string[] {
  const patterns = ESTIMATE_KEYS.map((key) => {
    const [before, after = ''] = t(locale, key, { latest: '\u0000' }).split('\u0000');
    const ranged = t(locale, key).includes('{latest}');
    return (l: string) => (ranged ? l.startsWith(before!) && l.endsWith(after) && l.length > before!.length + after.length : l === before);
  });
  return lines.filter((l) => patterns.some((p) => p(l)));
}

describe('the estimate line of an iCalendar event', () => {
  it.each(LOCALES.flatMap((locale) => CASES.map(([c, assess]) => [locale, c.label, c, assess] as const)))('%s, %s', (locale, _label, c, assess) => {
    const rows = dueRows(groupRows(assessCases([trackedCase(c.facts)], assess)));
    expect(rows.map((r) => [r.assessment?.next?.kind, r.assessment?.next?.source, r.assessment?.next?.latest ?? null])).toEqual([[c.kind, c.source, c.latest]]);
    const [event, ...more] = events(casesToIcal(rows, { locale, timeZone: ZONE, now: NOW, hoursBefore: [24] }));
    expect(more).toEqual([]);
    const [lead] = t(locale, `popup.ical.summary.${c.kind}`, { id: c.facts.id, amount: '\u0000' }).split('\u0000');
    expect(event!.summary.startsWith(lead!)).toBe(true);
    const key = estimateKey(c);
    // (the latest date as the notification says it: the merchant's zone, the UI language)
    expect(estimateLines(locale, event!.lines)).toEqual(key === null ? [] : [t(locale, key, c.latest === null ? undefined : { latest: formatDateTime(locale, c.latest, ZONE) })]);
  });

  it('English, as a merchant reads it', () => {
    const rows = dueRows(groupRows(assessCases(NEXT_DATE_CASES.map((c) => trackedCase(c.facts)), realRules)));
    const all = events(casesToIcal(rows, { locale: 'en', timeZone: ZONE, now: NOW, hoursBefore: [24] }));
    const enquiry = all.find((e) => e.summary.includes('E-RULE'));
    const chargeback = all.find((e) => e.summary.includes('K-RULE'));
    expect(enquiry!.summary).toMatch(/^Enquiry E-RULE becomes a chargeback/);
    expect(enquiry!.lines).toContain('Escalation date estimated from the rules; check the portal.');
    expect(enquiry!.lines.join('\n')).not.toMatch(/deadline/i);
    expect(chargeback!.lines).toContain('Deadline estimated from the rules; check the portal.');
  });
});
