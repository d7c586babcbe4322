// An audit of the rule tables against their sources, figure by figure. Every expected value below
// is transcribed from the source itself (line numbers of ../shared/seeds/001_4f0928c90c20ffed.txt,
// "seed 001", and of ../shared/research/dispute-rules-facts.md, "research"), not from the tables,
// so a figure that drifts from its source fails here even where the table's own tests still pass.
// Boundaries are checked the minute before and after: each effective-date switch, and each
// deadline (still ahead a minute before, overdue a minute after).
import { describe, expect, it } from 'vitest';
import { assessSchedule } from '../../lib/rules/schedule';
import { deadlines } from '../../lib/rules/deadlines';
import { DEADLINE_RULES, KLARNA_2025_08_08 } from '../../lib/rules/data/deadlines';
import { BULGARIA_EURO_FROM, FEE_AMOUNTS, FEE_CHARGING, FEE_IF_LOST_FROM } from '../../lib/rules/data/fees';
import { EEA_MEMBERS } from '../../lib/rules/data/countries';
import { NETWORK_CODES } from '../../lib/rules/data/reasons';
import { disputeFee } from '../../lib/rules/fees';
import type { DisputeFacts, Network, ReasonCategory } from '../../lib/rules/types';

const MINUTE = 60_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

// ── Fees ────────────────────────────────────────────────────────────────────────────────────────
// [buyer country as the source writes it, ISO code, currency, whole amount, source line]
type FeeLine = readonly [name: string, country: string, currency: string, major: number, line: number];

/** seed 001 lines 191–289, "Card dispute fee (in local currency)" */
const CARD_SEED: readonly FeeLine[] = [
  ['EEA', 'EEA', 'EUR', 15, 205],
  ['UK', 'GB', 'GBP', 15, 211],
  ['Switzerland', 'CH', 'CHF', 15, 217],
  ['Norway', 'NO', 'NOK', 150, 223],
  ['Denmark', 'DK', 'DKK', 150, 229],
  ['Sweden', 'SE', 'SEK', 150, 235],
  ['Poland', 'PL', 'PLN', 65, 241],
  ['Czech Republic', 'CZ', 'CZK', 400, 247],
  ['US', 'US', 'USD', 15, 253],
  ['Canada', 'CA', 'CAD', 15, 259],
  ['Australia', 'AU', 'AUD', 25, 265],
  ['New Zealand', 'NZ', 'NZD', 25, 271],
  ['Bulgaria', 'BG', 'BGN', 30, 277],
  ['Hungary', 'HU', 'HUF', 5250, 283],
  ['Romania', 'RO', 'RON', 75, 289],
];

/**
 * research line 501 (Kustom article 395539, current version): "EEA EUR 15, UK GBP 15, CH CHF 15, NO
 * NOK 150, DK DKK 150, SE SEK 150, PL PLN 65, CZ CZK 400, US USD 15, CA CAD 15, AU AUD 25, NZ NZD 25,
 * RO RON 75 (current version lacks the seed's BG BGN 30 and HU HUF 5250)", excl. VAT.
 */
const CARD_CURRENT: readonly FeeLine[] = CARD_SEED.filter(([, c]) => c !== 'BG' && c !== 'HU').map(
  ([name, country, currency, major]) => [name, country, currency, major, 501] as const,
);

/** seed 001 lines 345–443, "Klarna Dispute fee (in local currency)" */
const KLARNA: readonly FeeLine[] = [
  ['EEA', 'EEA', 'EUR', 20, 359],
  ['UK', 'GB', 'GBP', 20, 365],
  ['Switzerland', 'CH', 'CHF', 20, 371],
  ['Norway', 'NO', 'NOK', 200, 377],
  ['Denmark', 'DK', 'DKK', 200, 383],
  ['Sweden', 'SE', 'SEK', 200, 389],
  ['Poland', 'PL', 'PLN', 90, 395],
  ['Czech Republic', 'CZ', 'CZK', 550, 401],
  ['US', 'US', 'USD', 15, 407],
  ['Canada', 'CA', 'CAD', 20, 413],
  ['Australia', 'AU', 'AUD', 25, 419],
  ['New Zealand', 'NZ', 'NZD', 25, 425],
  ['Bulgaria', 'BG', 'BGN', 40, 431],
  ['Hungary', 'HU', 'HUF', 7000, 437],
  ['Romania', 'RO', 'RON', 100, 443],
];

