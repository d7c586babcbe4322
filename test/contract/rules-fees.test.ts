// Outside-tester contract tests: lib/rules disputeFee, from architecture.md "Fees" and the seed tables.
import { describe, expect, it } from 'vitest';
import { disputeFee } from '../../lib/rules/index';

// The fee switch: architecture.md "from 2025-12-02 11:48 UTC (12:48 CET) Kustom charges the dispute fee only
// when a dispute is lost (`charged: 'if_lost'`); card disputes opened before that were charged when opened."
const AFTER = '2026-01-15T10:00:00.000Z';
const BEFORE = '2025-06-01T10:00:00.000Z';

describe('card fee amounts by buyer country (seed 001 "Card dispute fee (in local currency)")', () => {
  // architecture.md: "Fee amounts are the seed tables, looked up by the buyer's country: its own row first";
  // Money: "ISO 4217, integer minor units" (all these currencies have 2 minor digits in ISO 4217).
  it.each<[string, string, number]>([
    ['GB', 'GBP', 1500],
    ['CH', 'CHF', 1500],
    ['NO', 'NOK', 15000],
    ['DK', 'DKK', 15000],
    ['SE', 'SEK', 15000],
    ['PL', 'PLN', 6500],
    ['CZ', 'CZK', 40000],
    ['US', 'USD', 1500],
    ['CA', 'CAD', 1500],
    ['AU', 'AUD', 2500],
    ['NZ', 'NZD', 2500],
    ['RO', 'RON', 7500],
  ])('%s → %s %i', (buyerCountry, currency, amountMinor) => {
    for (const openedAt of [BEFORE, AFTER]) {
      expect(disputeFee({ provider: 'card', buyerCountry, openedAt })?.fee).toEqual({ amountMinor, currency });
    }
  });

  // seed 001 card table as published (with BG and HU rows); facts §5.2: the current version of 395539
  // "lacks the seed's BG BGN 30 and HU HUF 5250" — a dispute opened while the seed table applied gets them.
  it.each<[string, string, number]>([
    ['BG', 'BGN', 3000],
    ['HU', 'HUF', 525000],
  ])('%s (seed-era dispute) → %s %i', (buyerCountry, currency, amountMinor) => {
    expect(disputeFee({ provider: 'card', buyerCountry, openedAt: BEFORE })?.fee).toEqual({ amountMinor, currency });
  });
});

describe('klarna fee amounts by buyer country (seed 001 "Klarna Dispute fee (in local currency)")', () => {
  it.each<[string, string, number]>([
    ['GB', 'GBP', 2000],
    ['CH', 'CHF', 2000],
    ['NO', 'NOK', 20000],
    ['DK', 'DKK', 20000],
    ['SE', 'SEK', 20000],
    ['PL', 'PLN', 9000],
    ['CZ', 'CZK', 55000],
    ['US', 'USD', 1500],
    ['CA', 'CAD', 2000],
    ['AU', 'AUD', 2500],
    ['NZ', 'NZD', 2500],
    ['HU', 'HUF', 700000],
    ['RO', 'RON', 10000],
  ])('%s → %s %i', (buyerCountry, currency, amountMinor) => {
    expect(disputeFee({ provider: 'klarna', buyerCountry, openedAt: AFTER })?.fee).toEqual({ amountMinor, currency });
  });
});

describe('rows that ended', () => {
  // seed 001 Klarna table "Bulgaria | BGN | 40"; Bulgaria adopted the euro on 2026-01-01 (ECB), after which a
  // BGN amount cannot apply and "else the EEA row (EUR) for any other EEA member" does. The current card table
  // (facts §5.2: "lacks the seed's BG BGN 30 and HU HUF 5250") likewise leaves them to the EEA row.
  it.each<[string, string, string, string, number]>([
    ['klarna', 'BG', BEFORE, 'BGN', 4000],
    ['klarna', 'BG', '2025-12-31T21:59:00.000Z', 'BGN', 4000],
    ['klarna', 'BG', '2025-12-31T22:01:00.000Z', 'EUR', 2000],
    ['klarna', 'BG', AFTER, 'EUR', 2000],
    ['card', 'BG', '2026-06-01T00:00:00.000Z', 'EUR', 1500],
    ['card', 'HU', '2026-06-01T00:00:00.000Z', 'EUR', 1500],
  ])('%s %s opened %s → %s %i', (provider, buyerCountry, openedAt, currency, amountMinor) => {
    expect(disputeFee({ provider: provider as 'card' | 'klarna', buyerCountry, openedAt })?.fee).toEqual({ amountMinor, currency });
  });
});

