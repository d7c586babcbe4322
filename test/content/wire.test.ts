// The content script validates with zod/mini twins of the contract schemas (bundle size); these
// tests prove each twin accepts and refuses exactly what its contract schema does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as contractMessages from '../../lib/cases/messages';
import * as contractCases from '../../lib/cases/schema';
import { STORAGE_KEYS } from '../../lib/cases/read';
import * as contractRules from '../../lib/rules/schema';
import * as wire from '../../entrypoints/content/wire';

const instant = fc.oneof(
  fc.constantFrom('2026-03-02T12:00:00.000Z', '2026-03-02T12:00:00+01:00', '2026-03-02', 'yesterday', '', '2026-13-45T99:00:00Z'),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const money = fc.record({
  amountMinor: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
  currency: fc.constantFrom('EUR', 'SEK', 'eur', 'EURO', ''),
});
const facts = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 5 }), fc.constant('x'.repeat(201))),
    provider: maybe(fc.constantFrom('card', 'klarna', 'billie', 'paypal')),
    status: maybe(fc.constantFrom('open', 'won', 'warning_needs_response', 'pending')),
    createdAt: maybe(instant),
    amount: maybe(money),
    buyerCountry: maybe(fc.constantFrom('SE', 'se', 'SWE', '')),
    reason: maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.constant('r'.repeat(201)))),
    network: maybe(fc.constantFrom('visa', 'amex', 'jcb')),
    dueBy: maybe(instant),
    escalatedAt: maybe(instant),
    storeId: maybe(fc.constantFrom('M1', '')),
  },
  { requiredKeys: [] },
);

const agree = (a: { safeParse(v: unknown): { success: boolean } }, b: { safeParse(v: unknown): { success: boolean } }) =>
  fc.property(fc.anything(), (v) => a.safeParse(v).success === b.safeParse(v).success);

describe('zod/mini twins of the contract schemas', () => {
  it('dispute facts: full and partial', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(wire.disputeFactsSchema.safeParse(f).success).toBe(contractRules.disputeFactsSchema.safeParse(f).success);
        expect(wire.partialDisputeFactsSchema.safeParse(f).success).toBe(
          contractRules.partialDisputeFactsSchema.safeParse(f).success,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('cases:observed', () => {
    const message = fc.record({
      type: fc.constantFrom('cases:observed', 'cases:seen'),
      pageUrl: fc.constantFrom('https://portal.kustom.co/disputes', 'not a url', `https://portal.kustom.co/${'a'.repeat(2000)}`),
      page: fc.constantFrom('dispute_list', 'dispute_detail', 'unknown'),
      storeId: fc.constantFrom(null, 'M1', ''),
      locale: fc.constantFrom(null, 'en-GB', 'x'.repeat(36)),
      observedAt: fc.constantFrom('2026-03-02T12:00:00.000Z', '2026-03-02T12:00:00+01:00', '2026-03-02', 'now'),
      disputes: fc.array(facts, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(message, (m) => {
        expect(wire.casesObservedSchema.safeParse(m).success).toBe(contractMessages.casesObservedSchema.safeParse(m).success);
      }),
      { numRuns: 1000 },
    );
    fc.assert(agree(wire.casesObservedSchema, contractMessages.casesObservedSchema), { numRuns: 200 });
  });

  it('case:merchant-update and the stored merchant input', () => {
    const patch = fc.record(
      {
        buyerCountry: fc.constantFrom(null, 'SE', 'se'),
        goods: fc.constantFrom(null, 'physical', 'food'),
        ticks: fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constant('k'.repeat(101))), fc.oneof(fc.boolean(), fc.constant(1))),
        notes: fc.constantFrom(null, 'n', 'n'.repeat(5001)),
      },
      { requiredKeys: [] },
    );
    const update = fc.record({
      type: fc.constantFrom('case:merchant-update', 'case:update'),
      storeId: fc.constantFrom(null, 'M1', ''),
      disputeId: fc.constantFrom('D1', ''),
      patch,
    });
    fc.assert(
      fc.property(update, (u) => {
        expect(wire.caseMerchantUpdateSchema.safeParse(u).success).toBe(
          contractMessages.caseMerchantUpdateSchema.safeParse(u).success,
        );
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(patch, (p) => {
        const stored = { ...p, buyerCountry: p.buyerCountry ?? undefined, goods: p.goods ?? undefined, notes: p.notes ?? undefined };
        const a = wire.merchantInputSchema.safeParse(stored);
        const b = contractCases.merchantInputSchema.safeParse(stored);
        expect(a.success).toBe(b.success);
        if (a.success && b.success) expect(a.data).toEqual(b.data);
      }),
      { numRuns: 1000 },
    );
  });

  it('settings: the fields the content script reads, with the same defaults', () => {
    const settings = fc.record(
      {
        timeZone: fc.constantFrom(null, 'Europe/Stockholm', ''),
        criticalHours: fc.constantFrom(24, 0, -1, 12.5, 721),
        soonHours: fc.constantFrom(72, 1441, 48),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settings, (s) => {
        const full = contractCases.settingsSchema.safeParse(s);
        const mine = wire.contentSettingsSchema.safeParse(s);
        expect(mine.success).toBe(full.success);
        if (full.success && mine.success) {
          expect(mine.data).toEqual({ timeZone: full.data.timeZone, criticalHours: full.data.criticalHours, soonHours: full.data.soonHours });
        }
      }),
    );
    const d = contractCases.DEFAULT_SETTINGS;
    expect(wire.DEFAULT_CONTENT_SETTINGS).toEqual({ timeZone: d.timeZone, criticalHours: d.criticalHours, soonHours: d.soonHours });
  });

  it('case keys and storage keys are the contract ones', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), fc.string({ minLength: 1 }), (store, id) => {
        expect(wire.caseKey(store, id)).toBe(contractCases.caseKey(store, id));
      }),
    );
    expect(`local:${wire.STORED.cases}`).toBe(STORAGE_KEYS.cases);
    expect(`local:${wire.STORED.settings}`).toBe(STORAGE_KEYS.settings);
  });

  it('reads merchant inputs from the stored cases, skipping what does not parse', () => {
    const raw = {
      'M1|D1': { key: 'M1|D1', merchant: { goods: 'digital', ticks: { a: true } } },
      'M1|D2': { key: 'other', merchant: { ticks: {} } },
      'M1|D3': { key: 'M1|D3', merchant: { goods: 'food', ticks: {} } },
      'M1|D4': 'junk',
    };
    expect([...wire.merchantFromStore(raw)]).toEqual([['M1|D1', { goods: 'digital', ticks: { a: true } }]]);
    expect(wire.merchantFromStore(null).size).toBe(0);
  });
});