/** an EEA member with no row of its own in any table: reaches the EEA row */
const VIA_EEA = 'DE';

describe('fee amounts: every row of each source table, and no row the sources do not have', () => {
  const TABLES = [
    ['fee.card.seed', 'card', CARD_SEED, false],
    ['fee.card.2025-12-02', 'card', CARD_CURRENT, true],
    ['fee.klarna.seed', 'klarna', KLARNA, false],
  ] as const;

  const cases = TABLES.flatMap(([prefix, provider, lines, excludesVat]) =>
    lines.map(([name, country, currency, major, line]) => [prefix, name, line, provider, country, currency, major, excludesVat] as const),
  );
  it.each(cases)('%s %s (source line %i)', (prefix, _name, _line, provider, country, currency, major, excludesVat) => {
    const row = FEE_AMOUNTS.find((r) => r.id === `${prefix}.${country}`);
    expect(row, `${prefix}.${country}`).toBeDefined();
    expect(row!).toMatchObject({ provider, country, fee: { amountMinor: major * 100, currency }, excludesVat });
  });

  it('the tables hold exactly the sources\' rows (15 card seed, 13 card current, 15 Klarna)', () => {
    const expected = cases.map(([prefix, , , , country]) => `${prefix}.${country}`).sort();
    expect(FEE_AMOUNTS.map((r) => r.id).sort()).toEqual(expected);
  });
});

describe('fee at the charging switch, 12:48 CET on 2 Dec 2025 (research line 502)', () => {
  const before = shift(FEE_IF_LOST_FROM, -MINUTE);
  const after = shift(FEE_IF_LOST_FROM, MINUTE);
  it('is 11:48 UTC', () => {
    expect(Date.parse(FEE_IF_LOST_FROM)).toBe(Date.parse('2025-12-02T12:48:00+01:00'));
  });

  // a minute before: the seed table, charged on open and reimbursed on a win (research line 502);
  // a minute after and at the switch: the current table, charged only if lost
  const cases = CARD_SEED.flatMap(([name, country, currency, major]) => {
    const buyer = country === 'EEA' ? VIA_EEA : country;
    const now = CARD_CURRENT.find(([, c]) => c === country) ?? CARD_CURRENT.find(([, c]) => c === 'EEA')!;
    return [
      [name, 'a minute before', before, buyer, currency, major, 'on_open', true] as const,
      [name, 'at the switch', FEE_IF_LOST_FROM, buyer, now[2], now[3], 'if_lost', false] as const,
      [name, 'a minute after', after, buyer, now[2], now[3], 'if_lost', false] as const,
    ];
  });
  it.each(cases)('card, buyer %s, %s: %s → %s %i, %s', (_name, _when, openedAt, buyer, currency, major, charged, refundedIfWon) => {
    expect(disputeFee({ provider: 'card', buyerCountry: buyer, openedAt })).toMatchObject({
      fee: { amountMinor: major * 100, currency },
      charged,
      refundedIfWon,
    });
  });

  it.each([before, FEE_IF_LOST_FROM, after])('Klarna at %s: charged only if lost, after escalation (seed 001 line 519)', (openedAt) => {
    expect(disputeFee({ provider: 'klarna', buyerCountry: 'SE', openedAt })).toMatchObject({
      fee: { amountMinor: 20000, currency: 'SEK' },
      charged: 'if_lost',
      refundedIfWon: false,
    });
  });

  it('the charging table has these three versions only', () => {
    expect(FEE_CHARGING.map((r) => [r.provider, r.charged, r.refundedIfWon, r.effective])).toEqual([
      ['card', 'on_open', true, { until: FEE_IF_LOST_FROM }],
      ['card', 'if_lost', false, { from: FEE_IF_LOST_FROM }],
      ['klarna', 'if_lost', false, {}],
    ]);
  });
});

