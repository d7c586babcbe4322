// A notification's body names what happens at its date. An enquiry (Klarna "does not need
// response") has no response due: the deadline its notifications count down to is its escalation to
// a chargeback (their titles already say "Dispute K-1 escalates in 5 h"). The body said "Due 4 Dec
// 2026, 19:15. Store …" all the same, and "Estimated deadline …" for a date from the rules, which
// tells a merchant a response is due that day. It now says "Escalation to a chargeback: …" (the panel's
// timeline words; as the popup row's "Escalates …", but also right in the notification sent when the
// date has passed); a chargeback's response deadline still says "Due …".
import { describe, expect, it } from 'vitest';
import { notificationText } from '../../entrypoints/background/texts';
import { formatDateTime } from '../../components/format';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import type { PlannedNotification } from '../../lib/cases/notifications';
import type { Deadline } from '../../lib/rules/types';
import { LOCALES, t, type Locale } from '../../lib/i18n';

const ZONE = 'Europe/Stockholm';
const NOW = new Date('2026-12-04T08:00:00Z');
const AT = '2026-12-04T18:15:00.000Z';

function text(locale: Locale, kind: Deadline['kind'], source: Deadline['source'], key = 'K100482|D-1') {
  const n: PlannedNotification = {
    id: `${key}@${AT}#24`,
    key,
    disputeId: 'D-1',
    deadline: { kind, at: AT, source, ruleId: 'test' },
    hoursBefore: 24,
    pageUrl: null,
  };
  return notificationText(n, { ...DEFAULT_SETTINGS, language: locale, timeZone: ZONE }, NOW);
}

/** The words a response body puts before its date ("Due ", "Antwort bis ", "Estimated deadline "…). */
function responseLead(locale: Locale, key: 'bg.notify.body' | 'bg.notify.bodyEstimate'): string {
  return t(locale, key, { date: '\u0000', store: 'S' }).split('\u0000')[0]!;
}

const SOURCES = [
  ['portal', 'bg.notify.body', 'bg.notify.body.escalation'],
  ['rule', 'bg.notify.bodyEstimate', 'bg.notify.bodyEstimate.escalation'],
] as const;
const CASES = LOCALES.flatMap((locale) => SOURCES.map(([source, response, escalation]) => [locale, source, response, escalation] as const));

describe('the body of a deadline notification', () => {
  it.each(CASES)('%s, date from the %s: an enquiry says when it escalates, not that something is due', (locale, source, response, escalation) => {
    const date = formatDateTime(locale, AT, ZONE);
    const { message } = text(locale, 'escalation', source);
    expect(message).toBe(t(locale, escalation, { date, store: 'K100482' }));
    expect(message.startsWith(responseLead(locale, response))).toBe(false);
    expect(message).toContain(date);
    expect(message).toContain('K100482');
  });

  it.each(CASES)('%s, date from the %s: a chargeback says when the response is due', (locale, source, response) => {
    const { message } = text(locale, 'response', source);
    expect(message).toBe(t(locale, response, { date: formatDateTime(locale, AT, ZONE), store: 'K100482' }));
  });

  it.each(LOCALES)('%s: an enquiry of no known store says so', (locale) => {
    const { message } = text(locale, 'escalation', 'portal', '-|D-1');
    expect(message).toBe(t(locale, 'bg.notify.body.escalation', { date: formatDateTime(locale, AT, ZONE), store: t(locale, 'bg.notify.noStore') }));
  });

  it('English, as a merchant reads it', () => {
    expect(text('en', 'escalation', 'portal').message).toMatch(/^Escalation to a chargeback: .*2026.*\. Store K100482\./);
    expect(text('en', 'response', 'portal').message).toMatch(/^Due .*2026.*\. Store K100482\./);
  });
});
