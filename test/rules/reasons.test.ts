import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES } from '../../lib/rules/data/deadlines';
import { NAMED_REASONS, NETWORK_CODES } from '../../lib/rules/data/reasons';
import { matchReason, normalizeReason, reasonKey } from '../../lib/rules/reasons';
import { assessSchedule } from '../../lib/rules/schedule';
import type { DisputeFacts, Network, Provider, ReasonCategory } from '../../lib/rules/types';
import { DAY, LIST_FACTS_START, listFacts } from '../fixtures/list-facts';

describe('normalizeReason: every named row', () => {
  const cases = NAMED_REASONS.flatMap((row) =>
    row.providers.flatMap((provider) => row.names.map((name) => [provider, name, row.category] as const)),
  );
  it.each(cases)('%s "%s" → %s', (provider, name, category) => {
    expect(normalizeReason(provider, name)).toBe(category);
    expect(normalizeReason(provider, `  ${name.toUpperCase()}  `)).toBe(category);
    expect(normalizeReason(provider, name.toLowerCase().replace(/ /g, '_'))).toBe(category);
  });

  it('maps no name of a provider (as matched: case, spaces, _ and - aside) to two categories', () => {
    const seen = new Map<string, ReasonCategory>();
    const twice: string[] = [];
    for (const [provider, name, category] of cases) {
      const key = `${provider}:${reasonKey(name)}`;
      if (seen.has(key) && seen.get(key) !== category) twice.push(key);
      seen.set(key, category);
    }
    expect(twice).toEqual([]);
  });
});

