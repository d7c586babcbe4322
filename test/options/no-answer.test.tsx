// @vitest-environment happy-dom
// When the background does not answer (the extension was updated or reloaded while the page was
// open), the options page and the add-case form say so in the merchant's language, not with
// sendRequest's English 'no reply from the background' or the browser's own error text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { createPageTexts } from '../../components/popup/page-texts';
import { fillValidCase, submitForm } from '../popup/view-page';
import { sendRequest } from '../../lib/cases/messages';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { LOCALES, t, type Locale } from '../../lib/i18n';

let root: HTMLElement;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('no answer from the background', () => {
  it.each(LOCALES)('%s: a setting saved while the background cannot be reached says so in that language', async (locale: Locale) => {
    // No listener: runtime.sendMessage rejects, as it does when the background is gone.
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: locale } });
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Options texts={createPageTexts(async () => null)} />, root));
    await vi.waitFor(() => expect(root.querySelector('#opt-retentionDays')).not.toBeNull());
    await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
    const input = root.querySelector<HTMLInputElement>('#opt-retentionDays')!;
    await act(async () => {
      input.value = '60';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe(t(locale, 'options.saveFailed', { problem: t(locale, 'options.noAnswer') })),
    );
  });

  it.each([
    ['the browser cannot reach it', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['it answers nothing', () => Promise.resolve(undefined)],
    ['it answers something else', () => Promise.resolve('pong')],
  ])('%s: the reply is a problem in the given words', async (_name, send) => {
    const reply = await sendRequest({ type: 'cases:export' }, send, 'Dispute Radar hat nicht geantwortet.');
    expect(reply).toEqual({ ok: false, problem: 'Dispute Radar hat nicht geantwortet.' });
  });

  it('an answer is passed on as it is, refusals too', async () => {
    const refusal = { ok: false, problem: 'a case with this key is tracked from the portal', code: 'tracked-from-portal' };
    expect(await sendRequest({ type: 'cases:export' }, async () => refusal, 'x')).toBe(refusal);
  });
});

describe('no answer from the background, popup', () => {
  it.each(['de', 'fi'] as const)('%s: a case added while the background cannot be reached says so in that language', async (locale) => {
    const { Popup } = await import('../../components/popup/Popup');
    const { assessForList } = await import('../../lib/cases/list-assessment');
    root = document.createElement('div');
    document.body.append(root);
    const initial = {
      settings: { ...DEFAULT_SETTINGS, language: locale },
      now: Date.now(),
      cases: [],
      preview: null,
      bad: 0,
      loadError: null,
      stored: null,
    };
    act(() => render(<Popup assessDispute={assessForList} initial={initial} texts={createPageTexts(async () => null)} />, root));
    await act(async () => root.querySelector<HTMLButtonElement>('.bar .btn.primary')!.click());
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    fillValidCase(root, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await submitForm(root);
    await vi.waitFor(() =>
      expect(root.querySelector('form [role="alert"]')?.textContent).toBe(t(locale, 'popup.add.failed', { problem: t(locale, 'popup.noAnswer') })),
    );
  });
});
