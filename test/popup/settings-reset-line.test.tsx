// @vitest-environment happy-dom
// Stored settings that do not parse as a whole keep every field that does; the rest go back to their
// defaults, and the background lists which under `settingsReset` (lib/cases/store loadSettings). Only
// the options page named them, and a merchant rarely opens it: the popup, what they look at, said
// nothing, so a "notify me 48 h before" or a chosen zone gone back to the default went unnoticed.
// The popup now names them in one line, in the options page's words and order, with "Check
// settings" opening the options page; it leaves marking them seen to that page, and the line goes
// once the stored list does. The list is read in the popup's one read of its small values.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { createPageTexts, textFiles, type PageTexts } from '../../components/popup/page-texts';
import { settingLabelTexts } from '../../components/popup/SettingsReset';
import { pageTexts } from '../../components/popup/text-areas';
import { textsPath } from '../../components/popup/text-files';
import { loadInitialState } from '../../components/popup/first-frame';
import { readState } from '../../components/popup/prefetch';
import { SETTING_LABELS, settingLabels } from '../../components/options/settings-form';
import { assessForList } from '../../lib/cases/list-assessment';
import { openCaseStore } from '../../lib/cases/store';
import { encodeStoredCases } from '../../lib/cases/stored-form';
import { CATALOG, LOCALES, t, type Locale } from '../../lib/i18n';
import { chosenSettings as chosen, portalOnlyRules } from '../cases/fixtures';
import { BUILD, makeCase, NOW, ZONE } from './fixtures';
import { usePopupRoot } from './popup-root';

const CASE = makeCase('D-1', { hoursLeft: 30 });

const popup = usePopupRoot();
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** Every storage.local.get the popup made, in order. */
let gets: string[][] = [];

/** The popup as it opens on what is stored (one due case besides `stored`), with the options page's names from `labelTexts`. */
async function openPopup(stored: Record<string, unknown> = {}, labelTexts?: PageTexts): Promise<HTMLElement> {
  await fakeBrowser.storage.local.set({ cases: encodeStoredCases({ [CASE.key]: CASE }), ...stored });
  gets = [];
  const local = { get: (keys: string[]) => (gets.push(keys), fakeBrowser.storage.local.get(keys)) };
  const initial = await loadInitialState(readState(local), { assessDispute: assessForList, build: BUILD, browserZone: () => ZONE, rows: 8 }, () => NOW.getTime());
  const root = popup.mount(<Popup assessDispute={assessForList} initial={initial} texts={createPageTexts(async () => null)} labelTexts={labelTexts} />);
  await vi.waitFor(() => expect(root.querySelectorAll('.row')).toHaveLength(1));
  return root;
}

const line = () => popup.root?.querySelector('.settings-reset') ?? null;
const checkButton = () => line()?.querySelector('button') ?? null;
const storedReset = async () => (await fakeBrowser.storage.local.get('settingsReset')).settingsReset;

/** The line's words: the options page's labels for `paths`, in its order, in `locale`. */
const said = (locale: Locale, paths: string[]) => t(locale, 'popup.settingsReset', { settings: settingLabels(paths).map((key) => t(locale, key)).join('; ') });

describe.each(LOCALES.map((l) => [l] as const))('%s: the popup names the settings put back to their defaults', (locale) => {
  it.each<[string, (c: ReturnType<typeof chosen>) => unknown, string[]]>([
    ['one reminder out of bounds', (c) => ({ ...c, notifications: { enabled: false, hoursBefore: [48, 5000] } }), ['notifications.hoursBefore']],
    ['a zone and a retention that do not parse', (c) => ({ ...c, retentionDays: 1.5, timeZone: 7 }), ['timeZone', 'retentionDays']],
    ['notifications that are no object, and a host switch that is no switch', (c) => ({ ...c, notifications: 'off', hosts: { production: 'yes', playground: false } }), ['notifications', 'hosts.production']],
  ])('%s: named by the options page’s labels, with a way to it; not marked seen', async (_name, edit, paths) => {
    // The background reads the edited settings (its next wake) and lists what it put back.
    await fakeBrowser.storage.local.set({ settings: edit(chosen(locale)) });
    await openCaseStore({ rules: portalOnlyRules, now: () => NOW }).getSettings();
    expect(await storedReset()).toEqual(paths);

    await openPopup();
    await vi.waitFor(() => expect(line()).not.toBeNull());
    expect(line()!.querySelector('span')!.textContent).toBe(said(locale, paths));
    for (const path of paths) expect(line()!.textContent).toContain(t(locale, SETTING_LABELS[path]!));
    expect(checkButton()!.textContent).toBe(t(locale, 'popup.settingsReset.check'));
    // The popup's list is there as before, in the merchant's language.
    expect(popup.root!.querySelector('h1')!.textContent).toBe(t(locale, 'app.name'));
    expect(popup.root!.textContent).toContain(t(locale, 'popup.action.add'));
    // Only the options page marks them seen, once it has named them.
    await new Promise((r) => setTimeout(r, 20));
    expect(await storedReset()).toEqual(paths);
  });
});

