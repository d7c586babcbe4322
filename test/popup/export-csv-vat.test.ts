// The CSV export says which fees exclude VAT. Kustom's current card fee table gives its amounts
// without VAT (article 395539; lib/rules marks those rows excludesVat), and the panel and the popup
// row say so ("Fee if lost: SEK 150.00 excl. VAT", 680de86). The export gave "150.00" under "Fee at
// stake" with nothing beside it, which an accountant would book as the whole charge. It now has a
// column "Fee excludes VAT": "yes" where the fee's table excludes VAT, empty where the table does
// not say (Klarna's, the card table before 2 Dec 2025) or there is no fee: not "no", which would
// claim that the fee includes VAT.
import { describe, expect, it } from 'vitest';
import { casesToCsv, csvDialect } from '../../lib/cases/export-csv';
import { assessCases, dueRows, groupRows, type AssessFn } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import type { TrackedCase } from '../../lib/cases/schema';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW } from './fixtures';
import { parseCsv } from './csv-reader';

/** The export of the cases, as a map per dispute ID from column title to value. */
function exported(cases: TrackedCase[], assess: AssessFn, locale: Locale): Map<string, Record<string, string>> {
  const csv = casesToCsv(dueRows(groupRows(assessCases(cases, assess))), { locale, timeZone: 'Europe/Stockholm', now: NOW });
  const [header, ...lines] = parseCsv(csv, csvDialect(locale).separator);
  expect(new Set([header!, ...lines].map((l) => l.length)).size).toBe(1);
  const byId = new Map<string, Record<string, string>>();
  const idCol = header!.indexOf(t(locale, 'popup.csv.col.disputeId'));
  for (const line of lines) byId.set(line[idCol]!, Object.fromEntries(header!.map((title, i) => [title, line[i]!])));
  return byId;
}

const vatCol = (locale: Locale) => t(locale, 'popup.csv.col.feeExcludesVat');

describe('the CSV export and VAT on fees', () => {
  // The fee as the assessment gives it: excluding VAT, not marked, no fee.
  const assess: AssessFn = (facts, goods) => {
    const a = fakeAssess(facts, goods);
    if (facts.id === 'NOFEE') return { ...a, fee: null };
    return { ...a, fee: { ...a.fee!, fee: { amountMinor: 15_000, currency: 'SEK' }, ...(facts.id === 'VAT' ? { excludesVat: true } : {}) } };
  };
  const cases = ['VAT', 'PLAIN', 'NOFEE'].map((id, i) => makeCase(id, { hoursLeft: 10 + i }));

  it.each(LOCALES)('%s: a fee that excludes VAT says so in its own column; others leave it empty', (locale) => {
    const rows = exported(cases, assess, locale);
    expect(rows.get('VAT')![vatCol(locale)]).toBe(t(locale, 'popup.csv.yes'));
    const fee = `150${csvDialect(locale).decimal}00`;
    expect(rows.get('VAT')![t(locale, 'popup.csv.col.fee')]).toBe(fee);
    expect(rows.get('PLAIN')![vatCol(locale)]).toBe('');
    expect(rows.get('PLAIN')![t(locale, 'popup.csv.col.fee')]).toBe(fee);
    expect(rows.get('NOFEE')![vatCol(locale)]).toBe('');
  });

  it('the header names it in each language, beside the fee', () => {
    for (const locale of LOCALES) {
      const [header] = parseCsv(casesToCsv([], { locale, timeZone: 'UTC', now: NOW }), csvDialect(locale).separator);
      const at = header!.indexOf(vatCol(locale));
      expect(at, locale).toBe(header!.indexOf(t(locale, 'popup.csv.col.feeCurrency')) + 1);
      expect(new Set(header).size, locale).toBe(header!.length);
    }
  });

  it('with the real rules: a card fee from the current table (SEK 150) excludes VAT, a Klarna fee is not marked', () => {
    const assessReal: AssessFn = (facts) => assessForList(facts, { now: NOW, timeZone: 'Europe/Stockholm' });
    const card = makeCase('CARD', { hoursLeft: 30 });
    Object.assign(card.facts, { provider: 'card', buyerCountry: 'SE', amount: { amountMinor: 139_900, currency: 'SEK' }, createdAt: '2026-03-01T09:00:00.000Z' });
    const klarna = makeCase('KLARNA', { hoursLeft: 40 });
    const rows = exported([card, klarna], assessReal, 'en');
    expect(rows.get('CARD')!['Fee at stake']).toBe('150.00');
    expect(rows.get('CARD')!['Fee currency']).toBe('SEK');
    expect(rows.get('CARD')!['Fee excludes VAT']).toBe('yes');
    expect(rows.get('KLARNA')!['Fee at stake']).not.toBe('');
    expect(rows.get('KLARNA')!['Fee excludes VAT']).toBe('');
  });
});
