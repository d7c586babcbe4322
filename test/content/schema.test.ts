// lib/rules/schema writes the partial facts schema out field by field (zod/mini's partial and
// required helpers cost the content script ~0.6 KB gzipped). It must accept and return exactly
// what `z.required(z.partial(disputeFactsSchema), { id: true })`, its former definition, does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { disputeFactsSchema, partialDisputeFactsSchema } from '../../lib/rules/schema';
import { DISPUTE_STATUSES, NETWORKS, PROVIDERS } from '../../lib/rules/values';

const reference = z.required(z.partial(disputeFactsSchema), { id: true });

const full = {
  id: 'D1',
  provider: 'card',
  status: 'open',
  createdAt: '2026-03-02T12:00:00.000Z',
  amount: { amountMinor: 1250, currency: 'EUR' },
  buyerCountry: 'SE',
  reason: 'Fraudulent',
  network: 'visa',
  dueBy: '2026-03-20T23:59:00+01:00',
  escalatedAt: '2026-03-10T00:00:00Z',
  returnTrackingAt: '2026-03-05T08:00:00Z',
  orderId: 'O-1',
  merchantReference: 'REF',
  storeId: 'M1',
};

function same(value: unknown): void {
  const a = partialDisputeFactsSchema.safeParse(value);
  const b = reference.safeParse(value);
  expect(a.success, JSON.stringify(value)).toBe(b.success);
  if (a.success && b.success) expect(a.data).toEqual(b.data);
  // the same fields are named as wrong
  const paths = (r: typeof a) => (r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort());
  expect(paths(a)).toEqual(paths(b));
}

describe('partialDisputeFactsSchema', () => {
  it.each<[string, unknown]>([
    ['every field', full],
    ['the id alone', { id: 'D1' }],
    ['no id', { status: 'open' }],
    ['an empty id', { id: '' }],
    ['an id of 201 characters', { id: 'x'.repeat(201) }],
    ['id undefined', { id: undefined, status: 'open' }],
    ['fields set to undefined', { id: 'D1', provider: undefined, amount: undefined, buyerCountry: undefined }],
    ['an unknown field (dropped)', { id: 'D1', extra: 1 }],
    ['a lower-case country', { id: 'D1', buyerCountry: 'se' }],
    ['an unknown provider', { id: 'D1', provider: 'paypal' }],
    ['a fractional amount', { id: 'D1', amount: { amountMinor: 1.5, currency: 'EUR' } }],
    ['a date that is no date', { id: 'D1', createdAt: 'yesterday' }],
    ['null', null],
    ['a string', 'D1'],
    ['an array', [full]],
    ['null fields', { id: 'D1', status: null, reason: null }],
  ])('%s: the same verdict and data as the partial of the full schema', (_name, value) => {
    same(value);
  });

  it('any mix of valid and invalid fields: the same verdict and data', () => {
    const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, fc.constant(undefined), fc.string(), fc.integer()), { nil: undefined });
    const facts = fc.record(
      {
        id: maybe(fc.string({ maxLength: 210 })),
        provider: maybe(fc.constantFrom(...PROVIDERS)),
        status: maybe(fc.constantFrom(...DISPUTE_STATUSES)),
        createdAt: maybe(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
        amount: maybe(fc.record({ amountMinor: fc.oneof(fc.integer(), fc.double()), currency: fc.constantFrom('EUR', 'eur', 'SEK') })),
        buyerCountry: maybe(fc.constantFrom('SE', 'se', 'DE')),
        network: maybe(fc.constantFrom(...NETWORKS)),
        reason: maybe(fc.string({ maxLength: 210 })),
        storeId: maybe(fc.string({ maxLength: 5 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(facts, (value) => same(value)), { numRuns: 500 });
  });

  it('the full schema still requires what a dispute always has', () => {
    expect(disputeFactsSchema.safeParse(full).success).toBe(true);
    expect(disputeFactsSchema.safeParse({ id: 'D1' }).success).toBe(false);
    expect(partialDisputeFactsSchema.safeParse({ id: 'D1' }).success).toBe(true);
  });
});
