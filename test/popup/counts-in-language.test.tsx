// @vitest-environment happy-dom
// With many cases (2,000 stored, 1,500 due), every count the popup and the options page show is
// written as the UI language writes numbers, as their plural texts already write theirs (lib/i18n
// tn): a group's heading, the "Show more" button and an import's report said "Later (1500)",
// "(1490 not shown)" and "1200 new, 1500 merged" in every language, where English writes 1,500,
// German and Danish 1.500, and Swedish, Finnish and Norwegian 1 500. (The hours fields' bounds stay
// without a group separator: typed there, "1.440" would be a German 1.44 hours.)
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { INITIAL_ROWS } from '../../components/popup/PopupView';
import { firstFrameView } from '../../components/popup/first-paint';
import { assessCases, groupRows } from '../../lib/cases/group';
import { LOCALES, t } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW } from './fixtures';
import { usePopupView } from './view-page';
import { useOptionsPage } from '../options/options-page';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';

const page = usePopupView();
const options = useOptionsPage();
const DUE = 1_500;
const cases = [
  ...Array.from({ length: DUE }, (_, i) => makeCase(`D-${i}`, { hoursLeft: 200 + i })),
  ...Array.from({ length: 2_000 - DUE }, (_, i) => makeCase(`W-${i}`, { hoursLeft: 100, status: 'won' })),
];
const number = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);

describe.each(LOCALES.map((l) => [l] as const))('%s: counts of many cases', (locale) => {
  it('the group heading and Show more, in the full list', () => {
    page.mount({ cases, locale });
    expect(page.root.querySelector('[data-group="later"] h2')!.textContent).toBe(`${t(locale, 'popup.group.later')} (${number(locale, DUE)})`);
    expect(page.root.querySelector('.btn.more')!.textContent).toBe(t(locale, 'popup.more', { count: number(locale, DUE - INITIAL_ROWS) }));
  });

  it('the group heading and Show more, in the first frame drawn before the list', () => {
    const later = groupRows(assessCases(cases, fakeAssess), {}).groups.find((g) => g.group === 'later')!;
    const preview = { rows: later.rows.slice(0, 8), counts: { overdue: 0, due24h: 0, dueWeek: 0, later: DUE, enquiries: 0 }, total: DUE, stores: ['M-1'], hidden: 0 };
    const view = firstFrameView(document, { preview, locale, timeZone: 'Europe/Stockholm', now: NOW.getTime(), rows: 8 });
    expect(view.querySelector('[data-group="later"] h2')!.textContent).toBe(`${t(locale, 'popup.group.later')} (${number(locale, DUE)})`);
    expect(view.querySelector('.btn.more')!.textContent).toBe(t(locale, 'popup.more', { count: number(locale, DUE - 8) }));
  });

  it('the report of an import, on the options page', async () => {
    const report = { added: 1_200, merged: DUE, skipped: [] };
    options.mount({ locale, onImport: vi.fn(async () => ({ ok: true as const, report })) });
    const input = options.root.querySelector<HTMLInputElement>('#opt-import')!;
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases: [] });
    Object.defineProperty(input, 'files', { value: [new File([file], 'dispute-radar-cases.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(options.root.querySelector('[role="status"]')!.textContent).toContain(
      t(locale, 'options.import.report', { added: number(locale, 1_200), merged: number(locale, DUE), skipped: number(locale, 0) }),
    );
  });
});
