import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDispute, DEFAULT_THRESHOLDS, disputeFee, statusInfo } from '../../lib/rules';
import type { Assessment, DisputeFacts, DisputeStatus, GoodsType, Network, Provider } from '../../lib/rules';

const SE = 'Europe/Stockholm';
const H = 3_600_000;
const MIN = 60_000;

function facts(over: Partial<DisputeFacts> = {}): DisputeFacts {
  return {
    id: 'dp_1',
    provider: 'card',
    status: 'open',
    createdAt: '2026-01-10T10:00:00+01:00',
    amount: { amountMinor: 49900, currency: 'SEK' },
    buyerCountry: 'SE',
    reason: '13.1',
    network: 'visa',
    ...over,
  };
}

describe('urgency around the deadline instant (portal dueBy)', () => {
  const due = '2026-01-20T23:59:59.999+01:00';
  const dueMs = Date.parse(due);
  it.each([
    ['exactly at the deadline', 0, 'overdue'],
    ['a minute after', MIN, 'overdue'],
    ['a minute before', -MIN, 'critical'],
    ['24 h before', -24 * H, 'soon'],
    ['24 h less a minute before', -24 * H + MIN, 'critical'],
    ['24 h and a minute before', -24 * H - MIN, 'soon'],
    ['72 h before', -72 * H, 'ok'],
    ['72 h less a minute before', -72 * H + MIN, 'soon'],
    ['72 h and a minute before', -72 * H - MIN, 'ok'],
    ['ten days before', -240 * H, 'ok'],
  ])('%s (now = deadline + %i ms) → %s', (_name, offset, urgency) => {
    const a = assessDispute(facts({ dueBy: due }), { now: new Date(dueMs + offset), timeZone: SE });
    expect(a.urgency).toBe(urgency);
    expect(a.msLeft).toBe(0 - offset || 0);
    expect(a.next).toMatchObject({ source: 'portal', at: new Date(due).toISOString() });
  });

  it('thresholds are parameters', () => {
    const now = new Date(dueMs - 48 * H);
    expect(assessDispute(facts({ dueBy: due }), { now, timeZone: SE }).urgency).toBe('soon');
    expect(assessDispute(facts({ dueBy: due }), { now, timeZone: SE, thresholds: { criticalMs: 49 * H } }).urgency).toBe('critical');
    expect(assessDispute(facts({ dueBy: due }), { now, timeZone: SE, thresholds: { soonMs: 24 * H } }).urgency).toBe('ok');
    expect(assessDispute(facts({ dueBy: due }), { now, timeZone: SE, thresholds: { soonMs: Number.NaN } }).urgency).toBe('soon');
    expect(DEFAULT_THRESHOLDS).toEqual({ criticalMs: 24 * H, soonMs: 72 * H });
  });

  it('a range: urgency counts to its earliest plausible instant', () => {
    // card, no dueBy: 7–21 days from 2026-01-10 10:00 CET
    const a = assessDispute(facts(), { now: new Date('2026-01-16T10:00:00+01:00'), timeZone: SE });
    expect(a.next).toMatchObject({ at: '2026-01-17T09:00:00.000Z', latest: '2026-01-31T09:00:00.000Z', source: 'rule' });
    expect(a.msLeft).toBe(24 * H);
    expect(a.urgency).toBe('soon');
    const later = assessDispute(facts(), { now: new Date('2026-01-20T10:00:00+01:00'), timeZone: SE });
    expect(later.urgency).toBe('overdue');
  });

  it.each(['won', 'lost', 'warning_closed', 'under_review'] as DisputeStatus[])('%s → none, even with a dueBy', (status) => {
    const a = assessDispute(facts({ status, dueBy: due }), { now: new Date(dueMs - H), timeZone: SE });
    expect(a.urgency).toBe('none');
    expect(a.next).toBeNull();
    expect(a.msLeft).toBeNull();
  });

  it('no deadline → none (a card inquiry has no published window)', () => {
    const a = assessDispute(facts({ status: 'warning_needs_response' }), { now: new Date('2026-01-11T00:00:00Z'), timeZone: SE });
    expect(a.deadlines).toEqual([]);
    expect(a.urgency).toBe('none');
  });
});

