// Dispute fee tables by buyer country (the buyer's, not the merchant's: seed 001, article 395539),
// and when the fee is charged. Each table version keeps its effective dates: [from, until).
//
// Amount tables
// - Card, seed version (seed 001 "Introduction to Disputes"): includes Bulgaria BGN 30 and
//   Hungary HUF 5250.
// - Card, current version (article 395539, research §5.2): marked "excluding VAT", without the
//   Bulgaria and Hungary rows (they fall back to the EEA row). No source dates this change. We
//   assume it came with the only dated change to Kustom's card-fee terms, the switch to "charged
//   only if lost" on 2025-12-02 12:48 CET (article 483942): the seed still describes the old regime
//   ("non-refundable"), so it predates that article. If Kustom dates it, change CARD_TABLE_SWITCH.
// - Klarna (seed 001; identical to Stripe's Klarna table of 15 Nov 2023, plus BG, HU, RO). Bulgaria
//   adopted the euro on 2026-01-01 (Council decision of 8 July 2025, ECB): a BGN fee cannot apply
//   from then, so the BG row ends there and Bulgaria falls back to the EEA row (EUR), like every
//   other euro-area member without its own row.
//
// Charging
// - Card disputes opened before 2025-12-02 11:48 UTC (12:48 CET) were charged on open and
//   reimbursed on a win (article 483942 — which contradicts the seed's "remains non-refundable even
//   if you win"; the dated article is the later and more specific source). From then: only if lost.
// - Klarna: only ever charged when a dispute is lost after escalation (seed 001, article 395541).
// - Billie: no published fee (no rows).
import type { Effective, Money, Provider } from '../types';

/** the buyer-country key of the fee tables' catch-all row for EEA members without their own row */
export const EEA_ROW = 'EEA';

export interface FeeAmountRow {
  id: string;
  provider: Provider;
  /** ISO 3166-1 alpha-2, or EEA_ROW */
  country: string;
  fee: Money;
  /** the source marks the amount as excluding VAT */
  excludesVat: boolean;
  source: string;
  effective: Effective;
  /** where the effective dates come from another document than the amount */
  effectiveSource?: string;
}

export interface FeeChargingRow {
  id: string;
  provider: Provider;
  charged: 'on_open' | 'if_lost';
  refundedIfWon: boolean;
  source: string;
  effective: Effective;
}

/** 12:48 CET on 2 December 2025 (article 483942) */
export const FEE_IF_LOST_FROM = '2025-12-02T11:48:00.000Z';
/** assumed: see the note above */
export const CARD_TABLE_SWITCH = FEE_IF_LOST_FROM;
/** Bulgaria's euro changeover (ECB) */
export const BULGARIA_EURO_FROM = '2026-01-01T00:00:00.000+02:00';

type Amounts = readonly [country: string, currency: string, major: number][];

// Every currency in these tables has two decimal places in ISO 4217 (HUF and CZK included); the
// amounts are whole major units, stored as integer minor units.
const MINOR_PER_MAJOR = 100;

function table(
  prefix: string,
  provider: Provider,
  amounts: Amounts,
  rest: { excludesVat: boolean; source: string; effective: Effective; effectiveSource?: string },
): FeeAmountRow[] {
  return amounts.map(([country, currency, major]) => ({
    id: `${prefix}.${country}`,
    provider,
    country,
    fee: { amountMinor: major * MINOR_PER_MAJOR, currency },
    ...rest,
  }));
}

const CARD_SEED: Amounts = [
  [EEA_ROW, 'EUR', 15],
  ['GB', 'GBP', 15],
  ['CH', 'CHF', 15],
  ['NO', 'NOK', 150],
  ['DK', 'DKK', 150],
  ['SE', 'SEK', 150],
  ['PL', 'PLN', 65],
  ['CZ', 'CZK', 400],
  ['US', 'USD', 15],
  ['CA', 'CAD', 15],
  ['AU', 'AUD', 25],
  ['NZ', 'NZD', 25],
  ['BG', 'BGN', 30],
  ['HU', 'HUF', 5250],
  ['RO', 'RON', 75],
];

const CARD_CURRENT: Amounts = CARD_SEED.filter(([country]) => country !== 'BG' && country !== 'HU');

const KLARNA: Amounts = [
  [EEA_ROW, 'EUR', 20],
  ['GB', 'GBP', 20],
  ['CH', 'CHF', 20],
  ['NO', 'NOK', 200],
  ['DK', 'DKK', 200],
  ['SE', 'SEK', 200],
  ['PL', 'PLN', 90],
  ['CZ', 'CZK', 550],
  ['US', 'USD', 15],
  ['CA', 'CAD', 20],
  ['AU', 'AUD', 25],
  ['NZ', 'NZD', 25],
  ['HU', 'HUF', 7000],
  ['RO', 'RON', 100],
];

export const FEE_AMOUNTS: readonly FeeAmountRow[] = [
  ...table('fee.card.seed', 'card', CARD_SEED, {
    excludesVat: false,
    source: 'kustom.intro_disputes',
    effective: { until: CARD_TABLE_SWITCH },
  }),
  ...table('fee.card.2025-12-02', 'card', CARD_CURRENT, {
    excludesVat: true,
    source: 'kustom.card_disputes',
    effective: { from: CARD_TABLE_SWITCH },
  }),
  ...table('fee.klarna.seed', 'klarna', KLARNA, {
    excludesVat: false,
    source: 'kustom.intro_disputes',
    effective: {},
  }),
  // The amount is the seed's; the row ends with the lev at Bulgaria's euro changeover (ECB).
  ...table('fee.klarna.seed', 'klarna', [['BG', 'BGN', 40]], {
    excludesVat: false,
    source: 'kustom.intro_disputes',
    effectiveSource: 'ecb.bulgaria_euro',
    effective: { until: BULGARIA_EURO_FROM },
  }),
];

export const FEE_CHARGING: readonly FeeChargingRow[] = [
  {
    id: 'fee-charging.card.on-open',
    provider: 'card',
    charged: 'on_open',
    refundedIfWon: true,
    source: 'kustom.dispute_fee',
    effective: { until: FEE_IF_LOST_FROM },
  },
  {
    id: 'fee-charging.card.if-lost',
    provider: 'card',
    charged: 'if_lost',
    // nothing is charged unless the dispute is lost, so nothing is refunded on a win
    refundedIfWon: false,
    source: 'kustom.dispute_fee',
    effective: { from: FEE_IF_LOST_FROM },
  },
  {
    id: 'fee-charging.klarna.if-lost',
    provider: 'klarna',
    charged: 'if_lost',
    refundedIfWon: false,
    source: 'kustom.kustom_vs_klarna',
    effective: {},
  },
];
