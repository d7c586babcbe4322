import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EEA_MEMBERS } from '../../lib/rules/data/countries';
import { BULGARIA_EURO_FROM, CARD_TABLE_SWITCH, EEA_ROW, FEE_AMOUNTS, FEE_CHARGING, FEE_IF_LOST_FROM } from '../../lib/rules/data/fees';
import { disputeFee, isEeaMember, mayChargeFees, normalizeCountry } from '../../lib/rules/fees';
import { minorUnitDigits } from '../../lib/rules/text';
import type { Provider } from '../../lib/rules/types';

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();
const BEFORE_SWITCH = iso(ms(FEE_IF_LOST_FROM) - 1);
const AT_SWITCH = FEE_IF_LOST_FROM;

/** an instant inside a row's effective window (its start, or a day before its end) */
function insideWindow(from?: string, until?: string): string {
  if (from) return iso(ms(from));
  if (until) return iso(ms(until) - 86_400_000);
  return '2025-06-01T12:00:00Z';
}

describe('disputeFee: every row of the amount tables', () => {
  const cases = FEE_AMOUNTS.map((row) => [row.id, row] as const);
  it.each(cases)('%s', (_id, row) => {
    const at = insideWindow(row.effective.from, row.effective.until);
    // the EEA row is reached through an EEA member without its own row (Germany has none)
    const country = row.country === EEA_ROW ? 'DE' : row.country;
    const rule = disputeFee({ provider: row.provider, buyerCountry: country, openedAt: at });
    expect(rule).not.toBeNull();
    expect(rule!.fee).toEqual(row.fee);
    expect(rule!.ruleId).toBe(row.id);
    expect(rule!.excludesVat).toBe(row.excludesVat);
  });

  it.each(FEE_AMOUNTS.map((row) => [row.id, row.fee.amountMinor, row.fee.currency] as const))(
    '%s: %i is whole %s at the ISO 4217 scale (the seeds give whole amounts)',
    (_id, amountMinor, currency) => {
      expect(amountMinor % 10 ** minorUnitDigits(currency)).toBe(0);
      expect(amountMinor).toBeGreaterThan(0);
    },
  );

  it('row ids are unique', () => {
    const ids = FEE_AMOUNTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('mayChargeFees', () => {
  it.each<[Provider | undefined, boolean]>([
    ['card', true],
    ['klarna', true],
    ['billie', false], // no published fee: no rows in lib/rules/data/fees.ts
    [undefined, true],
  ])('%s: %s', (provider, expected) => {
    expect(mayChargeFees(provider)).toBe(expected);
    expect(mayChargeFees(provider, 'not a date')).toBe(expected);
  });

  it.each(FEE_CHARGING.map((row) => [row.id, row] as const))('%s: a dispute opened within the row may cost a fee', (_id, row) => {
    const at = row.effective.from ?? '2020-01-01T00:00:00Z';
    expect(mayChargeFees(row.provider, at)).toBe(true);
  });

  it('whenever the rules give a fee, the dispute may cost one (any provider, country, opening)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Provider>('card', 'klarna', 'billie'),
        fc.constantFrom('SE', 'DE', 'NO', 'GB', 'US', 'HU', 'CH'),
        fc.integer({ min: Date.parse('2023-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }),
        (provider, buyerCountry, ms) => {
          const openedAt = new Date(ms).toISOString();
          if (disputeFee({ provider, buyerCountry, openedAt }) !== null) expect(mayChargeFees(provider, openedAt)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('disputeFee: every row of the charging table', () => {
  it.each(FEE_CHARGING.map((row) => [row.id, row] as const))('%s', (_id, row) => {
    const at = insideWindow(row.effective.from, row.effective.until);
    const rule = disputeFee({ provider: row.provider, buyerCountry: 'SE', openedAt: at });
    expect(rule).toMatchObject({ charged: row.charged, refundedIfWon: row.refundedIfWon, chargingRuleId: row.id });
  });
});

describe('card fee: seed table, charged on open, before 2025-12-02 11:48 UTC', () => {
  it.each([
    ['SE', 15000, 'SEK'],
    ['DE', 1500, 'EUR'],
    ['GB', 1500, 'GBP'],
    ['BG', 3000, 'BGN'],
    ['HU', 525000, 'HUF'],
    ['RO', 7500, 'RON'],
    ['US', 1500, 'USD'],
  ])('%s → %i %s, on open, refunded if won', (country, amountMinor, currency) => {
    const rule = disputeFee({ provider: 'card', buyerCountry: country, openedAt: BEFORE_SWITCH });
    expect(rule).toMatchObject({ fee: { amountMinor, currency }, charged: 'on_open', refundedIfWon: true, excludesVat: false });
    expect(rule!.ruleId).toMatch(/^fee\.card\.seed\./);
  });
});

describe('card fee: current table (excl. VAT), charged only if lost, from 2025-12-02 11:48 UTC', () => {
  it.each([
    ['SE', 15000, 'SEK', 'fee.card.2025-12-02.SE'],
    ['DE', 1500, 'EUR', 'fee.card.2025-12-02.EEA'],
    ['BG', 1500, 'EUR', 'fee.card.2025-12-02.EEA'], // no BG row any more → EEA
    ['HU', 1500, 'EUR', 'fee.card.2025-12-02.EEA'], // no HU row any more → EEA
    ['NZ', 2500, 'NZD', 'fee.card.2025-12-02.NZ'],
  ])('%s → %i %s (%s)', (country, amountMinor, currency, ruleId) => {
    const rule = disputeFee({ provider: 'card', buyerCountry: country, openedAt: AT_SWITCH });
    expect(rule).toEqual({
      fee: { amountMinor, currency },
      charged: 'if_lost',
      refundedIfWon: false,
      ruleId,
      chargingRuleId: 'fee-charging.card.if-lost',
      excludesVat: true,
      source: 'kustom.card_disputes',
    });
  });

  it('the charging switch is 12:48 CET on 2 December 2025', () => {
    expect(CARD_TABLE_SWITCH).toBe(FEE_IF_LOST_FROM);
    expect(disputeFee({ provider: 'card', buyerCountry: 'SE', openedAt: '2025-12-02T12:47:59.999+01:00' })!.charged).toBe('on_open');
    expect(disputeFee({ provider: 'card', buyerCountry: 'SE', openedAt: '2025-12-02T12:48:00+01:00' })!.charged).toBe('if_lost');
  });
});

describe('Klarna fee: always charged only if lost', () => {
  it.each([BEFORE_SWITCH, AT_SWITCH, '2024-03-01T00:00:00Z', '2027-01-01T00:00:00Z'])('at %s', (openedAt) => {
    const rule = disputeFee({ provider: 'klarna', buyerCountry: 'NO', openedAt });
    expect(rule).toMatchObject({ fee: { amountMinor: 20000, currency: 'NOK' }, charged: 'if_lost', refundedIfWon: false });
  });

  it('Bulgaria: BGN 40 until the euro changeover, then the EEA row (EUR 20)', () => {
    const before = disputeFee({ provider: 'klarna', buyerCountry: 'BG', openedAt: iso(ms(BULGARIA_EURO_FROM) - 1) });
    const after = disputeFee({ provider: 'klarna', buyerCountry: 'BG', openedAt: BULGARIA_EURO_FROM });
    expect(before).toMatchObject({ fee: { amountMinor: 4000, currency: 'BGN' }, ruleId: 'fee.klarna.seed.BG' });
    expect(after).toMatchObject({ fee: { amountMinor: 2000, currency: 'EUR' }, ruleId: 'fee.klarna.seed.EEA' });
    expect(BULGARIA_EURO_FROM).toBe('2026-01-01T00:00:00.000+02:00'); // midnight in Sofia
  });

  it('Hungary keeps its own Klarna row (HUF 7000)', () => {
    expect(disputeFee({ provider: 'klarna', buyerCountry: 'HU', openedAt: AT_SWITCH })!.fee).toEqual({ amountMinor: 700000, currency: 'HUF' });
  });
});

describe('EEA fallback', () => {
  const withOwnRow = new Set(['NO', 'DK', 'SE', 'PL', 'CZ', 'BG', 'HU', 'RO']);
  it.each(EEA_MEMBERS.map((r) => [r.country]))('%s gets its own row or the EEA row', (country) => {
    for (const provider of ['card', 'klarna'] as Provider[]) {
      for (const openedAt of [BEFORE_SWITCH, AT_SWITCH, '2026-06-01T00:00:00Z']) {
        const rule = disputeFee({ provider, buyerCountry: country, openedAt });
        expect(rule, `${provider} ${country} ${openedAt}`).not.toBeNull();
        if (!withOwnRow.has(country)) expect(rule!.fee.currency).toBe('EUR');
      }
    }
  });
});

describe('no published fee → null, never a throw', () => {
  it.each([
    ['billie', 'DE', AT_SWITCH],
    ['billie', 'SE', BEFORE_SWITCH],
    ['card', 'JP', AT_SWITCH], // not EEA, no row
    ['klarna', 'BR', AT_SWITCH],
    ['card', 'XX', AT_SWITCH],
    ['card', '', AT_SWITCH],
    ['card', 'Sweden', AT_SWITCH],
    ['card', 'SE', 'not a date'],
    ['card', 'SE', ''],
    ['paypal', 'SE', AT_SWITCH],
  ])('%s %s %s', (provider, buyerCountry, openedAt) => {
    expect(disputeFee({ provider: provider as Provider, buyerCountry, openedAt })).toBeNull();
  });

  it('missing fields', () => {
    expect(disputeFee({ provider: 'card', openedAt: AT_SWITCH } as never)).toBeNull();
    expect(disputeFee(undefined as never)).toBeNull();
  });
});

describe('country codes', () => {
  it.each([
    ['se', 'SE'],
    [' gb ', 'GB'],
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['SWE', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCountry(input)).toBe(expected);
  });

  it('"UK" (the seeds\' spelling) finds the GB row', () => {
    expect(disputeFee({ provider: 'klarna', buyerCountry: 'UK', openedAt: AT_SWITCH })!.ruleId).toBe('fee.klarna.seed.GB');
  });
  // Parts of EU member states with ISO codes of their own: a buyer there pays as a buyer in the
  // member state (the EEA row). Before, each was "no published fee".
  it.each([
    ['GP', 'FR', 'Guadeloupe'],
    ['GF', 'FR', 'French Guiana'],
    ['MQ', 'FR', 'Martinique'],
    ['RE', 'FR', 'Réunion'],
    ['YT', 'FR', 'Mayotte'],
    ['MF', 'FR', 'Saint-Martin'],
    ['IC', 'ES', 'the Canary Islands'],
    ['EA', 'ES', 'Ceuta and Melilla'],
    ['AX', 'FI', 'the Åland Islands'],
  ])('%s is part of %s (%s): the EEA fee, card and Klarna', (code, country) => {
    // (its state has no row of its own: the EEA row is the state's fee too)
    expect(FEE_AMOUNTS.some((row) => row.country === country)).toBe(false);
    expect(isEeaMember(code, Date.parse(AT_SWITCH))).toBe(true);
    expect(disputeFee({ provider: 'card', buyerCountry: code, openedAt: AT_SWITCH })!.ruleId).toBe('fee.card.2025-12-02.EEA');
    expect(disputeFee({ provider: 'klarna', buyerCountry: code, openedAt: AT_SWITCH })!.ruleId).toBe('fee.klarna.seed.EEA');
  });

  // Territories of EEA members that are outside the EU and the EEA keep no published fee.
  it.each([
    ['BL', 'Saint-Barthélemy'],
    ['PF', 'French Polynesia'],
    ['NC', 'New Caledonia'],
    ['FO', 'the Faroe Islands'],
    ['GL', 'Greenland'],
    ['SJ', 'Svalbard and Jan Mayen'],
  ])('%s (%s) is outside the EU and the EEA: no published fee', (code) => {
    expect(isEeaMember(code, Date.parse(AT_SWITCH))).toBe(false);
    expect(disputeFee({ provider: 'card', buyerCountry: code, openedAt: AT_SWITCH })).toBeNull();
  });
});

describe('normalizeCountry accepts exactly two letters A–Z (as given, or trimmed and upper-cased)', () => {
  const valid = (c: string) => /^[A-Z]{2}$/.test(c) || /^[A-Z]{2}$/.test(c.trim().toUpperCase());
  it.each(['SE', ' se ', 'Se', 'SE\n', 'ÅÖ', 'S', 'SEE', '', '@A', 'A[', '[A', 'Z@'])('%j', (c) => {
    expect(normalizeCountry(c) !== null).toBe(valid(c));
  });
  it('for any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4 }), fc.stringMatching(/^\s*[A-Za-z@[`{]{2}\s*$/)), (c) => {
        expect(normalizeCountry(c) !== null).toBe(valid(c));
      }),
      { numRuns: 3000 },
    );
  });
});
