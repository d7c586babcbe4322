// @vitest-environment happy-dom
// Stored settings with one value this version does not accept (written by a newer version the
// merchant rolled back from, or edited by hand): the background keeps every other field the
// merchant chose and sets the stored value aside (lib/cases/settings-salvage, at its next wake), but
// the popup and the options page read the stored value as a whole and, finding it invalid, used the
// defaults for everything until then: the popup in the browser's language and zone, the test
// portal's cases listed though the merchant had turned it off; the options page showing defaults as
// the merchant's choices. They now read it field by field, as the background does.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { createPageTexts } from '../../components/popup/page-texts';
import { loadInitialState } from '../../components/popup/first-frame';
import { formatDateTime } from '../../components/format';
import { readSettings } from '../../lib/cases/read';
import { assessForList } from '../../lib/cases/list-assessment';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { encodeStoredCases } from '../../lib/cases/stored-form';
import { LOCALES, t, tn, type Locale } from '../../lib/i18n';
import { makeCase, NOW } from './fixtures';
import { usePopupRoot } from './popup-root';

const ZONE = 'Asia/Tokyo';
const popup = usePopupRoot();
beforeEach(() => fakeBrowser.reset());

/** The merchant's settings, with one value this version does not accept. */
const stored = (language: Locale, bad: Record<string, unknown>) => ({
  ...DEFAULT_SETTINGS,
  language,
  timeZone: ZONE,
  hosts: { production: true, playground: false },
  ...bad,
});

/** the value not accepted, and what the settings read then hold besides the merchant's language, zone and sites */
const BAD: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['a threshold written as text', { criticalHours: '12' }, { criticalHours: DEFAULT_SETTINGS.criticalHours, soonHours: DEFAULT_SETTINGS.soonHours }],
  ['a retention below its bound, beside thresholds of the merchant\'s', { retentionDays: -1, criticalHours: 12, soonHours: 48 }, { retentionDays: DEFAULT_SETTINGS.retentionDays, criticalHours: 12, soonHours: 48 }],
  ['a notification threshold above its bound, notifications turned off', { notifications: { enabled: false, hoursBefore: [5000] } }, { notifications: { enabled: false, hoursBefore: DEFAULT_SETTINGS.notifications.hoursBefore } }],
];

const PRODUCTION = makeCase('P-1', { hoursLeft: 30, pageUrl: 'https://portal.kustom.co/disputes' });
const PLAYGROUND = makeCase('G-1', { hoursLeft: 5, pageUrl: 'https://portal.playground.kustom.co/disputes' });

describe.each(LOCALES.map((l) => [l] as const))('%s: stored settings with one value not accepted', (locale) => {
  it.each(BAD)('the popup keeps the merchant\'s language, zone and sites: %s', async (_name, bad) => {
    const settings = stored(locale, bad);
    const text = encodeStoredCases({ [PRODUCTION.key]: PRODUCTION, [PLAYGROUND.key]: PLAYGROUND });
    const initial = await loadInitialState(
      { head: Promise.resolve({ meta: null, index: null, settings }), cases: () => Promise.resolve(text) },
      { assessDispute: assessForList, build: '9.9.9', browserZone: () => 'Europe/Stockholm', rows: 8 },
      () => NOW.getTime(),
    );
    const root = popup.mount(<Popup assessDispute={assessForList} initial={initial} texts={createPageTexts(async () => null)} />);
    expect([...root.querySelectorAll('.row .id')].map((e) => e.textContent)).toEqual(['P-1']);
    expect(root.querySelector('.hosts-off')?.textContent).toBe(tn(locale, 'popup.hostsOff', 1));
    expect(root.querySelector('.row')!.textContent).toContain(formatDateTime(locale, PRODUCTION.facts.dueBy!, ZONE));
    expect(root.textContent).toContain(t(locale, 'popup.action.add'));
  });

  it.each(BAD)('the options page shows the merchant\'s choices, the defaults only where a value was not accepted: %s', async (_name, bad, kept) => {
    await fakeBrowser.storage.local.set({ settings: stored(locale, bad) });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, language: locale, timeZone: ZONE, hosts: { production: true, playground: false }, ...kept });
  });
});
