// Messages between the extension's parts. Every message is checked with zod on both sides; the
// background also checks the sender (see lib/cases/sender.ts).
//
// Every request is one member of `requestSchema` (a discriminated union on `type`). Every reply is
// `{ ok: true, ...data }` (the data is typed per request in `ReplyData`) or `{ ok: false, problem }`
// where `problem` says in plain words what was wrong; on `ok: false` nothing was changed.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { portalUrlSchema } from './hosts';
import { arrayOf, boundedText, countrySchema, goodsTypeSchema, nullableOf, objectOf, oneOf, partialDisputeFactsSchema, text } from '../rules/schema';
import {
  isoDateTime,
  manualCaseFactsSchema,
  merchantInputSchema,
  languageSchema,
  NOTES_MAX_LENGTH,
  ticksSchema,
  type MerchantInput,
  type Settings,
  type TrackedCase,
} from './schema';
export { isIsoDateTimeWithOffset } from './schema';


/**
 * A message's `type`: exactly this text. Written as a one-value oneOf (lib/rules/schema: z.enum
 * written out), which accepts the same values as z.literal and names its value where the
 * discriminated union below looks for it: z.literal's class would cost the content script 0.1 KB
 * gzipped.
 */
const messageType = /* @__NO_SIDE_EFFECTS__ */ <const T extends string>(type: T) => oneOf([type]);

export const observedDisputeSchema = partialDisputeFactsSchema;

/** content script → background: the disputes read from one portal page. */
export const casesObservedSchema = objectOf({
  type: messageType('cases:observed'),
  /** the page the disputes were read from, to open it again */
  pageUrl: portalUrlSchema,
  page: oneOf(['dispute_list', 'dispute_detail']),
  // (nullableOf: z.nullable written out, for the content script's bytes)
  storeId: nullableOf(boundedText(1, 200)),
  locale: nullableOf(text({ max: 35 })),
  /** ISO instant of the reading */
  observedAt: isoDateTime,
  disputes: arrayOf(observedDisputeSchema, 10_000),
});
export type CasesObserved = z.infer<typeof casesObservedSchema>;

/**
 * A change to what the merchant entered for one case. Fields left out are kept; `null` clears a
 * field; `ticks` is merged item by item (send `false` to untick), never replaced wholesale.
 * Any `Partial<MerchantInput>` is a valid patch.
 */
/**
 * The notes of a change (null clears them). Free of side effects: the content script, which checks
 * no change itself (the panel's module does), then keeps nothing of this schema.
 */
const patchNotes = /* @__NO_SIDE_EFFECTS__ */ () => z.nullable(text({ max: NOTES_MAX_LENGTH }));

export const merchantPatchSchema = z.object({
  buyerCountry: z.optional(z.nullable(countrySchema)),
  goods: z.optional(z.nullable(goodsTypeSchema)),
  ticks: z.optional(ticksSchema),
  notes: z.optional(patchNotes()),
});
export type MerchantPatch = z.infer<typeof merchantPatchSchema>;

/** content script / popup → background: the merchant ticked an item, chose a country, … */
export const caseMerchantUpdateSchema = z.object({
  type: messageType('case:merchant-update'),
  /** as in cases:observed; null = a dispute read without a store */
  storeId: z.nullable(boundedText(1, 200)),
  disputeId: boundedText(1, 200),
  patch: merchantPatchSchema,
});
export type CaseMerchantUpdate = z.infer<typeof caseMerchantUpdateSchema>;

/** popup → background: every stored case (the popup may also watch `casesReadItem`). */
export const casesListSchema = z.object({ type: messageType('cases:list') });

/**
 * popup → background: a case known only from e-mail. The key is caseKey(facts.storeId, facts.id).
 * Adding again with the same key replaces the facts of a manual case (an edit); a key already
 * tracked from the portal is refused (the portal's facts win).
 */
export const caseAddManualSchema = z.object({
  type: messageType('case:add-manual'),
  facts: manualCaseFactsSchema,
  merchant: z.optional(merchantPatchSchema),
});
export type CaseAddManual = z.infer<typeof caseAddManualSchema>;

/** popup → background: remove a case added by hand; a case read from the portal is refused (ok: false). */
export const caseRemoveSchema = z.object({
  type: messageType('case:remove'),
  key: boundedText(1, 500),
});

/** options → background: the whole store as a JSON text (see lib/cases/transfer.ts). */
export const casesExportSchema = z.object({ type: messageType('cases:export') });

/** options → background: merge a file made by cases:export. A bad file changes nothing. */
export const casesImportSchema = z.object({
  type: messageType('cases:import'),
  json: boundedText(0, 50_000_000),
});

