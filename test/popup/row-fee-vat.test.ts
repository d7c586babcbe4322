// A popup row's fee from Kustom's current card fee table, whose amounts exclude VAT (article 395539;
// lib/rules marks the rows excludesVat): "Fee if lost: SEK 150.00 excl. VAT", not a bare amount a
// merchant would take for the whole charge. Klarna's fees are shown as before.
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../components/popup/row-model';
import { assessCases } from '../../lib/cases/group';
import { formatMoney } from '../../components/format';
import { LOCALES, t } from '../../lib/i18n';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

const SEK_150 = { amountMinor: 15_000, currency: 'SEK' };

function feeOf(excludesVat: boolean | undefined, locale: (typeof LOCALES)[number]) {
  const [row] = assessCases([makeCase('V-1', { hoursLeft: 30 })], (f, g) => {
    const a = fakeAssess(f, g);
    return { ...a, fee: { ...a.fee!, fee: SEK_150, ...(excludesVat === undefined ? {} : { excludesVat }) } };
  });
  return rowTexts(row!, locale, ZONE, NOW.getTime()).fee;
}

describe('a popup row’s fee and VAT', () => {
  it.each(LOCALES)('%s: a fee that excludes VAT says so', (locale) => {
    const fee = t(locale, 'popup.row.feeIfLost', { fee: formatMoney(locale, SEK_150) });
    expect(feeOf(true, locale)).toBe(`${fee} ${t(locale, 'popup.row.exclVat')}`);
  });

  it.each([false, undefined])('excludesVat %s: the amount alone', (excludesVat) => {
    expect(feeOf(excludesVat, 'en')).toBe(t('en', 'popup.row.feeIfLost', { fee: formatMoney('en', SEK_150) }));
  });
});
