// @vitest-environment happy-dom
// The calendar export of cases whose deadline is not known yet (a list page showed their status
// only: the popup lists them under "Later", "Deadline unknown: details missing"). A calendar event
// needs a date, so such a case has none in the file; the popup said "Download started" all the same,
// for a file without any event when every listed case was one of them, and without saying which
// were left out otherwise: a merchant who imported it believed every dispute was in the calendar.
// Now a file of no event is not made (the popup says why), and one that leaves cases out says how
// many.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LOCALES, t, tn, type Locale } from '../../lib/i18n';
import { makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();

const DATED = [makeCase('D-1', { hoursLeft: 5 }), makeCase('D-2', { hoursLeft: 30 })];
const UNDATED = [makeCase('U-1', { incomplete: true }), makeCase('U-2', { incomplete: true }), makeCase('U-3', { incomplete: true })];

type Downloads = { mock: { calls: [string, string, string, boolean][] } };

/** Clicks "Export calendar" and waits for its outcome: the status line's text and the files downloaded. */
async function exportCalendar(locale: Locale, cases: ReturnType<typeof makeCase>[]) {
  const props = page.mount({ cases, locale });
  const status = () => page.root.querySelector('.status')?.textContent ?? '';
  await act(async () => {
    page.button(t(locale, 'popup.action.ical')).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  // (the writers come in their own chunk)
  await vi.waitFor(() => expect(status()).not.toBe(''), { timeout: 5_000 });
  const calls = (props.onDownload as unknown as Downloads).mock.calls;
  return { status: status(), files: calls.map((c) => c[2]) };
}

const events = (ics: string) => ics.match(/^BEGIN:VEVENT/gm)?.length ?? 0;

describe.each(LOCALES.map((l) => [l] as const))('%s: the calendar export of cases without a known deadline', (locale) => {
  it.each([1, 3])('%d listed, none with a deadline: no file of no event; the popup says why', async (n) => {
    const { status, files } = await exportCalendar(locale, UNDATED.slice(0, n));
    expect(files).toEqual([]);
    expect(status).toBe(tn(locale, 'popup.export.noDeadline', n));
  });

  it.each([1, 3])('two with a deadline and %d without: the file holds the two, the popup says how many are not in it', async (n) => {
    const { status, files } = await exportCalendar(locale, [...DATED, ...UNDATED.slice(0, n)]);
    expect(files).toHaveLength(1);
    expect(events(files[0]!)).toBe(2);
    expect(status).toContain(tn(locale, 'popup.export.undated', n));
    expect(status).toContain('.ics');
  });

  it('every listed case with a deadline: the file, and "Download started" alone, as before', async () => {
    const { status, files } = await exportCalendar(locale, DATED);
    expect(files).toHaveLength(1);
    expect(events(files[0]!)).toBe(2);
    expect(status).toMatch(new RegExp(`^${t(locale, 'popup.export.done', { file: 'X' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('X', '\\S+\\.ics')}$`));
  });

  it('the CSV export lists every case, a deadline known or not, as before', async () => {
    const props = page.mount({ cases: [...DATED, ...UNDATED], locale });
    await act(async () => {
      page.button(t(locale, 'popup.action.csv')).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const calls = (props.onDownload as unknown as Downloads).mock.calls;
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 5_000 });
    for (const id of ['D-1', 'D-2', 'U-1', 'U-2', 'U-3']) expect(calls[0]![2]).toContain(id);
  });
});
