// @vitest-environment happy-dom
// The popup's container when the messages' chunk cannot be loaded (the extension was updated while
// the popup was open): removing or adding a case says so in the merchant's language, not with the
// browser's English 'Failed to fetch dynamically imported module: chrome-extension://…'.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

vi.mock('../../lib/cases/messages', () => {
  throw new TypeError('Failed to fetch dynamically imported module: chrome-extension://abc/chunks/messages-1a2b.js');
});

import { Popup } from '../../components/popup/Popup';
import { createPageTexts } from '../../components/popup/page-texts';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { t } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW } from './fixtures';
import { fillValidCase, submitForm } from './view-page';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(locale: 'en' | 'sv') {
  root = document.createElement('div');
  document.body.append(root);
  const initial = {
    settings: { ...DEFAULT_SETTINGS, language: locale },
    now: NOW.getTime(),
    cases: [makeCase('KL-MAIL', { hoursLeft: 30, manual: true, store: null })],
    preview: null,
    bad: 0,
    loadError: null,
    stored: null,
  };
  // fakeAssess stands for the list's assessment (the container only passes it on)
  const assessDispute = (facts: Parameters<typeof fakeAssess>[0]) => fakeAssess(facts, undefined);
  act(() => render(<Popup assessDispute={assessDispute} initial={initial} texts={createPageTexts(async () => null)} />, root));
}

describe('Popup when the messages’ chunk cannot be loaded', () => {
  it.each(['en', 'sv'] as const)('%s: removing a case says it was not removed, and why, in that language', async (locale) => {
    mount(locale);
    await act(async () => root.querySelector<HTMLButtonElement>('.row-remove-btn')!.click());
    await act(async () => root.querySelector<HTMLButtonElement>('.row-remove .btn.danger')!.click());
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe(
        t(locale, 'popup.remove.failed', { id: 'KL-MAIL', problem: t(locale, 'popup.appLoadError') }),
      ),
    );
    expect(root.querySelector('.row-remove-btn')).not.toBeNull();
  });
  it('adding a case says it was not added, and why; the form stays to be sent again', async () => {
    mount('en');
    await act(async () => root.querySelector<HTMLButtonElement>('.bar .btn.primary')!.click());
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    fillValidCase(root, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await submitForm(root);
    await vi.waitFor(() =>
      expect(root.querySelector('form [role="alert"]')?.textContent).toBe(
        'The case was not added: Dispute Radar could not finish opening. Close this window and open it again.',
      ),
    );
    expect(root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled).toBe(false);
  });
});
