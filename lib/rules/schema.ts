// zod schemas for the facts that cross a boundary (page → content script → background → storage).
// Written with zod/mini (same validation as classic zod, a fraction of its size): the content
// script imports these very schemas, and classic zod would take most of its 40 KB budget.
import * as z from 'zod/mini';
// ($constructor from zod's core itself: `z.core.$constructor` would bring the detail module, which
// esbuild builds, the whole core namespace with its error-message locales)
import { $constructor } from 'zod/v4/core';
import { definePropValues } from './prop-values';
import { DISPUTE_STATUSES, GOODS_TYPES, NETWORKS, PROVIDERS } from './values';

/**
 * A schema of `T` checked by `check` alone (it adds the issues and may set ctx.value), for the checks
 * written out below: on z.unknown() rather than z.custom(), whose own check (it accepts anything)
 * is one more step for every value, so that each is as quick as zod's own type (500 rows' facts).
 */
export const checkedBy = /* @__NO_SIDE_EFFECTS__ */ <T>(check: (ctx: z.core.ParsePayload<unknown>) => void) =>
  z.unknown().check(check) as unknown as z.ZodMiniType<T>;

/**
 * A check that `test` holds, else the issue `message`: what `z.refine(test, message)` does (an issue
 * of code custom with that message; the checks after it still run), as a check function: zod's
 * refine (its custom type) costs the content script 0.3 KB gzipped for a country, a currency, a
 * date, a safe integer, the settings' bounds and a page URL (test/content/schema.test.ts keeps the
 * two equal).
 */
export const holds =
  <T>(test: (value: T) => boolean, message: string) =>
  (ctx: z.core.ParsePayload<T>): void => {
    if (!test(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value, path: [], continue: true });
  };

/**
 * `inner`'s check of ctx.value, as a wrapping zod type runs its inner type: its data in place of the
 * value, or its issues (paths, codes, messages) added. True when it passed.
 */
function byInner(inner: z.ZodMiniType, ctx: z.core.ParsePayload<unknown>): boolean {
  const checked = inner.safeParse(ctx.value);
  if (checked.success) ctx.value = checked.data;
  else for (const issue of checked.error.issues) ctx.issues.push(issue as z.core.$ZodRawIssue);
  return checked.success;
}

/** A default's copy for one value: a new object or list each time, as zod's defaults give (ours are plain). */
const copyOf = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value !== null && typeof value === 'object' ? { ...value } : value);

/**
 * What `inner` accepts, or a copy of `value` where the value is missing (undefined, or a key the
 * object lacks): what z._default(inner, value) accepts and returns, with inner's issues, as one
 * check: zod's default type (and its copying of a default) costs the content script 0.1 KB gzipped
 * for the stored inputs' ticks and the settings (test/content/schema.test.ts keeps the two equal).
 */
export const withDefault = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(inner: T, value: z.output<T>) => {
  const schema = checkedBy<z.output<T>>((ctx) => {
    // (missing, or made undefined by `inner`: the default)
    if (ctx.value === undefined || (byInner(inner, ctx) && ctx.value === undefined)) ctx.value = copyOf(value);
  });
  // (an object gives a key it lacks to a field so marked, as to zod's default)
  schema._zod.optin = 'defaulted';
  return schema;
};

