// @vitest-environment happy-dom
// "Hours before a deadline to notify" in a language that writes one and a half hours "1,5": the
// list was separated by commas, so "72, 24, 1,5" was saved as 72, 24, 5 and 1 hours, silently.
// Those languages separate it with semicolons; a comma between digits is their decimal mark.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { useOptionsPage } from './options-page';

const page = useOptionsPage();
const settings = { ...DEFAULT_SETTINGS, notifications: { ...DEFAULT_SETTINGS.notifications, hoursBefore: [72, 24, 2] } };

describe('the notification hours in each language', () => {
  it.each([
    ['de', '72; 24; 2', '72; 24; 1,5', [72, 24, 1.5]],
    ['fi', '72; 24; 2', '48, 0,5', [48, 0.5]],
    ['en', '72, 24, 2', '72, 24, 1.5', [72, 24, 1.5]],
  ] as const)('%s: shows %j, and %j is saved as %o', async (locale, shown, typed, saved) => {
    const p = page.mount({ locale, settings });
    const input = page.root.querySelector<HTMLInputElement>('#opt-hoursBefore')!;
    expect(input.value).toBe(shown);
    await page.type('#opt-hoursBefore', typed);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(p.onUpdate).toHaveBeenCalledWith({ notifications: { hoursBefore: saved } });
  });
});
