// The contract schemas the content script uses are written in forms that cost it less (zod/mini's
// partial/required helpers ~0.6 KB gzipped, z.int()'s number format ~0.4 KB, z.literal ~0.1 KB):
// the partial facts field by field, the safe integer as a refine, a message's type as a one-value
// enum. Each must accept and return exactly what its former definition does.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import * as messages from '../../lib/cases/messages';
import { isPortalUrl, portalUrlSchema } from '../../lib/cases/hosts';
import { merchantInputSchema, pageSettingsFields, settingsSchema, ticksSchema } from '../../lib/cases/schema';
import {
  arrayOf,
  booleanSchema,
  boundedText,
  countrySchema,
  disputeFactsSchema,
  disputeStatusSchema,
  finiteNumberSchema,
  goodsTypeSchema,
  holds,
  moneySchema,
  networkSchema,
  nullableOf,
  partialDisputeFactsSchema,
  providerSchema,
  safeIntegerSchema,
  text,
  withDefault,
} from '../../lib/rules/schema';
import { DISPUTE_STATUSES, GOODS_TYPES, NETWORKS, PROVIDERS } from '../../lib/rules/values';
import { REQUIRED_FACTS } from './fakes';

const reference = z.required(z.partial(disputeFactsSchema), { id: true });

const full = {
  ...REQUIRED_FACTS,
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


/**
 * A schema written out as checks against zod's own type: the same verdict, the same data (compared
 * with toStrictEqual, toEqual, or Object.is for numbers' -0 and NaN) and the same problems (codes,
 * paths, messages and what each kind of problem adds).
 */
function expectSameAsZod(ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown, data: 'strict' | 'equal' | 'is' = 'strict'): void {
  const a = ours.safeParse(value);
  const b = theirs.safeParse(value);
  expect(a.success).toBe(b.success);
  if (a.success && b.success) {
    if (data === 'is') expect(Object.is(a.data, b.data)).toBe(true);
    else if (data === 'equal') expect(a.data).toEqual(b.data);
    else expect(a.data).toStrictEqual(b.data);
  }
  if (!a.success && !b.success) expect(a.error.issues).toEqual(b.error.issues);
}

/**
 * zod's English messages for the tests of a describe block (the comparisons below compare
 * messages too), and the configuration as it was after them.
 */
function useEnglishZodMessages(): void {
  let before: z.core.$ZodConfig;
  beforeAll(() => {
    before = { ...z.config() };
    z.config(en());
  });
  afterAll(() => {
    z.config({ localeError: before.localeError });
  });
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

describe('safeIntegerSchema', () => {
  const int = z.int();
  const sameAsInt = (value: unknown) => {
    const expected = int.safeParse(value);
    const got = safeIntegerSchema.safeParse(value);
    expect(got.success, String(value)).toBe(expected.success);
    if (got.success && expected.success) expect(Object.is(got.data, expected.data)).toBe(true);
  };

  it.each<[string, unknown]>([
    ['0', 0],
    ['-0', -0],
    ['1250', 1250],
    ['-7', -7],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER],
    ['the smallest safe integer', Number.MIN_SAFE_INTEGER],
    ['one above', Number.MAX_SAFE_INTEGER + 1],
    ['one below', Number.MIN_SAFE_INTEGER - 1],
    ['2^53 + 2', 2 ** 53 + 2],
    ['1e300', 1e300],
    ['a fraction', 12.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '12'],
    ['a bigint', 12n],
    ['null', null],
    ['undefined', undefined],
  ])('%s: the same verdict as z.int()', (_name, value) => {
    sameAsInt(value);
  });

  it('any number: the same verdict as z.int()', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger(), fc.maxSafeNat().map((n) => n * 3)), (n) => sameAsInt(n)), { numRuns: 2000 });
  });

  it.each<[unknown, number]>([
    [90, 90],
    [1, 1],
    [3650, 3650],
    [0, 90],
    [3651, 90],
    [30.5, 90],
    ['30', 90],
  ])('settings retentionDays %s -> %s (anything but a whole number of days from 1 to 3650 is refused: the defaults)', (days, expected) => {
    const parsed = settingsSchema.safeParse({ retentionDays: days });
    expect(parsed.success ? parsed.data.retentionDays : 90).toBe(expected);
  });
});

