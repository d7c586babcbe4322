// Outside-tester contract tests: lib/rules assessDispute, from architecture.md "Contracts that outside tests call".
import { describe, expect, it } from 'vitest';
import { assessDispute, disputeFee, statusInfo } from '../../lib/rules/index';
import type { DisputeFacts, DisputeStatus } from '../../lib/rules/index';

const STO = 'Europe/Stockholm';

function facts(over: Partial<DisputeFacts>): DisputeFacts {
  return {
    id: 'dp_assess',
    provider: 'billie',
    status: 'open',
    createdAt: '2026-02-01T09:00:00.000Z', // Billie: due 12 calendar days later, 2026-02-13T09:00Z
    amount: { amountMinor: 250000, currency: 'EUR' },
    buyerCountry: 'DE',
    ...over,
  };
}

const DUE = Date.parse('2026-02-13T09:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('the shape of an assessment', () => {
  // "Assessment holds at least: phase, actionRequired, next (Deadline | null), msLeft (number | null), urgency
  // ('overdue' | 'critical' | 'soon' | 'ok' | 'none'), fee (FeeRule | null), checklist (evidence items), advice
  // (items with an id and a severity)."
  it.each<[string, Partial<DisputeFacts>]>([
    ['billie open', {}],
    ['card open', { provider: 'card', network: 'visa', reason: '13.1', createdAt: '2026-01-10T15:00:00.000Z' }],
    ['klarna enquiry', { provider: 'klarna', status: 'warning_needs_response', reason: 'Return', createdAt: '2026-01-10T15:00:00.000Z' }],
    ['klarna won', { provider: 'klarna', status: 'won', reason: 'Faulty goods' }],
  ])('%s has every field', (_n, d) => {
    const a = assessDispute(facts(d), { now: new Date('2026-02-02T00:00:00Z'), timeZone: STO });
    for (const key of ['phase', 'actionRequired', 'next', 'msLeft', 'urgency', 'fee', 'checklist', 'advice']) {
      expect(a, key).toHaveProperty(key);
    }
    expect(['overdue', 'critical', 'soon', 'ok', 'none']).toContain(a.urgency);
    expect(Array.isArray(a.checklist)).toBe(true);
    expect(Array.isArray(a.advice)).toBe(true);
    for (const item of a.advice) {
      expect(typeof item.id).toBe('string');
      expect(item.id.length).toBeGreaterThan(0);
      expect(typeof item.severity).toBe('string');
    }
    expect(new Set(a.advice.map((x) => x.id)).size).toBe(a.advice.length);
  });

  // phase and actionRequired are the status's (statusInfo is the same contract).
  it.each<DisputeStatus>(['warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'])(
    'klarna %s: phase and actionRequired as statusInfo says',
    (status) => {
      const a = assessDispute(facts({ provider: 'klarna', status, reason: 'Goods not received' }), { now: new Date('2026-02-02T00:00:00Z'), timeZone: STO });
      const s = statusInfo(status);
      expect(a.phase).toBe(s.phase);
      expect(a.actionRequired).toBe(s.actionRequired);
    },
  );
});

describe('time left and urgency around the deadline', () => {
  // msLeft is the time from `now` to `next.at`; a missed deadline is "automatically lost" (seed 001), so a
  // deadline one minute ago is overdue and one a minute ahead is the most urgent state that is not.
  it.each<[string, number, number, string]>([
    ['one minute before', DUE - MINUTE, MINUTE, 'critical'],
    ['one minute after', DUE + MINUTE, -MINUTE, 'overdue'],
    ['one day after', DUE + DAY, -DAY, 'overdue'],
  ])('%s', (_n, now, msLeft, urgency) => {
    const a = assessDispute(facts({}), { now: new Date(now), timeZone: STO });
    expect(Date.parse(a.next!.at)).toBe(DUE);
    expect(a.msLeft).toBe(msLeft);
    expect(a.urgency).toBe(urgency);
  });

  it('a portal deadline 60 days away is ok, and msLeft is exact', () => {
    const now = Date.parse('2026-02-02T00:00:00Z');
    const dueBy = new Date(now + 60 * DAY).toISOString();
    const a = assessDispute(facts({ dueBy }), { now: new Date(now), timeZone: STO });
    expect(a.next?.source).toBe('portal');
    expect(a.msLeft).toBe(60 * DAY);
    expect(a.urgency).toBe('ok');
  });

  // "with a range, the earliest plausible one": time left counts to `at`, not `latest`.
  it('a card range counts down to its earliest instant', () => {
    const d = facts({ provider: 'card', network: 'visa', createdAt: '2026-01-10T15:00:00.000Z' });
    const now = Date.parse('2026-01-12T15:00:00.000Z');
    const a = assessDispute(d, { now: new Date(now), timeZone: STO });
    expect(Date.parse(a.next!.at)).toBe(Date.parse('2026-01-17T15:00:00.000Z'));
    expect(Date.parse(a.next!.latest!)).toBe(Date.parse('2026-01-31T15:00:00.000Z'));
    expect(a.msLeft).toBe(5 * DAY);
  });

  // "A deadline the portal shows (`dueBy`) always wins".
  it('dueBy wins in the assessment too', () => {
    const a = assessDispute(facts({ provider: 'klarna', dueBy: '2026-02-05T22:59:59.999Z' }), { now: new Date('2026-02-02T00:00:00Z'), timeZone: STO });
    expect(a.next?.source).toBe('portal');
    expect(a.next?.kind).toBe('response');
    expect(a.msLeft).toBe(Date.parse('2026-02-05T22:59:59.999Z') - Date.parse('2026-02-02T00:00:00Z'));
  });
});

