// @vitest-environment happy-dom
// Removing a case added by hand from the popup: a "Remove" button on manual rows only, an inline
// "Remove case X? Yes / No" (Escape and "No" cancel), case:remove sent only on "Yes", the outcome
// in the status line, focus kept where a keyboard user expects it, in every language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupViewProps, type RemoveReply } from '../../components/popup/PopupView';
import type { TrackedCase } from '../../lib/cases/schema';
import { t } from '../../lib/i18n';
import { LOCALES } from '../../lib/i18n/locales';
import { makeCase, NOW, viewProps } from './fixtures';

let root: HTMLElement;
let props: PopupViewProps;
afterEach(() => {
  render(null, root);
  root.remove();
});

const PORTAL = makeCase('KL-PORTAL', { hoursLeft: 5 });
const MAIL = makeCase('KL-MAIL', { hoursLeft: 30, manual: true, store: null });
const LATER = makeCase('KL-LATER', { hoursLeft: 90 });

function mount(over: Partial<PopupViewProps> = {}): PopupViewProps {
  root = document.createElement('div');
  document.body.append(root);
  props = viewProps({ cases: [PORTAL, MAIL, LATER], ...over });
  act(() => render(<PopupView {...props} />, root));
  return props;
}

/** The store changed (the popup watches it): the same view with these cases. */
function storeNowHolds(cases: TrackedCase[]): void {
  act(() => render(<PopupView {...props} cases={cases} />, root));
}

const rowOf = (key: string) => root.querySelector<HTMLElement>(`[data-case-key="${key}"]`);
const buttonIn = (scope: Element | null, text: string) => [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text) ?? null;
const status = () => root.querySelector('[role="status"]')!;
const question = () => root.querySelector('.row-remove[role="group"]');

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function clickRemove(key = MAIL.key): void {
  act(() => rowOf(key)!.querySelector<HTMLButtonElement>('.row-remove-btn')!.click());
}