describe("settings' number bounds (lib/cases/schema between): the same verdicts as zod's own checks", () => {
  // the definitions before the bounds became one refine each
  const hours = (max: number) => z.number().check(z.positive(), z.lte(max));
  const reference = {
    criticalHours: hours(24 * 30),
    soonHours: hours(24 * 60),
    retentionDays: safeIntegerSchema.check(z.gte(1), z.lte(3650)),
    hoursBefore: z.array(hours(24 * 60)).check(z.maxLength(10)),
  };
  const verdict = (field: keyof typeof reference, value: unknown) => {
    const ours = settingsSchema.safeParse(field === 'hoursBefore' ? { notifications: { hoursBefore: value } } : { [field]: value });
    const theirs = reference[field].safeParse(value);
    return [ours.success ? 'ok' : [...new Set(ours.error.issues.map((i) => String(i.path.at(-1) === 0 ? i.path.at(-2) : i.path.at(-1))))].join(), theirs.success ? 'ok' : field];
  };
  const edges = [0, -0, -1, 1e-9, 0.5, 1, 2, 24, 719.999, 720, 720.001, 721, 1440, 1440.5, 1441, 3649, 3650, 3650.5, 3651, 1e9, Number.NaN, Infinity, -Infinity, '24', null, true];

  it.each(Object.keys(reference) as (keyof typeof reference)[])('%s: every edge value', (field) => {
    for (const value of edges) {
      const [ours, theirs] = verdict(field, field === 'hoursBefore' ? [value] : value);
      expect(ours, `${field} ${String(value)}`).toBe(theirs);
    }
  });

  it('any number: the same verdicts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(reference) as (keyof typeof reference)[])), fc.oneof(fc.double(), fc.integer({ min: -10, max: 4000 })), (field, n) => {
        const [ours, theirs] = verdict(field, field === 'hoursBefore' ? [n] : n);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the bounds in its problem', () => {
    const parsed = settingsSchema.safeParse({ criticalHours: 0 });
    expect(parsed.success ? '' : parsed.error.issues[0]?.message).toBe('must be more than 0 and at most 720');
  });
});

describe("messages' type fields (lib/cases/messages messageType)", () => {
  const schemas = [
    messages.casesObservedSchema,
    messages.caseMerchantUpdateSchema,
    messages.casesListSchema,
    messages.caseAddManualSchema,
    messages.caseRemoveSchema,
    messages.casesExportSchema,
    messages.casesImportSchema,
    messages.casesClearSchema,
    messages.settingsGetSchema,
    messages.settingsUpdateSchema,
  ];
  const types = schemas.map((s) => [...(s.shape.type._zod.values as Set<string>)][0]!);

  it('one type per message, all different', () => {
    expect(new Set(types).size).toBe(schemas.length);
  });

  it.each(types)('%s: accepts exactly that text, as z.literal does', (type) => {
    const schema = schemas[types.indexOf(type)]!.shape.type;
    const literal = z.literal(type);
    for (const value of [type, type.toUpperCase(), ` ${type}`, `${type} `, type.slice(1), '', null, undefined, 1, [type], { type }, ...types]) {
      expect(schema.safeParse(value).success, String(value)).toBe(literal.safeParse(value).success);
    }
  });

  it('the request union tells the messages apart by type', () => {
    expect(messages.requestSchema.safeParse({ type: 'cases:list' }).success).toBe(true);
    expect(messages.requestSchema.safeParse({ type: 'settings:get' }).success).toBe(true);
    expect(messages.requestSchema.safeParse({ type: 'cases:clear', confirm: true }).success).toBe(true);
    expect(messages.requestSchema.safeParse({ type: 'cases:clear', confirm: false }).success).toBe(false);
    expect(messages.requestSchema.safeParse({ type: 'cases:lists' }).success).toBe(false);
    expect(messages.requestSchema.safeParse({ type: 'CASES:LIST' }).success).toBe(false);
    expect(messages.requestSchema.safeParse({}).success).toBe(false);
  });
});

