// @vitest-environment happy-dom
// A calendar event of a deadline the rules estimate as a range (card networks: 7 to 21 days) says
// how late it may be, as the notification and the popup's own texts do: the date and time in the
// merchant's zone, written as the UI language writes them. The popup's "Export calendar" wrote the
// latest date as a UTC ISO instant in every language ("it may be as late as
// 2026-03-20T12:00:00.000Z", "kann spätestens 2026-03-20T12:00:00.000Z sein"): an hour off in
// Stockholm in winter, two in summer, and no date a merchant reads as one.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { formatDateTime } from '../../components/format';
import { LOCALES, t } from '../../lib/i18n';
import { fakeAssess, makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();
const ZONE = 'Europe/Stockholm';
const LATEST = '2026-03-20T12:00:00.000Z';
const ranged: typeof fakeAssess = (facts, goods) => {
  const a = fakeAssess(facts, goods);
  const next = { ...a.next!, source: 'rule' as const, ruleId: 'card.response', latest: LATEST };
  return { ...a, next, deadlines: [next] };
};

/** The description of the one event, unfolded and unescaped (RFC 5545 3.1, 3.3.11). */
function description(ics: string): string {
  const line = ics.replace(/\r\n[ \t]/g, '').split('\r\n').find((l) => l.startsWith('DESCRIPTION:'))!;
  return line.slice('DESCRIPTION:'.length).replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe.each(LOCALES.map((l) => [l] as const))('%s: Export calendar, an estimated range', (locale) => {
  it('says the latest date in the merchant\'s zone and language', async () => {
    const props = page.mount({ cases: [makeCase('E-1', { hoursLeft: 30 })], assess: ranged, locale, timeZone: ZONE });
    await act(async () => page.button(t(locale, 'popup.action.ical')).click());
    await vi.waitFor(() => expect(props.onDownload).toHaveBeenCalledTimes(1));
    const text = description(vi.mocked(props.onDownload).mock.calls[0]![2]);
    expect(text.split('\n')).toContain(t(locale, 'popup.ical.estimateRange', { latest: formatDateTime(locale, LATEST, ZONE) }));
    expect(text).not.toContain(LATEST);
  });
});
