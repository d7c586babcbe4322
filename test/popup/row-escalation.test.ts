// A popup row's date line names what happens then. An enquiry (Klarna "does not need response")
// has no response due: its next deadline is the day it escalates to a chargeback, and its chip says
// "escalates in 12 d". The line under it said "Due 4 Dec 2026, 19:15" all the same, which tells a
// merchant a response is due that day. It now says "Escalates 4 Dec 2026, 19:15" (as the detail
// panel's "Escalates to a chargeback on …"); a chargeback's response deadline still says "Due …".
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../components/popup/row-model';
import { assessCases } from '../../lib/cases/group';
import { formatDateTime } from '../../components/format';
import { LOCALES, t } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

const HOUR = 3_600_000;

function rowOf(c: ReturnType<typeof makeCase>) {
  const [row] = assessCases([c], fakeAssess);
  return row!;
}

describe('the date line of a popup row', () => {
  const at = new Date(NOW.getTime() + 290 * HOUR).toISOString();

  it.each(LOCALES)('%s: an enquiry says when it escalates, not that something is due', (locale) => {
    const r = rowTexts(rowOf(makeCase('E-1', { hoursLeft: 290, status: 'warning_needs_response' })), locale, ZONE, NOW.getTime());
    const date = formatDateTime(locale, at, ZONE);
    expect(r.due?.text).toBe(t(locale, 'popup.row.escalates', { date }));
    expect(r.due?.text).not.toBe(t(locale, 'popup.row.due', { date }));
  });

  it.each(LOCALES)('%s: a chargeback says when the response is due', (locale) => {
    const r = rowTexts(rowOf(makeCase('C-1', { hoursLeft: 290, status: 'open' })), locale, ZONE, NOW.getTime());
    expect(r.due?.text).toBe(t(locale, 'popup.row.due', { date: formatDateTime(locale, at, ZONE) }));
  });
});
