// @vitest-environment happy-dom
// A field's message belongs to what is typed in it: when a stored change replaces a refused draft
// with the stored value, the message (and aria-invalid) must go with the draft.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function props(): OptionsViewProps {
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
  } as OptionsViewProps;
}
async function type(selector: string, value: string) {
  const el = root.querySelector<HTMLInputElement>(selector)!;
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input'));
    el.dispatchEvent(new Event('change'));
  });
}

describe('options page: messages after a stored change', () => {
  it.each([
    ['#opt-criticalHours', '100', '24', (s: Settings): Settings => ({ ...s, soonHours: 200 })],
    ['#opt-retentionDays', 'ninety', '90', (s: Settings): Settings => ({ ...s, notifications: { ...s.notifications, enabled: false } })],
    ['#opt-hoursBefore', '72, soon', '72, 24, 2', (s: Settings): Settings => ({ ...s, timeZone: 'Europe/Helsinki' })],
  ])('%s = %j refused, then the settings change: the field shows %j and no message', async (selector, typed, stored, change) => {
    const p = props();
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<OptionsView {...p} />, root));
    await type(selector, typed);
    const input = root.querySelector<HTMLInputElement>(selector)!;
    expect(input.getAttribute('aria-invalid')).toBe('true');

    act(() => render(<OptionsView {...p} settings={change(DEFAULT_SETTINGS)} />, root));
    expect(input.value).toBe(stored);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby') ?? '').not.toContain('-error');
    expect(root.querySelector('.error')).toBeNull();
  });
});
