// @vitest-environment happy-dom
// A field's message belongs to what is typed in it: when a stored change replaces a refused draft
// with the stored value, the message (and aria-invalid) must go with the draft.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import { useOptionsPage } from './options-page';

const page = useOptionsPage();

describe('options page: messages after a stored change', () => {
  it.each([
    ['#opt-criticalHours', '100', '24', (s: Settings): Settings => ({ ...s, soonHours: 200 })],
    ['#opt-retentionDays', 'ninety', '90', (s: Settings): Settings => ({ ...s, notifications: { ...s.notifications, enabled: false } })],
    ['#opt-hoursBefore', '72, soon', '72, 24, 2', (s: Settings): Settings => ({ ...s, timeZone: 'Europe/Helsinki' })],
  ])('%s = %j refused, then the settings change: the field shows %j and no message', async (selector, typed, stored, change) => {
    const p = page.mount({ caseCount: 0 });
    await page.type(selector, typed);
    const input = page.root.querySelector<HTMLInputElement>(selector)!;
    expect(input.getAttribute('aria-invalid')).toBe('true');

    page.rerender(p, { settings: change(DEFAULT_SETTINGS) });
    expect(input.value).toBe(stored);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby') ?? '').not.toContain('-error');
    expect(page.root.querySelector('.error')).toBeNull();
  });
});
