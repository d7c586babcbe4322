// lib/rules/schema objectOf and optionalOf: zod's object and optional types written out (the content
// script's objects, 1.1 KB gzipped less). Each must accept and return exactly what z.object and
// z.optional do, with the same problems, and stay an object to zod's own helpers (partial, required,
// extend, a discriminated union). (zod/mini's z.object is zod's interpreted $ZodObject, never its
// JIT $ZodObjectJIT: the comparisons hold whatever z.config's jitless says.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import * as messages from '../../lib/cases/messages';
import { merchantInputSchema, pageSettingsFields } from '../../lib/cases/schema';
import { booleanSchema, checkedBy, disputeFactsSchema, moneySchema, nullableOf, objectOf, oneOf, optionalOf, partialDisputeFactsSchema, text, withDefault } from '../../lib/rules/schema';
import { REQUIRED_FACTS } from './fakes';

beforeAll(() => {
  // (the comparisons compare messages too: zod's English ones, as the other schema tests)
  const before = { ...z.config() };
  z.config(en());
  afterAll(() => {
    z.config({ localeError: before.localeError });
  });
});

/** The same verdict, the same data (toStrictEqual: a key set to undefined is not a key left out) and the same problems. */
function same(ours: z.ZodMiniType, theirs: z.ZodMiniType, value: unknown): void {
  const a = ours.safeParse(value);
  const b = theirs.safeParse(value);
  expect(a.success, JSON.stringify(value)).toBe(b.success);
  if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
  if (!a.success && !b.success) expect(a.error.issues).toEqual(b.error.issues);
}

/** `schema` with zod's own object and optional types wherever it has ours, recursively. */
function withZodTypes(schema: z.ZodMiniType): z.ZodMiniType {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodMiniType>; innerType?: z.ZodMiniType };
  if (def.type === 'optional' && def.innerType) return z.optional(withZodTypes(def.innerType));
  if (def.type === 'object' && def.shape) return z.object(Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, withZodTypes(v)])));
  return schema;
}

// Every kind of field an object may have: required, optional, with a default, one that accepts
// undefined without being optional (zod's `nonoptional` problem when it is missing), a nullable one
// and an object in an object.
const fields = (object: typeof objectOf, optional: typeof optionalOf) => ({
  id: text({ min: 1, max: 5 }),
  note: optional(text({ max: 3 })),
  ticked: withDefault(booleanSchema, true),
  anything: z.unknown(),
  zone: nullableOf(text({ min: 1 })),
  inner: optional(object({ a: text(), b: optional(booleanSchema) })),
  // (zod's optional of a default with a check that fails on the default)
  later: z.optional(z._default(text(), 'x').check(z.refine((s) => s !== 'x', 'not x'))),
  // (a field that may be left out and gives a default, with a problem whatever it is given: left out,
  // it is dropped with its problem)
  odd: odd(),
});
function odd() {
  const schema = checkedBy<string>((ctx) => {
    ctx.issues.push({ code: 'custom', message: 'odd', input: ctx.value });
  });
  schema._zod.optin = 'defaulted';
  schema._zod.optout = 'optional';
  return schema;
}
const ours = objectOf(fields(objectOf, optionalOf));
const theirs = z.object(fields(z.object as typeof objectOf, z.optional as typeof optionalOf));

const full = { id: 'D1', note: 'abc', ticked: false, anything: 1, zone: null, inner: { a: 'x', b: true } };
const inherited = Object.assign(Object.create({ id: 'P1', note: 'x' }) as object, { anything: 1, zone: 'Z' });
const nullPrototype = Object.assign(Object.create(null) as object, full);

