// @vitest-environment happy-dom
// "Delete all cases…" asks first. Keyboard focus follows the question: on "Keep my cases" when it
// opens (every time, not only the first: a browser honours autofocus once per page), Escape answers
// "Keep", and when the question closes (either answer) focus is back on "Delete all cases…" instead
// of on the page's body.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { useOptionsPage } from './options-page';

const page = useOptionsPage();
const { mount, button } = page;
const question = () => page.root.querySelector('[role="alertdialog"]');
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
