// entrypoints/content/zod-base.ts: zod's base type as the content script's build has it in place of
// zod/mini and zod/v4/core (modules/content-zod.ts). The content script's schemas, made on it, must
// accept and return exactly what the same schemas made on zod do, with the same problems, and its
// boundary checks (entrypoints/content/wire.ts) answer the same.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import * as zodWire from '../../entrypoints/content/wire';
import * as zodMessages from '../../lib/cases/messages';
import * as zodCases from '../../lib/cases/schema';
import * as zodRules from '../../lib/rules/schema';
import { observedMessage, REQUIRED_FACTS } from './fakes';

type Modules = { wire: typeof zodWire; messages: typeof zodMessages; cases: typeof zodCases; rules: typeof zodRules };
let base: Modules;

beforeAll(async () => {
  // The same modules again, made on zod-base. Its other names (the types the content script checks
  // nothing with, which its build drops unused) throw when called: here, where nothing is dropped,
  // they make schemas that the comparisons below never use.
  const zodBase = await import('../../entrypoints/content/zod-base');
  const unused = () => zodBase.unknown();
  const asBuilt = { ...zodBase, array: unused, boolean: unused, discriminatedUnion: unused, enum: unused, literal: unused, maxLength: unused, nullable: unused, number: unused, object: unused, optional: unused, partial: unused };
  vi.resetModules();
  vi.doMock('zod/mini', () => asBuilt);
  vi.doMock('zod/v4/core', () => asBuilt);
  base = {
    wire: await import('../../entrypoints/content/wire'),
    messages: await import('../../lib/cases/messages'),
    cases: await import('../../lib/cases/schema'),
    rules: await import('../../lib/rules/schema'),
  };
  vi.doUnmock('zod/mini');
  vi.doUnmock('zod/v4/core');
  // zod's messages as in the content script, where nothing sets a locale (the other schema tests set English)
  const before = { ...z.config() };
  z.config({ localeError: undefined, customError: undefined });
  afterAll(() => {
    z.config({ localeError: before.localeError, customError: before.customError });
  });
});

/** The same verdict, the same data (toStrictEqual: a key set to undefined is not a key left out) and the same problems. */
type Result = { success: true; data: unknown } | { success: false; error: { issues: object[] } };
function same(ours: { safeParse(v: unknown): unknown }, theirs: { safeParse(v: unknown): unknown }, value: unknown): void {
  const a = ours.safeParse(value) as Result;
  const b = theirs.safeParse(value) as Result;
  expect(a.success, JSON.stringify(value)).toBe(b.success);
  if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
  if (!a.success && !b.success) {
    expect(a.error.issues).toStrictEqual(b.error.issues);
    // (the keys in zod's order too: a problem written out as text reads the same)
    expect(a.error.issues.map((i) => Object.keys(i))).toEqual(b.error.issues.map((i) => Object.keys(i)));
  }
}

/** The content script's schemas by name, each made on zod-base and on zod. */
const SCHEMAS = [
  ['disputeFactsSchema', (m: Modules) => m.rules.disputeFactsSchema],
  ['partialDisputeFactsSchema', (m: Modules) => m.rules.partialDisputeFactsSchema],
  ['moneySchema', (m: Modules) => m.rules.moneySchema],
  ['countrySchema', (m: Modules) => m.rules.countrySchema],
  ['safeIntegerSchema', (m: Modules) => m.rules.safeIntegerSchema],
  ['casesObservedSchema', (m: Modules) => m.messages.casesObservedSchema],
  ['merchantInputSchema', (m: Modules) => m.cases.merchantInputSchema],
  ['ticksSchema', (m: Modules) => m.cases.ticksSchema],
  ['isoDateTime', (m: Modules) => m.cases.isoDateTime],
  ['page settings', (m: Modules) => m.rules.objectOf(m.cases.pageSettingsFields)],
] as const;

const zodModules = (): Modules => ({ wire: zodWire, messages: zodMessages, cases: zodCases, rules: zodRules });

const observed = (disputes: unknown[]) => observedMessage(disputes);

const FULL_FACTS = {
  ...REQUIRED_FACTS,
  buyerCountry: 'SE',
  reason: 'Goods not received',
  networkReasonCode: '13.1',
  network: 'visa',
  dueBy: '2026-03-20T23:59:00.000Z',
  escalatedAt: '2026-03-10T10:00:00+01:00',
  returnTrackingAt: '2026-03-11T10:00:00Z',
  orderId: 'O-1',
  merchantReference: 'R-1',
  storeId: 'M1',
};