/** A text's length as zod's length checks count it: a surrogate pair (an emoji) is one character. */
function characters(s: string): number {
  let n = s.length;
  if (!/[\uD800-\uDBFF]/.test(s)) return n;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * A text, of `min` characters or more and `max` or fewer where given: what
 * `z.string().check(z.minLength(min), z.maxLength(max))` accepts and returns, with the same issues
 * (codes, origins, bounds, messages; as zod does, a value that is no text but has a length, an
 * array, is also measured), written out as one check: zod's string type and length checks cost the
 * content script 0.3 KB gzipped (test/content/schema.test.ts keeps the two equal). Marked free of
 * side effects so that a bundle drops the schemas it does not use whole: without the mark, the
 * `.check()` call inside an unused schema stays behind.
 */
export const text = /* @__NO_SIDE_EFFECTS__ */ ({ min, max }: { min?: number; max?: number } = {}) =>
  checkedBy<string>((ctx) => {
    const input: unknown = ctx.value;
    const isText = typeof input === 'string';
    if (!isText) ctx.issues.push({ code: 'invalid_type', expected: 'string', input });
    const length = (input as { length?: unknown } | null | undefined)?.length as number | undefined;
    if (length === undefined) return;
    // (zod counts characters only where a pair could change the verdict; `continue`: the checks after
    // a length's problem still run, as after zod's)
    if (min !== undefined && !((isText && length >= min && length < 2 * min ? characters(input) : length) >= min)) {
      ctx.issues.push({ code: 'too_small', origin: lengthOrigin(input), minimum: min, inclusive: true, input, continue: true });
    }
    if (max !== undefined && !((isText && length > max ? characters(input) : length) <= max)) {
      ctx.issues.push({ code: 'too_big', origin: lengthOrigin(input), maximum: max, inclusive: true, input, continue: true });
    }
  });

/** What a length's problem says was measured, as zod says it. */
const lengthOrigin = (input: unknown) => (typeof input === 'string' ? 'string' : Array.isArray(input) ? 'array' : 'unknown');

/**
 * Text that `pattern` (no g or y flag) matches: what z.regex accepts, checked as a refine (holds) —
 * zod's regex and string-format checks cost the content script 0.1 KB gzipped
 * (test/content/schema.test.ts keeps the two equal).
 */
export const textMatching = (pattern: RegExp, message: string) => text().check(holds((s) => pattern.test(s), message));

const isoInstant = text().check(holds((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 date'));
/** Text of min…max characters. */
export const boundedText = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) => text({ min, max });

/**
 * At most `max` items, each checked by `item`: what `z.array(item).check(z.maxLength(max))` accepts
 * and returns (a new array of the checked items; more than `max` items are refused unread), with
 * the same issues (paths, codes, messages), written out as one check: zod's array type costs the
 * content script 0.4 KB gzipped for its one array, the disputes of a reading
 * (test/content/schema.test.ts keeps the two equal).
 */
export const arrayOf = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(item: T, max: number) =>
  checkedBy<z.output<T>[]>((ctx) => {
    const input: unknown = ctx.value;
    if (!Array.isArray(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'array', input });
      return;
    }
    if (input.length > max) {
      ctx.issues.push({ code: 'too_big', origin: 'array', maximum: max, inclusive: true, input });
      return;
    }
    const out: unknown[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const checked = item.safeParse(input[i]);
      if (checked.success) out[i] = checked.data;
      // (the item's issues as zod gives them, message included, under the item's index)
      else for (const issue of checked.error.issues) ctx.issues.push({ ...issue, path: [i, ...issue.path] } as z.core.$ZodRawIssue);
    }
    ctx.value = out as z.output<T>[];
  });

/**
 * null or what `inner` accepts: what `z.nullable(inner)` accepts and returns, with inner's issues
 * (paths, codes, messages), written out as one check: zod's nullable type costs the content script
 * 0.1 KB gzipped for a reading's store and language and the settings' zone
 * (test/content/schema.test.ts keeps the two equal).
 */
export const nullableOf = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(inner: T) =>
  checkedBy<z.output<T> | null>((ctx) => {
    if (ctx.value !== null) byInner(inner, ctx);
  });

/**
 * A finite number: what z.number() accepts, with its issue (invalid_type, expected number, and
 * `received` for NaN and ±Infinity), as one check: zod's number type costs the content script
 * 0.1 KB gzipped for an amount and the settings' hours (test/content/schema.test.ts keeps the two equal).
 */
export const finiteNumberSchema = checkedBy<number>((ctx) => {
  const input: unknown = ctx.value;
  if (typeof input === 'number' && Number.isFinite(input)) return;
  ctx.issues.push({ code: 'invalid_type', expected: 'number', input, ...(typeof input === 'number' ? { received: String(input) } : {}) });
});

/** true or false: what z.boolean() accepts, with its issue, as one check (as finiteNumberSchema). */
export const booleanSchema = checkedBy<boolean>((ctx) => {
  if (typeof ctx.value !== 'boolean') ctx.issues.push({ code: 'invalid_type', expected: 'boolean', input: ctx.value });
});

/**
 * One of `values`: what `z.enum(values)` accepts and returns, with its issue (invalid_value naming
 * the values, so the same message), as one check; and its values where a discriminated union looks
 * for an enum's (lib/cases/messages requestSchema tells the messages apart by their `type`). zod's
 * enum type costs the content script 0.2 KB gzipped for the facts' provider, network and status,
 * the goods type and a reading's type and page (test/content/schema.test.ts keeps the two equal).
 */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly string[]>(values: T) => {
  const known = new Set<unknown>(values);
  const schema = checkedBy<T[number]>((ctx) => {
    if (!known.has(ctx.value)) ctx.issues.push({ code: 'invalid_value', values: [...values], input: ctx.value });
  });
  schema._zod.values = known as Set<T[number]>;
  return schema;
};

/**
 * A zod type of its own, `init` setting its parse on zod/mini's base type: a type that a clone (zod's
 * partial, required, extend: `new inst._zod.constr(def)`) rebuilds from its def as zod's own types.
 */
const baseInit: (inst: z.ZodMiniType, def: z.core.$ZodTypeDef) => void = z.ZodMiniType.init;
const zodType = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(name: string, init: (inst: T, def: T['_zod']['def']) => void) =>
  $constructor<T>(name, (inst, def) => {
    baseInit(inst, def);
    init(inst, def);
  });

type Internals = z.core.$ZodTypeInternals;

/** A field's result in the object's payload: zod's handlePropertyResult. */
function takeField(payload: z.core.ParsePayload, result: z.core.ParsePayload, key: string, input: object, { optin, optout }: Internals): void {
  const present = key in input;
  // (an absent key that may be left out: nothing, not even its problems)
  if (!present && optout === 'optional' && (optin === 'optional' || (optin && result.issues.length))) return;
  for (const issue of result.issues) {
    ((issue as { path?: PropertyKey[] }).path ??= []).unshift(key);
    payload.issues.push(issue);
  }
  if (!present && !optin) {
    if (!result.issues.length) payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
  } else if (result.value !== undefined || present || (optin === 'defaulted' && !optout)) (payload.value as Record<string, unknown>)[key] = result.value;
}

/** takeField once `result` is settled (made apart from the loop: a closure there costs every field a context). */
const awaitField = (payload: z.core.ParsePayload, result: Promise<z.core.ParsePayload>, key: string, input: object, field: Internals) =>
  result.then((result) => takeField(payload, result, key, input, field));

/**
 * The fields of `shape`, each checked by its schema: what `z.object(shape)` accepts and returns (a
 * new object of the shape's fields: unknown keys dropped, an absent optional field left out, a
 * defaulted one filled in; a missing field reported as zod reports it, `nonoptional`), with the same
 * issues (the field's key first in their paths), the steps of zod's $ZodObject parse and its
 * handlePropertyResult, written out: zod's object type (with its catchall, async and memoizer paths)
 * and its optional type (optionalOf below) cost the content script 1.1 KB gzipped together, for
 * its five objects (facts, money, merchant inputs, page settings, cases:observed). Its def
 * (`type`, `shape`), `shape` and `_zod.propValues` (./prop-values.ts) are an object's, so that
 * z.partial, z.required and z.extend rebuild it and a discriminated union tells it apart by its
 * `type` (lib/cases/messages requestSchema). A field that answers with a Promise (an async refine) is
 * awaited as by zod: its sync parse throws zod's "Encountered Promise during synchronous parse".
 * The shape's keys are read once, its own only (Object.keys, as zod): a page that adds a key to
 * Object.prototype adds no field. Refused when the schema is made (a programmer's error, for the
 * tests to catch): a catchall (z.catchall, z.merge with a strict object), symbol keys and a
 * `__proto__` key, which zod reads and this would not (a shape written as a literal has none).
 * Not written: parse options (abortEarly).
 * test/content/object-schema.test.ts keeps it and z.object equal.
 */
const ObjectOf = /* @__PURE__ */ zodType<z.ZodMiniObject>('ObjectOf', (inst, def) => {
  const shape = def.shape;
  const keys = Object.keys(shape);
  if (def.catchall || Object.getOwnPropertySymbols(shape).length || keys.includes('__proto__')) {
    throw new Error('objectOf: shape');
  }
  inst.shape = shape;
  definePropValues(inst._zod, shape, keys);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value as Record<string, unknown>;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      payload.issues.push({ expected: 'object', code: 'invalid_type', input, inst });
      return payload;
    }
    payload.value = {};
    let later: Promise<unknown>[] | undefined;
    for (const key of keys) {
      const field = shape[key]!._zod as Internals;
      const result = field.run({ value: input[key], issues: [] }, ctx);
      if (result instanceof Promise) (later ??= []).push(awaitField(payload, result, key, input, field));
      else takeField(payload, result, key, input, field);
    }
    return later ? Promise.all(later).then(() => payload) : payload;
  };
});
export const objectOf = /* @__NO_SIDE_EFFECTS__ */ <const Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  new ObjectOf({ type: 'object', shape }) as unknown as z.ZodMiniObject<Shape, z.core.$strip>;

