import { describe, expect, it } from 'vitest';
import { casesToCsv, csvDialect, csvField, decimalAmount, localDateTime } from '../../lib/cases/export-csv';
import { assessCases, dueRows, groupRows } from '../../lib/cases/group';
import { fakeAssess, makeCase, NOW } from './fixtures';
import { parseCsv } from './csv-reader';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+49 30', "'+49 30"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (value, out) => expect(csvField(value)).toBe(out));

  it('leaves numbers we wrote ourselves alone', () => expect(csvField('-3.5', { text: false })).toBe('-3.5'));
});

describe('decimalAmount', () => {
  it.each([
    [{ amountMinor: 4990, currency: 'EUR' }, '49.90'],
    [{ amountMinor: 5, currency: 'SEK' }, '0.05'],
    [{ amountMinor: 123456789, currency: 'NOK' }, '1234567.89'],
    [{ amountMinor: 1500, currency: 'JPY' }, '1500'],
    [{ amountMinor: 1234, currency: 'KWD' }, '1.234'],
    [{ amountMinor: -250, currency: 'DKK' }, '-2.50'],
    // ISO 4217 gives HUF 2 minor digits (Intl/CLDR says 0): HUF 5 250 is 525000 minor units.
    [{ amountMinor: 525000, currency: 'HUF' }, '5250.00'],
    [{ amountMinor: 99, currency: 'HUF' }, '0.99'],
    [{ amountMinor: 1500, currency: 'ISK' }, '1500'],
  ])('%o → %s', (money, out) => expect(decimalAmount(money)).toBe(out));
});

describe('localDateTime', () => {
  it.each([
    ['2026-03-10T12:00:00Z', 'Europe/Stockholm', '2026-03-10 13:00'],
    ['2026-07-01T22:30:00Z', 'Europe/Helsinki', '2026-07-02 01:30'],
    ['2026-03-10T00:05:00Z', 'UTC', '2026-03-10 00:05'],
  ])('%s in %s → %s', (iso, zone, out) => expect(localDateTime(iso, zone)).toBe(out));
});

describe('casesToCsv', () => {
  const tricky = makeCase('D-1', { hoursLeft: 5, orderId: 'ORD,1', ref: 'He said "now"\nplease', pageUrl: 'https://portal.kustom.co/disputes/D-1?a=1,2' });
  const rows = dueRows(groupRows(assessCases([makeCase('D-2', { hoursLeft: -3 }), tricky], fakeAssess)));
  const csv = casesToCsv(rows, { locale: 'en', timeZone: 'Europe/Berlin', now: NOW });

  it('ends every line with CRLF and has a header plus one line per case', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parseCsv(csv);
    expect(table).toHaveLength(3);
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
  });

  it('reads back exactly what went in, commas, quotes and newlines included', () => {
    const [header, overdue, due] = parseCsv(csv) as [string[], string[], string[]];
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(0, 3)).toEqual(['Group', 'Store ID', 'Dispute ID']);
    expect(overdue[col('Dispute ID')]).toBe('D-2');
    expect(overdue[col('Group')]).toBe('Overdue');
    expect(overdue[col('Hours left')]).toBe('-3.0');
    expect(due[col('Order ID')]).toBe('ORD,1');
    expect(due[col('Merchant reference')]).toBe('He said "now"\nplease');
    expect(due[col('Portal page')]).toBe('https://portal.kustom.co/disputes/D-1?a=1,2');
    expect(due[col('Deadline (UTC)')]).toBe('2026-03-10T17:00:00.000Z');
    expect(due[col('Deadline (local time)')]).toBe('2026-03-10 18:00');
    expect(due[col('Amount')]).toBe('49.90');
    expect(due[col('Currency')]).toBe('EUR');
    expect(due[col('Fee at stake')]).toBe('15.00');
    expect(due[col('Estimated')]).toBe('no');
  });

  // The hours left, in tenths, never more than there are: a case overdue by minutes said "-0.0"
  // (read as 0 by a spreadsheet: not below zero, so a filter for the overdue missed it), and one due
  // in 57 minutes "1.0".
  it.each<[string, string, number]>([
    ['overdue by 2 minutes', '-0.1', -2 / 60],
    ['overdue by 57 minutes', '-1.0', -57 / 60],
    ['due in 3 minutes', '0.0', 3 / 60],
    ['due in 57 minutes', '0.9', 57 / 60],
    ['due in 5 hours', '5.0', 5],
    ['overdue by 3 hours', '-3.0', -3],
  ])('hours left of a case %s: %s', (_name, shown, hours) => {
    const table = parseCsv(casesToCsv(dueRows(groupRows(assessCases([makeCase('D-9', { hoursLeft: hours })], fakeAssess))), { locale: 'en', timeZone: 'UTC', now: NOW }));
    expect(table[1]![table[0]!.indexOf('Hours left')]).toBe(shown);
  });

  it('titles the columns in the UI language', () => {
    const de = parseCsv(casesToCsv(rows, { locale: 'de', timeZone: 'UTC', now: NOW }), csvDialect('de').separator)[0]!;
    expect(de.slice(0, 3)).toEqual(['Gruppe', 'Shop-ID', 'Streitfall-ID']);
  });
});