describe('a card reason that names its network ("Visa 10.4") without a network field', () => {
  // Visa 10.4 is fraudulent (Stripe's categories, research §1.3); its CE 3.0 checklist and advice
  // read the network from the text (lib/rules/evidence networkOf): the category must agree.
  it('is Visa 10.4: the fraud checklist with CE 3.0, not the generic one', () => {
    const a = assessDispute(facts({ reason: 'Visa 10.4', network: undefined }), { now: new Date('2026-01-12T12:00:00Z'), timeZone: SE, goods: 'physical' });
    expect(a.reasonCategory).toBe('fraudulent');
    expect(a.checklist.map((i) => i.id)).toEqual(expect.arrayContaining(['ce3.prior_transactions', 'card.shipping_address']));
    expect(a.advice.map((i) => i.id)).toContain('visa_ce3');
    expect(a.advice.map((i) => i.id)).not.toContain('reason_unknown');
  });
});

describe("a card reason shown in words with the network's code beside it", () => {
  // The portal's detail page has a "Network reason code" field beside "Reason"
  // (portal-vocabulary.md). The words gave the category, and the code, dropped, gave nothing: a
  // Visa 10.4 dispute shown as "Fraudulent" + "10.4" got the generic fraud checklist, without the
  // Compelling Evidence 3.0 items and advice that win it.
  const now = new Date('2026-01-12T12:00:00Z');
  it.each([
    ['words and code', { reason: 'fraudulent', networkReasonCode: '10.4' }, 'fraudulent', true],
    ['words unknown, code known', { reason: 'Some portal wording', networkReasonCode: '10.4' }, 'fraudulent', true],
    ['the code of another fraud reason', { reason: 'fraudulent', networkReasonCode: '10.2' }, 'fraudulent', false],
    ['words only', { reason: 'fraudulent' }, 'fraudulent', false],
  ] as const)('%s', (_name, over, category, ce3) => {
    const a = assessDispute(facts({ ...over, network: 'visa' }), { now, timeZone: SE, goods: 'physical' });
    expect(a.reasonCategory).toBe(category);
    expect(a.checklist.some((i) => i.id.startsWith('ce3.'))).toBe(ce3);
    expect(a.advice.some((i) => i.id === 'visa_ce3')).toBe(ce3);
  });

  // The checklist and the advice read the network and code of a card dispute one way
  // (lib/rules/evidence cardReason): the checklist took the code alone, where the advice also read
  // the network named in the reason, and the two disagreed (CE 3.0 advice, no CE 3.0 items).
  it('the network named only in the reason, the code beside it: the checklist agrees with the advice', () => {
    const a = assessDispute(facts({ reason: 'Visa 10.4', networkReasonCode: '10.4', network: undefined }), { now, timeZone: SE, goods: 'physical' });
    expect(a.advice.some((i) => i.id === 'visa_ce3')).toBe(true);
    expect(a.checklist.some((i) => i.id.startsWith('ce3.'))).toBe(true);
  });

  it('the network named only in the code still picks its variant', () => {
    const a = assessDispute(facts({ reason: 'fraudulent', networkReasonCode: 'Visa 10.4', network: undefined }), { now, timeZone: SE, goods: 'physical' });
    expect(a.advice.some((i) => i.id === 'visa_ce3')).toBe(true);
  });
});

describe('what accepting costs: the fee only once the dispute is a chargeback', () => {
  // Seed 001: "Enquiries are not formal disputes and won't incur fees unless escalated"; accepting a
  // chargeback closes it as lost (Stripe close(): needs_response → lost), so its fee is due. A card
  // inquiry with the portal's "Respond by" is still an inquiry: accepting it costs no fee.
  const now = new Date('2026-01-12T12:00:00Z');
  const AMOUNT = { amountMinor: 49900, currency: 'SEK' };
  const FEE = { amountMinor: 15000, currency: 'SEK' }; // card, SE, from 2025-12-02 (if lost)
  const KLARNA_FEE = { amountMinor: 20000, currency: 'SEK' };
  it.each([
    ['card inquiry with a portal deadline', facts({ status: 'warning_needs_response', dueBy: '2026-01-20T23:59:59.999+01:00' }), [AMOUNT]],
    ['card inquiry without one', facts({ status: 'warning_needs_response' }), [AMOUNT]],
    ['card chargeback', facts(), [{ amountMinor: 49900 + FEE.amountMinor, currency: 'SEK' }]],
    ['card inquiry that escalated (escalatedAt)', facts({ status: 'warning_needs_response', escalatedAt: '2026-01-11T10:00:00+01:00' }), [{ amountMinor: 49900 + FEE.amountMinor, currency: 'SEK' }]],
    ['Klarna unauthorized purchase shown as an enquiry', facts({ provider: 'klarna', status: 'warning_needs_response', reason: 'Unauthorized purchase', network: undefined }), [{ amountMinor: 49900 + KLARNA_FEE.amountMinor, currency: 'SEK' }]],
    ['Klarna enquiry', facts({ provider: 'klarna', status: 'warning_needs_response', reason: 'Return', network: undefined }), [AMOUNT]],
  ] as [string, DisputeFacts, { amountMinor: number; currency: string }[]][])('%s', (_name, d, accept) => {
    expect(assessDispute(d, { now, timeZone: SE }).exposure.accept).toEqual(accept);
  });
});

