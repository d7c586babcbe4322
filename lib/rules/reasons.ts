// normalizeReason: the provider's own reason → one of the nine categories, or null. Tables are in
// data/reasons.ts; nothing here guesses: an unknown reason, or a card code that means different
// things on different networks when no network is given, is null.
import { NAMED_REASONS, NETWORK_CODES, type NamedReasonRow } from './data/reasons';
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

/** Card codes compare upper-case without spaces: "c 028" → "C028", " 10.4 " → "10.4" */
function codeKey(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

const NAMED = new Map<string, Map<string, ReasonMatch>>();
for (const row of NAMED_REASONS) {
  for (const provider of row.providers) {
    let byKey = NAMED.get(provider);
    if (!byKey) NAMED.set(provider, (byKey = new Map()));
    for (const name of row.names) {
      const key = reasonKey(name);
      const existing = byKey.get(key);
      if (existing && existing.category !== row.category) {
        throw new Error(`reasons table: "${name}" maps to two categories for ${provider}`);
      }
      byKey.set(key, toMatch(row));
    }
  }
}

const BY_NETWORK = new Map<string, Map<string, ReasonMatch>>();
/** code → the categories it has on the networks that use it */
const BY_CODE = new Map<string, ReasonMatch[]>();
for (const row of NETWORK_CODES) {
  let codes = BY_NETWORK.get(row.network);
  if (!codes) BY_NETWORK.set(row.network, (codes = new Map()));
  for (const code of row.codes) {
    const key = codeKey(code);
    if (codes.has(key)) throw new Error(`reasons table: ${row.network} ${code} listed twice`);
    const match: ReasonMatch = { category: row.category, returnRelated: false, source: row.source };
    codes.set(key, match);
    const all = BY_CODE.get(key) ?? [];
    all.push(match);
    BY_CODE.set(key, all);
  }
}

function toMatch(row: NamedReasonRow): ReasonMatch {
  return { category: row.category, returnRelated: row.returnRelated, source: row.source };
}

function lookupCode(code: string, network: Network | undefined): ReasonMatch | null {
  const key = codeKey(code);
  if (network !== undefined) return BY_NETWORK.get(network)?.get(key) ?? null;
  const matches = BY_CODE.get(key);
  if (!matches || matches.length === 0) return null;
  // Without a network, a code resolves only if every network that uses it agrees.
  const first = matches[0]!;
  return matches.every((m) => m.category === first.category) ? first : null;
}

/** A code followed by its name, as pages often show it: "13.1 Merchandise/Services Not Received". */
const LEADING_CODE = /^([A-Za-z0-9]+(?:\.[0-9]+)*)(?:\s*[:–—-]\s*|\s+)\S/;

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
  if (provider !== 'card') return null;
  const net = typeof network === 'string' ? network : undefined;
  const whole = lookupCode(reason, net);
  if (whole) return whole;
  const leading = LEADING_CODE.exec(reason.trim());
  return leading ? lookupCode(leading[1]!, net) : null;
}

/** contract: the provider's reason → one of the nine categories; unknown → null, never a guess. */
export function normalizeReason(provider: Provider, reason?: string, network?: Network): ReasonCategory | null {
  return matchReason(provider, reason, network)?.category ?? null;
}
