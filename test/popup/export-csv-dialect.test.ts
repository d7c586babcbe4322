// The CSV export as a spreadsheet in the UI language opens it. German and the Nordic languages
// write decimals with a comma, and their spreadsheets (Excel) separate a CSV file's fields with
// semicolons: the comma-separated export opened there as one column per line, and a dot decimal
// was read as something else ("12.05" as 12 May, "1.234" as a thousand). The file now uses the
// language's separator and decimal mark; English keeps commas and dots.
import { describe, expect, it } from 'vitest';
import { casesToCsv, csvDialect } from '../../lib/cases/export-csv';
import { assessCases, dueRows, groupRows } from '../../lib/cases/group';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { parseCsv } from './csv-reader';
import { fakeAssess, makeCase, NOW } from './fixtures';

const EXPECTED: Record<Locale, { separator: ',' | ';'; decimal: '.' | ',' }> = {
  en: { separator: ',', decimal: '.' },
  de: { separator: ';', decimal: ',' },
  sv: { separator: ';', decimal: ',' },
  fi: { separator: ';', decimal: ',' },
  nb: { separator: ';', decimal: ',' },
  da: { separator: ';', decimal: ',' },
};

const cases = [
  makeCase('D-1', { hoursLeft: 5.5, orderId: 'ORD;1,2', ref: 'Shop "A"; order 7, box 2' }),
  makeCase('D-2', { hoursLeft: -2 / 60 }),
];

function exported(locale: Locale) {
  const csv = casesToCsv(dueRows(groupRows(assessCases(cases, fakeAssess))), { locale, timeZone: 'UTC', now: NOW });
  const [header, ...lines] = parseCsv(csv, EXPECTED[locale].separator);
  const col = (key: string) => header!.indexOf(t(locale, `popup.csv.col.${key}`));
  const byId = new Map(lines.map((l) => [l[col('disputeId')]!, l]));
  return { csv, header: header!, lines, col, byId };
}

describe('the CSV export follows the UI language\'s spreadsheet conventions', () => {
  it.each(LOCALES)('%s: its separator and decimal mark', (locale) => {
    expect(csvDialect(locale)).toEqual(EXPECTED[locale]);
  });

  it.each(LOCALES)('%s: every line splits into the header\'s columns, each title its own', (locale) => {
    const { header, lines } = exported(locale);
    expect(header.length).toBeGreaterThan(20);
    expect(new Set(header).size).toBe(header.length);
    for (const line of lines) expect(line).toHaveLength(header.length);
  });

  it.each(LOCALES)('%s: amounts, fees and hours left with the language\'s decimal mark', (locale) => {
    const { byId, col } = exported(locale);
    const d = EXPECTED[locale].decimal;
    expect(byId.get('D-1')![col('amount')]).toBe(`49${d}90`);
    expect(byId.get('D-1')![col('fee')]).toBe(`15${d}00`);
    expect(byId.get('D-1')![col('hoursLeft')]).toBe(`5${d}5`);
    expect(byId.get('D-2')![col('hoursLeft')]).toBe(`-0${d}1`);
  });

  it.each(LOCALES)('%s: texts holding either separator or a quote read back exactly', (locale) => {
    const { byId, col } = exported(locale);
    expect(byId.get('D-1')![col('orderId')]).toBe('ORD;1,2');
    expect(byId.get('D-1')![col('merchantReference')]).toBe('Shop "A"; order 7, box 2');
  });

  it.each(LOCALES)('%s: instants stay ISO 8601 and local times "YYYY-MM-DD HH:MM" in every language', (locale) => {
    const { byId, col } = exported(locale);
    expect(byId.get('D-1')![col('deadlineUtc')]).toBe('2026-03-10T17:30:00.000Z');
    expect(byId.get('D-1')![col('deadlineLocal')]).toBe('2026-03-10 17:30');
  });

  it('quotes a field only for the separator in use: a comma needs no quotes where fields end at semicolons', () => {
    expect(exported('de').csv).toContain(';"ORD;1,2";');
    expect(exported('de').csv).not.toContain('"49,90"');
    expect(exported('en').csv).toContain(',"ORD;1,2",');
  });
});
