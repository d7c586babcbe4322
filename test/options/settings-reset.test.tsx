// @vitest-environment happy-dom
// Stored settings with a value that does not parse (a hand edit, a downgrade) keep every other field
// and put that one back to its default (e8bd650, lib/cases/settings-salvage.ts), but the merchant
// was not told which: a reminder list or a chosen language silently became the default. The
// options page now names the settings that were reset, once (the next opening does not repeat it),
// in the page's language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { createPageTexts } from '../../components/popup/page-texts';
import { createMessageHandler } from '../../lib/cases/handle';
import { openCaseStore } from '../../lib/cases/store';
import { LOCALES, resolveLocale, t, type Locale } from '../../lib/i18n';
import { chosenSettings, EXTENSION_ORIGIN, NOW, popupSender, portalOnlyRules } from '../cases/fixtures';

const chosen = chosenSettings;

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The background (its message handler on a real store) behind runtime.sendMessage, woken once (`woken`) or not since the edit. */
async function backgroundWoken(stored: unknown, woken = true) {
  await fakeBrowser.storage.local.set({ settings: stored });
  const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
  const handle = createMessageHandler({ store, runtimeId: popupSender.id!, extensionOrigin: EXTENSION_ORIGIN, afterChange: async () => undefined });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message, popupSender));
  if (woken) await store.getSettings();
  return store;
}

/** The options page, once shown in `locale`. */
async function openOptions(locale: Locale): Promise<void> {
  act(() => render(<Options texts={createPageTexts(async () => null)} />, root));
  await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
  await vi.waitFor(() => expect(root.querySelector('#opt-retentionDays')).not.toBeNull());
}

const notice = () => root.querySelector('.settings-reset');
const named = () => [...(notice()?.querySelectorAll('li') ?? [])].map((li) => li.textContent);

describe.each(LOCALES.map((l) => [l] as const))('%s: settings reset to their defaults', (locale) => {
  it.each<[string, (c: ReturnType<typeof chosen>) => unknown, string[]]>([
    ['a language this version does not know', (c) => ({ ...c, language: 'pl' }), ['options.language']],
    ['a threshold out of bounds', (c) => ({ ...c, soonHours: 5000 }), ['options.soonHours']],
    ['one reminder out of bounds', (c) => ({ ...c, notifications: { enabled: false, hoursBefore: [48, -1] } }), ['options.notifications.hoursBefore']],
    ['a host switch that is not a switch', (c) => ({ ...c, hosts: { production: 'yes', playground: false } }), ['options.hosts.production']],
    ['a retention and a zone that do not parse', (c) => ({ ...c, retentionDays: 1.5, timeZone: 7 }), ['options.timeZone', 'options.retentionDays']],
    ['a critical threshold above the soon one once the soon one is back to its default', (c) => ({ ...c, criticalHours: 100, soonHours: 'lots' }), ['options.criticalHours', 'options.soonHours']],
    ['notifications that are no object', (c) => ({ ...c, notifications: 'off' }), ['options.section.notifications']],
  ])('%s: named on the options page, once', async (_name, edit, labels) => {
    await backgroundWoken(edit(chosen(locale)));
    // (a language reset: the page is in the browser's)
    const shown = labels.includes('options.language') ? resolveLocale(navigator.language) : locale;
    await openOptions(shown);
    await vi.waitFor(() => expect(notice()?.textContent).toContain(t(shown, 'options.settingsReset')));
    expect(named()).toEqual(labels.map((key) => t(shown, key)));
    // Told once: the page said so to the background, and the next opening names nothing.
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('settingsReset')).settingsReset).toBeUndefined());
    expect(notice()).not.toBeNull();
    render(null, root);
    await openOptions(shown);
    await new Promise((r) => setTimeout(r, 20));
    expect(notice()).toBeNull();
  });

  it('settings edited while the background slept: named when the page opens (it asks the background to read them)', async () => {
    await backgroundWoken({ ...chosen(locale), retentionDays: 'forever' }, false);
    await openOptions(locale);
    await vi.waitFor(() => expect(named()).toEqual([t(locale, 'options.retentionDays')]));
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { retentionDays?: unknown }).retentionDays).toBeUndefined();
  });

  it('settings that parse: nothing named', async () => {
    await backgroundWoken(chosen(locale));
    await openOptions(locale);
    await new Promise((r) => setTimeout(r, 20));
    expect(notice()).toBeNull();
  });

  it('two resets before the page is opened: both named, neither twice', async () => {
    const store = await backgroundWoken({ ...chosen(locale), retentionDays: 0 });
    await fakeBrowser.storage.local.set({ settings: { ...chosen(locale), retentionDays: 0, soonHours: -1 } });
    await store.getSettings();
    await fakeBrowser.storage.local.set({ settings: { ...chosen(locale), retentionDays: 0, soonHours: -1 } });
    await store.getSettings();
    await openOptions(locale);
    await vi.waitFor(() => expect(notice()).not.toBeNull());
    expect(named()).toEqual(['options.soonHours', 'options.retentionDays'].map((key) => t(locale, key)));
  });

  it('a stored list with entries that are no path (a hand edit): the paths named, the rest left out, and kept out by the next reset', async () => {
    const store = await backgroundWoken(chosen(locale));
    await fakeBrowser.storage.local.set({ settingsReset: ['retentionDays', 7, 'x'.repeat(500), ''] });
    await openOptions(locale);
    await vi.waitFor(() => expect(notice()).not.toBeNull());
    expect(named()).toEqual([t(locale, 'options.retentionDays')]);
    render(null, root);
    await fakeBrowser.storage.local.set({ settingsReset: ['retentionDays', 7, 'x'.repeat(500)], settings: { ...chosen(locale), soonHours: -1 } });
    await store.getSettings();
    expect((await fakeBrowser.storage.local.get('settingsReset')).settingsReset).toEqual(['retentionDays', 'soonHours']);
  });
});
