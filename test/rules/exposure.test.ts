import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposure, normalizeCurrency, sumByCurrency, UNKNOWN_CURRENCY } from '../../lib/rules/exposure';
import type { FeeRule, Money } from '../../lib/rules/types';

const sek = (n: number): Money => ({ amountMinor: n, currency: 'SEK' });
const fee = (amountMinor: number, currency: string, charged: FeeRule['charged'], refundedIfWon: boolean): FeeRule => ({
  fee: { amountMinor, currency },
  charged,
  refundedIfWon,
  ruleId: 'test',
});

describe('exposure', () => {
  it.each([
    // [case, amount, fee, enquiry, accept, lost, won]
    ['card before 2025-12-02: on open, refunded if won', sek(50000), fee(15000, 'SEK', 'on_open', true), false, [sek(65000)], [sek(65000)], []],
    ['fee in another currency stays apart', sek(50000), fee(20000, 'NOK', 'if_lost', false), false, [sek(50000), { amountMinor: 20000, currency: 'NOK' }], [sek(50000), { amountMinor: 20000, currency: 'NOK' }], []],
    ['if lost, enquiry: accepting costs the amount only', sek(50000), fee(20000, 'NOK', 'if_lost', false), true, [sek(50000)], [sek(50000), { amountMinor: 20000, currency: 'NOK' }], []],
    ['a fee charged on open and not refunded stays lost on a win', sek(50000), fee(15000, 'EUR', 'on_open', false), false, [sek(50000), { amountMinor: 15000, currency: 'EUR' }], [sek(50000), { amountMinor: 15000, currency: 'EUR' }], [{ amountMinor: 15000, currency: 'EUR' }]],
    ['no published fee', sek(50000), null, false, [sek(50000)], [sek(50000)], []],
  ] as [string, Money, FeeRule | null, boolean, Money[], Money[], Money[]][])('%s', (_name, amount, f, enquiry, accept, lost, won) => {
    expect(exposure(amount, f, enquiry)).toEqual({ accept, challengeIfLost: lost, challengeIfWon: won, feeKnown: f !== null });
  });

  it('unreadable amounts are left out, unreadable currencies never merge with real ones', () => {
    expect(exposure({ amountMinor: Number.NaN, currency: 'SEK' }, fee(15000, 'SEK', 'if_lost', false), false).challengeIfLost).toEqual([sek(15000)]);
    expect(exposure({ amountMinor: 100, currency: 'kr' }, fee(15000, 'SEK', 'if_lost', false), false).challengeIfLost).toEqual([
      { amountMinor: 100, currency: UNKNOWN_CURRENCY },
      sek(15000),
    ]);
    expect(exposure({ amountMinor: 100, currency: ' sek ' }, null, false).accept).toEqual([sek(100)]);
    expect(exposure(undefined, null, false)).toEqual({ accept: [], challengeIfLost: [], challengeIfWon: [], feeKnown: false });
  });
});

describe('no result mixes currencies (property)', () => {
  const currency = fc.constantFrom('SEK', 'NOK', 'EUR', 'USD', 'sek', 'xx', '');
  const money = fc.record({ amountMinor: fc.integer({ min: 0, max: 10_000_000 }), currency });
  it('one entry per currency, each the sum of that currency only', () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 8 }), (items) => {
        const out = sumByCurrency(items);
        const codes = out.map((m) => m.currency);
        expect(new Set(codes).size).toBe(codes.length);
        for (const m of out) {
          expect(m.currency).toMatch(/^[A-Z]{3}$/);
          const expected = items
            .filter((x) => (/^[A-Z]{3}$/.test(x.currency.trim().toUpperCase()) ? x.currency.trim().toUpperCase() : UNKNOWN_CURRENCY) === m.currency)
            .reduce((s, x) => s + x.amountMinor, 0);
          expect(m.amountMinor).toBe(expected);
        }
      }),
    );
  });
});

describe('normalizeCurrency', () => {
  // the definition: three capital letters A–Z, as given or after trimming and upper-casing
  const reference = (c: unknown) => {
    if (typeof c !== 'string') return UNKNOWN_CURRENCY;
    if (/^[A-Z]{3}$/.test(c)) return c;
    const code = c.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(code) ? code : UNKNOWN_CURRENCY;
  };
  it.each(['SEK', ' sek ', 'SEK\n', 'sEk', 'ÅÄÖ', 'SE', 'SEKK', '', 'S K', '[AZ', '@AZ', 'AZ[', 'Z@Z', 42, null])('%j as the definition says', (c) => {
    expect(normalizeCurrency(c)).toBe(reference(c));
  });
  it('as the definition says for any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 5 }), fc.stringMatching(/^\s*[A-Za-z@[`{]{3}\s*$/)), (c) => {
        expect(normalizeCurrency(c)).toBe(reference(c));
      }),
      { numRuns: 3000 },
    );
  });
});