/**
 * undefined or what `inner` accepts: what `z.optional(inner)` accepts and returns, inner's issues
 * as they are, and a field so marked may be left out of an object: zod's $ZodOptional parse for an
 * inner type without a default, written out (its bytes: objectOf above), with its values (an enum's
 * and undefined) for an object's propValues. Refused when made: an inner type with a default, which
 * z.optional fills in and this would not (none here). Not written: the pattern zod's template
 * literals read. test/content/object-schema.test.ts keeps it and z.optional equal.
 */
const OptionalOf = /* @__PURE__ */ zodType<z.ZodMiniOptional>('OptionalOf', (inst, def) => {
  const inner = def.innerType._zod;
  if (inner.optin === 'defaulted') throw new Error('optionalOf: default');
  inst._zod.optin = inst._zod.optout = 'optional';
  if (inner.values) inst._zod.values = new Set([...inner.values, undefined]);
  inst._zod.parse = (payload, ctx) => (payload.value === undefined ? payload : inner.run(payload, ctx));
});
export const optionalOf = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(innerType: T) =>
  new OptionalOf({ type: 'optional', innerType }) as unknown as z.ZodMiniOptional<T>;

export const providerSchema = oneOf(PROVIDERS);
export const networkSchema = oneOf(NETWORKS);
export const disputeStatusSchema = oneOf(DISPUTE_STATUSES);
export const goodsTypeSchema = oneOf(GOODS_TYPES);
/**
 * A safe integer (Number.MIN_SAFE_INTEGER … MAX_SAFE_INTEGER): what z.int() accepts, as a refine
 * (holds) — z.int()'s number-format check costs the content script 0.4 KB gzipped
 * (test/content/schema.test.ts keeps the two equal).
 */
