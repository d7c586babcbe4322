// "excl. VAT" after a fee comes from one place (lib/cases/fee-vat withVatNote) for the popup row and
// the iCalendar export: the same words after the same fee in both, in every language, and nothing
// after a fee whose table does not say it excludes VAT.
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../components/popup/row-model';
import { withVatNote } from '../../lib/cases/fee-vat';
import { assessCases, dueRows, groupRows, type AssessFn } from '../../lib/cases/group';
import { casesToIcal } from '../../lib/cases/ical';
import { LOCALES, t } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

describe('withVatNote', () => {
  it.each(LOCALES)('%s: the note after the fee where the table excludes VAT', (locale) => {
    expect(withVatNote(locale, 'FEE', { excludesVat: true })).toBe(`FEE ${t(locale, 'popup.row.exclVat')}`);
    expect(t(locale, 'popup.row.exclVat')).not.toBe('popup.row.exclVat');
  });

  it.each([false, undefined])('excludesVat %s: the fee alone', (excludesVat) => {
    expect(withVatNote('de', 'FEE', excludesVat === undefined ? {} : { excludesVat })).toBe('FEE');
  });
});

describe('the popup row and the iCalendar export', () => {
  it.each(LOCALES)('%s: end a fee that excludes VAT with the same words', (locale) => {
    const assess: AssessFn = (facts, goods) => {
      const a = fakeAssess(facts, goods);
      return { ...a, fee: { ...a.fee!, fee: { amountMinor: 15_000, currency: 'SEK' }, excludesVat: true } };
    };
    const rows = assessCases([makeCase('V-1', { hoursLeft: 30 })], assess);
    const note = ` ${t(locale, 'popup.row.exclVat')}`;
    expect(rowTexts(rows[0]!, locale, ZONE, NOW.getTime()).fee.endsWith(note)).toBe(true);
    const description = casesToIcal(dueRows(groupRows(rows)), { locale, timeZone: ZONE, now: NOW, hoursBefore: [] })
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .find((l) => l.startsWith('DESCRIPTION:'))!
      .slice('DESCRIPTION:'.length)
      .replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    const [feeLead] = t(locale, 'popup.ical.fee', { fee: '\u0000' }).split('\u0000');
    expect(description.split('\n').find((l) => l.startsWith(feeLead!))!.endsWith(note)).toBe(true);
  });
});
