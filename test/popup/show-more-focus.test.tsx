// @vitest-environment happy-dom
// "Show more" from the keyboard: focus goes to the first row it brought in. When those were the
// last rows, the button leaves the list, and focus went with it to the page's body.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, INITIAL_ROWS } from '../../components/popup/PopupView';
import { makeCase, viewProps } from './fixtures';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('PopupView “Show more”', () => {
  it.each([
    [INITIAL_ROWS + 10, false],
    [500, true],
  ])('with %i cases: focus on the first row it shows (button still there: %s)', (n, stays) => {
    const cases = Array.from({ length: n }, (_, i) => makeCase(`D-${String(i).padStart(4, '0')}`, { hoursLeft: 1 + i }));
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<PopupView {...viewProps({ cases, onFirstList: vi.fn() })} />, root));
    const more = root.querySelector<HTMLButtonElement>('.btn.more')!;
    more.focus();
    act(() => more.click());
    const rows = [...root.querySelectorAll<HTMLElement>('.row-btn')];
    expect(rows.length).toBeGreaterThan(INITIAL_ROWS);
    expect(root.querySelector('.btn.more') !== null).toBe(stays);
    expect(document.activeElement).toBe(rows[INITIAL_ROWS]);
    expect(rows[INITIAL_ROWS]!.closest('li')!.getAttribute('data-case-key')).toBe(`M-1|D-${String(INITIAL_ROWS).padStart(4, '0')}`);
  });
});
