// @vitest-environment happy-dom
// The add-case form when saving does not end in an answer (the messages' chunk cannot be loaded:
// the extension was updated while the popup was open), and where focus goes after each way out.
import { describe, expect, it, vi } from 'vitest';
import type { PopupViewProps } from '../../components/popup/PopupView';
import { usePopupView } from './view-page';

const page = usePopupView();
const { mount, openAddForm, fillValid, submit, submitButton } = page;

describe('Add a case: saving', () => {
  it('a save that fails without an answer says so, and the form can be sent again', async () => {
    const onAddManual = vi.fn<PopupViewProps['onAddManual']>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    mount({ cases: [], onAddManual });
    await openAddForm();
    fillValid();
    await submit();
    expect(page.root.querySelector('form [role="alert"]')!.textContent).toBe(
      'The case was not added: Dispute Radar could not finish opening. Close this window and open it again.',
    );
    expect(submitButton().disabled).toBe(false);
    expect(submitButton().textContent).toBe('Add case');
    expect(document.activeElement).toBe(submitButton());

    await submit();
    expect(onAddManual).toHaveBeenCalledTimes(2);
    expect(page.root.querySelector('form')).toBeNull();
    expect(page.root.textContent).toContain('added.');
  });

  it('after a refusal, focus is on the send button (not lost while it was disabled)', async () => {
    mount({ cases: [], onAddManual: vi.fn(async () => 'no reply from the background') });
    await openAddForm();
    fillValid();
    await submit();
    expect(page.root.querySelector('form [role="alert"]')).not.toBeNull();
    expect(document.activeElement).toBe(submitButton());
  });
});