describe('Klarna fee for a Bulgarian buyer at the euro changeover (2026-01-01, midnight in Sofia)', () => {
  it.each([
    ['a minute before', -MINUTE, 4000, 'BGN'],
    ['a minute after', MINUTE, 2000, 'EUR'],
  ] as const)('%s → %i %s', (_when, offset, amountMinor, currency) => {
    expect(disputeFee({ provider: 'klarna', buyerCountry: 'BG', openedAt: shift(BULGARIA_EURO_FROM, offset) })!.fee).toEqual({ amountMinor, currency });
  });
});

describe('the EEA row applies to the EEA: the 27 EU member states, Iceland, Liechtenstein, Norway', () => {
  const EU27 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
  it('lists exactly them (and parts of EU states with codes of their own)', () => {
    const members = EEA_MEMBERS.filter((r) => r.source !== 'eu.tfeu').map((r) => r.country);
    expect(members.sort()).toEqual([...EU27, 'IS', 'LI', 'NO'].sort());
  });
  it.each([
    ['CH', 'CHF'], // Switzerland: EFTA, not EEA; its own row
    ['GB', 'GBP'],
  ])('%s (not EEA) pays its own row, in %s', (country, currency) => {
    for (const provider of ['card', 'klarna'] as const) {
      expect(disputeFee({ provider, buyerCountry: country, openedAt: '2026-03-01T12:00:00Z' })!.fee.currency).toBe(currency);
    }
  });
  it.each(['IS', 'LI'])('%s (EEA, no row) pays the EEA row in EUR', (country) => {
    expect(disputeFee({ provider: 'card', buyerCountry: country, openedAt: '2026-03-01T12:00:00Z' })!.fee).toEqual({ amountMinor: 1500, currency: 'EUR' });
    expect(disputeFee({ provider: 'klarna', buyerCountry: country, openedAt: '2026-03-01T12:00:00Z' })!.fee).toEqual({ amountMinor: 2000, currency: 'EUR' });
  });
  it.each(['MC', 'SM', 'AD', 'VA', 'JP'])('%s (neither EEA nor a row) has no published fee', (country) => {
    expect(disputeFee({ provider: 'card', buyerCountry: country, openedAt: '2026-03-01T12:00:00Z' })).toBeNull();
  });
});

