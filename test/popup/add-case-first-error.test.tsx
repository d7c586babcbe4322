// @vitest-environment happy-dom
// The add-case form moves focus to the first wrong field as the form shows them, top to bottom.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AddCaseForm } from '../../components/popup/AddCaseForm';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const LONG = 'x'.repeat(201);

describe('Add a case: focus on the first wrong field', () => {
  const OK = { createdAt: '2026-03-01', amount: '10', buyerCountry: 'SE', reason: 'Return' };
  it.each([
    ['store ID too long, no opening date', { storeId: LONG }, 'createdAt'],
    ['order ID too long', { ...OK, orderId: LONG }, 'orderId'],
    ['reference too long, no reason', { ...OK, merchantReference: LONG, reason: '' }, 'reason'],
    ['reference too long, deadline before opening', { ...OK, merchantReference: LONG, dueBy: '2026-02-01' }, 'dueBy'],
    ['store ID too long', { ...OK, storeId: LONG }, 'storeId'],
  ])('%s: focus on the first marked field in the form', async (_name, values, first) => {
    root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <AddCaseForm locale="en" timeZone="Europe/Stockholm" stores={[]} now={() => new Date('2026-03-10T12:00:00Z')} onSubmit={vi.fn(async () => null)} onDone={vi.fn()} onCancel={vi.fn()} />,
        root,
      ),
    );
    act(() => {
      for (const [name, value] of Object.entries(values)) {
        const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
        el.value = value;
        el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
      }
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    const marked = [...root.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
    expect(marked[0]!.getAttribute('name')).toBe(first);
    expect(document.activeElement).toBe(marked[0]);
  });
});
