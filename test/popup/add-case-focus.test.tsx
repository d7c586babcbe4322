// @vitest-environment happy-dom
// Where focus goes when the add-case form closes: back to the "Add a case" button it was opened
// with (the form leaves the document, and focus with it, to the page's body).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import { makeCase, viewProps } from './fixtures';

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

describe('Add a case: leaving the form', () => {
  it.each([
    ['Cancel', null],
    ['Add case', vi.fn(async () => null)],
  ])('leaving the form with “%s” puts focus back on “Add a case”', async (action, onAddManual) => {
    mount({ cases: [makeCase('A', { hoursLeft: 5 })], ...(onAddManual ? { onAddManual } : {}) });
    await openAddForm();
    if (onAddManual) {
      fillValid();
      await submit();
    } else await act(async () => button(action).click());
    expect(root.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('.bar .btn.primary'));
  });
});

describe('Add a case: opening the form', () => {
  it.each([
    ['the bar', [makeCase('A', { hoursLeft: 5 })], '.bar .btn.primary'],
    ['the empty state', [], '.empty .btn:not(.primary)'],
  ] as const)('from %s, focus goes to the form’s first field (the button that had it is gone)', async (_where, cases, opener) => {
    mount({ cases: [...cases] });
    const button = root.querySelector<HTMLButtonElement>(opener)!;
    expect(button.textContent).toBe('Add a case');
    button.focus();
    await act(async () => button.click());
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(document.activeElement).toBe(root.querySelector('form [name="provider"]'));
  });
});
