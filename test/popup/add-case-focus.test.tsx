// @vitest-environment happy-dom
// Where focus goes when the add-case form closes: back to the "Add a case" button it was opened
// with (the form leaves the document, and focus with it, to the page's body).
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { makeCase } from './fixtures';
import { usePopupView } from './view-page';

const page = usePopupView();
const { mount, button, openAddForm, fillValid, submit } = page;

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
    expect(page.root.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(page.root.querySelector('.bar .btn.primary'));
  });
});

describe('Add a case: opening the form', () => {
  it.each([
    ['the bar', [makeCase('A', { hoursLeft: 5 })], '.bar .btn.primary'],
    ['the empty state', [], '.empty .btn:not(.primary)'],
  ] as const)('from %s, focus goes to the form’s first field (the button that had it is gone)', async (_where, cases, opener) => {
    mount({ cases: [...cases] });
    const button = page.root.querySelector<HTMLButtonElement>(opener)!;
    expect(button.textContent).toBe('Add a case');
    button.focus();
    await act(async () => button.click());
    await vi.waitFor(() => expect(page.root.querySelector('form')).not.toBeNull());
    expect(document.activeElement).toBe(page.root.querySelector('form [name="provider"]'));
  });
});