describe('textMatching (a regex checked as a refine)', () => {
  const cases: [string, z.ZodMiniType, RegExp][] = [
    ['countrySchema', countrySchema, /^[A-Z]{2}$/],
    ['a currency', moneySchema.shape.currency, /^[A-Z]{3}$/],
    // (zod's own date-time pattern, z.iso.datetime({ offset: true })'s: observedAt checks its shape
    // and the day against the month apart, test/content/iso-date-time.test.ts)
    ['observedAt', messages.casesObservedSchema.shape.observedAt, z.core.regexes.datetime({ offset: true })],
  ];

  it.each(cases)('%s: accepts what z.regex with the same pattern accepts', (_name, schema, pattern) => {
    const reference = z.string().check(z.regex(pattern));
    const same = (value: unknown) => {
      expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(reference.safeParse(value).success);
    };
    for (const value of ['SE', 'se', 'SEK', 'EUR', 'S', 'SEKK', ' SE', 'SE\n', '', '2026-03-02T12:00:00Z', null, undefined, 1, ['SE'], { SE: 1 }]) same(value);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Z]{2,3}$/), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), same), { numRuns: 1000 });
  });

  it('gives the same answer however often it is asked (the pattern keeps no state)', () => {
    for (let i = 0; i < 5; i++) expect(countrySchema.safeParse('SE').success).toBe(true);
  });
});

describe('ticksSchema (evidence ticks checked in one step)', () => {
  // the definition before it was written out (zod's record costs the content script 0.5 KB gzipped)
  const record = z.record(z.string().check(z.maxLength(100)), z.boolean());
  // messages as the background has them (classic zod sets English); each test file has its own zod
  useEnglishZodMessages();

  const sameAsRecord = (value: unknown) => {
    const ours = ticksSchema.safeParse(value);
    const theirs = record.safeParse(value);
    expect(ours.success).toBe(theirs.success);
    if (ours.success && theirs.success) {
      expect(ours.data).toEqual(theirs.data);
      // own keys and their order, a fresh object each time (never the input itself)
      expect(Reflect.ownKeys(ours.data)).toEqual(Reflect.ownKeys(theirs.data));
      expect(Object.getPrototypeOf(ours.data)).toBe(Object.getPrototypeOf(theirs.data));
      expect(ours.data).not.toBe(value);
    }
    // the same problems: paths, codes and messages (the quarantine shows them), nested key problems too
    if (!ours.success && !theirs.success) expect(ours.error.issues).toEqual(theirs.error.issues);
    // inside the stored merchant input, as its `ticks` with its default
    const a = merchantInputSchema.safeParse({ ticks: value });
    const b = z.object({ ticks: z._default(record, {}) }).safeParse({ ticks: value });
    expect(a.success).toBe(b.success);
    if (a.success && b.success) expect(a.data.ticks).toEqual(b.data.ticks);
    if (!a.success && !b.success) expect(a.error.issues).toEqual(b.error.issues);
  };

  class Ticks {
    a = true;
  }
  const withHidden = Object.defineProperty({ a: true }, 'hidden', { value: 'not a boolean', enumerable: false });
  const withProto = JSON.parse('{"__proto__": 1, "a": true}') as unknown;
  const bare = Object.assign(Object.create(null) as object, { a: false });

  it.each<[string, unknown]>([
    ['none', {}],
    ['ticked and unticked', { 'doc.receipt': true, 'doc.tracking': false }],
    ['numeric ids (their own key order)', { b: true, 2: false, 1: true }],
    ['an id of 100 characters', { ['x'.repeat(100)]: true }],
    ['an id of 101 characters', { ['x'.repeat(101)]: true }],
    ['an id of 100 characters outside the BMP (200 UTF-16 units)', { ['😀'.repeat(100)]: true }],
    ['an id of 101 characters outside the BMP', { ['😀'.repeat(101)]: true }],
    ['a lone surrogate in a long id', { ['\ud83d'.repeat(100)]: true }],
    ['a numeric id of 101 digits', { ['1'.repeat(101)]: true }],
    ['a value that is no boolean', { a: 'true' }],
    ['several problems', { a: 1, ['y'.repeat(101)]: 'x', b: true, c: null }],
    ['a symbol key', { [Symbol('s')]: true, a: true }],
    ['an own __proto__ key (left out)', withProto],
    ['a hidden (not enumerable) property (left out)', withHidden],
    ['no prototype', bare],
    ['a class instance', new Ticks()],
    ['a Date', new Date(0)],
    ['a Map', new Map([['a', true]])],
    ['an array', [true]],
    ['an empty array', []],
    ['null', null],
    ['a string', 'a'],
    ['a number', 1],
    ['true', true],
  ])('%s: the same verdict, data and problems as z.record', (_name, value) => {
    sameAsRecord(value);
  });

  it('any object: the same verdict, data and problems as z.record', () => {
    const key = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 98, maxLength: 102 }), fc.constantFrom('__proto__', 'constructor', '0', '12', 'toString'));
    const value = fc.oneof(fc.boolean(), fc.boolean(), fc.constantFrom(0, 1, 'true', null, undefined, {}));
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (v) => sameAsRecord(v)), { numRuns: 1000 });
    fc.assert(fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withNullPrototype: true, withObjectString: true }), (v) => sameAsRecord(v)), { numRuns: 1000 });
  });
});