describe('the reset line', () => {
  it('says in English what was put back, in the options page’s order', async () => {
    await openPopup({ settingsReset: ['notifications.hoursBefore', 'timeZone'] });
    await vi.waitFor(() => expect(line()).not.toBeNull());
    expect(line()!.textContent).toBe('Back to defaults (could not be read): Time zone for deadlines; Hours before a deadline to notify' + 'Check settings');
  });

  it('is read in the popup’s one read of its small values (the first frame’s), not a read of its own', async () => {
    await openPopup({ settingsReset: ['language'] });
    await vi.waitFor(() => expect(line()).not.toBeNull());
    expect(gets[0]).toEqual(['cases$', 'dueIndex', 'settings', 'settingsReset']);
    expect(gets.filter((keys) => keys.includes('settingsReset'))).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>]>([
    ['nothing stored', {}],
    ['an empty list', { settingsReset: [] }],
  ])('no line with %s', async (_name, stored) => {
    await openPopup(stored);
    await new Promise((r) => setTimeout(r, 20));
    expect(line()).toBeNull();
  });

  it.each<[string, unknown]>([
    ['a text', 'language'],
    ['a number', 42],
    ['an object', { 0: 'language' }],
    ['a list of no paths', [7, '', 'x'.repeat(500), null]],
  ])('a stored value that does not parse (%s): no line, the popup as always', async (_name, value) => {
    await openPopup({ settingsReset: value });
    await new Promise((r) => setTimeout(r, 20));
    expect(line()).toBeNull();
    expect(popup.root!.querySelector('.row .id')!.textContent).toBe('D-1');
    expect(popup.root!.querySelector('[role="alert"]')).toBeNull();
  });

  it('a list with entries that are no path: the paths named, the rest left out; one naming no setting as it is', async () => {
    await openPopup({ settingsReset: [7, 'retentionDays', '', 'colour'] });
    await vi.waitFor(() => expect(line()).not.toBeNull());
    expect(line()!.querySelector('span')!.textContent).toBe('Back to defaults (could not be read): Keep closed cases for this many days; colour');
  });

  it('goes away when the stored list is removed (the options page named them), and comes when one is written', async () => {
    await openPopup({ settingsReset: ['timeZone'] });
    await vi.waitFor(() => expect(line()).not.toBeNull());
    await act(async () => {
      await fakeBrowser.storage.local.remove('settingsReset');
    });
    await vi.waitFor(() => expect(line()).toBeNull());
    expect(popup.root!.querySelectorAll('.row')).toHaveLength(1);
    await act(async () => {
      await fakeBrowser.storage.local.set({ settingsReset: ['soonHours'] });
    });
    await vi.waitFor(() => expect(line()?.querySelector('span')?.textContent).toBe(said('en', ['soonHours'])));
  });

  it('“Check settings” is a button in the tab order that opens the options page', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await openPopup({ settingsReset: ['timeZone'] });
    await vi.waitFor(() => expect(checkButton()).not.toBeNull());
    const button = checkButton()!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.disabled).toBe(false);
    expect(button.tabIndex).toBe(0);
    button.focus();
    expect(document.activeElement).toBe(button);
    await act(async () => button.click());
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
    expect(await storedReset()).toEqual(['timeZone']);
  });
});

describe('the options page’s labels in the popup', () => {
  // The popup's texts hold the popup's keys only: the labels come from the options page's texts file.
  const labelKeys = Object.values(SETTING_LABELS);
  const saved = new Map<Locale, Record<string, string>>();
  beforeEach(() => {
    for (const l of LOCALES) {
      saved.set(l, Object.fromEntries(labelKeys.map((k) => [k, CATALOG[l][k]!])));
      for (const k of labelKeys) delete CATALOG[l][k];
    }
  });
  afterEach(() => {
    for (const [l, texts] of saved) Object.assign(CATALOG[l], texts);
    saved.clear();
  });

  /** The options texts files, as fetched; those of `missing` languages cannot be. */
  function files(missing: Locale[] = []) {
    const asked: string[] = [];
    const fetchTexts = async (path: string) => {
      asked.push(path);
      const locale = LOCALES.find((l) => path === textsPath('options', l));
      return locale && !missing.includes(locale) ? pageTexts('options', locale) : null;
    };
    return { asked, texts: settingLabelTexts(textFiles('options', fetchTexts)) };
  }

  it('are fetched once something is to be named, in the popup’s language', async () => {
    const { asked, texts } = files();
    await openPopup({ settings: { language: 'sv' }, settingsReset: ['language'] }, texts);
    await vi.waitFor(() => expect(line()).not.toBeNull());
    expect(line()!.querySelector('span')!.textContent).toBe(t('sv', 'popup.settingsReset', { settings: 'Språk' }));
    expect(asked).toEqual([textsPath('options', 'sv')]);
  });

  it('are not fetched when nothing is to be named', async () => {
    const { asked, texts } = files();
    await openPopup({ settings: { language: 'sv' } }, texts);
    await new Promise((r) => setTimeout(r, 20));
    expect(line()).toBeNull();
    expect(asked).toEqual([]);
  });

  it('in English when the language’s file cannot be had', async () => {
    const english = files(['da']);
    await openPopup({ settings: { language: 'da' }, settingsReset: ['language'] }, english.texts);
    await vi.waitFor(() => expect(line()?.querySelector('span')?.textContent).toBe(t('da', 'popup.settingsReset', { settings: 'Language' })));
    expect(english.asked).toEqual([textsPath('options', 'da'), textsPath('options', 'en')]);
  });

  it('the stored paths when neither the language’s file nor the English one can be had', async () => {
    const none = files(['fi', 'en']);
    await openPopup({ settings: { language: 'fi' }, settingsReset: ['notifications.hoursBefore', 'language'] }, none.texts);
    await vi.waitFor(() => expect(line()?.querySelector('span')?.textContent).toBe(t('fi', 'popup.settingsReset', { settings: 'language; notifications.hoursBefore' })));
    expect(none.asked).toEqual([textsPath('options', 'fi'), textsPath('options', 'en')]);
  });
});
