import { describe, expect, it } from 'vitest';
import { disputeFactsSchema } from '../../lib/rules/schema';
import type { DisputeStatus, ReasonCategory } from '../../lib/rules/types';
import {
  BILLIE_REASONS,
  CARD_CATEGORY_TEXT,
  COUNTRY_CURRENCY,
  DAY,
  EEA_FALLBACK_COUNTRIES,
  FEE_TABLE_COUNTRIES,
  HOUR,
  KLARNA_REASONS,
  MINUTE,
  PINNED,
  STORES,
  UNKNOWN_FEE_COUNTRIES,
  generateDisputes,
  tabOf,
  type PinnedKey,
} from './data';

const NOW = new Date('2026-03-10T09:00:00Z');
const data = generateDisputes({ seed: 1, now: NOW });
const facts = data.map((d) => d.facts);

describe('generateDisputes', () => {
  it('is deterministic for a seed and clock, and differs between seeds', () => {
    expect(generateDisputes({ seed: 1, now: NOW })).toEqual(data);
    const other = generateDisputes({ seed: 2, now: NOW });
    expect(other.map((d) => d.facts.id)).not.toEqual(facts.map((f) => f.id));
    // pinned disputes are the same whatever the seed
    expect(other.filter((d) => d.pinned).map((d) => d.facts)).toEqual(data.filter((d) => d.pinned).map((d) => d.facts));
  });

  it('makes 60 disputes over both stores with unique dispute IDs, order IDs and merchant references', () => {
    expect(data).toHaveLength(60);
    for (const key of ['id', 'orderId', 'merchantReference'] as const) {
      expect(new Set(facts.map((f) => f[key])).size).toBe(60);
    }
    for (const store of STORES) expect(facts.filter((f) => f.storeId === store.id).length).toBeGreaterThanOrEqual(20);
  });

  it('produces facts that satisfy the DisputeFacts contract (zod)', () => {
    for (const f of facts) expect(disputeFactsSchema.safeParse(f).error).toBeUndefined();
  });

  it('covers every provider, card network and status', () => {
    expect(new Set(facts.map((f) => f.provider))).toEqual(new Set(['card', 'klarna', 'billie']));
    expect(new Set(facts.filter((f) => f.network).map((f) => f.network))).toEqual(new Set(['visa', 'mastercard', 'amex', 'discover']));
    const statuses: DisputeStatus[] = ['warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'];
    expect(new Set(facts.map((f) => f.status))).toEqual(new Set(statuses));
    expect(new Set(data.map((d) => d.outcome).filter(Boolean))).toEqual(new Set(['won', 'partially_won', 'lost', 'accepted']));
  });

  it('covers every reason family: Klarna and Billie reasons, Stripe categories, Visa 10.4 and 10.5', () => {
    const reasons = (p: string) => new Set(facts.filter((f) => f.provider === p).map((f) => f.reason));
    expect(reasons('klarna')).toEqual(new Set(KLARNA_REASONS));
    expect(reasons('billie')).toEqual(new Set(BILLIE_REASONS));
    const categories: ReasonCategory[] = [
      'credit_not_processed', 'duplicate', 'fraudulent', 'general', 'noncompliant',
      'product_not_received', 'product_unacceptable', 'subscription_canceled', 'unrecognized',
    ];
    expect(new Set(data.map((d) => d.reasonCategory).filter(Boolean))).toEqual(new Set(categories));
    const visa = data.filter((d) => d.facts.network === 'visa').map((d) => d.networkReasonCode);
    expect(visa).toEqual(expect.arrayContaining(['10.4', '10.5']));
    // the reason is the text shown under "Reason"; for cards the Stripe category's name
    for (const d of data.filter((x) => x.facts.provider === 'card')) {
      expect(d.facts.reason).toBe(CARD_CATEGORY_TEXT[d.reasonCategory as ReasonCategory]);
    }
    // a code is shown only with the network's name
    for (const d of data.filter((x) => x.networkReasonCode)) expect(d.facts.network).toBeDefined();
  });

  it('shows every fee-table country, EEA fallback countries and a country without a fee, in several currencies', () => {
    const shown = new Set(facts.map((f) => f.buyerCountry).filter(Boolean));
    for (const c of [...FEE_TABLE_COUNTRIES, ...EEA_FALLBACK_COUNTRIES, ...UNKNOWN_FEE_COUNTRIES]) expect(shown).toContain(c);
    expect(facts.some((f) => f.buyerCountry === undefined)).toBe(true);
    expect(new Set(facts.map((f) => f.amount.currency)).size).toBeGreaterThanOrEqual(10);
    for (const f of facts.filter((x) => x.buyerCountry)) expect(f.amount.currency).toBe(COUNTRY_CURRENCY[f.buyerCountry as string]);
  });

  it('has open disputes with and without portal deadlines, some overdue and some due within hours', () => {
    const open = facts.filter((f) => f.status === 'open');
    const left = open.filter((f) => f.dueBy).map((f) => Date.parse(f.dueBy as string) - NOW.getTime());
    expect(open.some((f) => !f.dueBy)).toBe(true);
    expect(left.filter((ms) => ms < 0).length).toBeGreaterThanOrEqual(3);
    expect(left.filter((ms) => ms > 0 && ms < 24 * HOUR).length).toBeGreaterThanOrEqual(3);
    expect(left.filter((ms) => ms > 3 * DAY).length).toBeGreaterThanOrEqual(3);
    // only disputes that need a response show a deadline
    for (const f of facts.filter((x) => x.dueBy)) expect(f.status).toBe('open');
  });

  it('keeps every instant on a whole minute, created in the past, and timelines in order', () => {
    for (const d of data) {
      const instants = [d.facts.createdAt, d.facts.dueBy, d.escalatedAt, ...d.timeline.map((e) => e.at)].filter(Boolean) as string[];
      for (const i of instants) expect(Date.parse(i) % MINUTE).toBe(0);
      expect(Date.parse(d.facts.createdAt)).toBeLessThan(NOW.getTime());
      const times = d.timeline.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(d.timeline[0]).toEqual({ kind: 'created', at: d.facts.createdAt });
    }
  });

  it('truncates the clock to the minute, so a clock with seconds gives the same data', () => {
    expect(generateDisputes({ seed: 1, now: new Date(NOW.getTime() + 59_999) })).toEqual(data);
  });

  it('scales to larger lists for benchmarks, pinned first', () => {
    const big = generateDisputes({ seed: 3, now: NOW, count: 500 });
    expect(big).toHaveLength(500);
    expect(new Set(big.map((d) => d.facts.id)).size).toBe(500);
    expect(big.slice(0, PINNED.length).map((d) => d.pinned)).toEqual(PINNED.map((p) => p.key));
  });
});