describe('arrayOf (an array checked in one step)', () => {
  // zod's own array with its length check, as the disputes of a reading were checked before
  const zodArray = (max: number) => z.array(partialDisputeFactsSchema).check(z.maxLength(max));
  useEnglishZodMessages();

  // (the same problems: paths, the item's index first; and a new array, not the one given)
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => {
    expectSameAsZod(ours, theirs, value, 'equal');
    const a = ours.safeParse(value);
    if (a.success) expect(a.data).not.toBe(value);
  };

  const ok = { id: 'D1', status: 'open', amount: { amountMinor: 1250, currency: 'EUR' }, extra: 'dropped' };
  const bad = { id: '', status: 'opened', amount: { amountMinor: 1.5, currency: 'eur' } };
  const sparse: unknown[] = [ok];
  sparse[2] = ok;

  it.each<[string, unknown]>([
    ['none', []],
    ['valid items (unknown fields dropped)', [ok, { id: 'D2' }]],
    ['invalid items among valid ones', [ok, bad, { id: 'D3', buyerCountry: 'se' }, ok]],
    ['items that are no objects', [null, 'D1', 1, [ok]]],
    ['as many items as allowed', [ok, ok, ok]],
    ['one item too many (refused unread, bad items too)', [bad, ok, bad, ok]],
    ['a hole', sparse],
    ['no array', { 0: ok, length: 1 }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'D1'],
  ])('%s: the same verdict, data and problems as z.array', (_name, value) => {
    same(arrayOf(partialDisputeFactsSchema, 3), zodArray(3), value);
  });

  it('any list of facts: the same verdict, data and problems', () => {
    const item = fc.oneof(fc.constant(ok), fc.constant(bad), fc.record({ id: fc.string({ maxLength: 3 }), status: fc.constantFrom('open', 'won', 'x') }), fc.anything());
    fc.assert(fc.property(fc.array(item, { maxLength: 5 }), (value) => same(arrayOf(partialDisputeFactsSchema, 3), zodArray(3), value)), { numRuns: 500 });
  });

  it("cases:observed: the same verdicts as with zod's array (10,000 disputes at most)", () => {
    const reference = z.object({ ...messages.casesObservedSchema.shape, disputes: zodArray(10_000) });
    const message = {
      type: 'cases:observed',
      pageUrl: 'https://portal.kustom.co/disputes',
      page: 'dispute_list',
      storeId: 'M1',
      locale: 'en',
      observedAt: '2026-03-02T12:00:00Z',
      disputes: [ok],
    };
    for (const disputes of [[ok], [ok, bad], [], 'none', Array.from({ length: 10_000 }, () => ({ id: 'D' })), Array.from({ length: 10_001 }, () => ({ id: 'D' }))]) {
      same(messages.casesObservedSchema, reference, { ...message, disputes });
    }
    same(messages.casesObservedSchema, reference, { ...message, page: 'x', disputes: [bad] });
  });
});

describe('finiteNumberSchema and booleanSchema (a number and a boolean checked in one step)', () => {
  useEnglishZodMessages();

  // (the same problem: code, expected type, `received` for NaN and the infinities, message)
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => expectSameAsZod(ours, theirs, value, 'is');
  const values = [0, -0, 1, -7.5, 1e300, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity, '1', '', true, false, null, undefined, 1n, {}, [], [1], new Number(1), new Boolean(true), Symbol('s'), () => 1, new Date(0)];

  it.each(values.map((v) => [typeof v === 'symbol' ? 'a symbol' : typeof v === 'bigint' ? '1n' : String(v), v] as const))('%s: the same verdict and problem as z.number() and z.boolean()', (_name, value) => {
    same(finiteNumberSchema, z.number(), value);
    same(booleanSchema, z.boolean(), value);
  });

  it('any value: the same verdicts and problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.anything()), (value) => {
        same(finiteNumberSchema, z.number(), value);
        same(booleanSchema, z.boolean(), value);
      }),
      { numRuns: 1000 },
    );
  });

  it('with further checks after them: a value of the wrong type gets its type problem only, as with zod', () => {
    same(safeIntegerSchema, z.number().check(z.refine(Number.isSafeInteger, 'expected a safe integer')), 'x');
    same(safeIntegerSchema, z.number().check(z.refine(Number.isSafeInteger, 'expected a safe integer')), Number.NaN);
    same(safeIntegerSchema, z.number().check(z.refine(Number.isSafeInteger, 'expected a safe integer')), 1.5);
  });
});