// ── Deadlines ───────────────────────────────────────────────────────────────────────────────────
describe('deadline rows: their figures are the sources\'', () => {
  // [row id, days, latest days, anchor, effective, where the source says it]
  const EXPECTED: [string, number, number | undefined, string, object, string][] = [
    ['klarna.escalation.21d', 21, undefined, 'return_tracking_or_created', { until: KLARNA_2025_08_08 }, 'seed 001 lines 305, 317, 503: "21 days"'],
    ['klarna.escalation.35d', 35, undefined, 'return_tracking_or_created', { from: KLARNA_2025_08_08 }, 'research lines 28–30, 498 (463555): "from 8 Aug 2025 … 35 days"; seed 000 line 89'],
    ['klarna.response.13d', 13, undefined, 'escalation', { until: KLARNA_2025_08_08 }, 'seed 001 line 331: "within 13 days"'],
    ['klarna.response.14d', 14, undefined, 'escalation', { from: KLARNA_2025_08_08 }, 'research lines 30, 498 (463555): "14 days to respond"'],
    ['klarna.fraud.escalation', 0, undefined, 'created', {}, 'seed 001 line 307: "immediately escalated"'],
    ['klarna.fraud.response.5-14d', 5, 14, 'escalated_or_created', {}, 'research line 283 (Stripe: 5 days for fraud) to 463555\'s 14 (architecture.md)'],
    ['card.response.7-21d', 7, 21, 'escalated_or_created', {}, 'seed 001 line 173: "usually 7–21 days"'],
    ['billie.response.12d', 12, undefined, 'created', {}, 'seed 001 line 471: "within 12 calendar days"'],
  ];
  it.each(EXPECTED)('%s: %i days (latest %s), from %s (%s; %s)', (id, days, latestDays, anchor, effective) => {
    const row = DEADLINE_RULES.find((r) => r.id === id);
    expect(row, id).toBeDefined();
    expect({ days: row!.days, latestDays: row!.latestDays, anchor: row!.anchor, effective: row!.effective }).toEqual({ days, latestDays, anchor, effective });
  });
  it('there are no other rows', () => {
    expect(DEADLINE_RULES.map((r) => r.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
  });
  it('"as of 8 Aug 2025" is midnight in Stockholm', () => {
    expect(Date.parse(KLARNA_2025_08_08)).toBe(Date.parse('2025-08-07T22:00:00Z'));
  });
});

describe('the 2025-08-08 switch, a minute either side', () => {
  const SE = 'Europe/Stockholm';
  const base: DisputeFacts = {
    id: 'd',
    provider: 'klarna',
    status: 'warning_needs_response',
    createdAt: KLARNA_2025_08_08,
    amount: { amountMinor: 10000, currency: 'SEK' },
  };
  it.each([
    // enquiry opened a minute before: 21 days; a minute after: 35 days (same local time of day)
    ['enquiry opened', { createdAt: shift(KLARNA_2025_08_08, -MINUTE) }, 'klarna.escalation.21d', '2025-08-28T23:59:00+02:00'],
    ['enquiry opened', { createdAt: shift(KLARNA_2025_08_08, MINUTE) }, 'klarna.escalation.35d', '2025-09-12T00:01:00+02:00'],
    // a return counts from the return-tracking upload, which also picks the version
    ['return tracking uploaded', { reason: 'Return', createdAt: '2025-07-20T12:00:00+02:00', returnTrackingAt: shift(KLARNA_2025_08_08, -MINUTE) }, 'klarna.escalation.21d', '2025-08-28T23:59:00+02:00'],
    ['return tracking uploaded', { reason: 'Return', createdAt: '2025-07-20T12:00:00+02:00', returnTrackingAt: shift(KLARNA_2025_08_08, MINUTE) }, 'klarna.escalation.35d', '2025-09-12T00:01:00+02:00'],
    // a chargeback escalated a minute before: 13 days; a minute after: 14 days
    ['escalated', { status: 'open', createdAt: '2025-07-01T12:00:00+02:00', escalatedAt: shift(KLARNA_2025_08_08, -MINUTE) }, 'klarna.response.13d', '2025-08-20T23:59:00+02:00'],
    ['escalated', { status: 'open', createdAt: '2025-07-01T12:00:00+02:00', escalatedAt: shift(KLARNA_2025_08_08, MINUTE) }, 'klarna.response.14d', '2025-08-22T00:01:00+02:00'],
  ] as const)('%s %j → %s at %s', (_what, over, ruleId, at) => {
    const [d] = deadlines({ ...base, ...over } as DisputeFacts, { timeZone: SE });
    expect(d).toMatchObject({ ruleId, at: new Date(at).toISOString() });
  });
});

describe('every deadline row: ahead a minute before it, overdue a minute after', () => {
  const SE = 'Europe/Stockholm';
  const created = '2025-09-01T10:00:00+02:00';
  const facts = (over: Partial<DisputeFacts>): DisputeFacts => ({
    id: 'd',
    provider: 'klarna',
    status: 'warning_needs_response',
    createdAt: created,
    amount: { amountMinor: 10000, currency: 'SEK' },
    ...over,
  });
  // [row, facts, the deadline: the earliest end where the source gives a range]
  const cases = [
    ['klarna.escalation.35d', facts({}), '2025-10-06T10:00:00+02:00'],
    ['klarna.response.14d', facts({ status: 'open', escalatedAt: '2025-10-06T10:00:00+02:00' }), '2025-10-20T10:00:00+02:00'],
    ['klarna.fraud.response.5-14d', facts({ status: 'open', reason: 'Unauthorized purchase' }), '2025-09-06T10:00:00+02:00'],
    ['card.response.7-21d', facts({ provider: 'card', status: 'open' }), '2025-09-08T10:00:00+02:00'],
    ['billie.response.12d', facts({ provider: 'billie', status: 'open' }), '2025-09-13T10:00:00+02:00'],
  ] as const;
  it.each(cases)('%s at %s', (ruleId, d, at) => {
    const dueMs = Date.parse(at);
    const before = assessSchedule(d, { now: new Date(dueMs - MINUTE), timeZone: SE });
    expect(before.next).toMatchObject({ ruleId, at: new Date(dueMs).toISOString() });
    expect(before.msLeft).toBe(MINUTE);
    expect(before.urgency).toBe('critical');
    const after = assessSchedule(d, { now: new Date(dueMs + MINUTE), timeZone: SE });
    expect(after.next).toMatchObject({ ruleId });
    expect(after.msLeft).toBe(-MINUTE);
    expect(after.urgency).toBe('overdue');
  });
});

// ── Card network reason codes ───────────────────────────────────────────────────────────────────
// research lines 147–157 (Stripe's categories page), the Visa, Mastercard, Amex and Discover columns
// as written there ("4901–4908" and "S01–S04" spelled out).
const STRIPE_TABLE: Record<ReasonCategory, Partial<Record<Exclude<Network, 'other'>, string>>> = {
  credit_not_processed: {
    visa: '13.6 13.7',
    mastercard: '4860',
    amex: 'A01 C02 C04 C05 C18 P03 P05 061 062 154 158 170 175 680',
    discover: '8002',
  },
  duplicate: { visa: '12.6.1 12.6.2', mastercard: '4834', amex: 'C14 P08 173 684', discover: '4534 4865' },
  fraudulent: {
    visa: '33 10.1 10.2 10.3 10.4 10.5',
    mastercard: '6341 4837 4849 4870 4871',
    amex: 'F10 F24 F29 F30 F31 FR2 FR4 FR5 FR6 177 193',
    discover: '6041 4866 4867 7010 7030',
  },
  general: {
    visa: '28 30 34 11.1 11.2 11.3 12.1 12.2 12.3 12.4 12.5 12.7 13.8',
    mastercard: '6305 6322 6323 6342 6343 6390 4808 4807 4812 4859 4831 4842 4846 4901 4902 4903 4904 4905 4906 4907 4908',
    amex: 'A02 A08 M10 R03 R13 M01 P01 P04 P07 P22 P23 M04 M11 M36 M38 M39 M42 S01 S02 S03 S04 OP1 147 169 693',
    discover: '6021 6005 6040 4542 4550 4553 4586 4752 4753 4757 4762 4863 6050',
  },
  product_not_received: { visa: '13.1 13.9', mastercard: '4855', amex: 'C08 004 155', discover: '4755 4864' },
  product_unacceptable: { visa: '13.3 13.4 13.5', mastercard: '4853', amex: 'C31 C32 024 059 063' },
  subscription_canceled: { visa: '13.2', mastercard: '4841', amex: 'C28 021', discover: '4541' },
  unrecognized: { mastercard: '6321 4863', amex: '127 176 691' },
  noncompliant: { visa: 'C028 C030 C031 C034 C035 C036 C038 C045 C048 C050 C071 C081 C0135' },
};

describe('card network codes: each (network, category) holds exactly the codes of Stripe\'s table', () => {
  const cases = Object.entries(STRIPE_TABLE).flatMap(([category, byNetwork]) =>
    Object.entries(byNetwork).map(([network, codes]) => [network, category, codes.split(' ')] as const),
  );
  it.each(cases)('%s %s', (network, category, codes) => {
    const rows = NETWORK_CODES.filter((r) => r.network === network && r.category === category);
    expect(rows.flatMap((r) => r.codes).sort()).toEqual([...codes].sort());
  });
  it('the table has no (network, category) that Stripe\'s does not', () => {
    const expected = new Set(cases.map(([n, c]) => `${n}:${c}`));
    for (const row of NETWORK_CODES) expect(expected.has(`${row.network}:${row.category}`), `${row.network}:${row.category}`).toBe(true);
  });
});