describe('removing a case added by hand', () => {
  it('only rows of cases added by hand have a "Remove" button, named for the dispute', () => {
    mount();
    expect(root.querySelectorAll('.row')).toHaveLength(3);
    expect(root.querySelectorAll('.row-remove-btn')).toHaveLength(1);
    expect(rowOf(PORTAL.key)!.querySelector('.row-remove')).toBeNull();
    expect(rowOf(LATER.key)!.querySelector('.row-remove')).toBeNull();
    const remove = rowOf(MAIL.key)!.querySelector<HTMLButtonElement>('.row-remove-btn')!;
    expect(remove.textContent).toBe('Remove');
    expect(remove.getAttribute('aria-label')).toBe('Remove case KL-MAIL');
    expect(remove.type).toBe('button');
    // Beside the row's open button, not inside it (a button holds no button).
    expect(remove.closest('.row-btn')).toBeNull();
  });

  it('a click asks in the row first: the question names the dispute, focus on "No", nothing sent, the row not opened', () => {
    mount();
    clickRemove();
    expect(props.onRemove).not.toHaveBeenCalled();
    expect(props.onOpen).not.toHaveBeenCalled();
    const group = question()!;
    expect(group.closest('li')).toBe(rowOf(MAIL.key));
    const labelledBy = group.getAttribute('aria-labelledby')!;
    expect(root.querySelector(`[id="${labelledBy}"]`)?.textContent).toBe('Remove case KL-MAIL?');
    expect([...group.querySelectorAll('button')].map((b) => [b.textContent, b.disabled])).toEqual([
      ['Yes', false],
      ['No', false],
    ]);
    expect(document.activeElement).toBe(buttonIn(group, 'No'));
    expect(rowOf(MAIL.key)!.querySelector('.row-remove-btn')).toBeNull();
  });

  it('"No" goes back without sending anything; focus returns to "Remove"', () => {
    mount();
    clickRemove();
    act(() => buttonIn(question(), 'No')!.click());
    expect(question()).toBeNull();
    expect(props.onRemove).not.toHaveBeenCalled();
    expect(props.onOpen).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(rowOf(MAIL.key)!.querySelector('.row-remove-btn'));
    expect(status().textContent).toBe('');
  });

  it.each(['Yes', 'No'])('Escape with focus on "%s" cancels, and is not passed on (the popup stays open)', (focused) => {
    mount();
    clickRemove();
    buttonIn(question(), focused)!.focus();
    const onDocument = vi.fn();
    document.addEventListener('keydown', onDocument);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      document.activeElement!.dispatchEvent(escape);
    });
    document.removeEventListener('keydown', onDocument);
    expect(escape.defaultPrevented).toBe(true);
    expect(onDocument).not.toHaveBeenCalled();
    expect(question()).toBeNull();
    expect(props.onRemove).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(rowOf(MAIL.key)!.querySelector('.row-remove-btn'));
  });

  it('other keys in the question do nothing', () => {
    mount();
    clickRemove();
    act(() => {
      buttonIn(question(), 'No')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    });
    expect(question()).not.toBeNull();
  });

  it('"Yes" sends case:remove for that key once, says so in the status line, and the list follows the store', async () => {
    let answer!: (reply: RemoveReply) => void;
    mount({ onRemove: vi.fn(() => new Promise<RemoveReply>((resolve) => (answer = resolve))) });
    clickRemove();
    act(() => buttonIn(question(), 'Yes')!.click());
    expect(props.onRemove).toHaveBeenCalledTimes(1);
    expect(props.onRemove).toHaveBeenCalledWith(MAIL.key);
    // While the background answers: both buttons disabled, a second "Yes" sends nothing more.
    expect([...question()!.querySelectorAll('button')].map((b) => b.disabled)).toEqual([true, true]);
    expect(question()!.getAttribute('aria-busy')).toBe('true');
    act(() => buttonIn(question(), 'Yes')!.click());
    expect(props.onRemove).toHaveBeenCalledTimes(1);
    // The store's change usually arrives before the reply.
    storeNowHolds([PORTAL, LATER]);
    expect(rowOf(MAIL.key)).toBeNull();
    answer({ ok: true, removed: true });
    await settle();
    expect(status().textContent).toBe('Case KL-MAIL removed.');
    expect(status().querySelector('.notice.good')).not.toBeNull();
    expect(root.querySelectorAll('.row')).toHaveLength(2);
    expect(root.textContent).toContain('2 cases');
    expect(props.onOpen).not.toHaveBeenCalled();
  });

  it('after "Yes", focus goes to the next row (or the one before it), not lost with the removed row', async () => {
    mount();
    clickRemove();
    act(() => buttonIn(question(), 'Yes')!.focus());
    act(() => buttonIn(question(), 'Yes')!.click());
    await settle();
    expect(document.activeElement).toBe(rowOf(LATER.key)!.querySelector('.row-btn'));
    storeNowHolds([PORTAL, LATER]);
    expect(document.activeElement).toBe(rowOf(LATER.key)!.querySelector('.row-btn'));

    // The last row: the one before it.
    render(null, root);
    root.remove();
    const last = makeCase('KL-MAIL-LAST', { hoursLeft: 200, manual: true });
    mount({ cases: [PORTAL, last] });
    clickRemove(last.key);
    act(() => buttonIn(question(), 'Yes')!.click());
    await settle();
    expect(document.activeElement).toBe(rowOf(PORTAL.key)!.querySelector('.row-btn'));
  });

  it('the only case: focus goes to "Add a case", and the empty state follows', async () => {
    mount({ cases: [MAIL] });
    clickRemove();
    act(() => buttonIn(question(), 'Yes')!.click());
    await settle();
    expect(document.activeElement?.textContent).toBe('Add a case');
    storeNowHolds([]);
    expect(root.textContent).toContain('No cases yet');
    expect(status().textContent).toBe('Case KL-MAIL removed.');
  });

  it('a case removed already (another window) says so, as done', async () => {
    mount({ onRemove: vi.fn(async (): Promise<RemoveReply> => ({ ok: true, removed: false })) });
    clickRemove();
    act(() => buttonIn(question(), 'Yes')!.click());
    await settle();
    expect(status().textContent).toBe('Case KL-MAIL was removed already.');
    expect(status().querySelector('.notice.good')).not.toBeNull();
  });

  it.each<[string, PopupViewProps['onRemove'], string]>([
    [
      'refused by the background',
      async () => ({ ok: false, problem: 'dispute KL-MAIL is tracked from the portal; only cases added by hand can be removed' }),
      'Case KL-MAIL was not removed: dispute KL-MAIL is tracked from the portal; only cases added by hand can be removed',
    ],
    ['not answered (the request failed)', () => Promise.reject(new Error('Could not establish connection')), 'Case KL-MAIL was not removed: Could not establish connection'],
  ])('%s: the problem in the status line, the row kept with "Remove" focused again', async (_name, onRemove, text) => {
    mount({ onRemove: vi.fn(onRemove) });
    clickRemove();
    act(() => buttonIn(question(), 'Yes')!.click());
    await settle();
    expect(status().textContent).toBe(text);
    expect(status().querySelector('.notice.bad')).not.toBeNull();
    expect(question()).toBeNull();
    const remove = rowOf(MAIL.key)!.querySelector('.row-remove-btn');
    expect(remove).not.toBeNull();
    expect(document.activeElement).toBe(remove);
  });

  it('a plain re-render (the clock ticks) moves no focus', () => {
    mount();
    const search = root.querySelector<HTMLInputElement>('#filter-search')!;
    search.focus();
    act(() => render(<PopupView {...props} now={NOW.getTime() + 60_000} />, root));
    expect(document.activeElement).toBe(search);
  });

  it.each(LOCALES)('%s: every text translated, the visible word inside the accessible name', async (locale) => {
    mount({ locale, onRemove: vi.fn(async (): Promise<RemoveReply> => ({ ok: false, problem: 'P' })) });
    const remove = rowOf(MAIL.key)!.querySelector<HTMLButtonElement>('.row-remove-btn')!;
    const visible = remove.textContent!;
    const label = remove.getAttribute('aria-label')!;
    expect(visible).toBe(t(locale, 'popup.row.remove'));
    expect(label).toContain('KL-MAIL');
    // WCAG 2.5.3 (label in name): speech users say what they see.
    expect(label.toLowerCase()).toContain(visible.toLowerCase());
    act(() => remove.click());
    const group = question()!;
    const texts = [group.querySelector('.row-remove-q')!.textContent, ...[...group.querySelectorAll('button')].map((b) => b.textContent)];
    expect(texts).toEqual([
      t(locale, 'popup.row.remove.confirm', { id: 'KL-MAIL' }),
      t(locale, 'popup.row.remove.yes'),
      t(locale, 'popup.row.remove.no'),
    ]);
    act(() => buttonIn(group, t(locale, 'popup.row.remove.yes'))!.click());
    await settle();
    expect(status().textContent).toBe(t(locale, 'popup.remove.failed', { id: 'KL-MAIL', problem: 'P' }));
    for (const text of [...texts, visible, label, status().textContent!]) expect(text).not.toMatch(/popup\.|\{/);
    if (locale !== 'en') {
      for (const key of ['popup.row.remove', 'popup.row.remove.label', 'popup.row.remove.confirm', 'popup.row.remove.yes', 'popup.row.remove.no', 'popup.remove.done', 'popup.remove.gone', 'popup.remove.failed'])
        expect(t(locale, key, { id: 'X', problem: 'P' }), key).not.toBe(t('en', key, { id: 'X', problem: 'P' }));
    }
  });
});