describe('normalizeReason: every network code, keyed by (network, code)', () => {
  const cases = NETWORK_CODES.flatMap((row) => row.codes.map((code) => [row.network, code, row.category] as const));
  it.each(cases)('%s %s → %s', (network, code, category) => {
    expect(normalizeReason('card', code, network)).toBe(category);
    expect(normalizeReason('card', ` ${code.toLowerCase()} `, network)).toBe(category);
  });

  it('lists no (network, code) twice', () => {
    const keys = cases.map(([n, c]) => `${n}:${c}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('normalizeReason: known values from the sources', () => {
  it.each([
    // Klarna names, v2 slugs, v2.r5/v3 and v4 names (research §3)
    ['klarna', 'Return', undefined, 'credit_not_processed'],
    ['klarna', 'goods_not_received', undefined, 'product_not_received'],
    ['klarna', 'unauthorized_purchase', undefined, 'fraudulent'],
    ['klarna', 'high_risk_order', undefined, 'general'],
    ['klarna', 'pandemic_impact', undefined, 'general'],
    ['klarna', 'already_paid', undefined, 'duplicate'],
    ['klarna', 'faulty_goods', undefined, 'product_unacceptable'],
    ['klarna', 'incorrect_invoice', undefined, 'general'],
    ['klarna', 'PRODUCTS_NOT_RECEIVED', undefined, 'product_not_received'],
    ['klarna', 'products-not-received', undefined, 'product_not_received'],
    ['klarna', 'REFUND_NOT_PROCESSED', undefined, 'credit_not_processed'],
    ['klarna', 'Purchase Unauthorized', undefined, 'fraudulent'],
    ['klarna', 'Products defective or not as described', undefined, 'product_unacceptable'],
    // Billie (seed 001)
    ['billie', 'Returns', undefined, 'credit_not_processed'],
    ['billie', 'Unauthorized order', undefined, 'fraudulent'],
    ['billie', 'Already paid', undefined, 'duplicate'],
    // Stripe categories
    ['card', 'fraudulent', undefined, 'fraudulent'],
    ['card', 'subscription_canceled', 'visa', 'subscription_canceled'],
    ['klarna', 'credit_not_processed', undefined, 'credit_not_processed'],
    // codes with their network
    ['card', '10.4', 'visa', 'fraudulent'],
    ['card', '4863', 'mastercard', 'unrecognized'],
    ['card', '4863', 'discover', 'general'],
    ['card', '13.1 Merchandise/Services Not Received', 'visa', 'product_not_received'],
    ['card', '4837: No Cardholder Authorization', 'mastercard', 'fraudulent'],
    // codes without a network: only when every network agrees
    ['card', '10.4', undefined, 'fraudulent'],
    ['card', 'C08', undefined, 'product_not_received'],
    ['card', '4855', undefined, 'product_not_received'],
    // a network named before its code, as e-mails and pages without a network field write it (the
    // form lib/rules/evidence networkOf reads for Visa CE 3.0 and 10.5): that network's code
    ['card', 'Visa 10.4', undefined, 'fraudulent'],
    ['card', 'Visa 10.4', 'visa', 'fraudulent'],
    ['card', 'VISA 13.1 Merchandise/Services Not Received', undefined, 'product_not_received'],
    ['card', 'Mastercard 4863', undefined, 'unrecognized'], // ambiguous as a bare code
    ['card', 'Discover 4863 Cardholder Does Not Recognize', undefined, 'general'],
    ['card', 'Amex C08', undefined, 'product_not_received'],
  ] as [Provider, string, Network | undefined, ReasonCategory][])('%s %s (%s) → %s', (provider, reason, network, category) => {
    expect(normalizeReason(provider, reason, network)).toBe(category);
  });
});

describe('normalizeReason: unknown → null, never a guess', () => {
  it.each([
    ['card', '4863', undefined], // Mastercard unrecognized vs Discover general
    ['card', '4863', 'visa'], // not a Visa code
    ['card', 'Visa 4863', undefined], // not a Visa code either when the text names Visa
    ['card', 'Visa', undefined], // a network without a code
    ['card', '10.4', 'mastercard'],
    ['card', '10.4', 'other'],
    ['card', '12.6', 'visa'], // only 12.6.1 / 12.6.2 exist
    ['card', '4840', 'mastercard'], // listed by name in research §2.1, no category in Stripe's table
    ['card', 'M49', 'amex'],
    ['card', 'Return', undefined], // a Klarna reason on a card dispute
    ['klarna', '10.4', 'visa'], // a card code on a Klarna dispute
    ['billie', 'High risk order', undefined],
    ['card', 'bank_cannot_process', undefined], // Stripe bank-debit reason, not one of the nine
    ['card', 'insufficient_funds', undefined],
    ['klarna', 'Something else', undefined],
    ['klarna', '', undefined],
    ['klarna', '   ', undefined],
    ['klarna', undefined, undefined],
  ] as [Provider, string | undefined, Network | undefined][])('%s "%s" (%s) → null', (provider, reason, network) => {
    expect(normalizeReason(provider, reason, network)).toBeNull();
  });

  it('does not throw on values of the wrong type', () => {
    expect(normalizeReason('paypal' as Provider, 'Return')).toBeNull();
    expect(normalizeReason('card', 42 as unknown as string)).toBeNull();
    expect(normalizeReason('card', '10.4', 'jcb' as Network)).toBeNull();
  });
});

describe('return-related Klarna reasons (their enquiry counts from the return-tracking upload)', () => {
  it.each([
    ['Return', true],
    ['return', true],
    ['Refund not processed', true],
    ['RETURN_NOT_REFUNDED', true],
    ['Goods not received', false],
    ['Unauthorized purchase', false],
  ] as [string, boolean][])('%s → %s', (reason, returnRelated) => {
    expect(matchReason('klarna', reason)?.returnRelated).toBe(returnRelated);
  });
});

// The content script's build leaves the card network codes out (modules/content-rules.ts,
// entrypoints/content/list-reason-codes.ts): its list pages show deadlines, urgency and fees only,
// none of which may depend on a card reason's category. The full assessment (detail pages, popup,
// background) keeps the codes. If a card rule ever looks at the reason, these fail: then the codes
// must go back into the content script.
describe('card schedules do not depend on the reason (why list pages can do without the network codes)', () => {
  it('no card deadline rule is limited to some reasons or counts from a return', () => {
    const card = DEADLINE_RULES.filter((r) => r.provider === 'card');
    expect(card.length).toBeGreaterThan(0);
    for (const rule of card) {
      expect(rule.reasons, rule.id).toBe('any');
      expect(rule.anchor, rule.id).not.toBe('return_tracking_or_created');
    }
  });

  it('a card dispute given by its network code gets the schedule it gets without any reason', () => {
    const codes = NETWORK_CODES.flatMap((row) => row.codes.map((code) => [row.network, code] as const));
    fc.assert(
      fc.property(listFacts(['D1']), fc.constantFrom(...codes), fc.integer({ min: 0, max: 1000 }), (facts, [network, code], day) => {
        const d: DisputeFacts = { ...facts, provider: 'card', network, reason: code };
        const opts = { now: new Date(LIST_FACTS_START + day * DAY), timeZone: 'Europe/Stockholm' };
        expect(normalizeReason('card', code, network)).not.toBeNull();
        expect(assessSchedule(d, opts)).toEqual(assessSchedule({ ...d, reason: undefined }, opts));
      }),
      { numRuns: 1000 },
    );
  });
});