export const safeIntegerSchema = finiteNumberSchema.check(holds(Number.isSafeInteger, 'expected a safe integer'));

export const moneySchema = objectOf({
  amountMinor: safeIntegerSchema,
  currency: textMatching(/^[A-Z]{3}$/, 'ISO 4217 code'),
});
export const countrySchema = textMatching(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

const optionalText = optionalOf(boundedText(1, 200));
const idSchema = boundedText(1, 200);

/** The facts a dispute may lack (optional in both schemas below). */
const optionalFacts = {
  buyerCountry: optionalOf(countrySchema),
  reason: optionalText,
  networkReasonCode: optionalText,
  network: optionalOf(networkSchema),
  dueBy: optionalOf(isoInstant),
  escalatedAt: optionalOf(isoInstant),
  returnTrackingAt: optionalOf(isoInstant),
  orderId: optionalText,
  merchantReference: optionalText,
  storeId: optionalText,
};

export const disputeFactsSchema = objectOf({
  id: idSchema,
  provider: providerSchema,
  status: disputeStatusSchema,
  createdAt: isoInstant,
  amount: moneySchema,
  ...optionalFacts,
});

/**
 * What a page may show of a dispute: everything but the id is optional. The same as
 * `z.required(z.partial(disputeFactsSchema), { id: true })` (test/content/schema.test.ts), written
 * out: zod/mini's partial and required helpers cost the content script ~0.6 KB gzipped.
 */
export const partialDisputeFactsSchema = objectOf({
  id: idSchema,
  provider: optionalOf(providerSchema),
  status: optionalOf(disputeStatusSchema),
  createdAt: optionalOf(isoInstant),
  amount: optionalOf(moneySchema),
  ...optionalFacts,
});
