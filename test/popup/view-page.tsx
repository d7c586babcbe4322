// The popup's view (PopupView with the test props of ./fixtures) mounted in the test's document and
// unmounted after each test, with the add-case form's steps that several tests share.
import { afterEach, expect, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import { viewProps } from './fixtures';

export interface PopupViewPage {
  /** the element the view is drawn into (a new one per mount) */
  readonly root: HTMLElement;
  /**
   * Draws the view with viewProps(over). `inAct: false` draws it as the browser does, its effects
   * after the frame (a test of what the first frame holds).
   */
  mount(over?: Partial<PopupViewProps>, opts?: { inAct?: boolean }): PopupViewProps;
  /** the same view drawn again with some props changed */
  rerender(props: PopupViewProps, over: Partial<PopupViewProps>): void;
  /** the first button whose text contains `text` */
  button(text: string): HTMLButtonElement;
  openAddForm(): Promise<void>;
  /** fills the add-case form's required fields with valid values */
  fillValid(): void;
  submit(): Promise<void>;
  submitButton(): HTMLButtonElement;
}

/**
 * Fills the add-case form under `root` with valid values for its required fields, opened on
 * `createdAt` ("YYYY-MM-DD": the day before the tests' NOW unless given).
 */
export function fillValidCase(root: Element, createdAt = '2026-03-01'): void {
  const fill = (name: string, value: string) => {
    const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
  };
  act(() => {
    fill('createdAt', createdAt);
    fill('amount', '10');
    fill('buyerCountry', 'SE');
    fill('reason', 'Return');
  });
}

/** Submits the form under `root`. */
export async function submitForm(root: Element): Promise<void> {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  });
}

export function usePopupView(): PopupViewPage {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = null;
  });
  const page: PopupViewPage = {
    get root() {
      return root!;
    },
    mount(over = {}, { inAct = true } = {}) {
      root = document.createElement('div');
      document.body.append(root);
      const props = viewProps({ onFirstList: vi.fn(), ...over });
      if (inAct) act(() => render(<PopupView {...props} />, root!));
      else render(<PopupView {...props} />, root);
      return props;
    },
    rerender(props, over) {
      act(() => render(<PopupView {...props} {...over} />, root!));
    },
    button: (text) => [...root!.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!,
    async openAddForm() {
      await act(async () => page.button('Add a case').click());
      await vi.waitFor(() => expect(root!.querySelector('form')).not.toBeNull());
    },
    fillValid: () => fillValidCase(root!),
    submit: () => submitForm(root!),
    submitButton: () => root!.querySelector<HTMLButtonElement>('form button[type="submit"]')!,
  };
  return page;
}
