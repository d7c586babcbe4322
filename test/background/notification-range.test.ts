// A response deadline the rules estimate as a range (card networks: 7 to 21 days, lib/rules) counts
// down to its earliest date. When that date passed, the notification said "Dispute D-1: the response
// deadline has passed", though the deadline may be as late as the range's end: a merchant told so
// might give up a dispute that can still be answered. It now says the earliest estimated deadline
// has passed and to respond now, and its body (as every notification's of such a deadline) gives the
// range. A portal date, an estimate without a range and an escalation keep their words.
import { describe, expect, it } from 'vitest';
import { notificationText } from '../../entrypoints/background/texts';
import { formatDateTime } from '../../components/format';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import type { PlannedNotification } from '../../lib/cases/notifications';
import type { Deadline } from '../../lib/rules/types';
import { LOCALES, t, type Locale } from '../../lib/i18n';

const ZONE = 'Europe/Stockholm';
const AT = '2026-12-04T18:15:00.000Z';
const LATEST = '2026-12-18T18:15:00.000Z';

function text(locale: Locale, deadline: Deadline, hoursBefore: number, now: Date) {
  const n: PlannedNotification = { id: `S1|D-1@${AT}#${hoursBefore}`, key: 'S1|D-1', disputeId: 'D-1', deadline, hoursBefore, pageUrl: null };
  return notificationText(n, { ...DEFAULT_SETTINGS, language: locale, timeZone: ZONE }, now);
}

const RANGE: Deadline = { kind: 'response', at: AT, latest: LATEST, source: 'rule', ruleId: 'card.response.7-21d' };
const PASSED = new Date('2026-12-04T19:00:00Z');
const BEFORE = new Date('2026-12-04T08:00:00Z');

describe('notifications of a response deadline estimated as a range', () => {
  it.each(LOCALES)('%s: its earliest date passed: not "the deadline has passed", but respond now, with the range', (locale) => {
    const { title, message } = text(locale, RANGE, 0, PASSED);
    expect(title).toBe(t(locale, 'bg.notify.passedEarliest.response', { id: 'D-1' }));
    expect(title).not.toBe(t(locale, 'bg.notify.passed.response', { id: 'D-1' }));
    expect(message).toBe(t(locale, 'bg.notify.bodyEstimateRange', { date: formatDateTime(locale, AT, ZONE), latest: formatDateTime(locale, LATEST, ZONE), store: 'S1' }));
    expect(message).toContain(formatDateTime(locale, LATEST, ZONE));
  });

  it.each(LOCALES)('%s: before its earliest date: the time left, and the range', (locale) => {
    const { title, message } = text(locale, RANGE, 24, BEFORE);
    expect(title).toContain('D-1');
    expect(message).toContain(formatDateTime(locale, LATEST, ZONE));
  });

  it.each<[string, Deadline, string, string]>([
    ['the portal\'s date', { kind: 'response', at: AT, source: 'portal', ruleId: 'portal' }, 'bg.notify.passed.response', 'bg.notify.body'],
    ['an estimate without a range', { kind: 'response', at: AT, source: 'rule', ruleId: 'klarna.response' }, 'bg.notify.passed.response', 'bg.notify.bodyEstimate'],
    ['an escalation', { kind: 'escalation', at: AT, source: 'rule', ruleId: 'klarna.escalation' }, 'bg.notify.passed.escalation', 'bg.notify.bodyEstimate.escalation'],
  ])('%s: passed says passed, as before', (_name, deadline, titleKey, bodyKey) => {
    for (const locale of LOCALES) {
      const { title, message } = text(locale, deadline, 0, PASSED);
      expect(title).toBe(t(locale, titleKey, { id: 'D-1' }));
      expect(message).toBe(t(locale, bodyKey, { date: formatDateTime(locale, AT, ZONE), store: 'S1' }));
    }
  });

  it('English, as a merchant reads it', () => {
    const { title, message } = text('en', RANGE, 0, PASSED);
    expect(title).toBe('Dispute D-1: the earliest estimated deadline has passed; respond now');
    expect(message).toMatch(/^Estimated deadline between .*4.*Dec.* and .*18.*Dec.* \(check it in the portal\)\. Store S1\./);
  });
});
