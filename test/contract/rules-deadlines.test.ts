// Outside-tester contract tests: lib/rules deadlines(), from architecture.md "Deadline semantics".
// Expected instants were computed by hand: N calendar days later at the same local time of day in the zone.
import { describe, expect, it } from 'vitest';
import { deadlines } from '../../lib/rules/index';
import type { Deadline, DisputeFacts } from '../../lib/rules/index';

const STO = 'Europe/Stockholm';

function facts(over: Partial<DisputeFacts>): DisputeFacts {
  return {
    id: 'dp_contract',
    provider: 'klarna',
    status: 'warning_needs_response',
    createdAt: '2025-09-01T10:00:00.000Z',
    amount: { amountMinor: 10000, currency: 'SEK' },
    ...over,
  };
}

function byKind(list: Deadline[], kind: Deadline['kind']): Deadline | undefined {
  return list.find((d) => d.kind === kind);
}

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

interface Row {
  name: string;
  d: Partial<DisputeFacts>;
  tz: string;
  kind: Deadline['kind'];
  at: string;
  latest?: string;
}

// architecture.md table: "Klarna enquiry → chargeback (anchor: `createdAt`, or `returnTrackingAt` for the Return
// reason) | 21 days | 35 days, for anchors from 2025-08-08"; "Klarna chargeback response (anchor: `escalatedAt`,
// else the computed escalation) | 13 days | 14 days, from 2025-08-08";
// "A window of N calendar days keeps the anchor's local time of day in `opts.timeZone` and lands N calendar days
// later on the calendar of that zone (so it moves by 23 or 25 hours across a DST change)."
const klarnaRows: Row[] = [
  { name: 'enquiry 35 d (anchor 2025-09-01)', d: { reason: 'Goods not received' }, tz: STO, kind: 'escalation', at: '2025-10-06T10:00:00.000Z' },
  // (deadlines() lists the deadlines a dispute faces now: an enquiry's response deadline is the chargeback's, so
  // the response rows below are chargebacks (`open`) whose escalation instant is not known.)
  { name: 'enquiry 21 d before 2025-08-08', d: { reason: 'Goods not received', createdAt: '2025-07-01T10:00:00.000Z' }, tz: STO, kind: 'escalation', at: '2025-07-22T10:00:00.000Z' },
  { name: 'open: 13 d after a computed pre-2025-08-08 escalation', d: { status: 'open', reason: 'Goods not received', createdAt: '2025-07-01T10:00:00.000Z' }, tz: STO, kind: 'response', at: '2025-08-04T10:00:00.000Z' },
  // 21-day enquiry (anchor before 2025-08-08) whose computed escalation falls after it: the response rule's own
  // anchor (the escalation) chooses its version, so 14 days.
  { name: 'open: 21 d enquiry, then 14 d from an escalation after 2025-08-08', d: { status: 'open', createdAt: '2025-07-20T10:00:00.000Z' }, tz: STO, kind: 'response', at: '2025-08-24T10:00:00.000Z' },
  // DST end in Stockholm (2025-10-26): 12:00 CEST → 12:00 CET, 25 hours more.
  { name: 'enquiry across DST end keeps 12:00 local', d: { createdAt: '2025-10-10T10:00:00.000Z' }, tz: STO, kind: 'escalation', at: '2025-11-14T11:00:00.000Z' },
  { name: 'same anchor in UTC: no shift', d: { createdAt: '2025-10-10T10:00:00.000Z' }, tz: 'UTC', kind: 'escalation', at: '2025-11-14T10:00:00.000Z' },
  // DST start in Stockholm (2026-03-29): 12:00 CET → 12:00 CEST, 23 hours less.
  { name: 'enquiry across DST start keeps 12:00 local', d: { createdAt: '2026-03-01T11:00:00.000Z' }, tz: STO, kind: 'escalation', at: '2026-04-05T10:00:00.000Z' },
  // New York DST start 2026-03-08: 10:00 EST → 10:00 EDT.
  { name: 'enquiry in America/New_York across its DST start', d: { createdAt: '2026-02-20T15:00:00.000Z' }, tz: 'America/New_York', kind: 'escalation', at: '2026-03-27T14:00:00.000Z' },
  // Return reason: the 35 days start at returnTrackingAt (facts §5.2 463555 "returns: clock starts when consumer
  // uploads tracking evidence").
  { name: 'Return: anchor returnTrackingAt', d: { reason: 'Return', returnTrackingAt: '2025-09-10T08:00:00.000Z' }, tz: STO, kind: 'escalation', at: '2025-10-15T08:00:00.000Z' },
  { name: 'Return: response 14 d after, across DST end', d: { status: 'open', reason: 'Return', returnTrackingAt: '2025-09-10T08:00:00.000Z' }, tz: STO, kind: 'response', at: '2025-10-29T09:00:00.000Z' },
  { name: 'Return: version chosen by the returnTrackingAt anchor', d: { reason: 'Return', createdAt: '2025-08-01T10:00:00.000Z', returnTrackingAt: '2025-08-10T10:00:00.000Z' }, tz: STO, kind: 'escalation', at: '2025-09-14T10:00:00.000Z' },
  // Chargeback with a known escalation instant.
  { name: 'open: 14 d from escalatedAt', d: { status: 'open', createdAt: '2025-08-27T09:00:00.000Z', escalatedAt: '2025-10-01T09:00:00.000Z' }, tz: STO, kind: 'response', at: '2025-10-15T09:00:00.000Z' },
  { name: 'open: 13 d from a pre-2025-08-08 escalatedAt', d: { status: 'open', createdAt: '2025-06-01T09:00:00.000Z', escalatedAt: '2025-06-22T09:00:00.000Z' }, tz: STO, kind: 'response', at: '2025-07-05T09:00:00.000Z' },
  { name: 'open without escalatedAt: 35 + 14 d', d: { status: 'open' }, tz: STO, kind: 'response', at: '2025-10-20T10:00:00.000Z' },
  // "Klarna unauthorized purchase | goes straight to chargeback at `createdAt`; response range 5–14 days";
  // "Where sources give a range …, `at` is the earliest plausible instant and `latest` the latest."
  { name: 'Unauthorized purchase: range 5–14 d from createdAt', d: { status: 'open', reason: 'Unauthorized purchase' }, tz: STO, kind: 'response', at: '2025-09-06T10:00:00.000Z', latest: '2025-09-15T10:00:00.000Z' },
];

