// normalizeReason: the provider's own reason → one of the nine categories, or null. Tables are in
// data/reasons.ts (card network codes are looked up in reason-codes.ts); nothing here guesses: an
// unknown reason, or a card code that means different things on different networks when no
// network is given, is null.
import { NAMED_REASONS, type NamedReasonRow } from './data/reasons';
import { cardCodeReason } from './reason-codes';
import type { Network, Provider, ReasonCategory } from './types';

export interface ReasonMatch {
  category: ReasonCategory;
  /** Klarna return-related case (its enquiry counts from the return-tracking upload) */
  returnRelated: boolean;
  source: string;
}

/** "Goods not received", "goods_not_received", " GOODS-NOT-RECEIVED " → "goods not received" */
export function reasonKey(reason: string): string {
  return reason.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

// (That no name maps to two categories for one provider is the table's test, test/rules/reasons.test.ts,
// rather than a throw here, in every page the content script runs in.)
const NAMED = new Map<string, Map<string, ReasonMatch>>();
for (const row of NAMED_REASONS) {
  for (const provider of row.providers) {
    let byKey = NAMED.get(provider);
    if (!byKey) NAMED.set(provider, (byKey = new Map()));
    for (const name of row.names) byKey.set(reasonKey(name), toMatch(row));
  }
}

function toMatch(row: NamedReasonRow): ReasonMatch {
  return { category: row.category, returnRelated: row.returnRelated, source: row.source };
}

/** provider → network → raw reason → result: pages repeat the same few reasons */
const MEMO = new Map<string, Map<string, Map<string, ReasonMatch | null>>>();
const MAX_MEMO = 5_000;

/** The matching table row's category and flags, or null. */
export function matchReason(provider: Provider, reason?: string, network?: Network): ReasonMatch | null {
  if (typeof reason !== 'string' || typeof provider !== 'string') return null;
  let byNetwork = MEMO.get(provider);
  if (!byNetwork) MEMO.set(provider, (byNetwork = new Map()));
  const net = typeof network === 'string' ? network : '';
  let byReason = byNetwork.get(net);
  if (!byReason) byNetwork.set(net, (byReason = new Map()));
  let result = byReason.get(reason);
  if (result === undefined) {
    if (byReason.size >= MAX_MEMO) byReason.clear();
    result = lookup(provider, reason, network);
    byReason.set(reason, result);
  }
  return result;
}

function lookup(provider: Provider, reason: string, network?: Network): ReasonMatch | null {
  const named = NAMED.get(provider)?.get(reasonKey(reason));
  if (named) return named;
  return provider === 'card' ? cardCodeReason(reason, network) : null;
}

/** contract: the provider's reason → one of the nine categories; unknown → null, never a guess. */
export function normalizeReason(provider: Provider, reason?: string, network?: Network): ReasonCategory | null {
  return matchReason(provider, reason, network)?.category ?? null;
}