describe('an enquiry status that has escalated gets the advice of a chargeback to answer', () => {
  // An unauthorized purchase is "immediately escalated to chargeback" (seed 001): its response is
  // due 5–14 days from the opening even while the status says enquiry; an enquiry whose escalatedAt
  // is known has escalated too (Klarna 14 days, article 463555; card 7–21 days; Billie 12 days). The
  // enquiry's advice ("Klarna accepts no evidence during the enquiry", "a refund closes it", "this
  // card inquiry is not a chargeback yet", "no fee during the enquiry") would tell the merchant not
  // to respond, and "miss the deadline and the dispute is lost" was missing.
  const enquiry = (over: Partial<DisputeFacts>) =>
    facts({ provider: 'klarna', status: 'warning_needs_response', network: undefined, createdAt: '2026-01-10T10:00:00+01:00', ...over });
  const ENQUIRY_ONLY = [
    'klarna_enquiry_no_evidence',
    'klarna_refund_covers_disputed_amount',
    'return_is_refund_request',
    'fee_if_escalated_and_lost',
    'ask_withdraw_before_escalation',
    'register_return_before_escalation',
    'card_inquiry_respond',
  ];
  it.each([
    ['Klarna unauthorized purchase, day 2', enquiry({ reason: 'Unauthorized purchase' }), '2026-01-12T10:00:00+01:00', ['missed_deadline_loses', 'one_response', 'fee_if_lost', 'klarna_unauthorized_immediate', 'refunds_blocked']],
    ['Klarna unauthorized purchase, day 7 (in the 5–14 day range)', enquiry({ reason: 'Unauthorized purchase' }), '2026-01-17T10:00:00+01:00', ['missed_deadline_loses', 'one_response', 'deadline_may_have_passed']],
    ['Klarna unauthorized purchase, day 15', enquiry({ reason: 'Unauthorized purchase' }), '2026-01-25T10:00:00+01:00', ['deadline_passed', 'one_response']],
    ['Klarna return, escalatedAt known', enquiry({ reason: 'Return', status: 'warning_under_review', escalatedAt: '2026-01-20T10:00:00+01:00' }), '2026-01-25T10:00:00+01:00', ['missed_deadline_loses', 'one_response', 'return_after_escalation_lost', 'fee_if_lost']],
    ['card inquiry, escalatedAt known', enquiry({ provider: 'card', reason: '13.1', network: 'visa', escalatedAt: '2026-01-20T10:00:00+01:00' }), '2026-01-25T10:00:00+01:00', ['missed_deadline_loses', 'one_response', 'fee_if_lost', 'files_not_links']],
    ['Billie enquiry, escalatedAt known', enquiry({ provider: 'billie', reason: 'Goods not received', escalatedAt: '2026-01-11T10:00:00+01:00' }), '2026-01-12T10:00:00+01:00', ['missed_deadline_loses', 'one_response', 'files_billie']],
  ] as [string, DisputeFacts, string, string[]][])('%s', (_name, d, now, expected) => {
    const a = assessDispute(d, { now: new Date(now), timeZone: SE });
    expect(a.next?.kind).toBe('response');
    // the status's own reading is unchanged (contract): only the advice follows the escalation
    expect(a.statusInfo).toEqual(statusInfo(d.status));
    const ids = a.advice.map((x) => x.id);
    for (const id of expected) expect(ids).toContain(id);
    for (const id of ENQUIRY_ONLY) expect(ids).not.toContain(id);
  });

  it.each([
    ['Klarna return enquiry', enquiry({ reason: 'Return' }), ['klarna_enquiry_no_evidence', 'klarna_refund_covers_disputed_amount', 'return_is_refund_request', 'fee_if_escalated_and_lost']],
    ['card inquiry with the portal\'s own response date', enquiry({ provider: 'card', reason: '13.1', network: 'visa', dueBy: '2026-01-20T23:59:59.999+01:00' }), ['card_inquiry_respond', 'fee_if_escalated_and_lost']],
  ] as [string, DisputeFacts, string[]][])('%s keeps the enquiry advice', (_name, d, expected) => {
    const ids = assessDispute(d, { now: new Date('2026-01-12T10:00:00+01:00'), timeZone: SE }).advice.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(expected));
    expect(ids).not.toContain('missed_deadline_loses');
    expect(ids).not.toContain('one_response');
  });
});

