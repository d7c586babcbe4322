// @vitest-environment happy-dom
// Hours typed on the options page, saved, and shown again: in the merchant's language's own
// decimal mark (a German merchant types "2,5" and must not get "2.5" back).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import type { Locale } from '../../lib/i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function props(over: Partial<OptionsViewProps>): OptionsViewProps {
  return {
    settings: DEFAULT_SETTINGS,
    caseCount: 0,
    locale: 'en',
    browserZone: 'Europe/Oslo',
    browserLocale: 'nb',
    now: () => new Date('2026-03-10T12:00:00Z'),
    onUpdate: vi.fn(async () => null),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onClear: vi.fn(),
    onDownload: vi.fn(),
    ...over,
  } as OptionsViewProps;
}
function mount(p: OptionsViewProps): void {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsView {...p} />, root));
}
async function type(selector: string, value: string) {
  const el = root.querySelector<HTMLInputElement>(selector)!;
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input'));
    el.dispatchEvent(new Event('change'));
  });
}
const value = (selector: string) => root.querySelector<HTMLInputElement>(selector)!.value;

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
    const p = props({ locale, onUpdate, settings: { ...DEFAULT_SETTINGS, soonHours: 1.5, criticalHours: 1 } });
    mount(p);
    expect(value('#opt-soonHours')).toBe(shownSoon);
    await type('#opt-soonHours', typed);
    expect(onUpdate).toHaveBeenCalledWith({ soonHours: 2.5 });
    const saved: Settings = { ...p.settings!, soonHours: 2.5 };
    act(() => render(<OptionsView {...p} settings={saved} />, root));
    expect(value('#opt-soonHours')).toBe(typed);
    expect(value('#opt-criticalHours')).toBe('1');
    expect(root.querySelector('#opt-soonHours')!.getAttribute('aria-invalid')).toBeNull();
  });
});
