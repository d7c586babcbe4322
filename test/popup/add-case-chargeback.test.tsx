// @vitest-environment happy-dom
// The add-case form refuses a chargeback whose start the rules cannot know: a Klarna dispute at
// "Response required" with no "Became a chargeback on" and no deadline from the e-mail, opened
// recently enough that the rules' enquiry window from the opening still runs. Saved as it was, its
// response deadline would be estimated from an escalation weeks ahead, after the real deadline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AddCaseForm, type AddCaseFormProps } from '../../components/popup/AddCaseForm';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';
import { NOW } from './fixtures';

const TZ = 'Europe/Berlin';
const DAY = 86_400_000;
/** "YYYY-MM-DD" of `days` before `now` (at noon UTC: the same day in Berlin). */
const daysAgo = (days: number, now = NOW) => new Date(now.getTime() - days * DAY).toISOString().slice(0, 10);

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(over: Partial<AddCaseFormProps> = {}): { onSubmit: ReturnType<typeof vi.fn> } {
  root = document.createElement('div');
  document.body.append(root);
  const onSubmit = vi.fn(async (_facts: DisputeFacts) => null);
  act(() =>
    render(
      <AddCaseForm locale="en" timeZone={TZ} stores={[]} now={() => NOW} onSubmit={onSubmit} onDone={vi.fn()} onCancel={vi.fn()} {...over} />,
      root,
    ),
  );
  return { onSubmit };
}

function fill(values: Record<string, string>): void {
  act(() => {
    for (const [name, value] of Object.entries(values)) {
      const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
    }
  });
}

async function submit(): Promise<void> {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  });
}

/** A Klarna chargeback to answer, opened 3 days ago, with neither its start nor its deadline. */
const CHARGEBACK = {
  provider: 'klarna',
  status: 'open',
  disputeId: 'KL-CB-1',
  createdAt: daysAgo(3),
  amount: '59,00',
  currency: 'EUR',
  buyerCountry: 'DE',
  reason: 'Goods not received',
};

const el = (id: string) => root.querySelector(`#${id}`);
const label = (locale: Locale, field: string) => t(locale, `popup.add.${field}`).replace(/\s*\*$/, '');