describe('objectOf and z.object', () => {
  it.each<[string, unknown]>([
    ['every field', full],
    ['only what is required', { id: 'D1', anything: null, zone: 'Europe/Oslo' }],
    ['nothing', {}],
    ['an unknown key (dropped)', { ...full, extra: 1 }],
    ['optional fields set to undefined (kept as keys)', { ...full, note: undefined, inner: undefined }],
    ['a default set to undefined', { ...full, ticked: undefined }],
    ['a required field missing that takes undefined (nonoptional)', { id: 'D1', zone: null }],
    ['a required field set to undefined that takes undefined', { id: 'D1', zone: null, anything: undefined }],
    ['wrong types everywhere', { id: 5, note: 7, ticked: 'yes', anything: 1, zone: '', inner: { a: 1, b: 'no' } }],
    ['an object in the object that is none', { ...full, inner: 'x' }],
    ['an object in the object with a key missing', { ...full, inner: {} }],
    ['too long texts', { ...full, id: 'x'.repeat(6), note: 'abcd' }],
    ['a field whose default fails, given', { ...full, later: 'x' }],
    ['a field whose default fails, given another value', { ...full, later: 'y' }],
    ['a field whose default fails, set to undefined', { ...full, later: undefined }],
    ['fields from the prototype', inherited],
    ['no prototype', nullPrototype],
    ['a date', new Date(0)],
    ['a map', new Map([['id', 'D1']])],
    ['null', null],
    ['undefined', undefined],
    ['an array', [full]],
    ['a text', 'D1'],
    ['a number', 1],
  ])('%s: the same verdict, data and problems', (_name, value) => {
    same(ours, theirs, value);
  });

  it('any value, any object of these fields: the same verdict, data and problems', () => {
    const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(undefined), fc.anything());
    const object = fc.record(
      {
        id: maybe(fc.string({ maxLength: 6 })),
        note: maybe(fc.string({ maxLength: 4 })),
        ticked: maybe(fc.boolean()),
        anything: fc.anything(),
        zone: maybe(fc.option(fc.string({ maxLength: 2 }))),
        inner: maybe(fc.record({ a: maybe(fc.string()), b: maybe(fc.boolean()) }, { requiredKeys: [] })),
        later: maybe(fc.constantFrom('x', 'y')),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(object, (value) => same(ours, theirs, value)), { numRuns: 1000 });
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withDate: true }), (value) => same(ours, theirs, value)), { numRuns: 500 });
  });

  it("the content script's objects: the same as with zod's types", () => {
    const amount = { amountMinor: 1250, currency: 'EUR' };
    const facts = { ...REQUIRED_FACTS, buyerCountry: 'SE', network: 'visa', dueBy: '2026-03-20T23:59:00+01:00', storeId: 'M1', extra: 1 };
    const message = {
      type: 'cases:observed',
      pageUrl: 'https://portal.kustom.co/disputes',
      page: 'dispute_list',
      storeId: null,
      locale: 'en',
      observedAt: '2026-03-02T12:00:00Z',
      disputes: [{ id: 'D1' }, facts],
    };
    const cases: [string, z.ZodMiniType, unknown[]][] = [
      ['money', moneySchema, [amount, { amountMinor: 1.5, currency: 'eur' }, {}, null]],
      ['facts', disputeFactsSchema, [facts, { ...facts, amount: undefined }, { id: 'D1' }, { ...facts, network: 'x', storeId: '' }, []]],
      ['partial facts', partialDisputeFactsSchema, [facts, { id: 'D1' }, { id: 'D1', amount }, { id: 'D1', amount: { amountMinor: '1' } }, { status: 'open' }]],
      ["merchant's inputs", merchantInputSchema, [{}, { ticks: { a: true }, goods: 'digital', notes: 'n' }, { ticks: undefined, buyerCountry: 'se' }, { notes: 7 }]],
      ['page settings', objectOf(pageSettingsFields), [{}, { timeZone: 'Europe/Oslo', hosts: { production: false } }, { hosts: null }, { criticalHours: 0, soonHours: '1' }]],
      ['cases:observed', messages.casesObservedSchema, [message, { ...message, disputes: [{}] }, { ...message, type: 'x', page: undefined }, { type: 'cases:observed' }]],
    ];
    for (const [, schema, values] of cases) for (const value of values) same(schema, withZodTypes(schema), value);
  });

  it("stays an object to zod's helpers: shape, partial, required, extend", () => {
    expect(ours.shape).toBe(ours._zod.def.shape);
    same(z.partial(ours), z.partial(theirs), {});
    same(z.partial(ours), z.partial(theirs), { id: 5, extra: 1 });
    same(z.required(z.partial(ours), { id: true }), z.required(z.partial(theirs), { id: true }), { note: 'a' });
    same(z.required(ours), z.required(theirs), { id: 'D1', anything: 1, zone: null });
    same(z.extend(ours, { more: text() }), z.extend(theirs, { more: text() }), { ...full, more: 'm' });
    same(z.extend(ours, { more: text() }), z.extend(theirs, { more: text() }), full);
  });

  it('tells a discriminated union its values, as z.object does', () => {
    const a = { type: messages.casesObservedSchema.shape.type, n: optionalOf(booleanSchema), o: optionalOf(messages.casesObservedSchema.shape.page) };
    expect(objectOf(a)._zod.propValues).toEqual(z.object(a)._zod.propValues);
    const union = (object: typeof objectOf) =>
      z.discriminatedUnion('type', [object({ type: messages.casesObservedSchema.shape.type, n: booleanSchema }), object({ type: messages.casesObservedSchema.shape.page, s: text() })]);
    for (const value of [{ type: 'cases:observed', n: true }, { type: 'dispute_list', s: 's' }, { type: 'dispute_detail', n: true }, { type: 'x' }, {}, null]) {
      same(union(objectOf), union(z.object as typeof objectOf), value);
    }
    // (the messages' union reads a reading as its own schema does)
    const reading = { type: 'cases:observed', pageUrl: 'https://portal.kustom.co/disputes', page: 'dispute_list', storeId: 'M1', locale: null, observedAt: '2026-03-02T12:00:00Z', disputes: [{ id: 'D1' }] };
    same(messages.requestSchema, messages.casesObservedSchema, reading);
    same(messages.requestSchema, messages.casesObservedSchema, { ...reading, disputes: [{}] });
  });
});

