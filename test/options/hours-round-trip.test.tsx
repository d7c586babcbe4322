// @vitest-environment happy-dom
// Hours typed on the options page, saved, and shown again: in the merchant's language's own
// decimal mark (a German merchant types "2,5" and must not get "2.5" back).
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import type { Locale } from '../../lib/i18n';
import { useOptionsPage } from './options-page';

const page = useOptionsPage();
const value = (selector: string) => page.root.querySelector<HTMLInputElement>(selector)!.value;

describe('options page: hours round trip', () => {
  it.each([
    ['en', '2.5', '1.5'],
    ['de', '2,5', '1,5'],
    ['sv', '2,5', '1,5'],
    ['fi', '2,5', '1,5'],
    ['nb', '2,5', '1,5'],
    ['da', '2,5', '1,5'],
  ] as const)('%s: typed %j, saved as 2.5, shown as %j again', async (locale: Locale, typed, shownSoon) => {
    const onUpdate = vi.fn(async () => null);
    const p = page.mount({ caseCount: 0, locale, onUpdate, settings: { ...DEFAULT_SETTINGS, soonHours: 1.5, criticalHours: 1 } });
    expect(value('#opt-soonHours')).toBe(shownSoon);
    await page.type('#opt-soonHours', typed);
    expect(onUpdate).toHaveBeenCalledWith({ soonHours: 2.5 });
    const saved: Settings = { ...p.settings!, soonHours: 2.5 };
    page.rerender(p, { settings: saved });
    expect(value('#opt-soonHours')).toBe(typed);
    expect(value('#opt-criticalHours')).toBe('1');
    expect(page.root.querySelector('#opt-soonHours')!.getAttribute('aria-invalid')).toBeNull();
  });
});