describe('EEA fallback and no published fee', () => {
  // architecture.md: "else the EEA row (EUR) for any other EEA member, else no published fee (`null`)".
  // EEA = the 27 EU members + Iceland, Liechtenstein, Norway; those without an own row fall back to EUR.
  const eeaWithoutOwnRow = ['AT', 'BE', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES', 'IS', 'LI'];
  it.each(eeaWithoutOwnRow)('card %s → EUR 15', (buyerCountry) => {
    expect(disputeFee({ provider: 'card', buyerCountry, openedAt: AFTER })?.fee).toEqual({ amountMinor: 1500, currency: 'EUR' });
  });
  it.each(eeaWithoutOwnRow)('klarna %s → EUR 20', (buyerCountry) => {
    expect(disputeFee({ provider: 'klarna', buyerCountry, openedAt: AFTER })?.fee).toEqual({ amountMinor: 2000, currency: 'EUR' });
  });
  // Not EEA and no own row (Japan, Turkey, Ukraine, Serbia, Brazil) → null.
  it.each([
    ['card', 'JP'], ['card', 'TR'], ['card', 'UA'], ['klarna', 'RS'], ['klarna', 'BR'],
  ] as const)('%s %s → null', (provider, buyerCountry) => {
    expect(disputeFee({ provider, buyerCountry, openedAt: AFTER })).toBeNull();
  });
  // architecture.md: "Billie has no published fee (`null`)."
  it.each(['DE', 'SE', 'GB', 'US'])('billie %s → null', (buyerCountry) => {
    expect(disputeFee({ provider: 'billie', buyerCountry, openedAt: AFTER })).toBeNull();
  });
});

describe('when the fee is charged', () => {
  // architecture.md: "from 2025-12-02 11:48 UTC (12:48 CET) … only when a dispute is lost (`charged: 'if_lost'`);
  // card disputes opened before that were charged when opened" — the minute (and millisecond) before and after.
  it.each<[string, 'on_open' | 'if_lost']>([
    ['2025-01-01T00:00:00.000Z', 'on_open'],
    ['2025-12-02T11:47:00.000Z', 'on_open'],
    ['2025-12-02T11:47:59.999Z', 'on_open'],
    ['2025-12-02T12:47:59.999+01:00', 'on_open'],
    ['2025-12-02T11:48:00.000Z', 'if_lost'],
    ['2025-12-02T12:48:00+01:00', 'if_lost'],
    ['2025-12-02T11:49:00.000Z', 'if_lost'],
    ['2026-06-01T00:00:00.000Z', 'if_lost'],
  ])('card opened %s → %s', (openedAt, charged) => {
    expect(disputeFee({ provider: 'card', buyerCountry: 'DE', openedAt })?.charged).toBe(charged);
  });

  // architecture.md: "Klarna fees are only ever charged when lost."
  it.each(['2024-03-01T00:00:00.000Z', '2025-12-02T11:47:00.000Z', '2025-12-02T11:49:00.000Z', AFTER])(
    'klarna opened %s → if_lost',
    (openedAt) => {
      expect(disputeFee({ provider: 'klarna', buyerCountry: 'SE', openedAt })?.charged).toBe('if_lost');
    },
  );

  // facts §5.2, Kustom 483942: "Earlier disputes: fee charged on open, reimbursed on win".
  it('a card fee charged on open is refunded if the dispute is won', () => {
    expect(disputeFee({ provider: 'card', buyerCountry: 'DE', openedAt: BEFORE })?.refundedIfWon).toBe(true);
  });
});

describe('ruleId', () => {
  // architecture.md FeeRule: "ruleId: string; // stable id of the table row / rule version used";
  // "Tables that changed keep each version with its dates."
  it('is a non-empty string, the same for the same question', () => {
    const q = { provider: 'card' as const, buyerCountry: 'SE', openedAt: AFTER };
    const a = disputeFee(q);
    expect(typeof a?.ruleId).toBe('string');
    expect(a?.ruleId.length).toBeGreaterThan(0);
    expect(disputeFee(q)?.ruleId).toBe(a?.ruleId);
  });
  it('differs between the card fee versions before and after the switch', () => {
    const before = disputeFee({ provider: 'card', buyerCountry: 'SE', openedAt: '2025-12-02T11:47:00.000Z' });
    const after = disputeFee({ provider: 'card', buyerCountry: 'SE', openedAt: '2025-12-02T11:49:00.000Z' });
    expect(before?.ruleId).not.toBe(after?.ruleId);
  });
});
