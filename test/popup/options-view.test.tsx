// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { OptionsViewProps } from '../../components/options/OptionsView';
import { useOptionsPage } from '../options/options-page';

const page = useOptionsPage();
const { button } = page;
/** The page with an export and an import that succeed (12 cases; 3 added, 1 merged, 1 skipped). */
const mount = (over: Partial<OptionsViewProps> = {}) =>
  page.mount({
    onExport: vi.fn(async () => ({ ok: true as const, json: '{"format":"dispute-radar/cases"}', count: 12 })),
    onImport: vi.fn(async () => ({ ok: true as const, report: { added: 3, merged: 1, skipped: [{ key: 'M|x', problem: 'facts.id: required', reason: 'invalid' as const, fields: ['facts.id'] }] } })),
    ...over,
  });
async function change(selector: string, value: string, event = 'change') {
  const el = page.root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input'));
    el.dispatchEvent(new Event(event));
  });
}

describe('OptionsView', () => {
  it('offers the browser defaults and every zone', () => {
    mount();
    const zone = page.root.querySelector<HTMLSelectElement>('#opt-timeZone')!;
    expect(zone.options[0]!.textContent).toBe('Browser default (Europe/Oslo)');
    expect([...zone.options].map((o) => o.value)).toContain('America/New_York');
    const language = page.root.querySelector<HTMLSelectElement>('#opt-language')!;
    expect([...language.options].map((o) => o.value)).toEqual(['', 'en', 'de', 'sv', 'fi', 'nb', 'da']);
    expect(language.options[0]!.textContent).toMatch(/^Browser default \(norsk bokmål\)$/i);
  });

  it.each([
    ['#opt-timeZone', 'Europe/Helsinki', { timeZone: 'Europe/Helsinki' }],
    ['#opt-timeZone', '', { timeZone: null }],
    ['#opt-language', 'fi', { language: 'fi' }],
    ['#opt-criticalHours', '12', { criticalHours: 12 }],
    ['#opt-soonHours', '96', { soonHours: 96 }],
    ['#opt-hoursBefore', '48, 4', { notifications: { hoursBefore: [48, 4] } }],
    ['#opt-retentionDays', '30', { retentionDays: 30 }],
  ])('%s = %j saves %o at once', async (selector, value, patch) => {
    const props = mount();
    await change(selector, value);
    expect(props.onUpdate).toHaveBeenCalledWith(patch);
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Saved.');
  });

  it.each([
    ['#opt-criticalHours', '0', 'Enter a number of hours above 0 and at most 720.'],
    ['#opt-criticalHours', '80', '“Soon” must be more hours than “critical”.'],
    ['#opt-hoursBefore', '72, soon', 'Enter up to 10 numbers of hours (at most 1440 each), separated by commas, for example 72, 24, 1.5.'],
    ['#opt-retentionDays', '0', 'Enter a whole number of days from 1 to 3650.'],
  ])('%s = %j is refused with a message and nothing is saved', async (selector, value, message) => {
    const props = mount();
    await change(selector, value);
    expect(props.onUpdate).not.toHaveBeenCalled();
    const input = page.root.querySelector(selector)!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(page.root.querySelector(`#${errorId}`)!.textContent).toBe(message);
  });

  it('turns notifications and portal sites on and off', async () => {
    const props = mount();
    const boxes = [...page.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    await act(async () => {
      boxes[0]!.checked = false;
      boxes[0]!.dispatchEvent(new Event('change'));
    });
    await act(async () => {
      boxes[2]!.checked = false;
      boxes[2]!.dispatchEvent(new Event('change'));
    });
    expect(vi.mocked(props.onUpdate).mock.calls).toEqual([[{ notifications: { enabled: false } }], [{ hosts: { playground: false } }]]);
  });

  it('shows a save failure in plain words', async () => {
    mount({ onUpdate: vi.fn(async () => 'the background is not running') });
    await change('#opt-retentionDays', '60');
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Not saved: the background is not running');
  });

  it('exports to a file', async () => {
    const props = mount();
    await act(async () => button('Export cases').click());
    expect(props.onDownload).toHaveBeenCalledWith('dispute-radar-cases-2026-03-10.json', 'application/json', '{"format":"dispute-radar/cases"}');
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Exported 12 cases.');
  });

  it('imports a file and reports what was added, merged and skipped', async () => {
    const props = mount();
    const input = page.root.querySelector<HTMLInputElement>('#opt-import')!;
    // An export's header (a file that is none is refused by the page itself: test/options/import-not-export.test.tsx)
    const exported = '{"format":"dispute-radar/cases","version":3,"exportedAt":"2026-03-10T12:00:00.000Z","cases":[{"x":1}]}';
    const file = new File([exported], 'cases.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(props.onImport).toHaveBeenCalledWith(exported);
    const status = page.root.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain('Import finished: 3 new, 1 merged, 1 skipped.');
    expect(status).toContain('Skipped M|x: not a case this version can read (at facts.id)');
  });

  it.each([
    ['a newer version’s file: said in the page’s words', { ok: false as const, problem: 'the file was made by a newer version of Dispute Radar (format 99)', code: 'newer-format' as const }, 'Import failed, nothing was changed: the file was made by a newer version of Dispute Radar. Update the extension, then import the file again.'],
    ['any other refusal: the background’s words inside the page’s', { ok: false as const, problem: 'no reply from the background' }, 'Import failed, nothing was changed: no reply from the background'],
  ])('a refused import: %s', async (_name, reply, text) => {
    const props = mount({ onImport: vi.fn(async () => reply) });
    const input = page.root.querySelector<HTMLInputElement>('#opt-import')!;
    const exported = '{"format":"dispute-radar/cases","version":99,"exportedAt":"2026-03-10T12:00:00.000Z","cases":[]}';
    Object.defineProperty(input, 'files', { value: [new File([exported], 'cases.json', { type: 'application/json' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(props.onImport).toHaveBeenCalledWith(exported);
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe(text);
  });

  it('deletes all cases only after a confirmation step', async () => {
    const props = mount();
    await act(async () => button('Delete all cases').click());
    expect(props.onClear).not.toHaveBeenCalled();
    expect(page.root.querySelector('[role="alertdialog"]')!.textContent).toContain('Delete all 12 stored cases from this browser?');
    await act(async () => button('Keep my cases').click());
    expect(page.root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(props.onClear).not.toHaveBeenCalled();
    await act(async () => button('Delete all cases').click());
    await act(async () => button('Yes, delete all cases').click());
    expect(props.onClear).toHaveBeenCalledTimes(1);
    expect(page.root.querySelector('[role="status"]')!.textContent).toBe('Deleted 12 cases.');
  });

  it('speaks the chosen language', () => {
    mount({ locale: 'da' });
    expect(page.root.querySelector('h1')!.textContent).toBe('Indstillinger for Dispute Radar');
    expect(button('Slet alle sager')).toBeDefined();
  });
});
