// The sandbox portal's data set: a deterministic, seeded generator of about 60 disputes over two
// stores, with every date relative to a clock (`now`) so that countdowns read the same whenever the
// sandbox is opened. See README.md in this folder for the pinned disputes that tests rely on.
import type { DisputeFacts, DisputeStatus, Network, Outcome, Provider, ReasonCategory } from '../../lib/rules/types';
import { seededRandom, type Random } from './random';

export interface Store {
  id: string;
  name: string;
}

/** The two stores (MIDs) of the sandbox merchant; the first is selected by default. */
export const STORES: readonly Store[] = [
  { id: 'K100482', name: 'Nordlys Outdoor AB' },
  { id: 'K100773', name: 'Nordlys Outlet GmbH' },
];

export type TimelineKind =
  | 'created'
  | 'escalated'
  | 'response_submitted'
  | 'accepted'
  | 'decided'
  | 'enquiry_closed'
  | 'response_due';

export interface TimelineEvent {
  kind: TimelineKind;
  at: string;
}

/** How the payment method is shown: the network's name, or the generic localized word "Card". */
export type PaymentMethodShown = 'network' | 'generic_card' | 'klarna' | 'billie';

/** A dispute as the sandbox stores it: the facts a page shows, plus how it shows them. */
export interface SandboxDispute {
  /**
   * The facts exactly as the pages show them (a page reader should read these back):
   * - `reason`: the English text shown under "Reason" (Klarna/Billie reasons, Stripe category
   *   names for cards); a card's network reason code is shown apart (`networkReasonCode`);
   * - `network`: only when the payment method shows the network's name;
   * - `buyerCountry`: only when the page shows it;
   * - `dueBy`: only when the portal shows a "Respond by" deadline;
   * - closed outcomes: "Partially won" is status `won`, "Accepted" is status `lost`.
   * Every instant is a whole minute, so pages that show minutes show it exactly.
   */
  facts: DisputeFacts & { orderId: string; merchantReference: string; storeId: string };
  /** The English reason text the page shows under "Reason". */
  reasonText: string;
  /** Cards: the Stripe category shown as the reason. */
  reasonCategory?: ReasonCategory;
  /** Cards: the network reason code shown under "Network reason code". */
  networkReasonCode?: string;
  paymentMethod: PaymentMethodShown;
  /** Closed disputes: the outcome shown as the status. */
  outcome?: Outcome;
  /** Klarna chargebacks: when the enquiry escalated (shown on the timeline only). */
  escalatedAt?: string;
  /** Partially won: the amount refunded to the customer (shown on the timeline only). */
  refundedMinor?: number;
  timeline: TimelineEvent[];
  /** Set on the pinned disputes whose texts tests assert (see PINNED below). */
  pinned?: PinnedKey;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Offsets as durations: d/h/m, positive into the future. */
const offset = (d: number, h = 0, m = 0): number => d * DAY + h * HOUR + m * MINUTE;

// ---------------------------------------------------------------------------------------------
// Reference tables (from ../../../shared/research/dispute-rules-facts.md §1.3 and the seeds)

export const KLARNA_REASONS = [
  'Return',
  'Goods not received',
  'Faulty goods',
  'Incorrect invoice',
  'Already paid',
  'Unauthorized purchase',
  'High risk order',
] as const;

export const BILLIE_REASONS = [
  'Goods not received',
  'Returns',
  'Incorrect invoice',
  'Faulty goods',
  'Already paid',
  'Unauthorized order',
] as const;

/** Stripe's category names as the portal shows them. */
export const CARD_CATEGORY_TEXT: Record<ReasonCategory, string> = {
  fraudulent: 'Fraudulent',
  product_not_received: 'Product not received',
  product_unacceptable: 'Product unacceptable',
  subscription_canceled: 'Subscription canceled',
  credit_not_processed: 'Credit not processed',
  duplicate: 'Duplicate',
  unrecognized: 'Unrecognized',
  general: 'General',
  noncompliant: 'Noncompliant',
};

interface CardReason {
  category: ReasonCategory;
  network: Exclude<Network, 'other'>;
  code?: string;
}

/**
 * Card reasons: the first eleven cover every Stripe category once plus Visa 10.4 and 10.5; the
 * rest add network variety. Codes per docs.stripe.com/disputes/categories.
 */
const CARD_REASONS_REQUIRED: readonly CardReason[] = [
  { category: 'fraudulent', network: 'visa', code: '10.4' },
  { category: 'fraudulent', network: 'visa', code: '10.5' },
  { category: 'product_not_received', network: 'mastercard', code: '4855' },
  { category: 'product_unacceptable', network: 'amex', code: 'C31' },
  { category: 'subscription_canceled', network: 'discover', code: '4541' },
  { category: 'credit_not_processed', network: 'visa', code: '13.6' },
  { category: 'duplicate', network: 'mastercard', code: '4834' },
  { category: 'unrecognized', network: 'amex', code: '176' },
  { category: 'general', network: 'discover', code: '4753' },
  { category: 'noncompliant', network: 'visa', code: 'C028' },
  { category: 'product_not_received', network: 'amex', code: 'C08' },
];
const CARD_REASONS_MORE: readonly CardReason[] = [
  { category: 'fraudulent', network: 'mastercard', code: '4837' },
  { category: 'fraudulent', network: 'amex', code: 'F29' },
  { category: 'fraudulent', network: 'discover', code: '7030' },
  { category: 'product_not_received', network: 'visa', code: '13.1' },
  { category: 'product_not_received', network: 'discover', code: '4755' },
  { category: 'product_unacceptable', network: 'visa', code: '13.3' },
  { category: 'product_unacceptable', network: 'mastercard', code: '4853' },
  { category: 'subscription_canceled', network: 'visa', code: '13.2' },
  { category: 'subscription_canceled', network: 'mastercard', code: '4841' },
  { category: 'credit_not_processed', network: 'mastercard', code: '4860' },
  { category: 'credit_not_processed', network: 'amex', code: 'C02' },
  { category: 'duplicate', network: 'visa', code: '12.6.1' },
  { category: 'unrecognized', network: 'mastercard', code: '4863' },
  { category: 'general', network: 'visa', code: '12.5' },
  // shown without a code: category only
  { category: 'fraudulent', network: 'visa' },
  { category: 'general', network: 'mastercard' },
];

/**
 * Buyer countries: every row of the seed fee tables (seed 001), EEA members that fall back to the
 * EEA row (DE, FI, NL, AT, FR) and one country with no published fee (JP).
 */
export const COUNTRY_CURRENCY: Record<string, string> = {
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  GB: 'GBP',
  CH: 'CHF',
  PL: 'PLN',
  CZ: 'CZK',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  BG: 'BGN',
  HU: 'HUF',
  RO: 'RON',
  DE: 'EUR',
  FI: 'EUR',
  NL: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  JP: 'USD',
};
export const FEE_TABLE_COUNTRIES = ['SE', 'NO', 'DK', 'GB', 'CH', 'PL', 'CZ', 'US', 'CA', 'AU', 'NZ', 'BG', 'HU', 'RO'] as const;
export const EEA_FALLBACK_COUNTRIES = ['DE', 'FI', 'NL', 'AT', 'FR'] as const;
export const UNKNOWN_FEE_COUNTRIES = ['JP'] as const;

/** Amount ranges in major units; currencies with large units get whole amounts. */
const AMOUNT_RANGE: Record<string, [number, number, boolean]> = {
  SEK: [99, 15_000, false],
  NOK: [99, 15_000, false],
  DKK: [79, 12_000, false],
  HUF: [3_000, 400_000, true],
  CZK: [200, 40_000, true],
  PLN: [20, 6_000, false],
  RON: [20, 6_000, false],
  BGN: [20, 3_000, false],
};

// ---------------------------------------------------------------------------------------------
// Pinned disputes: fixed offsets from `now`, all in the first store, all on the first page of their
// tab. Tests assert exact texts for these; keep the README table in step when changing one.

export type PinnedKey =
  | 'respond_2d4h'
  | 'enquiry_12d'
  | 'overdue_3h'
  | 'due_5h'
  | 'card_estimate'
  | 'billie_rule'
  | 'visa_fraud_fr'
  | 'klarna_chargeback'
  | 'jp_no_fee';

interface PinnedSpec {
  key: PinnedKey;
  id: string;
  provider: Provider;
  status: DisputeStatus;
  reasonText: string;
  category?: ReasonCategory;
  network?: Exclude<Network, 'other'>;
  code?: string;
  country: string;
  amountMinor: number;
  created: number;
  dueBy?: number;
  escalated?: number;
}

export const PINNED: readonly PinnedSpec[] = [
  // Card, portal deadline in 2 d 4 h 30 m → "2 d 4 h to respond"; SE card fee SEK 150
  { key: 'respond_2d4h', id: 'dp_pin_respond_2d4h', provider: 'card', status: 'open', reasonText: 'Product not received',
    category: 'product_not_received', network: 'visa', code: '13.1', country: 'SE', amountMinor: 124_900,
    created: offset(-5), dueBy: offset(2, 4, 30) },
  // Klarna enquiry created 22 d 21 h 30 m ago; 35-day window → escalates in 12 d 2 h 30 m
  { key: 'enquiry_12d', id: 'dp_pin_enquiry_12d', provider: 'klarna', status: 'warning_needs_response',
    reasonText: 'Goods not received', country: 'DE', amountMinor: 8_990, created: offset(-22, -21, -30) },
  // Card, portal deadline passed 3 h 30 m ago → "overdue by 3 h"
  { key: 'overdue_3h', id: 'dp_pin_overdue_3h', provider: 'card', status: 'open', reasonText: 'Product not received',
    category: 'product_not_received', network: 'mastercard', code: '4855', country: 'GB', amountMinor: 24_000,
    created: offset(-10), dueBy: offset(0, -3, -30) },
  // Billie, portal deadline in 5 h 30 m (critical)
  { key: 'due_5h', id: 'dp_pin_due_5h', provider: 'billie', status: 'open', reasonText: 'Faulty goods', country: 'AT',
    amountMinor: 198_000, created: offset(-6), dueBy: offset(0, 5, 30) },
  // Card without a portal deadline, opened 3 d 0 h 30 m ago: rule range 7–21 d → earliest in 3 d 23 h 30 m
  { key: 'card_estimate', id: 'dp_pin_card_estimate', provider: 'card', status: 'open', reasonText: 'Product not received',
    category: 'product_not_received', network: 'amex', code: 'C08', country: 'US', amountMinor: 31_000,
    created: offset(-3, 0, -30) },
  // Billie without a portal deadline, opened 3 d 21 h 30 m ago: 12 calendar days → in 8 d 2 h 30 m
  { key: 'billie_rule', id: 'dp_pin_billie_rule', provider: 'billie', status: 'open', reasonText: 'Goods not received',
    country: 'DE', amountMinor: 56_050, created: offset(-3, -21, -30) },
  // Visa 10.4 from France (EEA fallback: EUR 15), portal deadline in 6 d 12 h 30 m
  { key: 'visa_fraud_fr', id: 'dp_pin_visa_fraud_fr', provider: 'card', status: 'open', reasonText: 'Fraudulent',
    category: 'fraudulent', network: 'visa', code: '10.4', country: 'FR', amountMinor: 42_000,
    created: offset(-8), dueBy: offset(6, 12, 30) },
  // Klarna chargeback (escalated 4 d 17 h 30 m ago), portal deadline in 9 d 6 h 30 m; NO fee NOK 200 if lost
  { key: 'klarna_chargeback', id: 'dp_pin_klarna_chargeback', provider: 'klarna', status: 'open', reasonText: 'Return',
    country: 'NO', amountMinor: 249_900, escalated: offset(-4, -17, -30), created: offset(-39, -17, -30),
    dueBy: offset(9, 6, 30) },
  // Discover from Japan: no published fee; portal deadline in 1 d 1 h 30 m
  { key: 'jp_no_fee', id: 'dp_pin_jp_no_fee', provider: 'card', status: 'open', reasonText: 'Product not received',
    category: 'product_not_received', network: 'discover', code: '4755', country: 'JP', amountMinor: 15_900,
    created: offset(-9), dueBy: offset(1, 1, 30) },
];

// ---------------------------------------------------------------------------------------------

export interface GenerateOptions {
  seed?: number;
  /** the clock; defaults to the real clock. Truncated to the whole minute. */
  now?: Date;
  /** total number of disputes (default 60; more for benchmarks). Pinned ones come first. */
  count?: number;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_COUNT = 60;

/** Generated disputes per provider in the default set of 60 (pinned come on top). */
const STATUS_PLAN: Record<Provider, readonly DisputeStatus[]> = {
  card: [
    ...rep('open', 9), ...rep('under_review', 5), ...rep('won', 5), ...rep('lost', 5),
  ],
  klarna: [
    ...rep('warning_needs_response', 3), ...rep('warning_under_review', 2), ...rep('warning_closed', 2),
    ...rep('open', 3), ...rep('under_review', 2), ...rep('won', 2), ...rep('lost', 3),
  ],
  billie: [...rep('open', 4), ...rep('under_review', 2), ...rep('won', 2), ...rep('lost', 2)],
};

/** Portal deadlines of generated open disputes (null: the portal shows none): overdue, within hours, days. */
const DUE_PLAN: Record<Provider, readonly (number | null)[]> = {
  card: [offset(-2, -3), offset(0, 0, -40), offset(0, 4, 10), offset(0, 18), offset(1, 6), offset(3), offset(11), null, null],
  klarna: [offset(0, 20), offset(9), null],
  billie: [offset(-1), offset(2), offset(8), null],
};

function rep<const T>(value: T, n: number): T[] {
  return Array.from({ length: n }, () => value);
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

function uuid(rnd: Random): string {
  return `${rnd.chars(8, HEX)}-${rnd.chars(4, HEX)}-4${rnd.chars(3, HEX)}-${rnd.pick(['8', '9', 'a', 'b'])}${rnd.chars(3, HEX)}-${rnd.chars(12, HEX)}`;
}

function amountFor(rnd: Random, currency: string): number {
  const [min, max, whole] = AMOUNT_RANGE[currency] ?? [9, 2_500, false];
  const major = rnd.int(min, max);
  if (whole) return major * 100;
  return major * 100 + rnd.pick([0, 0, 50, 90, 95, 99]);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function floorMinute(d: Date): number {
  return Math.floor(d.getTime() / MINUTE) * MINUTE;
}

/** Disputes for the sandbox, pinned ones first, then generated ones; deterministic for (seed, now, count). */
export function generateDisputes(opts: GenerateOptions = {}): SandboxDispute[] {
  const seed = opts.seed ?? DEFAULT_SEED;
  const now = floorMinute(opts.now ?? new Date());
  const count = Math.max(opts.count ?? DEFAULT_COUNT, PINNED.length);
  const rnd = seededRandom(seed);
  const firstStore = (STORES[0] as Store).id;

  const out: SandboxDispute[] = PINNED.map((p, i) => pinnedDispute(p, now, firstStore, i));

  // Generated: each provider's status plan, joined and shuffled, repeated as needed for `count`.
  const plan: { provider: Provider; status: DisputeStatus; due: number | null }[] = [];
  for (const provider of ['card', 'klarna', 'billie'] as const) {
    const dues = rnd.shuffle(DUE_PLAN[provider]);
    let o = 0;
    for (const status of STATUS_PLAN[provider]) {
      plan.push({ provider, status, due: status === 'open' ? (dues[o++ % dues.length] ?? null) : null });
    }
  }
  const order = rnd.shuffle(plan);
  const cardReasons = [...CARD_REASONS_REQUIRED, ...rnd.shuffle(CARD_REASONS_MORE)];
  const klarnaReasons = rnd.shuffle(KLARNA_REASONS);
  const billieReasons = rnd.shuffle(BILLIE_REASONS);
  const countries = Object.keys(COUNTRY_CURRENCY);
  const countryCycle = [...rnd.shuffle(countries), ...rnd.shuffle(countries), ...rnd.shuffle(countries)];
  const used = { card: 0, klarna: 0, billie: 0 };

  for (let i = 0; out.length < count; i++) {
    const spec = order[i % order.length] as (typeof order)[number];
    const n = used[spec.provider]++;
    const country = countryCycle[i % countryCycle.length] as string;
    // After the first full country cycle, every other dispute hides its buyer country.
    const showCountry = i < countries.length || i % 2 === 1;
    const store = (STORES[i % STORES.length] as Store).id;
    out.push(generatedDispute(rnd, now, spec, n, { cardReasons, klarnaReasons, billieReasons }, country, showCountry, store));
  }
  return out;
}

function pinnedDispute(p: PinnedSpec, now: number, storeId: string, index: number): SandboxDispute {
  const currency = COUNTRY_CURRENCY[p.country] ?? 'EUR';
  const createdAt = iso(now + p.created);
  const facts: SandboxDispute['facts'] = {
    id: p.id,
    provider: p.provider,
    status: p.status,
    createdAt,
    amount: { amountMinor: p.amountMinor, currency },
    buyerCountry: p.country,
    reason: p.reasonText,
    orderId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    merchantReference: `PIN-${String(index + 1).padStart(4, '0')}`,
    storeId,
  };
  if (p.network) facts.network = p.network;
  if (p.dueBy !== undefined) facts.dueBy = iso(now + p.dueBy);
  const d: SandboxDispute = {
    facts,
    reasonText: p.reasonText,
    paymentMethod: p.provider === 'card' ? 'network' : p.provider,
    timeline: [],
    pinned: p.key,
  };
  if (p.category) d.reasonCategory = p.category;
  if (p.code) d.networkReasonCode = p.code;
  if (p.escalated !== undefined) d.escalatedAt = iso(now + p.escalated);
  d.timeline = timelineOf(d, now);
  return d;
}

interface ReasonPools {
  cardReasons: readonly CardReason[];
  klarnaReasons: readonly string[];
  billieReasons: readonly string[];
}

function generatedDispute(
  rnd: Random,
  now: number,
  spec: { provider: Provider; status: DisputeStatus; due: number | null },
  n: number,
  pools: ReasonPools,
  country: string,
  showCountry: boolean,
  storeId: string,
): SandboxDispute {
  const { provider, status } = spec;
  const currency = COUNTRY_CURRENCY[country] ?? 'EUR';
  const minutes = (dMin: number, dMax: number): number => rnd.int(dMin * 24 * 60, dMax * 24 * 60) * MINUTE;

  let created: number;
  let dueBy: number | undefined;
  let escalated: number | undefined;
  switch (status) {
    case 'open':
      if (spec.due !== null) dueBy = now + spec.due;
      if (provider === 'klarna') {
        // Chargeback: escalated 35 days after creation, 14 days to respond (2025-08-08 rules).
        escalated = dueBy !== undefined ? dueBy - 14 * DAY : now - minutes(1, 10);
        created = escalated - 35 * DAY;
      } else if (provider === 'billie') {
        created = dueBy !== undefined ? dueBy - 12 * DAY : now - minutes(1, 10);
      } else {
        created = dueBy !== undefined ? dueBy - rnd.int(7, 21) * DAY : now - minutes(1, 6);
      }
      break;
    case 'warning_needs_response':
      created = now - minutes(1, 33);
      break;
    case 'warning_under_review':
      created = now - minutes(5, 30);
      break;
    case 'warning_closed':
      created = now - minutes(40, 180);
      break;
    case 'under_review':
      created = now - minutes(8, 60);
      break;
    case 'won':
    case 'lost':
      created = now - minutes(60, 200);
      break;
  }
  if (provider === 'klarna' && (status === 'under_review' || status === 'won' || status === 'lost')) {
    escalated = created + 35 * DAY;
    if (escalated > now) escalated = now - minutes(1, 3);
  }

  const id = `dp_${rnd.chars(14, ID_ALPHABET)}`;
  const facts: SandboxDispute['facts'] = {
    id,
    provider,
    status,
    createdAt: iso(created),
    amount: { amountMinor: amountFor(rnd, currency), currency },
    orderId: uuid(rnd),
    merchantReference: `${storeId === STORES[0]?.id ? 'NO' : 'DE'}-${rnd.int(100_000, 999_999)}`,
    storeId,
  };
  if (showCountry) facts.buyerCountry = country;
  if (dueBy !== undefined) facts.dueBy = iso(dueBy);

  const d: SandboxDispute = { facts, reasonText: '', paymentMethod: provider === 'card' ? 'network' : provider, timeline: [] };
  if (provider === 'card') {
    const r = pools.cardReasons[n % pools.cardReasons.length] as CardReason;
    d.reasonCategory = r.category;
    d.reasonText = CARD_CATEGORY_TEXT[r.category];
    if (r.code) d.networkReasonCode = r.code;
    // A few card disputes show only "Card": then neither the network nor its code is visible.
    if (!r.code && n % 2 === 0) {
      d.paymentMethod = 'generic_card';
    } else {
      facts.network = r.network;
    }
    facts.reason = d.reasonText;
  } else {
    const pool = provider === 'klarna' ? pools.klarnaReasons : pools.billieReasons;
    d.reasonText = pool[n % pool.length] as string;
    facts.reason = d.reasonText;
  }
  if (escalated !== undefined) d.escalatedAt = iso(escalated);
  if (status === 'won') d.outcome = n % 2 === 0 ? 'won' : 'partially_won';
  if (status === 'lost') d.outcome = n % 2 === 0 ? 'lost' : 'accepted';
  if (d.outcome === 'partially_won') d.refundedMinor = Math.round(facts.amount.amountMinor / 200) * 100;
  d.timeline = timelineOf(d, now);
  return d;
}

/** The events a detail page lists, oldest first; whole minutes, never after `now` except "response due". */
function timelineOf(d: SandboxDispute, now: number): TimelineEvent[] {
  const created = Date.parse(d.facts.createdAt);
  const events: TimelineEvent[] = [{ kind: 'created', at: d.facts.createdAt }];
  if (d.escalatedAt) events.push({ kind: 'escalated', at: d.escalatedAt });
  const after = Date.parse(d.escalatedAt ?? d.facts.createdAt);
  const step = (days: number): string => iso(Math.min(now - HOUR, after + days * DAY + 3 * HOUR));
  switch (d.facts.status) {
    case 'under_review':
      events.push({ kind: 'response_submitted', at: step(2) });
      break;
    case 'won':
    case 'lost':
      if (d.outcome === 'accepted') {
        events.push({ kind: 'accepted', at: step(1) });
      } else {
        events.push({ kind: 'response_submitted', at: step(3) });
        events.push({ kind: 'decided', at: step(45) });
      }
      break;
    case 'warning_closed':
      events.push({ kind: 'enquiry_closed', at: iso(Math.min(now - HOUR, created + 20 * DAY)) });
      break;
    default:
      break;
  }
  if (d.facts.dueBy) events.push({ kind: 'response_due', at: d.facts.dueBy });
  return events;
}

/** The portal tab a status is listed under (seed 000 "Dispute categories", seed 001 status table). */
export type SandboxTab = 'response_required' | 'under_review' | 'no_response_needed' | 'closed' | 'all';
export const TABS: readonly SandboxTab[] = ['response_required', 'under_review', 'no_response_needed', 'closed', 'all'];

export function tabOf(status: DisputeStatus): Exclude<SandboxTab, 'all'> {
  switch (status) {
    case 'open':
      return 'response_required';
    case 'under_review':
      return 'under_review';
    case 'warning_needs_response':
    case 'warning_under_review':
      return 'no_response_needed';
    case 'warning_closed':
    case 'won':
    case 'lost':
      return 'closed';
  }
}
