// The stored shape of a tracked case and of the settings. zod checks every read and write.
// Owned by lib/cases; the popup, options page and content script use these types read-only.
import * as z from 'zod/mini';
import { portalUrlSchema } from './hosts';
import { objectOf, optionalOf, withDefault, booleanSchema, checkedBy, countrySchema, holds, finiteNumberSchema, goodsTypeSchema, nullableOf, partialDisputeFactsSchema, disputeFactsSchema, safeIntegerSchema, text } from '../rules/schema';
import { isValidTimeZone } from '../rules/time';
import { LOCALES, resolveLocale, type Locale } from '../i18n/locales';

const tickIdSchema = text({ max: 100 });

/**
 * zod's test of what may be a record (zod/v4/core/util isPlainObject, which z.record applies), the
 * same steps: zod/mini's `z.util` namespace would bring all of zod's util into the detail module.
 */
function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  const ctor: unknown = (o as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === 'object' && proto !== null && !Array.isArray(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/**
 * Evidence item id (at most 100 characters) → ticked: what
 * `z.record(z.string().check(z.maxLength(100)), z.boolean())` accepts and returns (a copy of the
 * record's own enumerable keys but `__proto__`), with its issues (paths, codes, so the same
 * messages), written out as one check: zod's record type costs the content script 0.5 KB gzipped.
 * test/content/schema.test.ts keeps the two equal.
 */
export const ticksSchema = checkedBy<Record<string, boolean>>((ctx) => {
  const input: unknown = ctx.value;
  if (!isPlainObject(input)) {
    ctx.issues.push({ code: 'invalid_type', expected: 'record', input });
    return;
  }
  const out: Record<string, boolean> = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    const id = tickIdSchema.safeParse(key);
    const value = input[key];
    if (!id.success) ctx.issues.push({ code: 'invalid_key', origin: 'record', issues: id.error.issues, input: key, path: [key] });
    else if (typeof value !== 'boolean') ctx.issues.push({ code: 'invalid_type', expected: 'boolean', input: value, path: [key] });
    else out[key as string] = value;
  }
  ctx.value = out;
});

/** The longest notes the merchant can keep on a case (the stored inputs, a change's patch, a merge). */
export const NOTES_MAX_LENGTH = 5000;

/** What the merchant added; a new observation from the portal never erases it. */
export const merchantInputSchema = objectOf({
  buyerCountry: optionalOf(countrySchema),
  goods: optionalOf(goodsTypeSchema),
  /** evidence item id → ticked */
  ticks: withDefault(ticksSchema, {}),
  notes: optionalOf(text({ max: NOTES_MAX_LENGTH })),
});
export type MerchantInput = z.infer<typeof merchantInputSchema>;

/**
 * The shape of an ISO 8601 date-time with seconds and `Z` or a ±hh:mm offset, as
 * z.iso.datetime({ offset: true }) accepts it (zod/v4/core/regexes.ts `datetime`: hours 00–23);
 * isIsoDateTimeWithOffset checks the date's day against its month.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * What z.iso.datetime({ offset: true }) accepts: a real calendar date (leap years included) at a
 * time of day with seconds, in UTC or at an offset. zod's pattern spells the calendar out (0.3 KB,
 * 0.1 KB of the content script gzipped); here Date counts the month's days, and its date-time
 * builder would cost the content script 0.4 KB gzipped. test/content/iso-date-time.test.ts keeps the
 * two equal. Stored instants and messages use this one check.
 */
export function isIsoDateTimeWithOffset(text: string): boolean {
  const parts = ISO_DATE_TIME.exec(text);
  if (!parts) return false;
  const month = Number(parts[2]) - 1;
  // (setUTCFullYear takes the years 0–99 as they are, where Date.UTC reads them as 1900–1999; a day
  // 00 or past the month's last moves the date into another month, and so does a month 00 or 13–99)
  const date = new Date(0);
  date.setUTCFullYear(Number(parts[1]), month, Number(parts[3]));
  return date.getUTCMonth() === month;
}
export const isoDateTime = text().check(holds(isIsoDateTimeWithOffset, 'Invalid ISO datetime'));
/** (free of side effects: see lib/rules/schema text) */
const nonEmptyText = /* @__NO_SIDE_EFFECTS__ */ () => text({ min: 1 });

export const trackedCaseSchema = z.object({
  /** caseKey(storeId, disputeId) */
  key: nonEmptyText(),
  /** the latest facts read from the portal (or entered, for a manual case) */
  facts: partialDisputeFactsSchema,
  merchant: merchantInputSchema,
  /** entered by hand (known only from e-mail), not read from the portal */
  manual: z.boolean(),
  firstSeenAt: isoDateTime,
  lastSeenAt: isoDateTime,
  /** the portal page it was last read from, to open it again */
  pageUrl: z.optional(portalUrlSchema),
  /** the kind of page pageUrl is: a detail page's URL opens the dispute itself */
  pageKind: z.optional(z.enum(['dispute_list', 'dispute_detail'])),
  /** when it was first seen closed; pruning counts retention from here */
  closedAt: z.optional(isoDateTime),
});
export type TrackedCase = z.infer<typeof trackedCaseSchema>;

/** One case per (store ID, dispute ID). A dispute read without a store uses "-". */
export function caseKey(storeId: string | null | undefined, disputeId: string): string {
  return `${storeId && storeId.length > 0 ? storeId : '-'}|${disputeId}`;
}

/** A key filed without a store: a dispute read where the page shows none ("-|id"). */
export function isStorelessKey(key: string): boolean {
  return key.startsWith(caseKey(null, ''));
}

/** caseKey's inverse: the store (null for "-") and the dispute ID; null for what is no case key. */
export function keyParts(key: string): { storeId: string | null; disputeId: string } | null {
  const bar = key.indexOf('|');
  if (bar < 0) return null;
  const store = key.slice(0, bar);
  return { storeId: store === '-' || store === '' ? null : store, disputeId: key.slice(bar + 1) };
}

/**
 * The key of the same dispute filed without a store ("S1|id" → "-|id"); null for what is no case key.
 * (keyParts would do, but the content script carries this one: written out, 36 B less of its 40 KB.)
 */
export function storelessKey(key: string): string | null {
  const bar = key.indexOf('|');
  return bar < 0 ? null : caseKey(null, key.slice(bar + 1));
}

/** A case entered by hand: everything a rule needs must be there. */
export const manualCaseFactsSchema = disputeFactsSchema;

/** A UI language the settings may name. */
export const languageSchema = z.enum(LOCALES);

/** A number in (min, max] or [min, max]: zod's bound checks as one refine (holds; content script bytes). */
const between = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType<number>>(schema: T, min: number, max: number, minIncluded: boolean) =>
  schema.check(holds((n: number) => (minIncluded ? n >= min : n > min) && n <= max, `must be ${minIncluded ? 'at least' : 'more than'} ${min} and at most ${max}`));
const hours = /* @__NO_SIDE_EFFECTS__ */ (max: number) => between(finiteNumberSchema, 0, max, false);
/**
 * At most `max` numbers of hours. (Free of side effects like the helpers above: the content script,
 * which reads no notification settings, otherwise kept the `.check()` call, and zod's array type.)
 */
const hoursList = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.array(hours(24 * 60)).check(z.maxLength(max));

/**
 * The fields of the settings an annotated page needs (the content script checks only these: a bad
 * value elsewhere, in a field it never reads, does not cost it the merchant's zone and thresholds).
 */
export const pageSettingsFields = {
  /** IANA zone for deadlines; null = the browser's */
  timeZone: withDefault(nullableOf(nonEmptyText()), null),
  criticalHours: withDefault(hours(24 * 30), 24),
  soonHours: withDefault(hours(24 * 60), 72),
  /** which portal hosts are read and annotated; a disabled host is left alone */
  hosts: withDefault(
    objectOf({ production: withDefault(booleanSchema, true), playground: withDefault(booleanSchema, true) }),
    { production: true, playground: true },
  ),
};

export const settingsSchema = z.object({
  timeZone: pageSettingsFields.timeZone,
  /** UI language; null = the browser's */
  language: withDefault(z.nullable(languageSchema), null),
  criticalHours: pageSettingsFields.criticalHours,
  soonHours: pageSettingsFields.soonHours,
  notifications: withDefault(
    z.object({
      enabled: withDefault(booleanSchema, true),
      /** hours before a deadline; a notification also fires when it passes */
      hoursBefore: withDefault(hoursList(10), [72, 24, 2]),
    }),
    { enabled: true, hoursBefore: [72, 24, 2] },
  ),
  retentionDays: withDefault(between(safeIntegerSchema, 1, 3650, true), 90),
  hosts: pageSettingsFields.hosts,
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ settingsSchema.parse({});

/** Stored settings, defaults for anything missing; stored settings that do not parse give the defaults. */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The UI language: the one chosen in the options, else the browser's (popup, options page, background). */
export function settingsLocale(
  settings: Pick<Settings, 'language'> | null | undefined,
  browserLanguage: string | undefined = globalThis.navigator?.language,
): Locale {
  return settings?.language ?? resolveLocale(browserLanguage);
}

/**
 * The zone deadlines are counted in: the settings' zone when this runtime knows it, else the
 * browser's (a zone chosen in a browser that knew it still gives annotations in one that does not).
 * Every part of the extension (content script, popup, background, due index) asks here, so all
 * count in the same zone.
 */
export function settingsTimeZone(settings: Pick<Settings, 'timeZone'> | null | undefined, browserZone: () => string): string {
  const asked = settings?.timeZone;
  return asked && isValidTimeZone(asked) ? asked : browserZone();
}