describe('nullableOf (null or a value, checked in one step)', () => {
  useEnglishZodMessages();
  // the inner schemas the content script's nullable fields have: a reading's store and language, the settings' zone
  const inners: [string, () => z.ZodMiniType][] = [
    ['boundedText(1, 200)', () => boundedText(1, 200)],
    ['string, at most 35', () => z.string().check(z.maxLength(35))],
    ['non-empty string', () => z.string().check(z.minLength(1))],
    ['country', () => countrySchema],
  ];
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => expectSameAsZod(ours, theirs, value, 'equal');

  it.each(inners)('%s: the same verdict, data and problems as z.nullable, value by value', (_name, inner) => {
    for (const value of [null, undefined, '', 'a', 'SE', 'se', 'x'.repeat(35), 'x'.repeat(36), 'x'.repeat(200), 'x'.repeat(201), 0, 12, false, {}, [], ['a']]) {
      same(nullableOf(inner()), z.nullable(inner()), value);
    }
  });

  it.each(inners)('%s: any value, the same as z.nullable', (_name, inner) => {
    const ours = nullableOf(inner());
    const theirs = z.nullable(inner());
    fc.assert(fc.property(fc.oneof(fc.constant(null), fc.string({ maxLength: 210 }), fc.anything()), (v) => same(ours, theirs, v)), { numRuns: 500 });
  });

  it('inside an object, with a default and when the key is missing: the same as z.nullable', () => {
    const ours = z.object({ tz: z._default(nullableOf(z.string().check(z.minLength(1))), null), store: nullableOf(boundedText(1, 200)) });
    const theirs = z.object({ tz: z._default(z.nullable(z.string().check(z.minLength(1))), null), store: z.nullable(boundedText(1, 200)) });
    for (const value of [{}, { store: null }, { tz: undefined, store: 'S' }, { tz: null, store: '' }, { tz: '', store: 1 }, { tz: 'Europe/Stockholm', store: 'x'.repeat(201) }, null, 'x']) {
      same(ours, theirs, value);
    }
  });

  it("the page settings' zone and a reading's message, as with z.nullable", () => {
    const settings = z.object({ ...pageSettingsFields, timeZone: z._default(z.nullable(z.string().check(z.minLength(1))), null) });
    for (const tz of [undefined, null, '', 'Europe/Berlin', 3]) same(z.object(pageSettingsFields), settings, { timeZone: tz });
    const observed = z.object({
      ...messages.casesObservedSchema.def.shape,
      storeId: z.nullable(boundedText(1, 200)),
      locale: z.nullable(z.string().check(z.maxLength(35))),
    });
    const message = { type: 'cases:observed', pageUrl: 'https://portal.kustom.co/disputes', page: 'dispute_list', observedAt: '2026-03-01T10:00:00.000Z', disputes: [full] };
    for (const [storeId, locale] of [[null, null], ['M1', 'en-GB'], ['', 'en'], [undefined, null], ['M1', 'x'.repeat(36)], [7, 7]] as const) {
      same(messages.casesObservedSchema, observed, { ...message, storeId, locale });
    }
  });
});

