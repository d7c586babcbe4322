// The options page's view (OptionsView) mounted in the test's document with test props, unmounted
// after each test; and typing into one of its fields.
import { afterEach, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';

/** Props of a page in English with the default settings and 12 stored cases; `over` replaces any. */
export function optionsProps(over: Partial<OptionsViewProps> = {}): OptionsViewProps {
  return {
    settings: DEFAULT_SETTINGS,
    caseCount: 12,
    locale: 'en',
    browserZone: 'Europe/Oslo',
    browserLocale: 'nb',
    now: () => new Date('2026-03-10T12:00:00Z'),
    onUpdate: vi.fn(async () => null),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onClear: vi.fn(async () => ({ ok: true as const, removed: 12 })),
    onDownload: vi.fn(),
    ...over,
  } as OptionsViewProps;
}

export interface OptionsPage {
  readonly root: HTMLElement;
  /** draws the page with optionsProps(over) and returns the props */
  mount(over?: Partial<OptionsViewProps>): OptionsViewProps;
  /** the same page drawn again with some props changed (a stored change arriving) */
  rerender(props: OptionsViewProps, over: Partial<OptionsViewProps>): void;
  button(text: string): HTMLButtonElement;
  /** types `value` into the field and leaves it (input, then change) */
  type(selector: string, value: string): Promise<void>;
}

export function useOptionsPage(): OptionsPage {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = null;
  });
  return {
    get root() {
      return root!;
    },
    mount(over = {}) {
      const props = optionsProps(over);
      root = document.createElement('div');
      document.body.append(root);
      act(() => render(<OptionsView {...props} />, root!));
      return props;
    },
    rerender(props, over) {
      act(() => render(<OptionsView {...props} {...over} />, root!));
    },
    button: (text) => [...root!.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!,
    async type(selector, value) {
      const el = root!.querySelector<HTMLInputElement>(selector)!;
      await act(async () => {
        el.value = value;
        el.dispatchEvent(new Event('input'));
        el.dispatchEvent(new Event('change'));
      });
    },
  };
}
