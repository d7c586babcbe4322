// @vitest-environment happy-dom
// The store filter when the chosen store leaves the list (its last due case removed, closed or
// won while the popup is open): the list must not stay filtered by a store the merchant can no
// longer see or choose.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();
const { mount, rerender } = page;
const ids = () => [...page.root.querySelectorAll('.row .id')].map((e) => e.textContent);

describe('PopupView store filter', () => {
  it.each([
    ['one store left (the filter is no longer drawn)', [makeCase('A', { hoursLeft: 5, store: 'M-1' })], ['A']],
    [
      'two other stores left',
      [makeCase('A', { hoursLeft: 5, store: 'M-1' }), makeCase('C', { hoursLeft: 7, store: 'M-3' })],
      ['A', 'C'],
    ],
  ])('when the chosen store’s last case leaves the list, every store is shown again: %s', (_name, rest, shown) => {
    const cases = [...rest, makeCase('B', { hoursLeft: 6, store: 'M-2' })];
    const props = mount({ cases });
    const select = page.root.querySelector<HTMLSelectElement>('#filter-store')!;
    act(() => {
      select.value = 'M-2';
      select.dispatchEvent(new Event('change'));
    });
    expect(ids()).toEqual(['B']);

    rerender(props, { cases: rest });
    expect(ids()).toEqual(shown);
    expect(page.root.textContent).not.toContain('No case matches the filter.');
    expect(page.root.textContent).toContain(`${shown.length} case`);
    const after = page.root.querySelector<HTMLSelectElement>('#filter-store');
    if (after) expect(after.value).toBe('');
  });

  it('a store that comes back is not chosen again by itself', () => {
    const a = makeCase('A', { hoursLeft: 5, store: 'M-1' });
    const b = makeCase('B', { hoursLeft: 6, store: 'M-2' });
    const props = mount({ cases: [a, b] });
    const select = page.root.querySelector<HTMLSelectElement>('#filter-store')!;
    act(() => {
      select.value = 'M-2';
      select.dispatchEvent(new Event('change'));
    });
    rerender(props, { cases: [a] });
    rerender(props, { cases: [a, b] });
    expect(ids()).toEqual(['A', 'B']);
    expect(page.root.querySelector<HTMLSelectElement>('#filter-store')!.value).toBe('');
  });
});