describe('oneOf (one of a list of texts, checked in one step)', () => {
  // the definitions before they were written out (zod's enum type costs the content script 0.2 KB gzipped)
  const enums: [string, z.ZodMiniType, readonly string[]][] = [
    ['providerSchema', providerSchema, PROVIDERS],
    ['networkSchema', networkSchema, NETWORKS],
    ['disputeStatusSchema', disputeStatusSchema, DISPUTE_STATUSES],
    ['goodsTypeSchema', goodsTypeSchema, GOODS_TYPES],
    ["cases:observed's page", messages.casesObservedSchema.shape.page, ['dispute_list', 'dispute_detail']],
    ["cases:observed's type", messages.casesObservedSchema.shape.type, ['cases:observed']],
  ];
  useEnglishZodMessages();

  // (the same problem: code, the values named, message)
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => expectSameAsZod(ours, theirs, value, 'equal');
  const others = ['', ' ', 'OPEN', 'Card', ' visa', 'won ', 'unknown', '__proto__', 'toString', null, undefined, 0, 1, Number.NaN, true, {}, [], ['open'], new String('open'), Symbol('s'), 1n];

  it.each(enums)('%s: every value and others, the same verdict, data and problem as z.enum', (_name, schema, values) => {
    const theirs = z.enum(values as [string, ...string[]]);
    for (const value of [...values, ...values.map((v) => v.toUpperCase()), ...values.map((v) => `${v} `), ...others]) same(schema, theirs, value);
    fc.assert(fc.property(fc.oneof(fc.constantFrom(...values), fc.string(), fc.anything()), (v) => same(schema, theirs, v)), { numRuns: 300 });
  });

  it.each(enums)('%s: optional and inside an object, as z.enum', (_name, schema, values) => {
    const theirs = z.enum(values as [string, ...string[]]);
    for (const value of [{}, { v: undefined }, { v: values[0] }, { v: 'x' }, { v: null }, null]) {
      same(z.object({ v: z.optional(schema) }), z.object({ v: z.optional(theirs) }), value);
      same(z.object({ v: schema }), z.object({ v: theirs }), value);
    }
  });

  it.each(enums)('%s: names its values where a discriminated union looks for them, as z.enum does', (_name, schema, values) => {
    expect(schema._zod.values).toEqual(z.enum(values as [string, ...string[]])._zod.values);
  });
});

describe('text (a text and its length checked in one step)', () => {
  // the definitions before they were written out (zod's string type and length checks cost the content script 0.3 KB gzipped)
  const zodText = (min?: number, max?: number) => {
    const checks = [...(min === undefined ? [] : [z.minLength(min)]), ...(max === undefined ? [] : [z.maxLength(max)])];
    return checks.length > 0 ? z.string().check(...checks) : z.string();
  };
  const bounds: [string, number | undefined, number | undefined][] = [
    ['no bounds', undefined, undefined],
    ['1 to 200 (an id, a reason, a store)', 1, 200],
    ['at least 1 (a zone)', 1, undefined],
    ['at most 100 (an evidence item)', undefined, 100],
    ['at most 35 (a language tag)', undefined, 35],
    ['0 to 3 (an empty text allowed)', 0, 3],
    ['2 to 4', 2, 4],
  ];
  useEnglishZodMessages();

  // (the same problems: codes, origins, bounds, messages; a non-text with a length gets its length's too)
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => expectSameAsZod(ours, theirs, value);
  const values = (min = 1, max = 1) => [
    '',
    'a',
    'ab',
    'abcd',
    'abcde',
    'x'.repeat(max),
    'x'.repeat(max + 1),
    'x'.repeat(Math.max(0, min - 1)),
    '😀'.repeat(min),
    '😀'.repeat(max),
    '😀'.repeat(max + 1),
    `${'😀'.repeat(Math.max(0, min - 1))}a`,
    '\ud83d'.repeat(max + 1),
    '\ude00\ud83d'.repeat(max),
    'x'.repeat(50_000),
    null,
    undefined,
    0,
    1,
    true,
    1n,
    Symbol('s'),
    [],
    ['a'],
    Array.from({ length: max + 1 }, () => 'a'),
    {},
    { length: 1 },
    { length: max + 1 },
    { length: 'x' },
    { length: '3' },
    { length: null },
    { length: Number.NaN },
    (a: unknown) => a,
    () => 1,
    new String('abc'),
  ];

  it.each(bounds)('%s: the same verdict, data and problems as z.string() with its length checks', (_name, min, max) => {
    const ours = text({ min, max });
    const theirs = zodText(min, max);
    for (const value of values(min, max)) same(ours, theirs, value);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), fc.anything()), (v) => same(ours, theirs, v)), { numRuns: 500 });
  });

  it('with a check after it: the same problems as zod (a refine runs after a length problem, not after a type problem)', () => {
    const isPage = (s: string) => s.startsWith('https://');
    const ours = text({ max: 10 }).check(z.refine(isPage, 'not a page'));
    const theirs = z.string().check(z.maxLength(10), z.refine(isPage, 'not a page'));
    for (const value of ['https://a', 'https://abcdef', 'http://a', 'http://abcdefgh', '', 12, null, ['https://a'], Array.from({ length: 11 }, () => 1)]) same(ours, theirs, value);
  });

  it('the page URL of a reading, as zod checked it', () => {
    const theirs = z.string().check(z.maxLength(2000), z.refine(isPortalUrl, 'not a page of the portal hosts'));
    for (const value of ['https://portal.kustom.co/disputes', `https://portal.kustom.co/${'x'.repeat(2000)}`, 'https://example.com/', `https://example.com/${'x'.repeat(2000)}`, 'nope', '', null, 3, []]) {
      same(portalUrlSchema, theirs, value);
    }
  });

  it('optional, nullable and with a default, inside an object: the same as z.string()', () => {
    const ours = z.object({ a: z.optional(text({ min: 1, max: 3 })), b: nullableOf(text({ max: 3 })), c: z._default(text({ min: 1 }), 'x') });
    const theirs = z.object({ a: z.optional(zodText(1, 3)), b: z.nullable(zodText(undefined, 3)), c: z._default(zodText(1), 'x') });
    for (const value of [{}, { a: 'ab', b: null, c: 'y' }, { a: '', b: 'abcd', c: '' }, { a: 1, b: 2, c: 3 }, { a: undefined, b: undefined, c: undefined }, null, []]) same(ours, theirs, value);
  });
});

