// A lone separator followed by three digits, where it is the page's decimal separator and the
// currency shows two decimals ("€1.500" on an English page whose numbers are formatted the German
// way): a thousand and a half, or one and a half with a third decimal Intl never prints for euros.
// It was read as decimals with a "harmless" trailing zero cut off, so 1,500 euros read as 1.50,
// silently. Now it is a problem, as "12.345 EUR" already was (amount.test.ts).
import { describe, expect, it } from 'vitest';
import { readAmount } from '../../lib/portal/amount';

describe('a lone separator and three digits', () => {
  it.each([
    ['€1.000', 'en-GB'],
    ['€1.500', 'en-GB'],
    ['€12.500', 'en-GB'],
    ['£2.000', 'en-GB'],
    ['1,000 €', 'de-DE'],
    ['12,500 kr', 'sv-SE'],
    ['SEK 12,500', 'sv-SE'],
    ['1,000 kr', 'nb-NO'],
    ['1,500 kr.', 'da-DK'],
    ['1,000 €', 'fi-FI'],
  ])('%s on a %s page is a problem, not a thousandth of it', (text, locale) => {
    const r = readAmount(text, locale);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/more decimals/);
  });

  it.each([
    // the page's grouping separator, the page's own decimals, both separators, a currency without decimals
    ['€1,500', 'en-GB', 150000, 'EUR'],
    ['1.500 €', 'de-DE', 150000, 'EUR'],
    ['€12.50', 'en-GB', 1250, 'EUR'],
    ['12,50 €', 'de-DE', 1250, 'EUR'],
    ['1.000,00 €', 'de-DE', 100000, 'EUR'],
    ['€1,000.00', 'en-GB', 100000, 'EUR'],
    ['JPY 1.200', 'en-GB', 1200, 'JPY'],
    ['1,200.00 JPY', 'en-GB', 1200, 'JPY'],
  ])('%s on a %s page reads as before', (text, locale, amountMinor, currency) => {
    expect(readAmount(text, locale)).toEqual({ ok: true, money: { amountMinor, currency } });
  });
});