describe('closed and answered disputes have nothing to count down', () => {
  // urgency 'none' exists for disputes without a next deadline: closed ones (seed 000 "Closed: Disputes that are
  // resolved"), and chargebacks already answered (seed 001 under_review "evidence has already been submitted";
  // "You only get one chance to respond").
  it.each<[DisputeStatus, string]>([
    ['won', 'klarna'],
    ['lost', 'card'],
    ['warning_closed', 'klarna'],
    ['under_review', 'billie'],
    ['under_review', 'card'],
  ])('%s (%s) → next null, msLeft null, urgency none', (status, provider) => {
    const a = assessDispute(facts({ status, provider: provider as DisputeFacts['provider'] }), { now: new Date('2026-02-02T00:00:00Z'), timeZone: STO });
    expect(a.next).toBeNull();
    expect(a.msLeft).toBeNull();
    expect(a.urgency).toBe('none');
  });
});

describe('fee in the assessment', () => {
  // Data flow 2: "lib/rules computes an assessment (… fee …)"; FeeRule from disputeFee by buyer country and the
  // date the dispute was opened (createdAt: "ISO 8601 instant the dispute was opened").
  it.each<[string, Partial<DisputeFacts>]>([
    ['card DE after the switch', { provider: 'card', network: 'visa', buyerCountry: 'DE', createdAt: '2026-01-10T15:00:00.000Z' }],
    ['card SE before the switch', { provider: 'card', network: 'visa', buyerCountry: 'SE', createdAt: '2025-11-10T15:00:00.000Z' }],
    ['klarna NO', { provider: 'klarna', buyerCountry: 'NO' }],
    ['billie DE', { provider: 'billie', buyerCountry: 'DE' }],
  ])('%s equals disputeFee()', (_n, d) => {
    const f = facts(d);
    const a = assessDispute(f, { now: new Date('2026-02-02T00:00:00Z'), timeZone: STO });
    expect(a.fee).toEqual(disputeFee({ provider: f.provider, buyerCountry: f.buyerCountry!, openedAt: f.createdAt }));
  });

  it.each([['card'], ['klarna']] as const)('%s without a buyer country has no fee', (provider) => {
    const a = assessDispute(facts({ provider, buyerCountry: undefined }), { now: new Date('2026-02-02T00:00:00Z'), timeZone: STO });
    expect(a.fee).toBeNull();
  });

  it('card SE fee in the assessment is SEK 150, charged if lost', () => {
    const a = assessDispute(facts({ provider: 'card', network: 'visa', buyerCountry: 'SE', createdAt: '2026-01-10T15:00:00.000Z' }), { now: new Date('2026-01-11T00:00:00Z'), timeZone: STO });
    expect(a.fee?.fee).toEqual({ amountMinor: 15000, currency: 'SEK' });
    expect(a.fee?.charged).toBe('if_lost');
  });
});

describe('checklist and advice for a dispute that needs a response', () => {
  // "for every dispute … the evidence checklist for its reason, and the traps (refunds blocked, one response only,
  // register the return before escalation, …)".
  it.each<[string, Partial<DisputeFacts>]>([
    ['card product not received', { provider: 'card', network: 'visa', reason: '13.1', createdAt: '2026-01-10T15:00:00.000Z' }],
    ['klarna goods not received', { provider: 'klarna', reason: 'Goods not received', escalatedAt: '2026-01-20T10:00:00.000Z' }],
    ['billie goods not received', { provider: 'billie', reason: 'Goods not received' }],
  ])('%s: a checklist and advice', (_n, d) => {
    const a = assessDispute(facts(d), { now: new Date('2026-01-21T00:00:00Z'), timeZone: STO, goods: 'physical' });
    expect(a.checklist.length).toBeGreaterThan(0);
    expect(a.advice.length).toBeGreaterThan(0);
  });
});

describe('bad input is reported, never thrown', () => {
  // preamble quality bar / architecture "never thrown": the rules run inside the portal page.
  const bad: [string, unknown][] = [
    ['createdAt not a date', facts({ createdAt: 'yesterday' })],
    ['no amount', { ...facts({}), amount: null }],
    ['unknown status', facts({ status: 'exploded' as DisputeStatus })],
    ['not an object', null],
    ['empty object', {}],
  ];
  it.each(bad)('%s', (_n, d) => {
    let a: ReturnType<typeof assessDispute> | undefined;
    expect(() => {
      a = assessDispute(d as DisputeFacts, { now: new Date('2026-02-02T00:00:00Z'), timeZone: 'Not/AZone' });
    }).not.toThrow();
    expect(['overdue', 'critical', 'soon', 'ok', 'none']).toContain(a!.urgency);
  });
  it.each<[string, string]>([['DE', 'garbage'], ['DE', ''], ['XX', '2026-01-01T00:00:00Z'], ['', '2026-01-01T00:00:00Z']])(
    'disputeFee(card, %j, %j) → null',
    (buyerCountry, openedAt) => {
      expect(disputeFee({ provider: 'card', buyerCountry, openedAt })).toBeNull();
    },
  );
});

describe('the checklist follows the goods type', () => {
  // assessDispute(d, { goods?: GoodsType }); facts §1.4: "Stripe asks for the product type: Physical product /
  // Digital product or service / Offline service" with different recommended evidence for each.
  it('physical, digital and service checklists for a card "not received" dispute all differ', () => {
    const d = facts({ provider: 'card', network: 'visa', reason: '13.1', createdAt: '2026-01-10T15:00:00.000Z' });
    const list = (goods: 'physical' | 'digital' | 'service') =>
      JSON.stringify(assessDispute(d, { now: new Date('2026-01-11T00:00:00Z'), timeZone: STO, goods }).checklist);
    expect(new Set([list('physical'), list('digital'), list('service')]).size).toBe(3);
  });
});