describe('holds (a refine written out)', () => {
  // z.refine, which the contract's refines were (its class costs the content script 0.3 KB gzipped)
  useEnglishZodMessages();

  // (the same problems: code, message, path; the checks after a failed one still run, as after zod's)
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => expectSameAsZod(ours, theirs, value);
  const isUpper = (s: string) => /^[A-Z]+$/.test(s);
  const short = (s: string) => s.length < 4;
  const cases: [string, z.ZodMiniType, z.ZodMiniType, unknown[]][] = [
    ['after a text', text().check(holds(isUpper, 'upper case')), text().check(z.refine(isUpper, 'upper case')), ['SE', 'se', '', 1, null, undefined, ['SE']]],
    [
      'two, one after another, after a bounded text',
      text({ max: 5 }).check(holds(isUpper, 'upper case'), holds(short, 'short')),
      text({ max: 5 }).check(z.refine(isUpper, 'upper case'), z.refine(short, 'short')),
      ['ABC', 'abc', 'ABCD', 'abcd', 'abcdefg', 'ABCDEFG', '', 3, { length: 9 }],
    ],
    ['after a number', finiteNumberSchema.check(holds(Number.isSafeInteger, 'whole')), finiteNumberSchema.check(z.refine(Number.isSafeInteger, 'whole')), [1, 1.5, 2 ** 53, Number.NaN, '1', null]],
    ['a safe integer', safeIntegerSchema, finiteNumberSchema.check(z.refine(Number.isSafeInteger, 'expected a safe integer')), [0, -7, 1.5, 2 ** 53, Infinity, '2', undefined]],
    ['the page URL', portalUrlSchema, z.string().check(z.maxLength(2000), z.refine(isPortalUrl, 'not a page of the portal hosts')), ['https://portal.kustom.co/disputes', 'https://example.com/', `https://example.com/${'x'.repeat(2000)}`, '', 5]],
    ['a country', countrySchema, z.string().check(z.refine((s) => /^[A-Z]{2}$/.test(s), 'ISO 3166-1 alpha-2 code')), ['SE', 'se', 'SWE', '', null]],
  ];

  it.each(cases)('%s: the same verdict, data and problems as z.refine', (_name, ours, theirs, values) => {
    for (const value of values) same(ours, theirs, value);
    for (const value of values) same(z.object({ v: ours }), z.object({ v: theirs }), { v: value });
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.anything()), (v) => same(ours, theirs, v)), { numRuns: 300 });
  });

  it("the settings' bounds and a reading's dates, as with z.refine", () => {
    for (const criticalHours of [24, 0, -1, 720, 721, 0.5, Number.NaN, '24']) {
      const parsed = settingsSchema.safeParse({ criticalHours });
      const expected = z.object({ v: finiteNumberSchema.check(z.refine((n) => n > 0 && n <= 720, 'must be more than 0 and at most 720')) }).safeParse({ v: criticalHours });
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual(expected.success ? [] : expected.error.issues.map((i) => i.message));
    }
    const reference = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date'));
    for (const createdAt of ['2026-03-01T10:00:00Z', 'yesterday', '', 5]) same(partialDisputeFactsSchema, z.object({ ...partialDisputeFactsSchema.shape, createdAt: z.optional(reference) }), { id: 'D1', createdAt });
  });
});

