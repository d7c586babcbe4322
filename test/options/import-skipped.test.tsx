// @vitest-environment happy-dom
// An import that skips entries says why in the merchant's language. The background's reasons are
// English words for logs ("stored under … but holds dispute …", zod's "expected number"); the page
// used to show them as they were inside a translated sentence. Now each skipped entry carries a
// reason the page words itself, with the fields that did not parse (paths: names, not words) or
// the dispute an entry holds. A file that is no export is said as such in every language, also when
// only the background finds it out.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { EXPORT_FORMAT, importCases } from '../../lib/cases/transfer';
import { NOW, trackedCase } from '../cases/fixtures';
import { useOptionsPage } from './options-page';

const good = trackedCase('dp_1', 'open', 30);
const broken = { ...trackedCase('dp_2', 'open', 20), facts: { ...trackedCase('dp_2', 'open', 20).facts, amount: { amountMinor: 'lots', currency: 'EUR' } } };
const rekeyed = { ...trackedCase('dp_3', 'open', 10), key: 'S1|dp_4' };
const file = JSON.stringify({
  format: EXPORT_FORMAT,
  version: 3,
  exportedAt: NOW.toISOString(),
  cases: [good, broken, rekeyed],
  quarantine: [{ key: 'S1|dp_5', value: { nonsense: true }, problem: 'facts: expected object', at: NOW.toISOString() }],
});
const imported = importCases({}, file);

const page = useOptionsPage();
async function pick(text: string) {
  const input = page.root.querySelector<HTMLInputElement>('#opt-import')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'dispute-radar-cases.json')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 10));
  });
}

describe('import: the report of skipped entries', () => {
  it('the background gives each skipped entry its reason, and what did not parse or which dispute it holds', () => {
    expect(imported.ok && imported.report).toEqual({
      added: 1,
      merged: 0,
      skipped: [
        { key: broken.key, reason: 'invalid', fields: ['facts.amount.amountMinor'], problem: expect.stringContaining('facts.amount.amountMinor') },
        { key: 'S1|dp_4', reason: 'otherDispute', dispute: 'dp_3', problem: expect.stringContaining('dp_3') },
        { key: 'S1|dp_5', reason: 'setAside', problem: expect.stringContaining('set aside') },
      ],
    });
  });

  it.each(LOCALES)('%s: each reason in the page\'s language, none of the background\'s English words', async (locale: Locale) => {
    if (!imported.ok) throw new Error(imported.problem);
    page.mount({ locale, onImport: vi.fn(async () => ({ ok: true as const, report: imported.report })) });
    await pick(file);
    const items = [...page.root.querySelectorAll('[role="status"] li')].map((li) => li.textContent);
    expect(items).toEqual([
      t(locale, 'options.import.skipped.invalid', { key: broken.key, fields: 'facts.amount.amountMinor' }),
      t(locale, 'options.import.skipped.otherDispute', { key: 'S1|dp_4', dispute: 'dp_3' }),
      t(locale, 'options.import.skipped.setAside', { key: 'S1|dp_5' }),
    ]);
    for (const item of items) expect(item).not.toContain('{');
    if (locale !== 'en') for (const item of items) expect(item).not.toMatch(/expected|holds dispute|stored under|exported from|Skipped/);
  });

  it.each(LOCALES)('%s: a file the background finds is no export is said in the page\'s language', async (locale: Locale) => {
    // (it passes the page's own check: the right format name, but no list of cases)
    const notQuite = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases: 'none' });
    const reply = importCases({}, notQuite);
    expect(reply).toMatchObject({ ok: false, code: 'not-export' });
    page.mount({ locale, onImport: vi.fn(async () => reply) });
    await pick(notQuite);
    expect(page.root.querySelector('[role="status"] .notice.bad')?.textContent).toBe(t(locale, 'options.import.notExport'));
  });
});