// "Card chargeback response (anchor: `escalatedAt`, else `createdAt`) | range 7–21 days".
const cardRows: Row[] = [
  { name: 'card 7–21 d from createdAt', d: { provider: 'card', network: 'visa', status: 'open', createdAt: '2026-01-10T15:00:00.000Z' }, tz: STO, kind: 'response', at: '2026-01-17T15:00:00.000Z', latest: '2026-01-31T15:00:00.000Z' },
  { name: 'card 7–21 d from escalatedAt', d: { provider: 'card', network: 'amex', status: 'open', createdAt: '2026-01-01T10:00:00.000Z', escalatedAt: '2026-01-05T10:00:00.000Z' }, tz: STO, kind: 'response', at: '2026-01-12T10:00:00.000Z', latest: '2026-01-26T10:00:00.000Z' },
  { name: 'card across DST start keeps 13:00 local', d: { provider: 'card', network: 'mastercard', status: 'open', createdAt: '2026-03-25T12:00:00.000Z' }, tz: STO, kind: 'response', at: '2026-04-01T11:00:00.000Z', latest: '2026-04-15T11:00:00.000Z' },
];

// "Billie response (anchor: `createdAt`) | 12 calendar days" — no range.
const billieRows: Row[] = [
  { name: 'billie 12 d', d: { provider: 'billie', status: 'open', createdAt: '2026-02-01T09:00:00.000Z', amount: { amountMinor: 500000, currency: 'EUR' } }, tz: STO, kind: 'response', at: '2026-02-13T09:00:00.000Z' },
  { name: 'billie across DST start', d: { provider: 'billie', status: 'open', createdAt: '2026-03-20T12:00:00.000Z', amount: { amountMinor: 500000, currency: 'EUR' } }, tz: STO, kind: 'response', at: '2026-04-01T11:00:00.000Z' },
];

