// @vitest-environment happy-dom
// "Add a case" and the exports come in their own chunks (components/popup/later.ts). When such a
// chunk cannot be loaded (the extension was updated or removed while the popup was open), the
// click must say so instead of doing nothing; the next click tries again.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';

const later = vi.hoisted(() => ({ form: vi.fn(), exports: vi.fn() }));
vi.mock('../../components/popup/later', async (original) => ({
  ...(await original<typeof import('../../components/popup/later')>()),
  loadAddCaseForm: later.form,
  loadExports: later.exports,
}));

import { makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();
const { mount } = page;
const button = (text: string) => [...page.root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
const status = () => page.root.querySelector('[role="status"]')!.textContent;

describe('PopupView when a later chunk cannot be loaded', () => {
  it.each([
    ['en', 'Add a case', 'Dispute Radar could not finish opening. Close this window and open it again.'],
    ['de', 'Fall hinzufügen', 'Dispute Radar konnte nicht vollständig geöffnet werden. Schließen Sie dieses Fenster und öffnen Sie es erneut.'],
  ] as const)('%s: “%s” says so, and the next click opens the form', async (locale, label, message) => {
    later.form.mockReset();
    later.form.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    later.form.mockImplementation(() => import('../../components/popup/AddCaseForm'));
    mount({ cases: [makeCase('A', { hoursLeft: 5 })], locale });
    await act(async () => button(label).click());
    await vi.waitFor(() => expect(status()).toBe(message));
    expect(page.root.querySelector('form')).toBeNull();
    await act(async () => button(label).click());
    await vi.waitFor(() => expect(page.root.querySelector('form')).not.toBeNull());
  });

  it.each(['Export CSV', 'Export calendar'])('“%s” says so and downloads nothing', async (label) => {
    later.exports.mockReset();
    later.exports.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const props = mount({ cases: [makeCase('A', { hoursLeft: 5 })] });
    await act(async () => button(label).click());
    await vi.waitFor(() => expect(status()).toBe('Dispute Radar could not finish opening. Close this window and open it again.'));
    expect(props.onDownload).not.toHaveBeenCalled();
  });
});