describe('add-case form: a chargeback whose start the rules cannot know', () => {
  it.each(LOCALES)('is refused, with the message next to both fields in the form language (%s)', async (locale) => {
    const { onSubmit } = mount({ locale });
    fill(CHARGEBACK);
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();

    const start = el('add-escalatedAt-error')!.textContent!;
    const deadline = el('add-dueBy-error')!.textContent!;
    expect(start).toBe(t(locale, 'popup.add.error.chargebackStart'));
    expect(deadline).toBe(t(locale, 'popup.add.error.chargebackDeadline'));
    if (locale !== 'en') expect(start).not.toBe(t('en', 'popup.add.error.chargebackStart'));
    // It names what to fill in: the other field's label, and the opening date it counted from.
    expect(start).toContain(label(locale, 'dueBy'));
    expect(start).toContain(label(locale, 'createdAt'));
    expect(deadline).toContain(label(locale, 'escalatedAt'));

    // Tied to the fields as the form's other messages are; the other fields stay unmarked.
    expect(el('add-escalatedAt')!.getAttribute('aria-invalid')).toBe('true');
    expect(el('add-escalatedAt')!.getAttribute('aria-describedby')).toBe('add-escalatedAt-error');
    expect(el('add-dueBy')!.getAttribute('aria-invalid')).toBe('true');
    // Its hint ("Optional") is gone while the message asks for this date or the other.
    expect(el('add-dueBy')!.getAttribute('aria-describedby')).toBe('add-dueBy-error');
    expect(el('add-dueBy-hint')).toBeNull();
    expect(el('add-createdAt')!.getAttribute('aria-invalid')).toBeNull();
    expect(root.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
    // One problem, though two fields carry it: either settles it.
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(t(locale, 'popup.add.errorSummary.one', { count: 1 }));
    // Focus goes to the first wrong field, as for the form's other checks.
    expect(document.activeElement).toBe(el('add-escalatedAt'));
  });

  it('counts each other problem once more, and shows the deadline hint again once the dates are given', async () => {
    mount();
    fill({ ...CHARGEBACK, amount: '' });
    await submit();
    // the amount is missing: the chargeback check runs only on a form that is otherwise valid
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('1 problem to fix in the form.');
    expect(el('add-amount-error')).not.toBeNull();
    fill({ amount: '59,00', reason: '' });
    await submit();
    fill({ reason: 'Goods not received' });
    await submit();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('1 problem to fix in the form.');
    expect(el('add-dueBy-hint')).toBeNull();
    fill({ amount: '', currency: '' });
    await submit();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('2 problems to fix in the form.');
    expect(el('add-dueBy-hint')!.textContent).toBe(t('en', 'popup.add.dueBy.hint'));
  });

  it('the English message asks for the day it became a chargeback or the deadline', async () => {
    mount();
    fill(CHARGEBACK);
    await submit();
    expect(el('add-escalatedAt-error')!.textContent).toMatch(/^Enter the day it became a chargeback, or fill in “Deadline stated in the e-mail or portal”\./);
    expect(el('add-dueBy-error')!.textContent).toBe('Or enter the response deadline from the e-mail here. This or “Became a chargeback on” is enough.');
  });

  it.each([
    ['the day it became a chargeback', { escalatedAt: daysAgo(1) }, { escalatedAt: expect.any(String) }],
    ['the deadline from the e-mail', { dueBy: daysAgo(-10) }, { dueBy: expect.any(String) }],
  ])('is accepted once %s is filled in after the refusal', async (_what, extra, expected) => {
    const { onSubmit } = mount();
    fill(CHARGEBACK);
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    fill(extra);
    await submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ id: 'KL-CB-1', status: 'open', ...expected }));
    expect(root.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(root.querySelector('.error')).toBeNull();
  });

  it.each<[string, Record<string, string>, Date?]>([
    ['escalatedAt given', { escalatedAt: daysAgo(2) }],
    ['dueBy given', { dueBy: daysAgo(-12) }],
    ['the enquiry window has passed (opened 40 days ago)', { createdAt: daysAgo(40) }],
    ['a Klarna unauthorized purchase (a chargeback from its opening)', { reason: 'Unauthorized purchase' }],
    ['a Klarna enquiry (not yet a chargeback)', { status: 'warning_needs_response' }],
    ['a card chargeback', { provider: 'card', reason: 'Fraudulent' }],
    ['a card chargeback for goods not received', { provider: 'card', reason: 'Product not received' }],
    ['a Billie dispute', { provider: 'billie', reason: 'Returns' }],
    // The rules' window of the opening date's version: 21 days before 2025-08-08, so 24 days after
    // a July 2025 opening it has passed (a 35-day count would still refuse).
    ['a Klarna chargeback opened in July 2025, 24 days on', { createdAt: '2025-07-01' }, new Date('2025-07-25T12:00:00Z')],
  ])('accepts %s', async (_what, over, now = NOW) => {
    const { onSubmit } = mount({ now: () => now });
    fill({ ...CHARGEBACK, ...over });
    await submit();
    expect(root.querySelector('.error')).toBeNull();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('refuses a Klarna chargeback opened in July 2025 while its 21-day window runs (day 19)', async () => {
    const { onSubmit } = mount({ now: () => new Date('2025-07-20T12:00:00Z') });
    fill({ ...CHARGEBACK, createdAt: '2025-07-01' });
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(el('add-escalatedAt-error')!.textContent).toBe(t('en', 'popup.add.error.chargebackStart'));
  });

  it("shows the form's own checks first: a missing amount is reported without the chargeback question", async () => {
    const { onSubmit } = mount();
    fill({ ...CHARGEBACK, amount: '' });
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(el('add-amount-error')!.textContent).toBe(t('en', 'popup.add.error.required'));
    expect(el('add-escalatedAt-error')).toBeNull();
    expect(document.activeElement).toBe(el('add-amount'));
  });
});