// The same rule in zones with other offsets and other DST rules: southern hemisphere (Sydney: AEST +10 → AEDT
// +11 on 2025-10-05, back on 2026-04-05), half-hour and 45-minute offsets (Kolkata +5:30 without DST, Chatham
// +12:45 → +13:45 on 2025-09-28, St John's −3:30 → −2:30 on 2026-03-08).
const worldRows: Row[] = [
  { name: 'Sydney, card across DST start', d: { provider: 'card', network: 'visa', status: 'open', createdAt: '2025-10-01T00:00:00.000Z' }, tz: 'Australia/Sydney', kind: 'response', at: '2025-10-07T23:00:00.000Z', latest: '2025-10-21T23:00:00.000Z' },
  { name: 'Sydney, klarna enquiry across DST end', d: { createdAt: '2026-03-20T23:30:00.000Z' }, tz: 'Australia/Sydney', kind: 'escalation', at: '2026-04-25T00:30:00.000Z' },
  { name: 'Kolkata, billie', d: { provider: 'billie', status: 'open', createdAt: '2026-03-30T12:00:00.000Z' }, tz: 'Asia/Kolkata', kind: 'response', at: '2026-04-11T12:00:00.000Z' },
  { name: 'Chatham, billie across DST start', d: { provider: 'billie', status: 'open', createdAt: '2025-09-20T03:00:00.000Z' }, tz: 'Pacific/Chatham', kind: 'response', at: '2025-10-02T02:00:00.000Z' },
  { name: "St John's, billie across DST start", d: { provider: 'billie', status: 'open', createdAt: '2026-03-01T12:00:00.000Z' }, tz: 'America/St_Johns', kind: 'response', at: '2026-03-13T11:00:00.000Z' },
];

describe('rule-estimated deadlines', () => {
  it.each([...klarnaRows, ...cardRows, ...billieRows, ...worldRows])('$name', ({ d, tz, kind, at, latest }) => {
    const got = byKind(deadlines(facts(d), { timeZone: tz }), kind);
    expect(got, `a ${kind} deadline`).toBeDefined();
    expect(got?.source).toBe('rule');
    expect(ms(got?.at)).toBe(Date.parse(at));
    expect(ms(got?.latest)).toBe(ms(latest));
    expect(typeof got?.ruleId).toBe('string');
    expect(got?.ruleId.length).toBeGreaterThan(0);
  });

  // "Rules changed over time; the version that applies is chosen by the dispute's anchor date" — two versions,
  // two rule ids.
  it('the 21-day and 35-day enquiry versions carry different rule ids', () => {
    const old = byKind(deadlines(facts({ createdAt: '2025-07-01T10:00:00.000Z' }), { timeZone: STO }), 'escalation');
    const cur = byKind(deadlines(facts({}), { timeZone: STO }), 'escalation');
    expect(old?.ruleId).toBeTruthy();
    expect(cur?.ruleId).toBeTruthy();
    expect(old?.ruleId).not.toBe(cur?.ruleId);
  });
});

