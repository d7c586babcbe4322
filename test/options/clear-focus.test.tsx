// @vitest-environment happy-dom
// "Delete all cases…" asks first. Keyboard focus follows the question: on "Keep my cases" when it
// opens (every time, not only the first: a browser honours autofocus once per page), Escape answers
// "Keep", and when the question closes (either answer) focus is back on "Delete all cases…" instead
// of on the page's body.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(): OptionsViewProps {
  const p = {
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
  } as OptionsViewProps;
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsView {...p} />, root));
  return p;
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
const question = () => root.querySelector('[role="alertdialog"]');
async function ask() {
  await act(async () => button('Delete all cases').click());
  expect(question()).not.toBeNull();
  expect(document.activeElement).toBe(button('Keep my cases'));
}

describe('options page: delete all, keyboard', () => {
  it.each([
    ['Keep my cases', async () => act(async () => button('Keep my cases').click()), 0],
    [
      'Escape',
      async () =>
        act(async () => {
          document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
        }),
      0,
    ],
    ['Yes, delete all cases', async () => act(async () => button('Yes, delete all cases').click()), 1],
  ])('asked twice; answered with %s, focus is back on “Delete all cases…”', async (_answer, answer, clears) => {
    const p = mount();
    for (const round of [1, 2]) {
      await ask();
      await answer();
      expect(question()).toBeNull();
      expect(document.activeElement).toBe(button('Delete all cases'));
      expect(p.onClear).toHaveBeenCalledTimes(clears * round);
    }
  });
});
