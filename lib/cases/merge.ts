// Merging a portal reading (cases:observed) into the store. Pure: store in, store out.
//
// Decisions (issue 4):
// - One case per caseKey(store ID, dispute ID). The row's own store ID wins over the page's.
// - What the merchant entered (`merchant`) is never touched by a reading.
// - Facts: a field the reading shows replaces the stored one; a field it does not show keeps the
//   last known value. A list page shows fewer fields than the detail page, and the portal does not
//   un-set a value in practice, so "not shown" means "not on this page", never "gone".
// - A reading older than the case's last reading (two tabs, one left open) only fills fields the
//   case does not have yet; it never rolls newer facts back. A "last seen" still in the future
//   (read while the computer's clock ran ahead) does not count: the reading at hand is the newer.
// - pageUrl: a detail page's URL (it opens that dispute) is kept over a list page's URL.
// - A dispute first read without a store ("-|id") is moved to its store's key once a reading names
//   the store, merging both; a reading without a store updates the one case with that dispute ID.
//   With that ID under two stores, which one it is is unknown: it stays a case of its own.
// - A manual case the portal later shows becomes a portal case: the portal's facts win (also when
//   the two meet in an import, or under two keys: combineCases).
// - closedAt is set when a reading first shows a closed status and cleared if it reopens.
import { toUtcIso, earlierIso, laterIso } from './instants';
import { combineMerchantInputs } from './merchant';
import type { CasesObserved } from './messages';
import type { CaseRules } from './rules-link';
import { caseKey, isStorelessKey, storelessKey, type TrackedCase } from './schema';

export type CaseRecord = Record<string, TrackedCase>;
type Facts = TrackedCase['facts'];
type ObservedDispute = CasesObserved['disputes'][number];

export interface MergeResult {
  store: CaseRecord;
  /** the case key each observed dispute was stored under, in the reading's order */
  keys: string[];
}

/** The key a reading's dispute is filed under before store-less reconciliation. */
export function observedCaseKey(message: Pick<CasesObserved, 'storeId'>, dispute: ObservedDispute): string {
  return caseKey(dispute.storeId ?? message.storeId, dispute.id);
}

/** Defined fields only: `{a: undefined}` must not overwrite a known value. */
function definedFields(facts: Facts): Facts {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) if (value !== undefined) out[name] = value;
  return out as Facts;
}

export function mergeFacts(stored: Facts, read: Facts, readIsNewer: boolean): Facts {
  const shown = definedFields(read);
  return readIsNewer ? { ...stored, ...shown } : { ...shown, ...stored };
}

/** The key to use for a dispute without a store: the one stored case with that id, if any. */
function resolveStoreless(store: CaseRecord, key: string, disputeId: string): string {
  if (store[key]) return key;
  const matches = Object.keys(store).filter((k) => store[k]?.facts.id === disputeId && !isStorelessKey(k));
  return matches.length === 1 ? (matches[0] as string) : key;
}

/** Where a dispute goes in the store: one case per dispute, whichever way it comes in. */
export interface Filing {
  /** the key to file it under */
  key: string;
  /** the case stored under that key */
  existing: TrackedCase | undefined;
  /** a case stored for the same dispute without a store, to be taken into it (see takeIn) */
  orphan: TrackedCase | undefined;
}

/**
 * Where a dispute that comes in under `key` (a reading, a case added by hand, an imported one) is
 * filed: without a store ("-|id"), under the one stored case with that dispute ID if there is
 * exactly one (else its own); under a store, there, taking in a case stored for it without one
 * unless another store has that dispute ID too. A case without a store beside two stores' cases of
 * its ID was filed apart because which one it is cannot be known; taken in by the first of them read
 * since, that one got the other's facts, the merchant's ticks made on the other's page, and its page.
 */
export function fileDispute(store: CaseRecord, key: string, disputeId: string): Filing {
  if (isStorelessKey(key)) {
    const filed = resolveStoreless(store, key, disputeId);
    return { key: filed, existing: store[filed], orphan: undefined };
  }
  const storeless = storelessKey(key);
  const orphan = storeless ? store[storeless] : undefined;
  const elsewhere = orphan !== undefined && Object.keys(store).some((k) => k !== key && !isStorelessKey(k) && store[k]?.facts.id === disputeId);
  return { key, existing: store[key], orphan: elsewhere ? undefined : orphan };
}

/**
 * The case stored for a filed dispute, with its orphan folded in (and moved under the filing's
 * key), which leaves `next` (the caller's copy of the store). Nothing of either is lost.
 */
export function takeIn(next: CaseRecord, filing: Filing): TrackedCase | undefined {
  const { orphan, existing } = filing;
  if (!orphan) return existing;
  delete next[storelessKey(filing.key)!]; // (an orphan is found only for a key with a store)
  return existing ? combineCases(existing, orphan) : { ...orphan, key: filing.key };
}