// A response deadline from a range of the rules, its earliest end passed a minute ago: the advice
// that it may have passed cites the source of that range (data/deadlines.ts). A Klarna unauthorized
// purchase's 5–14 days are Stripe's 5 days for fraud (to Kustom's 14), not the card article's 7–21.
describe('"the deadline may have passed" cites the source of its range', () => {
  it.each([
    ['card', 'Visa 10.4', 7, 'card.response.7-21d', 'kustom.card_disputes'],
    ['klarna', 'Unauthorized purchase', 5, 'klarna.fraud.response.5-14d', 'stripe.klarna_disputes'],
  ] as const)('%s (%s): %i days after opening, plus a minute → %s, %s', (provider, reason, days, ruleId, source) => {
    const d = facts({ provider, status: 'open', reason, createdAt: '2026-03-01T10:00:00+01:00', buyerCountry: 'SE' });
    const now = new Date(Date.parse('2026-03-01T10:00:00+01:00') + days * 24 * H + MIN);
    const a = assessDispute(d, { now, timeZone: SE });
    expect(a.deadlines[0]!.ruleId).toBe(ruleId);
    expect(a.advice.filter((x) => x.id === 'deadline_may_have_passed')).toEqual([expect.objectContaining({ source })]);
  });
});

describe('an assessment holds the contract fields', () => {
  it('card chargeback, Visa 13.1, physical goods', () => {
    const a = assessDispute(facts(), { now: new Date('2026-01-12T12:00:00Z'), timeZone: SE, goods: 'physical' });
    expect(a).toMatchObject({
      id: 'dp_1',
      provider: 'card',
      status: 'open',
      phase: 'chargeback',
      actionRequired: true,
      statusInfo: statusInfo('open'),
      reasonCategory: 'product_not_received',
      goods: 'physical',
      urgency: 'ok',
      fee: disputeFee({ provider: 'card', buyerCountry: 'SE', openedAt: '2026-01-10T10:00:00+01:00' }),
      exposure: {
        accept: [{ amountMinor: 64900, currency: 'SEK' }],
        challengeIfLost: [{ amountMinor: 64900, currency: 'SEK' }],
        challengeIfWon: [],
        feeKnown: true,
      },
      problems: [],
    });
    expect(a.deadlines).toHaveLength(1);
    expect(a.checklist.length).toBeGreaterThan(0);
    expect(a.advice.length).toBeGreaterThan(0);
    for (const item of a.advice) expect(['critical', 'warning', 'info']).toContain(item.severity);
  });

  it('timeline: created → response due (range) → expected decision 60–75 days later, estimates marked', () => {
    const a = assessDispute(facts(), { now: new Date('2026-01-12T12:00:00Z'), timeZone: SE });
    expect(a.timeline).toEqual([
      { kind: 'created', at: '2026-01-10T09:00:00.000Z', source: 'page', passed: true },
      { kind: 'response_due', at: '2026-01-17T09:00:00.000Z', latest: '2026-01-31T09:00:00.000Z', source: 'rule', ruleId: 'card.response.7-21d', passed: false, estimate: true },
      { kind: 'expected_decision', at: '2026-03-18T09:00:00.000Z', latest: '2026-04-16T08:00:00.000Z', source: 'rule', ruleId: 'card.decision.60-75d', passed: false, estimate: true },
    ]);
  });

  it('timeline: a Klarna enquiry shows the escalation and the response that would follow', () => {
    const a = assessDispute(facts({ provider: 'klarna', status: 'warning_needs_response', reason: 'Return', network: undefined }), {
      now: new Date('2026-01-12T12:00:00Z'),
      timeZone: SE,
    });
    expect(a.timeline.map((p) => [p.kind, p.source, p.at])).toEqual([
      ['created', 'page', '2026-01-10T09:00:00.000Z'],
      ['escalation', 'rule', '2026-02-14T09:00:00.000Z'],
      ['response_due', 'rule', '2026-02-28T09:00:00.000Z'],
    ]);
    expect(a.next?.kind).toBe('escalation');
    // an enquiry: accepting now refunds the amount, no fee
    expect(a.exposure.accept).toEqual([{ amountMinor: 49900, currency: 'SEK' }]);
    expect(a.exposure.challengeIfLost).toEqual([{ amountMinor: 69900, currency: 'SEK' }]);
  });

  it('timeline: escalatedAt and dueBy from the page; a closed case has no expected decision', () => {
    const over = { escalatedAt: '2026-01-12T08:00:00Z', dueBy: '2026-01-26T22:59:59.999Z' };
    const open = assessDispute(facts(over), { now: new Date('2026-01-13T00:00:00Z'), timeZone: SE });
    expect(open.timeline.map((p) => [p.kind, p.source, p.passed])).toEqual([
      ['created', 'page', true],
      ['escalation', 'page', true],
      ['response_due', 'portal', false],
      ['expected_decision', 'rule', false],
    ]);
    const won = assessDispute(facts({ ...over, status: 'won' }), { now: new Date('2026-05-01T00:00:00Z'), timeZone: SE });
    expect(won.timeline.map((p) => p.kind)).toEqual(['created', 'escalation', 'response_due']);
  });
});

