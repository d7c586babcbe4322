// Amounts: whatever Intl.NumberFormat prints in the six portal locales, in every fee-table
// currency, must read back to the exact minor units — or, where the page itself is ambiguous
// (a bare "kr" or "$"), to a problem rather than a guess.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDigits, parseAmount, readAmount } from '../../lib/portal/amount';
import { minorUnitDigits } from '../../lib/rules/currency';
import { FEE_TABLE_CURRENCIES } from '../../lib/portal/vocabulary';

const LOCALES = ['en-GB', 'de-DE', 'sv-SE', 'fi-FI', 'nb-NO', 'da-DK'];
const minor = fc.integer({ min: 0, max: 99_999_999_999 });
const locale = fc.constantFrom(...LOCALES);
const currency = fc.constantFrom(...FEE_TABLE_CURRENCIES);

/** Money's minor units (ISO 4217 scale) for `m` units of the smallest digit Intl shows (HUF: ×100). */
function asMoneyMinor(c: string, m: number): number {
  return m * 10 ** (minorUnitDigits(c) - currencyDigits(c));
}

function format(l: string, c: string, amountMinor: number, currencyDisplay: string): string {
  const digits = currencyDigits(c);
  return new Intl.NumberFormat(l, { style: 'currency', currency: c, currencyDisplay: currencyDisplay as 'symbol' }).format(
    amountMinor / 10 ** digits,
  );
}

describe('parseAmount reads back what Intl prints', () => {
  it.each(['symbol', 'code', 'name'])('currencyDisplay %s: exact, every locale × currency', (display) => {
    fc.assert(
      fc.property(locale, currency, minor, (l, c, m) => {
        const text = format(l, c, m, display);
        expect(parseAmount(text, l), text).toEqual({ amountMinor: asMoneyMinor(c, m), currency: c });
      }),
      { numRuns: 400 },
    );
  });

  it('every locale × currency pair, once each (symbol and code)', () => {
    for (const l of LOCALES) {
      for (const c of FEE_TABLE_CURRENCIES) {
        for (const display of ['symbol', 'code']) {
          const text = format(l, c, 123_456_789, display);
          expect(parseAmount(text, l), `${l} ${c} ${text}`).toEqual({ amountMinor: asMoneyMinor(c, 123_456_789), currency: c });
        }
      }
    }
  });

  it('negative amounts keep their sign (U+2212 minus included)', () => {
    fc.assert(
      fc.property(locale, currency, fc.integer({ min: 1, max: 9_999_999 }), (l, c, m) => {
        const text = format(l, c, -m, 'symbol');
        expect(parseAmount(text, l), text).toEqual({ amountMinor: -asMoneyMinor(c, m), currency: c });
      }),
      { numRuns: 200 },
    );
  });

  it('narrow symbols: exact, or the currency the page spells that way by default, or a problem', () => {
    fc.assert(
      fc.property(locale, currency, minor, (l, c, m) => {
        const text = format(l, c, m, 'narrowSymbol');
        const r = readAmount(text, l);
        if (!r.ok) {
          expect(r.problem).toMatch(/could be/);
          return;
        }
        expect(r.money.amountMinor, text).toBe(asMoneyMinor(r.money.currency, m));
        if (r.money.currency !== c) {
          // "$" on a German page is USD, "kr" on a Swedish page is SEK: the page's own default spelling
          const standard = format(l, r.money.currency, m, 'symbol');
          const kr = /\bkr\.?$|^kr/.test(text.trim()) && ['sv-SE', 'nb-NO', 'da-DK'].includes(l);
          expect(kr || standard === text, `${text} read as ${r.money.currency}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('ISO code before or after a locale-formatted number', () => {
    fc.assert(
      fc.property(locale, currency, minor, fc.boolean(), (l, c, m, before) => {
        const digits = currencyDigits(c);
        const num = new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
          m / 10 ** digits,
        );
        const text = before ? `${c} ${num}` : `${num} ${c}`;
        expect(parseAmount(text, l), text).toEqual({ amountMinor: asMoneyMinor(c, m), currency: c });
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAmount examples', () => {
  it.each([
    ['SEK 1,234.50', 'sv-SE', { amountMinor: 123450, currency: 'SEK' }],
    ['1 234,50 SEK', 'en-GB', { amountMinor: 123450, currency: 'SEK' }],
    ['1\u00a0234,50\u00a0kr', 'sv-SE', { amountMinor: 123450, currency: 'SEK' }],
    ['1\u202f234,50 kr', 'nb-NO', { amountMinor: 123450, currency: 'NOK' }],
    ['1.234,50 kr.', 'da-DK', { amountMinor: 123450, currency: 'DKK' }],
    ['1.234,50 kr', 'da-DK', { amountMinor: 123450, currency: 'DKK' }],
    ['€ 12', 'en-GB', { amountMinor: 1200, currency: 'EUR' }],
    ['12,5 €', 'de-DE', { amountMinor: 1250, currency: 'EUR' }],
    ['1.234 HUF', 'de-DE', { amountMinor: 123400, currency: 'HUF' }],
    ['5\u00a0250\u00a0Ft', 'fi-FI', { amountMinor: 525000, currency: 'HUF' }],
    ['1,234 Kč', 'en-GB', { amountMinor: 123400, currency: 'CZK' }],
    ['CA$12.00', 'en-GB', { amountMinor: 1200, currency: 'CAD' }],
    ['12,00 $', 'de-DE', { amountMinor: 1200, currency: 'USD' }],
    ['eur 5', null, { amountMinor: 500, currency: 'EUR' }],
    ['12,50 zł', null, { amountMinor: 1250, currency: 'PLN' }],
  ])('%s (%s)', (text, l, money) => {
    expect(parseAmount(text, l)).toEqual(money);
  });

  it.each([
    ['12,50 kr', 'en-GB', /could be DKK, NOK, SEK/],
    ['12,50 kr', 'fi-FI', /could be/],
    ['12,50 kr', null, /could be/],
    ['$12.00', 'en-GB', /could be AUD, CAD, NZD, USD/],
    ['12.50', 'en-GB', /names no currency/],
    ['', 'en-GB', /no amount/],
    ['pending', 'en-GB', /no number/],
    ['€12 or €15', 'en-GB', /more than one number/],
    ['12 ABCDE', 'en-GB', /not a currency/],
    ['12.345 EUR', 'en-GB', /more decimals/],
    ['EUR 12 SEK', 'en-GB', /two currencies/],
  ])('%s (%s) is a problem, not a guess', (text, l, problem) => {
    const r = readAmount(text, l);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
});