/**
 * `loser` folded into `winner` (same dispute, seen under two keys, or in an imported file); nothing
 * of either is lost. The facts of the newer reading win, and a reading of the portal is newer than a
 * case typed by hand whatever their times (as a reading of a case added by hand is, mergeOne): the
 * typed deadline and amount came from an e-mail, a deadline the portal shows always wins.
 */
export function combineCases(winner: TrackedCase, loser: TrackedCase): TrackedCase {
  const winnerIsNewer = winner.manual === loser.manual ? Date.parse(winner.lastSeenAt) >= Date.parse(loser.lastSeenAt) : loser.manual;
  const out: TrackedCase = {
    ...winner,
    facts: mergeFacts(loser.facts, winner.facts, winnerIsNewer),
    merchant: combineMerchantInputs(winner.merchant, loser.merchant),
    manual: winner.manual && loser.manual,
    firstSeenAt: earlierIso(winner.firstSeenAt, loser.firstSeenAt),
    lastSeenAt: laterIso(winner.lastSeenAt, loser.lastSeenAt),
  };
  // Closed or not is a fact of the portal: it follows the newer reading.
  const newer = winnerIsNewer ? winner : loser;
  if (newer.closedAt) out.closedAt = newer.closedAt;
  else delete out.closedAt;
  // The page a click opens: the dispute's own page over a list page, as a reading keeps it (choosePageUrl).
  if (pageRank(loser) > pageRank(winner)) {
    out.pageUrl = loser.pageUrl;
    if (loser.pageKind) out.pageKind = loser.pageKind;
    else delete out.pageKind;
  }
  return out;
}

/** 2: its page opens the dispute itself; 1: a list page (a URL without a kind is one); 0: none. */
function pageRank(c: Pick<TrackedCase, 'pageUrl' | 'pageKind'>): number {
  return c.pageUrl ? (c.pageKind === 'dispute_detail' ? 2 : 1) : 0;
}

export function mergeObservation(
  store: CaseRecord,
  message: CasesObserved,
  now: Date,
  rules: Pick<CaseRules, 'statusInfo'>,
): MergeResult {
  const next: CaseRecord = { ...store };
  // A reading cannot be from the future; a skewed clock must not make it win forever.
  const observedAt = toUtcIso(
    Date.parse(message.observedAt) > now.getTime() ? now.toISOString() : message.observedAt,
  );
  const keys: string[] = [];
  for (const dispute of message.disputes) {
    const filing = fileDispute(next, observedCaseKey(message, dispute), dispute.id);
    const { key } = filing;
    next[key] = mergeOne(takeIn(next, filing), key, dispute, message, observedAt, rules, now.getTime());
    keys.push(key);
  }
  return { store: next, keys };
}

function mergeOne(
  stored: TrackedCase | undefined,
  key: string,
  dispute: ObservedDispute,
  message: CasesObserved,
  observedAt: string,
  rules: Pick<CaseRules, 'statusInfo'>,
  nowMs: number,
): TrackedCase {
  // A stored "last seen" still in the future was read while the computer's clock ran ahead, and the
  // clock has been put right since: it cannot order readings (every reading would seem older and
  // its status be ignored until that instant came). This reading is the newer one and replaces it.
  const seenAhead = stored !== undefined && Date.parse(stored.lastSeenAt) > nowMs;
  const readIsNewer = !stored || seenAhead || Date.parse(observedAt) >= Date.parse(stored.lastSeenAt);
  const facts = stored ? mergeFacts(stored.facts, dispute, readIsNewer) : definedFields(dispute);
  const out: TrackedCase = {
    key,
    facts,
    merchant: stored?.merchant ?? { ticks: {} },
    manual: false,
    firstSeenAt: stored ? earlierIso(stored.firstSeenAt, observedAt) : observedAt,
    lastSeenAt: stored && !seenAhead ? laterIso(stored.lastSeenAt, observedAt) : observedAt,
  };
  Object.assign(out, choosePageUrl(stored, message, readIsNewer));
  const closed = facts.status !== undefined && rules.statusInfo(facts.status).phase === 'closed';
  if (closed) out.closedAt = stored?.closedAt !== undefined && Date.parse(stored.closedAt) <= nowMs ? stored.closedAt : observedAt;
  return out;
}

function choosePageUrl(
  stored: TrackedCase | undefined,
  message: CasesObserved,
  readIsNewer: boolean,
): Pick<TrackedCase, 'pageUrl' | 'pageKind'> {
  const read = { pageUrl: message.pageUrl, pageKind: message.page };
  if (!stored?.pageUrl) return read;
  const kept = { pageUrl: stored.pageUrl, pageKind: stored.pageKind ?? 'dispute_list' };
  // A dispute's own page over a list page's (pageRank); between two of a kind, the newer reading's.
  const [r, k] = [pageRank(read), pageRank(kept)];
  return r > k || (r === k && readIsNewer) ? read : kept;
}
