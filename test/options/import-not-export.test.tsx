// @vitest-environment happy-dom
// Importing a file that is not an export (the popup's CSV or calendar file, any other JSON): nothing
// is changed and the merchant reads why in their language. The background's own reason is English
// ('the file is not JSON'), so the page sees to the two plainest cases itself and sends nothing.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { useOptionsPage } from './options-page';

const page = useOptionsPage();
const mount = (locale: Locale) => page.mount({ caseCount: 3, locale, onImport: vi.fn(async () => ({ ok: false as const, problem: 'the file is not JSON' })) });
async function pick(text: string, name: string) {
  const input = page.root.querySelector<HTMLInputElement>('#opt-import')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 10));
  });
}

const FILES = [
  ['the popup’s CSV', '\ufeffDispute ID;Provider;Status\r\nKL-1;Klarna;Open\r\n', 'dispute-radar-2026-03-10.csv'],
  ['the popup’s calendar', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', 'dispute-radar-2026-03-10.ics'],
  ['another JSON', '{"name":"my shop","orders":[]}', 'shop.json'],
  ['a JSON list', '[1,2,3]', 'list.json'],
  ['JSON null', 'null', 'null.json'],
  ['an empty file', '', 'empty.json'],
] as const;

describe('options page: importing a file that is not an export', () => {
  it.each(LOCALES.flatMap((l) => FILES.map(([what, text, name]) => [l, what, text, name] as const)))(
    '%s: %s changes nothing and says so in that language',
    async (locale, _what, text, name) => {
      const p = mount(locale);
      await pick(text, name);
      expect(p.onImport).not.toHaveBeenCalled();
      const status = page.root.querySelector('[role="status"] .notice.bad');
      expect(status?.textContent).toBe(t(locale, 'options.import.notExport'));
    },
  );

  it('an export is sent to the background as it is', async () => {
    const p = mount('de');
    const json = '{"format":"dispute-radar/cases","version":3,"exportedAt":"2026-03-10T12:00:00.000Z","cases":[]}';
    await pick(json, 'dispute-radar-cases-2026-03-10.json');
    expect(p.onImport).toHaveBeenCalledWith(json);
  });
});
