// @vitest-environment happy-dom
// The cases of a portal host turned off in the options (the test portal's test disputes) raise no
// badge or notification; the popup listed them all the same, beside the real ones, in the same
// groups, counts and store filter. They are left out of the list now, with a line that says how
// many (so none seems lost: they stay stored, and turning the host on again lists them). A case
// entered by hand has no host and is always listed. The exports follow the list, as they follow its
// store filter and search; the options page's JSON export, the backup, keeps every case.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import { LOCALES, tn } from '../../lib/i18n';
import { makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();
const { mount } = page;
const ids = () => [...page.root.querySelectorAll('.row .id')].map((e) => e.textContent);
const line = () => page.root.querySelector('.hosts-off')?.textContent ?? null;
const stores = () => [...page.root.querySelectorAll('#filter-store option')].map((o) => o.getAttribute('value'));

const PRODUCTION = 'https://portal.kustom.co/disputes';
const PLAYGROUND = 'https://portal.playground.kustom.co/disputes';
const CASES = [
  makeCase('P-1', { hoursLeft: 30, pageUrl: PRODUCTION, store: 'M-1' }),
  makeCase('P-2', { hoursLeft: 50, pageUrl: PRODUCTION, store: 'M-2' }),
  makeCase('G-1', { hoursLeft: 5, pageUrl: PLAYGROUND, store: 'TEST-1' }),
  makeCase('G-2', { hoursLeft: -2, pageUrl: PLAYGROUND, store: 'TEST-1' }),
  makeCase('H-1', { hoursLeft: 70, manual: true, store: 'M-1' }),
];
const settings = (hosts: Settings['hosts']): Settings => ({ ...DEFAULT_SETTINGS, hosts });

describe('the popup with a portal host turned off', () => {
  it.each<[string, Settings['hosts'], string[], number, string[]]>([
    ['both on: every case', { production: true, playground: true }, ['G-2', 'G-1', 'P-1', 'P-2', 'H-1'], 0, ['', 'M-1', 'M-2', 'TEST-1']],
    ['the test portal off: its cases left out, its store too', { production: true, playground: false }, ['P-1', 'P-2', 'H-1'], 2, ['', 'M-1', 'M-2']],
    ['the portal off: the test portal\'s and the one entered by hand', { production: false, playground: true }, ['G-2', 'G-1', 'H-1'], 2, ['', 'M-1', 'TEST-1']],
  ])('%s', (_name, hosts, listed, hidden, storeOptions) => {
    mount({ cases: CASES, settings: settings(hosts) });
    expect(ids()).toEqual(listed);
    expect(line()).toBe(hidden === 0 ? null : tn('en', 'popup.hostsOff', hidden));
    expect(stores()).toEqual(storeOptions);
    expect(page.root.textContent).toContain(tn('en', 'popup.count', listed.length));
  });

  it.each(LOCALES)('%s: the line says how many, in the merchant\'s language', (locale) => {
    mount({ cases: CASES, locale, settings: settings({ production: true, playground: false }) });
    expect(line()).toBe(tn(locale, 'popup.hostsOff', 2));
    expect(line()).toContain('2');
  });

  it('every listed case on a host turned off: the line, no "no case matches the filter", not the empty state', () => {
    mount({ cases: CASES.slice(2, 4), settings: settings({ production: true, playground: false }) });
    expect(ids()).toEqual([]);
    expect(line()).toBe(tn('en', 'popup.hostsOff', 2));
    expect(page.root.textContent).not.toContain('No case matches the filter');
    expect(page.root.textContent).not.toContain('No cases yet');
  });

  it('the host turned on again (the settings change while the popup is open): its cases come back', () => {
    const props = mount({ cases: CASES, settings: settings({ production: true, playground: false }) });
    expect(ids()).toEqual(['P-1', 'P-2', 'H-1']);
    page.rerender(props, { settings: settings({ production: true, playground: true }) });
    expect(ids()).toEqual(['G-2', 'G-1', 'P-1', 'P-2', 'H-1']);
    expect(line()).toBeNull();
  });

  it('the CSV export holds the listed cases only', async () => {
    const props = mount({ cases: CASES, settings: settings({ production: true, playground: false }) });
    await act(async () => {
      page.button('CSV').click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    // (the writers come in their own chunk: wait for the download)
    const calls = (props.onDownload as unknown as { mock: { calls: [string, string, string, boolean][] } }).mock.calls;
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 5_000 });
    const csv = calls[0]![2];
    for (const id of ['P-1', 'P-2', 'H-1']) expect(csv).toContain(id);
    for (const id of ['G-1', 'G-2']) expect(csv).not.toContain(id);
  });
});
