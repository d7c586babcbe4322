// Outside-tester contract tests: the public TYPES of architecture.md "Contracts that outside tests call", checked by
// the type checker (`npx tsc --noEmit -p .`): an outside test that builds these values as the document writes them
// must compile. The runtime assertions only make the file a test that can fail.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assessDispute, deadlines, disputeFee, normalizeReason, statusInfo } from '../../lib/rules/index';
import type {
  Deadline,
  DisputeFacts,
  DisputeStatus,
  FeeRule,
  GoodsType,
  Money,
  Network,
  Provider,
  ReasonCategory,
} from '../../lib/rules/index';
import { readPortalPage } from '../../lib/portal/index';
import type { PortalReading, ReadDispute } from '../../lib/portal/index';

describe('contract types as architecture.md writes them', () => {
  it('values built from the document type-check and round-trip', () => {
    const providers: Provider[] = ['card', 'klarna', 'billie'];
    const networks: Network[] = ['visa', 'mastercard', 'amex', 'discover', 'other'];
    const statuses: DisputeStatus[] = ['warning_needs_response', 'warning_under_review', 'warning_closed', 'open', 'under_review', 'won', 'lost'];
    const reasons: ReasonCategory[] = [
      'credit_not_processed', 'duplicate', 'fraudulent', 'general', 'noncompliant',
      'product_not_received', 'product_unacceptable', 'subscription_canceled', 'unrecognized',
    ];
    const goods: GoodsType[] = ['physical', 'digital', 'service'];
    const money: Money = { amountMinor: 1500, currency: 'EUR' };
    const facts: DisputeFacts = {
      id: 'dp_1', provider: 'card', status: 'open', createdAt: '2026-01-10T15:00:00.000Z', amount: money,
      buyerCountry: 'DE', reason: '13.1', network: 'visa', dueBy: '2026-01-20T22:59:59.999Z',
      escalatedAt: '2026-01-10T15:00:00.000Z', returnTrackingAt: undefined, orderId: 'o', merchantReference: 'r', storeId: 's',
    };
    const fee: FeeRule = { fee: money, charged: 'if_lost', refundedIfWon: false, ruleId: 'x' };
    const deadline: Deadline = { kind: 'response', at: '2026-01-17T15:00:00.000Z', source: 'rule', ruleId: 'x', latest: '2026-01-31T15:00:00.000Z' };
    expect([providers.length, networks.length, statuses.length, reasons.length, goods.length]).toEqual([3, 5, 7, 9, 3]);
    expect(fee.fee).toBe(money);
    expect(deadline.kind).toBe('response');
    expect(facts.amount).toBe(money);
  });

  it('function signatures', () => {
    expectTypeOf(statusInfo).parameter(0).toEqualTypeOf<DisputeStatus>();
    expectTypeOf(statusInfo('open').phase).toEqualTypeOf<'enquiry' | 'chargeback' | 'closed'>();
    expectTypeOf(statusInfo('open').actionRequired).toEqualTypeOf<boolean>();
    expectTypeOf(normalizeReason('card', '13.1', 'visa')).toEqualTypeOf<ReasonCategory | null>();
    expectTypeOf(disputeFee({ provider: 'card', buyerCountry: 'DE', openedAt: '2026-01-01T00:00:00Z' })).toEqualTypeOf<FeeRule | null>();
    expectTypeOf(deadlines).returns.toEqualTypeOf<Deadline[]>();
    const d: DisputeFacts = { id: 'x', provider: 'billie', status: 'open', createdAt: '2026-02-01T09:00:00.000Z', amount: { amountMinor: 1, currency: 'EUR' } };
    const a = assessDispute(d, { now: new Date('2026-02-02T00:00:00Z'), timeZone: 'Europe/Stockholm', goods: 'physical' });
    expectTypeOf(a.next).toEqualTypeOf<Deadline | null>();
    expectTypeOf(a.msLeft).toEqualTypeOf<number | null>();
    expectTypeOf(a.urgency).toEqualTypeOf<'overdue' | 'critical' | 'soon' | 'ok' | 'none'>();
    expectTypeOf(a.fee).toEqualTypeOf<FeeRule | null>();
    expectTypeOf(a.advice[0]!.id).toEqualTypeOf<string>();
    expect(a.next?.kind).toBe('response');
  });

  it('portal reading types', () => {
    expectTypeOf(readPortalPage).returns.toEqualTypeOf<PortalReading>();
    expectTypeOf<PortalReading['page']>().toEqualTypeOf<'dispute_list' | 'dispute_detail' | 'unknown'>();
    expectTypeOf<PortalReading['storeId']>().toEqualTypeOf<string | null>();
    expectTypeOf<PortalReading['locale']>().toEqualTypeOf<string | null>();
    expectTypeOf<PortalReading['problems']>().toEqualTypeOf<string[]>();
    expectTypeOf<ReadDispute['anchor']>().toEqualTypeOf<Element>();
    expectTypeOf<ReadDispute['facts']['id']>().toEqualTypeOf<string>();
    const partial: ReadDispute['facts'] = { id: 'only-an-id' };
    expect(partial.id).toBe('only-an-id');
  });
});