describe('timeline: one response point, and no future for a closed dispute', () => {
  const now = new Date('2026-01-13T12:00:00Z');
  const due = '2026-01-26T22:59:59.999Z';
  it.each([
    ['a Billie enquiry with the portal’s “Respond by”', { provider: 'billie', status: 'warning_needs_response', reason: 'Goods not received', network: undefined, dueBy: due }],
    ['a card enquiry with the portal’s “Respond by”', { status: 'warning_needs_response', dueBy: due }],
    ['a card chargeback with the portal’s “Respond by”', { dueBy: due }],
  ] as const)('%s: the portal’s date is the only response due (the rule’s estimate is not shown beside it)', (_name, over) => {
    const a = assessDispute(facts(over as Partial<DisputeFacts>), { now, timeZone: SE });
    const responses = a.timeline.filter((p) => p.kind === 'response_due');
    expect(responses.map((p) => [p.source, p.at])).toEqual([['portal', due]]);
    expect(a.deadlines.map((d) => [d.source, d.at])).toEqual([['portal', due]]);
  });

  it.each([
    ['won', 'klarna'],
    ['lost', 'klarna'],
    ['won', 'card'],
    ['warning_closed', 'klarna'],
  ] as const)('a %s %s dispute opened 3 days ago: no estimated escalation or response still to come', (status, provider) => {
    const a = assessDispute(facts({ provider, status, reason: 'Goods not received', network: undefined, createdAt: '2026-01-10T10:00:00Z' }), { now, timeZone: SE });
    expect(a.timeline.filter((p) => p.source === 'rule' && !p.passed)).toEqual([]);
    expect(a.timeline[0]).toMatchObject({ kind: 'created', passed: true });
  });

  it('a closed dispute keeps the estimated points that are past (what happened, as the rules put it)', () => {
    const a = assessDispute(facts({ provider: 'klarna', status: 'lost', reason: 'Goods not received', network: undefined, createdAt: '2025-10-01T10:00:00Z' }), { now, timeZone: SE });
    expect(a.timeline.map((p) => [p.kind, p.source, p.passed])).toEqual([
      ['created', 'page', true],
      ['escalation', 'rule', true],
      ['response_due', 'rule', true],
    ]);
  });
});

