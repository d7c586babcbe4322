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
import { assessForList } from '../../lib/cases/list-assessment';
import type { TrackedCase } from '../../lib/cases/schema';
import type { DisputeFacts } from '../../lib/rules/types';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { fakeAssess, NOW } from './fixtures';

const ZONE = 'Europe/Stockholm';

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

function trackedCase(facts: Partial<DisputeFacts> & { id: string }): TrackedCase {
  return {
    key: `M-1|${facts.id}`,
    facts: { storeId: 'M-1', createdAt: '2026-03-01T09:00:00.000Z', amount: { amountMinor: 4990, currency: 'EUR' }, buyerCountry: 'DE', ...facts },
    merchant: { ticks: {} },
    manual: false,
    firstSeenAt: '2026-03-01T10:00:00.000Z',
    lastSeenAt: '2026-03-09T10:00:00.000Z',
  };
}

const realRules: AssessFn = (facts) => assessForList(facts, { now: NOW, timeZone: ZONE });

/** No rule gives an escalation a range today; one that did must not say "deadline" either. */
const escalationRange: AssessFn = (facts, goods) => {
  const a = fakeAssess(facts, goods);
  const next = { kind: 'escalation' as const, at: '2026-04-05T08:00:00.000Z', latest: '2026-04-12T08:00:00.000Z', source: 'rule' as const, ruleId: 'test.range' };
  return { ...a, next, deadlines: [next] };
};

const PORTAL_DATE = '2026-03-20T22:59:59.999Z';

/** Each case: its facts, the assessment, the event's kind, and its estimate line's key and latest date (null: no estimate line). */
const CASES = [
  ['Klarna enquiry, escalation from the rules', { id: 'E-RULE', provider: 'klarna', status: 'warning_needs_response' }, realRules, 'escalation', 'popup.ical.estimate.escalation', null],
  ['Klarna enquiry, date shown by the portal', { id: 'E-PORTAL', provider: 'klarna', status: 'warning_needs_response', dueBy: PORTAL_DATE }, realRules, 'escalation', null, null],
  ['enquiry, escalation estimated within a range', { id: 'E-RANGE', provider: 'klarna', status: 'warning_needs_response' }, escalationRange, 'escalation', 'popup.ical.estimateRange.escalation', '2026-04-12T08:00:00.000Z'],
  ['Klarna chargeback, response from the rules', { id: 'K-RULE', provider: 'klarna', status: 'open' }, realRules, 'response', 'popup.ical.estimate', null],
  ['card chargeback, response from the rules (7–21 days)', { id: 'C-RANGE', provider: 'card', network: 'visa', status: 'open', createdAt: '2026-03-08T09:00:00.000Z' }, realRules, 'response', 'popup.ical.estimateRange', '2026-03-29T08:00:00.000Z'],
  ['card chargeback, deadline shown by the portal', { id: 'C-PORTAL', provider: 'card', network: 'visa', status: 'open', dueBy: PORTAL_DATE }, realRules, 'response', null, null],
] as const;

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
  it.each(LOCALES.flatMap((locale) => CASES.map((c) => [locale, ...c] as const)))(
    '%s, %s',
    (locale, _label, facts, assess, kind, key, latest) => {
      const rows = dueRows(groupRows(assessCases([trackedCase(facts as Partial<DisputeFacts> & { id: string })], assess)));
      const [event, ...more] = events(casesToIcal(rows, { locale, now: NOW, hoursBefore: [24] }));
      expect(more).toEqual([]);
      const [lead] = t(locale, `popup.ical.summary.${kind}`, { id: facts.id, amount: '\u0000' }).split('\u0000');
      expect(event!.summary.startsWith(lead!)).toBe(true);
      const expected = key === null ? [] : [t(locale, key, latest === null ? undefined : { latest })];
      expect(estimateLines(locale, event!.lines)).toEqual(expected);
    },
  );

  it('English, as a merchant reads it', () => {
    const rows = dueRows(groupRows(assessCases([trackedCase(CASES[0][1]), trackedCase(CASES[3][1])], realRules)));
    const all = events(casesToIcal(rows, { locale: 'en', now: NOW, hoursBefore: [24] }));
    const enquiry = all.find((e) => e.summary.includes('E-RULE'));
    const chargeback = all.find((e) => e.summary.includes('K-RULE'));
    expect(enquiry!.summary).toMatch(/^Enquiry E-RULE becomes a chargeback/);
    expect(enquiry!.lines).toContain('Escalation date estimated from the rules; check the portal.');
    expect(enquiry!.lines.join('\n')).not.toMatch(/deadline/i);
    expect(chargeback!.lines).toContain('Deadline estimated from the rules; check the portal.');
  });
});