/** Values near each schema's edges: right, each field wrong in one way, missing, of another type. */
const ROWS: unknown[] = [
  undefined,
  null,
  0,
  NaN,
  Infinity,
  '',
  'SE',
  'se',
  'x'.repeat(201),
  '\u{1F600}'.repeat(200),
  '2026-03-02T12:00:00.000Z',
  '2026-02-30T12:00:00Z',
  '2026-03-02',
  2 ** 53,
  12.5,
  -1,
  [],
  [1, 2],
  {},
  REQUIRED_FACTS,
  FULL_FACTS,
  { ...FULL_FACTS, extra: 1 },
  { ...REQUIRED_FACTS, amount: undefined },
  { ...REQUIRED_FACTS, provider: 'paypal', amount: { amountMinor: 1, currency: 'eur' } },
  { ...REQUIRED_FACTS, amount: { amountMinor: 12.5, currency: 'EUR' } },
  { ...REQUIRED_FACTS, createdAt: 'yesterday', id: '' },
  { ...REQUIRED_FACTS, network: undefined, reason: '' },
  { id: 'D1' },
  { id: 'D1', buyerCountry: 'se', status: 'x' },
  { amountMinor: 100, currency: 'EUR' },
  { amountMinor: '100', currency: 'EURO' },
  observed([REQUIRED_FACTS, { id: 'D2', status: 'open' }]),
  observed([{ id: 'D1', status: 'open' }, { id: 'D2', buyerCountry: 'se' }]),
  observed([]),
  { ...observed([{ id: 'D1' }]), pageUrl: 'https://example.com/disputes', observedAt: '2026-03-02' },
  { ...observed([{ id: 'D1' }]), type: 'cases:list', page: 'unknown', storeId: '', locale: null },
  { ...observed([{ id: 'D1' }]), storeId: null, locale: 'x'.repeat(36), disputes: 'none' },
  { buyerCountry: 'SE', goods: 'digital', ticks: { a: true, b: false }, notes: 'n' },
  { ticks: { a: 'yes', ['k'.repeat(101)]: true } },
  { goods: 'food', notes: 'x'.repeat(5001) },
  { timeZone: 'Europe/Oslo', criticalHours: 12, soonHours: 48, hosts: { production: false } },
  { timeZone: '', criticalHours: 0, soonHours: 24 * 61, hosts: null },
  { timeZone: null, criticalHours: undefined, hosts: { production: 'no', playground: true } },
  Object.create(null),
];

describe('zod-base: the content script schemas on it, as on zod', () => {
  it('is not zod itself (else the comparisons below compare zod with zod)', () => {
    expect(base.rules.text()).not.toBeInstanceOf(z.ZodMiniType);
    expect(zodRules.text()).toBeInstanceOf(z.ZodMiniType);
  });

  describe.each(SCHEMAS)('%s', (_name, pick) => {
    it.each(ROWS.map((value, i) => [i, value]))('row %i', (_i, value) => {
      same(pick(base), pick(zodModules()), value);
    });

    it('any value', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withMap: true, withDate: true, withObjectString: true }), (value) => same(pick(base), pick(zodModules()), value)),
        { numRuns: 300 },
      );
    });
  });

  it('facts and messages with any field changed', () => {
    const field = fc.oneof(fc.constantFrom(...ROWS), fc.string({ maxLength: 4 }), fc.integer(), fc.anything());
    const facts = fc.dictionary(fc.constantFrom(...Object.keys(FULL_FACTS), 'other'), field).map((changes) => ({ ...FULL_FACTS, ...changes }));
    const message = fc.tuple(fc.array(fc.oneof(facts, field), { maxLength: 4 }), fc.dictionary(fc.constantFrom('type', 'pageUrl', 'page', 'storeId', 'locale', 'observedAt'), field));
    fc.assert(
      fc.property(facts, message, (f, [disputes, changes]) => {
        for (const [, pick] of SCHEMAS) same(pick(base), pick(zodModules()), f);
        same(base.messages.casesObservedSchema, zodMessages.casesObservedSchema, { ...observed(disputes), ...changes });
      }),
      { numRuns: 300 },
    );
  });

  it('wire: the boundary checks answer the same', () => {
    expect(base.wire.DEFAULT_CONTENT_SETTINGS).toStrictEqual(zodWire.DEFAULT_CONTENT_SETTINGS);
    const values = fc.oneof(fc.constantFrom(...ROWS), fc.anything());
    fc.assert(
      fc.property(values, (value) => {
        expect(base.wire.checkFacts(value)).toStrictEqual(zodWire.checkFacts(value));
        expect(base.wire.parseMerchant(value)).toStrictEqual(zodWire.parseMerchant(value));
        expect(base.wire.parseContentSettings(value)).toStrictEqual(zodWire.parseContentSettings(value));
        const stored = { 'M1|D1': { key: 'M1|D1', merchant: value }, '-|D2': { key: '-|D2', merchant: value } };
        expect(base.wire.merchantFromStore(stored)).toStrictEqual(zodWire.merchantFromStore(stored));
        expect(base.wire.merchantFromStore(JSON.stringify(stored))).toStrictEqual(zodWire.merchantFromStore(JSON.stringify(stored)));
      }),
      { numRuns: 300 },
    );
    // (a reading's check before it is sent, entrypoints/content/observed-check.ts, is no longer made
    // on zod-base: content-rules/observed.js, which the content script loads, is built on zod itself)
  });

  it('parse: the data, or a throw where zod throws', () => {
    for (const [, pick] of SCHEMAS) {
      for (const value of ROWS) {
        const theirs = pick(zodModules()).safeParse(value);
        if (theirs.success) expect(pick(base).parse(value)).toStrictEqual(theirs.data);
        else expect(() => pick(base).parse(value)).toThrow();
      }
    }
  });

  it('check: a check after a problem without `continue` is not run; after one with it, it is (as zod)', () => {
    for (const m of [base, zodModules()]) {
      const seen: unknown[] = [];
      const schema = m.rules.text({ min: 3 }).check((ctx) => void seen.push(ctx.value));
      schema.safeParse(1);
      schema.safeParse('ab');
      schema.safeParse('abc');
      expect(seen).toEqual(['ab', 'abc']);
    }
  });
});