/** options → background: delete every case (not the settings). */
export const casesClearSchema = z.object({
  type: messageType('cases:clear'),
  confirm: z.literal(true),
});

export const settingsGetSchema = z.object({ type: messageType('settings:get') });
/** options page → background: it has named the settings put back to their defaults (lib/cases/store settingsResetSeen) */
export const settingsResetSeenSchema = z.object({ type: messageType('settings:reset-seen') });

/** options → background: fields left out are kept; the result is checked as a whole. */
export const settingsUpdateSchema = z.object({
  type: messageType('settings:update'),
  patch: z.partial(
    z.object({
      timeZone: z.nullable(boundedText(1, 100)),
      language: z.nullable(languageSchema),
      criticalHours: z.number(),
      soonHours: z.number(),
      notifications: z.partial(z.object({ enabled: z.boolean(), hoursBefore: z.array(z.number()) })),
      retentionDays: z.number(),
      hosts: z.partial(z.object({ production: z.boolean(), playground: z.boolean() })),
    }),
  ),
});
export type SettingsPatch = z.infer<typeof settingsUpdateSchema>['patch'];

export const requestSchema = z.discriminatedUnion('type', [
  casesObservedSchema,
  caseMerchantUpdateSchema,
  casesListSchema,
  caseAddManualSchema,
  caseRemoveSchema,
  casesExportSchema,
  casesImportSchema,
  casesClearSchema,
  settingsGetSchema,
  settingsUpdateSchema,
  settingsResetSeenSchema,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** What import did: counts, and each skipped entry with the reason in plain words. */
export interface ImportReport {
  /** cases not stored before */
  added: number;
  /** cases already stored, merged with the file's version */
  merged: number;
  /** entries of the file that were not valid cases: not stored as cases, set aside as they are (the quarantine) */
  skipped: SkippedEntry[];
}

/**
 * An entry of an import file that was not stored: `problem` in plain (English) words for logs;
 * `reason` for the page to say it in the merchant's language, with `fields` (what did not parse,
 * as paths) or `dispute` (the dispute an entry holds under another dispute's key).
 */
export interface SkippedEntry {
  key: string | null;
  problem: string;
  reason: 'invalid' | 'otherDispute' | 'setAside';
  fields?: string[];
  dispute?: string;
}

/** The data of each successful reply, per request type. */
export interface ReplyData {
  /** `merchant`: what the merchant entered for each observed dispute, by caseKey */
  'cases:observed': { merchant: Record<string, MerchantInput>; stored: number };
  'case:merchant-update': { key: string; merchant: MerchantInput };
  'cases:list': { cases: TrackedCase[]; quarantined: number };
  'case:add-manual': { key: string; created: boolean };
  'case:remove': { removed: boolean };
  'cases:export': { json: string; count: number };
  'cases:import': { report: ImportReport };
  'cases:clear': { removed: number };
  'settings:get': { settings: Settings };
  'settings:update': { settings: Settings };
  'settings:reset-seen': Record<never, never>;
}

/**
 * A refusal: `problem` in plain (English) words for logs and diagnostics; `code` where a page says
 * it in the merchant's language instead.
 */
export type Problem = { ok: false; problem: string; code?: ProblemCode };
/**
 * tracked-from-portal: a case added by hand for a dispute the portal's pages already keep up to date;
 * newer-format: an import file written by a newer version of the extension;
 * not-export: an import file that is no export of the extension;
 * storage-full: a write the browser refused, the extension's storage being full (storage.local's quota)
 */
export type ProblemCode = 'tracked-from-portal' | 'newer-format' | 'not-export' | 'storage-full';
export type Reply<T extends RequestType> = ({ ok: true } & ReplyData[T]) | Problem;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/**
 * Sends a request to the background and returns its reply. Works from content scripts and
 * extension pages; a background that cannot be reached gives `{ ok: false }`, never a throw.
 */
export async function sendRequest<T extends RequestType>(
  request: RequestOf<T>,
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
  /**
   * The problem when no answer comes (the background cannot be reached, e.g. the extension was
   * updated while the page was open, or it answers nothing), in the page's language; without it,
   * plain English words or the browser's own error.
   */
  noAnswer?: string,
): Promise<Reply<T>> {
  try {
    const reply = (await send(request)) as Reply<T> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, problem: noAnswer ?? 'no reply from the background' };
  } catch (error) {
    return { ok: false, problem: noAnswer ?? (error instanceof Error ? error.message : String(error)) };
  }
}