describe('optionalOf and z.optional', () => {
  const inner = () => text({ min: 1, max: 3 });
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a valid value', 'ab'],
    ['an invalid value', ''],
    ['null', null],
    ['another type', 5],
  ])('%s: the same alone and as a field, present or missing', (_name, value) => {
    same(optionalOf(inner()), z.optional(inner()), value);
    same(objectOf({ v: optionalOf(inner()) }), z.object({ v: z.optional(inner()) }), { v: value });
    same(objectOf({ v: optionalOf(inner()) }), z.object({ v: z.optional(inner()) }), {});
  });

  it('marks a field that may be left out, as z.optional', () => {
    const schema = optionalOf(inner());
    expect([schema._zod.optin, schema._zod.optout]).toEqual([z.optional(inner())._zod.optin, z.optional(inner())._zod.optout]);
    fc.assert(fc.property(fc.anything(), (value) => same(optionalOf(inner()), z.optional(inner()), value)), { numRuns: 300 });
  });
});

// What the two types were not written for (lib/rules/schema says so): each either behaves as zod's
// own or is refused when the schema is made, never read wrongly without a word.
describe('objectOf and optionalOf where a page or a caller goes beyond them', () => {
  it("reads the shape's own keys only, whatever a page adds to Object.prototype", () => {
    const schema = objectOf({ id: text(), note: optionalOf(text()) });
    const zods = z.object({ id: text(), note: z.optional(text()) });
    const proto = Object.prototype as Record<string, unknown>;
    for (const polluted of ['extra', 'id', 'note']) {
      proto[polluted] = 'x';
      try {
        for (const value of [{ id: 'D1' }, { id: 'D1', note: 'n' }, {}, { note: 5 }]) same(schema, zods, value);
        // (zod's own propValues reads the shape with for…in and fails here: the values it gives unpolluted)
        expect(objectOf({ type: oneOf(['a']) })._zod.propValues).toEqual({ type: new Set(['a']) });
      } finally {
        delete proto[polluted];
      }
    }
  });

  it.each<[string, () => unknown]>([
    ['a symbol key', () => objectOf({ [Symbol('s')]: text() })],
    ['a __proto__ key', () => objectOf(JSON.parse('{"__proto__": 1}') as Record<string, never>)],
    ['a __proto__ key set by defineProperty', () => objectOf(Object.defineProperty({ id: text() }, '__proto__', { value: text(), enumerable: true }))],
    ['a catchall (z.catchall)', () => z.catchall(objectOf({ id: text() }), text())],
    ['a catchall (z.merge with a strict object)', () => z.merge(objectOf({ id: text() }), z.strictObject({ n: text() }))],
    ['an optional of a default', () => optionalOf(withDefault(booleanSchema, true))],
    ["an optional of zod's default", () => optionalOf(z._default(text(), 'x'))],
  ])('%s: refused when the schema is made, with an error that says what', (_name, make) => {
    expect(make).toThrow(/objectOf|optionalOf/);
  });

  it('a field that answers with a Promise: what z.object does, sync and async', async () => {
    const later = () => z.unknown().check(z.refine(async (v) => v !== 'no', 'not no'));
    const fields = (object: typeof objectOf, optional: typeof optionalOf) => object({ id: text(), a: later(), b: optional(later()) });
    const schema = fields(objectOf, optionalOf);
    const zods = fields(z.object as typeof objectOf, z.optional as typeof optionalOf);
    for (const value of [{ id: 'D1', a: 1 }, { id: 'D1', a: 'no', b: 'no' }, { a: 1 }, { id: 5, b: 1 }]) {
      // (zod's sync parse: its $ZodAsyncError, "Encountered Promise during synchronous parse")
      expect(() => schema.safeParse(value)).toThrow(z.core.$ZodAsyncError);
      expect(() => zods.safeParse(value)).toThrow(z.core.$ZodAsyncError);
      const [a, b] = await Promise.all([schema.safeParseAsync(value), zods.safeParseAsync(value)]);
      expect(a.success).toBe(b.success);
      if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
      if (!a.success && !b.success) expect(a.error.issues).toEqual(b.error.issues);
    }
  });

  it("an optional field's values: what z.optional tells an object and a discriminated union", () => {
    const kind = () => oneOf(['a', 'b']);
    expect(optionalOf(kind())._zod.values).toEqual(z.optional(kind())._zod.values);
    expect(optionalOf(text())._zod.values).toEqual(z.optional(text())._zod.values);
    expect(objectOf({ kind: optionalOf(kind()) })._zod.propValues).toEqual(z.object({ kind: z.optional(kind()) })._zod.propValues);
    const union = (optional: typeof optionalOf) =>
      z.discriminatedUnion('kind', [z.object({ kind: optional(kind()), n: booleanSchema }), z.object({ kind: oneOf(['c']), s: text() })]);
    for (const value of [{ n: true }, { kind: 'a', n: true }, { kind: 'b', n: 1 }, { kind: 'c', s: 's' }, { kind: 'c', n: true }, { kind: 'x' }, {}, null]) {
      same(union(optionalOf), union(z.optional as typeof optionalOf), value);
    }
  });
});