describe('the 2025-08-08 version boundary, the minute before and after', () => {
  // "for anchors from 2025-08-08" (article 463555 "as of 8 Aug 2025"): the document does not say in which zone.
  // Our reading: Kustom's date, midnight in Stockholm (Kustom's home zone), the same instant for every merchant
  // whatever opts.timeZone is — a rule change takes effect once, not per merchant.
  it.each<[string, string, string, string]>([
    ['2025-08-07T21:59:00.000Z', STO, '2025-08-28T21:59:00.000Z', '23:59 on Aug 7 in Stockholm: 21 days'],
    ['2025-08-07T22:01:00.000Z', STO, '2025-09-11T22:01:00.000Z', '00:01 on Aug 8 in Stockholm: 35 days'],
    ['2025-08-07T21:59:00.000Z', 'UTC', '2025-08-28T21:59:00.000Z', 'merchant in UTC, 23:59 on Aug 7 in Stockholm: 21 days'],
    ['2025-08-07T22:01:00.000Z', 'UTC', '2025-09-11T22:01:00.000Z', 'merchant in UTC, 00:01 on Aug 8 in Stockholm: 35 days'],
    ['2025-08-07T21:59:00.000Z', 'America/New_York', '2025-08-28T21:59:00.000Z', 'merchant in New York: 21 days'],
    ['2025-08-07T22:01:00.000Z', 'America/New_York', '2025-09-11T22:01:00.000Z', 'merchant in New York: 35 days'],
  ])('createdAt %s in %s → %s (%s)', (createdAt, tz, at) => {
    const got = byKind(deadlines(facts({ createdAt }), { timeZone: tz }), 'escalation');
    expect(ms(got?.at)).toBe(Date.parse(at));
  });
});

describe('a deadline the portal shows wins', () => {
  // "A deadline the portal shows (`dueBy`) always wins; `source: 'portal'`." DisputeFacts: "dueBy … it wins over
  // every rule".
  it.each<[string, Partial<DisputeFacts>]>([
    ['klarna open, portal earlier than the rule', { status: 'open', dueBy: '2025-10-18T21:59:59.999Z' }],
    ['klarna open, portal later than the rule', { status: 'open', dueBy: '2025-11-30T22:59:59.999Z' }],
    ['card open, inside the 7–21 range', { provider: 'card', network: 'visa', status: 'open', createdAt: '2026-01-10T15:00:00.000Z', dueBy: '2026-01-20T22:59:59.999Z' }],
    ['billie open', { provider: 'billie', status: 'open', createdAt: '2026-02-01T09:00:00.000Z', dueBy: '2026-02-10T12:00:00+01:00' }],
  ])('%s', (_name, d) => {
    const got = byKind(deadlines(facts(d), { timeZone: STO }), 'response');
    expect(got?.source).toBe('portal');
    expect(ms(got?.at)).toBe(Date.parse(d.dueBy!));
    expect(got?.latest).toBeUndefined();
  });
});

describe('local times the clock skips or shows twice', () => {
  // "keeps the anchor's local time of day in opts.timeZone": the documents do not say what happens when that
  // time does not exist (spring gap) or exists twice (autumn overlap) on the landing day. Our reading (lib/rules
  // time.ts): an overlap takes the earlier instant (the safer deadline); a gap takes the instant of the change
  // (the first moment the clock reads that time or later), which keeps later anchors giving later deadlines.
  it.each<[string, Partial<DisputeFacts>, string, string | undefined]>([
    // 02:30 CEST on 2025-10-19; 2025-10-26 02:30 exists twice (00:30Z CEST, 01:30Z CET) → 00:30Z.
    ['overlap: earlier instant', { provider: 'card', status: 'open', createdAt: '2025-10-19T00:30:00.000Z' }, '2025-10-26T00:30:00.000Z', '2025-11-09T01:30:00.000Z'],
    // 02:30 CET on 2026-03-22; 2026-03-29 02:30 does not exist (02:00 → 03:00) → the change, 01:00Z.
    ['gap: the instant of the change', { provider: 'card', status: 'open', createdAt: '2026-03-22T01:30:00.000Z' }, '2026-03-29T01:00:00.000Z', '2026-04-12T00:30:00.000Z'],
    // 02:30 CEST on 2025-10-14, + 12 days = 2025-10-26 02:30, twice → 00:30Z.
    ['overlap, billie', { provider: 'billie', status: 'open', createdAt: '2025-10-14T00:30:00.000Z' }, '2025-10-26T00:30:00.000Z', undefined],
  ])('%s', (_n, d, at, latest) => {
    const got = byKind(deadlines(facts(d), { timeZone: STO }), 'response');
    expect(ms(got?.at)).toBe(Date.parse(at));
    expect(ms(got?.latest)).toBe(ms(latest));
  });
});