describe('pinned disputes (README.md): fixed offsets from now', () => {
  const byKey = (k: PinnedKey) => {
    const d = data.find((x) => x.pinned === k);
    if (!d) throw new Error(`no pinned ${k}`);
    return d;
  };
  const since = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso) - NOW.getTime());
  const dhm = (d: number, h = 0, m = 0) => d * DAY + h * HOUR + m * MINUTE;

  it.each([
    ['respond_2d4h', 'card', 'open', dhm(2, 4, 30), 'SE'],
    ['enquiry_12d', 'klarna', 'warning_needs_response', undefined, 'DE'],
    ['overdue_3h', 'card', 'open', -dhm(0, 3, 30), 'GB'],
    ['due_5h', 'billie', 'open', dhm(0, 5, 30), 'AT'],
    ['card_estimate', 'card', 'open', undefined, 'US'],
    ['billie_rule', 'billie', 'open', undefined, 'DE'],
    ['visa_fraud_fr', 'card', 'open', dhm(6, 12, 30), 'FR'],
    ['klarna_chargeback', 'klarna', 'open', dhm(9, 6, 30), 'NO'],
    ['jp_no_fee', 'card', 'open', dhm(1, 1, 30), 'JP'],
  ] as const)('%s: %s, %s, respond by now%+d ms, buyer %s', (key, provider, status, due, country) => {
    const d = byKey(key);
    expect(d.facts).toMatchObject({ provider, status, buyerCountry: country, storeId: STORES[0]?.id });
    expect(since(d.facts.dueBy)).toBe(due);
  });

  it.each([
    ['enquiry_12d', -dhm(22, 21, 30)],
    ['card_estimate', -dhm(3, 0, 30)],
    ['billie_rule', -dhm(3, 21, 30)],
    ['klarna_chargeback', -dhm(39, 17, 30)],
  ] as const)('%s was created now%+d ms', (key, created) => {
    expect(since(byKey(key).facts.createdAt)).toBe(created);
  });

  it('keeps the Klarna chargeback escalation 35 days after creation', () => {
    const d = byKey('klarna_chargeback');
    expect(Date.parse(d.escalatedAt as string) - Date.parse(d.facts.createdAt)).toBe(35 * DAY);
  });
});

describe('tabOf', () => {
  it.each([
    ['open', 'response_required'],
    ['under_review', 'under_review'],
    ['warning_needs_response', 'no_response_needed'],
    ['warning_under_review', 'no_response_needed'],
    ['warning_closed', 'closed'],
    ['won', 'closed'],
    ['lost', 'closed'],
  ] as const)('%s is listed under %s', (status, tab) => {
    expect(tabOf(status)).toBe(tab);
  });
});
