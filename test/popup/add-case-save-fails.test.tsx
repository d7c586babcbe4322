// @vitest-environment happy-dom
// The add-case form when saving does not end in an answer (the messages' chunk cannot be loaded:
// the extension was updated while the popup was open), and where focus goes after each way out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import { viewProps } from './fixtures';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(over: Partial<PopupViewProps>): PopupViewProps {
  root = document.createElement('div');
  document.body.append(root);
  const props = viewProps({ onFirstList: vi.fn(), ...over });
  act(() => render(<PopupView {...props} />, root));
  return props;
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
async function openAddForm(): Promise<void> {
  await act(async () => button('Add a case').click());
  await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
}
function fillValid(): void {
  const fill = (name: string, value: string) => {
    const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
  };
  act(() => {
    fill('createdAt', '2026-03-01');
    fill('amount', '10');
    fill('buyerCountry', 'SE');
    fill('reason', 'Return');
  });
}
async function submit(): Promise<void> {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  });
}
const submitButton = () => root.querySelector<HTMLButtonElement>('form button[type="submit"]')!;

describe('Add a case: saving', () => {
  it('a save that fails without an answer says so, and the form can be sent again', async () => {
    const onAddManual = vi.fn<PopupViewProps['onAddManual']>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    mount({ cases: [], onAddManual });
    await openAddForm();
    fillValid();
    await submit();
    expect(root.querySelector('form [role="alert"]')!.textContent).toBe(
      'The case was not added: Dispute Radar could not finish opening. Close this window and open it again.',
    );
    expect(submitButton().disabled).toBe(false);
    expect(submitButton().textContent).toBe('Add case');
    expect(document.activeElement).toBe(submitButton());

    await submit();
    expect(onAddManual).toHaveBeenCalledTimes(2);
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain('added.');
  });

  it('after a refusal, focus is on the send button (not lost while it was disabled)', async () => {
    mount({ cases: [], onAddManual: vi.fn(async () => 'no reply from the background') });
    await openAddForm();
    fillValid();
    await submit();
    expect(root.querySelector('form [role="alert"]')).not.toBeNull();
    expect(document.activeElement).toBe(submitButton());
  });
});
