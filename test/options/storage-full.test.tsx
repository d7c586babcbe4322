// @vitest-environment happy-dom
// The browser's storage for the extension full (storage.local's quota; 10 MB in Chromium): a change
// the background cannot write is refused, and the page says so, and what to do, in the merchant's
// language. It said the browser's own English words inside a translated sentence ("Nicht
// gespeichert: QUOTA_BYTES quota exceeded"), on the options page (a setting, an import, deleting
// every case) and in the popup (removing a case added by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { PopupView } from '../../components/popup/PopupView';
import { createPageTexts } from '../../components/popup/page-texts';
import { createMessageHandler } from '../../lib/cases/handle';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { EXTENSION_ORIGIN, NOW, popupSender, portalOnlyRules, trackedCase } from '../cases/fixtures';
import { makeCase, viewProps } from '../popup/fixtures';

const MAIL = makeCase('KL-MAIL', { hoursLeft: 30, manual: true, store: null });
let root: HTMLElement;

/** The background (its message handler on a real store) behind runtime.sendMessage, with storage full from now on. */
async function backgroundWithStorageFull(locale: Locale) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: locale }, cases: JSON.stringify({ [MAIL.key]: MAIL }), cases$: { v: 3 } });
  const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
  const handle = createMessageHandler({ store, runtimeId: popupSender.id!, extensionOrigin: EXTENSION_ORIGIN, afterChange: async () => undefined });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message, popupSender));
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  return handle;
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const status = () => root.querySelector('[role="status"]')!.textContent;

describe.each(LOCALES.map((l) => [l] as const))('%s: storage full', (locale) => {
  const full = t(locale, 'app.storageFull');

  async function optionsPage(): Promise<void> {
    await backgroundWithStorageFull(locale);
    act(() => render(<Options texts={createPageTexts(async () => null)} />, root));
    await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
    await vi.waitFor(() => expect(root.querySelector('#opt-retentionDays')).not.toBeNull());
  }

  it('a setting: not saved, and why, in the language', async () => {
    await optionsPage();
    const input = root.querySelector<HTMLInputElement>('#opt-retentionDays')!;
    await act(async () => {
      input.value = '60';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() => expect(status()).toBe(t(locale, 'options.saveFailed', { problem: full })));
  });

  it('an import: nothing changed, and why, in the language', async () => {
    await optionsPage();
    const input = root.querySelector<HTMLInputElement>('#opt-import')!;
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases: [trackedCase('dp_1', 'open', 30)] });
    Object.defineProperty(input, 'files', { value: [new File([file], 'dispute-radar-cases.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 10));
    });
    await vi.waitFor(() => expect(status()).toBe(t(locale, 'options.import.failed', { problem: full })));
  });

  it('removing a case added by hand, in the popup: not removed, and why, in the language', async () => {
    const handle = await backgroundWithStorageFull(locale);
    const props = viewProps({ cases: [MAIL], locale, onRemove: async (key) => (await handle({ type: 'case:remove', key }, popupSender)) as never });
    act(() => render(<PopupView {...props} />, root));
    act(() => root.querySelector<HTMLButtonElement>('.row-remove-btn')!.click());
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === t(locale, 'popup.row.remove.yes'))!.click());
    await vi.waitFor(() => expect(status()).toBe(t(locale, 'popup.remove.failed', { id: 'KL-MAIL', problem: full })));
  });
});