describe('which deadlines a dispute faces', () => {
  // "Klarna unauthorized purchase | goes straight to chargeback at `createdAt`; response range 5–14 days" — even
  // while the portal still shows it as an enquiry (seed 001 "Fraudulent transactions are immediately escalated").
  it.each<[string, string]>([['Unauthorized purchase', 'warning_needs_response'], ['unauthorized_purchase', 'open']])(
    'klarna %s (%s): response 5–14 d from createdAt',
    (reason, status) => {
      const got = byKind(deadlines(facts({ reason, status: status as DisputeFacts['status'] }), { timeZone: STO }), 'response');
      expect(ms(got?.at)).toBe(Date.parse('2025-09-06T10:00:00.000Z'));
      expect(ms(got?.latest)).toBe(Date.parse('2025-09-15T10:00:00.000Z'));
    },
  );

  // An enquiry's date on the page is the end of the enquiry: "A deadline the portal shows (`dueBy`) always wins".
  it('klarna enquiry with a portal date: that date, from the portal', () => {
    const list = deadlines(facts({ createdAt: '2026-01-01T10:00:00.000Z', dueBy: '2026-01-20T22:59:59.999Z' }), { timeZone: STO });
    expect(list.map((d) => [d.source, ms(d.at)])).toEqual([['portal', Date.parse('2026-01-20T22:59:59.999Z')]]);
  });

  // Closed disputes and answered chargebacks face no deadline (seed 001 "You only get one chance to respond").
  it.each<DisputeFacts['status']>(['won', 'lost', 'warning_closed', 'under_review'])('%s: none', (status) => {
    expect(deadlines(facts({ status }), { timeZone: STO })).toEqual([]);
  });
});

describe('anchors, the minute before and after 2025-08-08 (midnight in Stockholm = 2025-08-07T22:00Z)', () => {
  // "Klarna chargeback response (anchor: `escalatedAt` …) | 13 days | 14 days, from 2025-08-08";
  // "Klarna enquiry → chargeback (anchor: … `returnTrackingAt` for the Return reason) | 21 days | 35 days".
  it.each<[string, Partial<DisputeFacts>, Deadline['kind'], string]>([
    ['escalatedAt a minute before: 13 days', { status: 'open', escalatedAt: '2025-08-07T21:59:00.000Z' }, 'response', '2025-08-20T21:59:00.000Z'],
    ['escalatedAt a minute after: 14 days', { status: 'open', escalatedAt: '2025-08-07T22:01:00.000Z' }, 'response', '2025-08-21T22:01:00.000Z'],
    ['return tracking a minute before: 21 days', { reason: 'Return', createdAt: '2025-07-20T10:00:00.000Z', returnTrackingAt: '2025-08-07T21:59:00.000Z' }, 'escalation', '2025-08-28T21:59:00.000Z'],
    ['return tracking a minute after: 35 days', { reason: 'Return', createdAt: '2025-07-20T10:00:00.000Z', returnTrackingAt: '2025-08-07T22:01:00.000Z' }, 'escalation', '2025-09-11T22:01:00.000Z'],
  ])('%s', (_n, d, kind, at) => {
    expect(ms(byKind(deadlines(facts(d), { timeZone: STO }), kind)?.at)).toBe(Date.parse(at));
  });

  // returnTrackingAt is the anchor "for the Return reason" only; other reasons count from createdAt.
  it('a return-tracking date on a "Goods not received" enquiry does not move its escalation', () => {
    const got = byKind(deadlines(facts({ reason: 'Goods not received', returnTrackingAt: '2025-09-10T08:00:00.000Z' }), { timeZone: STO }), 'escalation');
    expect(ms(got?.at)).toBe(Date.parse('2025-10-06T10:00:00.000Z'));
  });

  // A portal date that is not a date cannot win: the rule applies (and nothing is thrown).
  it('an unreadable dueBy leaves the rule in place', () => {
    const got = byKind(deadlines(facts({ status: 'open', dueBy: 'soon' }), { timeZone: STO }), 'response');
    expect(got?.source).toBe('rule');
    expect(ms(got?.at)).toBe(Date.parse('2025-10-20T10:00:00.000Z'));
  });
});