describe('withDefault (a default written out)', () => {
  // z._default, which the stored inputs' and settings' defaults were (its type costs the content script 0.1 KB gzipped)
  useEnglishZodMessages();

  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown) => expectSameAsZod(ours, theirs, value);
  const hosts = { production: true, playground: true };
  const toNothing = () => z.pipe(text(), z.transform((): string | undefined => undefined));
  const cases: [string, () => z.ZodMiniType, () => z.ZodMiniType, unknown[]][] = [
    ['a boolean', () => withDefault(booleanSchema, true), () => z._default(booleanSchema, true), [true, false, undefined, null, 0, 'true']],
    ['a nullable text', () => withDefault(nullableOf(text({ min: 1 })), null), () => z._default(nullableOf(text({ min: 1 })), null), ['Europe/Oslo', '', null, undefined, 3]],
    ['an object of defaults', () => withDefault(z.object({ production: withDefault(booleanSchema, true), playground: withDefault(booleanSchema, true) }), hosts), () => z._default(z.object({ production: z._default(booleanSchema, true), playground: z._default(booleanSchema, true) }), hosts), [{}, { production: false }, { production: 1 }, undefined, null, 'x', { playground: false, extra: 1 }]],
    ['the ticks', () => withDefault(ticksSchema, {}), () => z._default(ticksSchema, {}), [{}, { a: true }, { a: 'x' }, undefined, null, []]],
    ['a list', () => withDefault(z.array(finiteNumberSchema), [72, 24, 2]), () => z._default(z.array(finiteNumberSchema), [72, 24, 2]), [[1], [], ['1'], undefined, null]],
    ['an optional text (undefined inside)', () => withDefault(z.optional(text()), 'x'), () => z._default(z.optional(text()), 'x'), ['a', undefined, 1]],
    ['a text turned into undefined', () => withDefault(toNothing(), 'x'), () => z._default(toNothing(), 'x'), ['a', undefined, 1]],
  ];

  it.each(cases)('%s: the same verdict, data and problems as z._default, alone and as a field present, missing or undefined', (_name, ours, theirs, values) => {
    for (const value of values) {
      same(ours(), theirs(), value);
      same(z.object({ v: ours() }), z.object({ v: theirs() }), { v: value });
    }
    same(z.object({ v: ours() }), z.object({ v: theirs() }), {});
    fc.assert(fc.property(fc.anything(), (v) => same(z.object({ v: ours() }), z.object({ v: theirs() }), { v })), { numRuns: 200 });
  });

  it('a fresh copy of the default each time, as zod gives', () => {
    const schema = withDefault(z.object({ a: withDefault(booleanSchema, true) }), { a: true });
    const first = schema.parse(undefined);
    const second = schema.parse(undefined);
    expect(first).toEqual({ a: true });
    expect(first).not.toBe(second);
    const list = withDefault(z.array(finiteNumberSchema), [1, 2]);
    expect(list.parse(undefined)).not.toBe(list.parse(undefined));
  });

  it("the settings and the merchant's inputs, as with z._default", () => {
    const settings = z.object({
      ...settingsSchema.shape,
      timeZone: z._default(nullableOf(text({ min: 1 })), null),
      hosts: z._default(z.object({ production: z._default(booleanSchema, true), playground: z._default(booleanSchema, true) }), hosts),
    });
    for (const value of [{}, { timeZone: 'Europe/Oslo', hosts: { production: false } }, { hosts: {} }, { hosts: null }, { timeZone: '' }, { criticalHours: 0 }, null]) {
      expect(settingsSchema.safeParse(value).success).toBe(settings.safeParse(value).success);
      const a = z.object(pageSettingsFields).safeParse(value);
      const b = z.object({ ...pageSettingsFields, timeZone: settings.shape.timeZone, hosts: settings.shape.hosts }).safeParse(value);
      expect(a.success).toBe(b.success);
      if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
    }
    for (const value of [{}, { ticks: { a: true } }, { ticks: undefined }, { ticks: null }]) {
      same(merchantInputSchema, z.object({ ...merchantInputSchema.shape, ticks: z._default(ticksSchema, {}) }), value);
    }
  });
});
