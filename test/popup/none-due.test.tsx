// @vitest-environment happy-dom
// A month on: every dispute the merchant worked through is won, lost or answered (under review), so
// none is due. The popup said "No cases yet: open the Disputes page, Dispute Radar reads the
// disputes you see there", the words for a new merchant, as if every case read had been lost. It
// now says that no case needs attention and how many it knows that need nothing now; a store with
// no case at all still shows the new merchant's words.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { createPageTexts } from '../../components/popup/page-texts';
import { loadInitialState } from '../../components/popup/first-frame';
import { assessForList } from '../../lib/cases/list-assessment';
import { caseRules } from '../../lib/cases/rules-real';
import { openCaseStore } from '../../lib/cases/store';
import { LOCALES, t, tn, type Locale } from '../../lib/i18n';
import type { DisputeStatus } from '../../lib/rules/types';
import { at, NOW, reading } from '../cases/fixtures';
import { usePopupRoot } from './popup-root';

const BUILD = '9.9.9';
const ZONE = 'Europe/Stockholm';
const popup = usePopupRoot();

beforeEach(() => {
  fakeBrowser.reset();
});

const dispute = (id: string, status: DisputeStatus) => ({
  id,
  provider: 'card' as const,
  status,
  createdAt: at(-24 * 20),
  amount: { amountMinor: 12_500, currency: 'EUR' },
  buyerCountry: 'SE',
});

/** The popup opened on what the background stored from `statuses`' readings, in `locale`. */
async function openPopup(locale: Locale, statuses: DisputeStatus[]): Promise<HTMLElement> {
  const store = openCaseStore({ rules: caseRules, now: () => NOW, dueIndex: { assess: assessForList, build: BUILD, browserZone: () => ZONE } });
  await store.updateSettings({ language: locale, timeZone: ZONE });
  if (statuses.length > 0) await store.observe(reading(statuses.map((s, i) => dispute(`DP-${i + 1}`, s))));
  const got = await fakeBrowser.storage.local.get(['cases', 'cases$', 'dueIndex', 'settings']);
  const initial = await loadInitialState(
    { head: Promise.resolve({ meta: got.cases$ ?? null, index: got.dueIndex ?? null, settings: got.settings ?? null }), cases: () => Promise.resolve(got.cases ?? null) },
    { assessDispute: assessForList, build: BUILD, browserZone: () => ZONE, rows: 8 },
    () => NOW.getTime(),
  );
  return popup.mount(<Popup assessDispute={assessForList} initial={initial} texts={createPageTexts(async () => null)} />);
}

describe.each(LOCALES.map((l) => [l] as const))('%s: the popup when no case is due', (locale) => {
  it.each<[string, DisputeStatus[]]>([
    ['one won case', ['won']],
    ['won, lost and answered', ['won', 'lost', 'under_review']],
  ])('%s: no case needs attention, not "no cases yet"', async (_name, statuses) => {
    const popup = await openPopup(locale, statuses);
    const text = popup.textContent ?? '';
    expect(text).not.toContain(t(locale, 'popup.empty.title'));
    expect(popup.querySelector('.none-due h2')?.textContent).toBe(t(locale, 'popup.noneDue.title'));
    expect(popup.querySelector('.none-due p')?.textContent).toBe(tn(locale, 'popup.noneDue.body', statuses.length));
    expect(popup.querySelectorAll('.row')).toHaveLength(0);
  });

  it('no case stored at all: the new merchant\'s words', async () => {
    const popup = await openPopup(locale, []);
    expect(popup.querySelector('.empty h2')?.textContent).toBe(t(locale, 'popup.empty.title'));
    expect(popup.querySelector('.none-due')).toBeNull();
  });

  it('a due case beside the closed ones: listed as before', async () => {
    const popup = await openPopup(locale, ['won', 'open']);
    expect([...popup.querySelectorAll('.row .id')].map((e) => e.textContent)).toEqual(['DP-2']);
    expect(popup.querySelector('.none-due')).toBeNull();
    expect(popup.querySelector('.empty')).toBeNull();
  });
});