describe('bad or partial input never throws', () => {
  const now = new Date('2026-01-12T12:00:00Z');
  it.each([
    ['unknown country', { buyerCountry: 'ZZ' }, /no published fee/],
    ['not a country code', { buyerCountry: 'Sweden' }, /not a country code/],
    ['no country', { buyerCountry: undefined }, /country unknown/],
    ['unknown reason', { reason: 'the parcel was eaten by a dog' }, /reason/],
    ['unknown status', { status: 'needs_response' as DisputeStatus }, /unknown status/],
    ['unknown currency', { amount: { amountMinor: 100, currency: 'kronor' } }, /currency/],
    ['invalid createdAt', { createdAt: '32/13/2026' }, /createdAt/],
    ['invalid dueBy', { dueBy: 'tomorrow' }, /dueBy/],
    ['invalid escalatedAt', { escalatedAt: 'soon' }, /escalatedAt/],
    ['unknown provider', { provider: 'paypal' as Provider }, /./],
  ] as [string, Partial<DisputeFacts>, RegExp][])('%s', (_name, over, problem) => {
    const a = assessDispute(facts(over), { now, timeZone: SE });
    expect(a.problems!.join(' | ')).toMatch(problem);
    expect(['overdue', 'critical', 'soon', 'ok', 'none']).toContain(a.urgency);
  });

  it('unknown time zone, invalid now, unknown goods', () => {
    const a = assessDispute(facts(), { now: new Date('nope'), timeZone: 'Moon/Base', goods: 'vinyl' as GoodsType });
    expect(a.problems!.join()).toMatch(/time zone/);
    expect(a.problems!.join()).toMatch(/now/);
    expect(a.goods).toBeNull();
    expect(a.deadlines).toHaveLength(1);
  });

  it('facts that are not an object', () => {
    for (const bad of [null, undefined, 42, 'dispute']) {
      const a = assessDispute(bad as never, { now, timeZone: SE });
      expect(a.urgency).toBe('none');
      expect(a.problems!.length).toBe(1);
    }
  });

  it('an empty object', () => {
    const a = assessDispute({} as DisputeFacts, { now, timeZone: SE });
    expect(a.deadlines).toEqual([]);
    expect(a.fee).toBeNull();
    expect(a.exposure.accept).toEqual([]);
  });
});

describe('properties over varied disputes', () => {
  const dispute = fc.record({
    provider: fc.constantFrom<Provider>('card', 'klarna', 'billie'),
    status: fc.constantFrom<DisputeStatus>('warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'),
    created: fc.integer({ min: Date.parse('2024-06-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
    amountMinor: fc.integer({ min: 0, max: 5_000_000 }),
    currency: fc.constantFrom('SEK', 'NOK', 'EUR', 'DKK', 'USD', 'BGN'),
    buyerCountry: fc.constantFrom('SE', 'NO', 'DE', 'BG', 'HU', 'US', 'JP', 'GB', 'IS'),
    reason: fc.constantFrom(undefined, 'Return', 'Unauthorized purchase', '10.4', '4863', 'Faulty goods', 'duplicate'),
    network: fc.constantFrom<Network | undefined>(undefined, 'visa', 'mastercard', 'discover'),
    goods: fc.constantFrom<GoodsType | undefined>(undefined, 'physical', 'digital', 'service'),
    tz: fc.constantFrom(SE, 'America/New_York', 'UTC', 'Asia/Tokyo'),
    nowOffset: fc.integer({ min: -10 * 24 * H, max: 80 * 24 * H }),
  });

  it('no result mixes currencies; the fee currency is the fee table\'s', () => {
    fc.assert(
      fc.property(dispute, (s) => {
        const createdAt = new Date(s.created).toISOString();
        const d = facts({
          provider: s.provider,
          status: s.status,
          createdAt,
          amount: { amountMinor: s.amountMinor, currency: s.currency },
          buyerCountry: s.buyerCountry,
          reason: s.reason,
          network: s.network,
        });
        const a: Assessment = assessDispute(d, { now: new Date(s.created + s.nowOffset), timeZone: s.tz, goods: s.goods });
        for (const list of [a.exposure.accept, a.exposure.challengeIfLost, a.exposure.challengeIfWon]) {
          const codes = list.map((m) => m.currency);
          expect(new Set(codes).size).toBe(codes.length);
          const total = (c: string) => list.filter((m) => m.currency === c).reduce((n, m) => n + m.amountMinor, 0);
          const feeIn = a.fee ? (a.fee.fee.currency === s.currency ? a.fee.fee.amountMinor : 0) : 0;
          expect(total(s.currency)).toBeLessThanOrEqual(s.amountMinor + feeIn);
        }
        const fee = disputeFee({ provider: s.provider, buyerCountry: s.buyerCountry, openedAt: createdAt });
        expect(a.fee).toEqual(fee);
        if (a.fee && a.fee.fee.currency !== s.currency) {
          expect(a.exposure.challengeIfLost).toContainEqual(a.fee.fee);
        }
        expect(a.timeline.every((p) => !Number.isNaN(Date.parse(p.at)))).toBe(true);
        if (a.next) expect(a.msLeft).toBe(Date.parse(a.next.at) - (s.created + s.nowOffset));
      }),
      { numRuns: 1000 },
    );
  });
});
