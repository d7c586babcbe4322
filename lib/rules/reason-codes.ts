// Card network reason codes → categories (data/reasons.ts NETWORK_CODES), apart from the named
// reasons: the content script's list pages never need a card reason's category (no card deadline
// or fee depends on it: test/rules/reasons.test.ts), so its build leaves this table out
// (modules/content-rules.ts); everything else, the detail module included, uses it as it is.
import { NETWORK_CODES } from './data/reasons';
import type { Network } from './types';
import { NAMED_NETWORKS } from './values';
import type { ReasonMatch } from './reasons';

/** Card codes compare upper-case without spaces: "c 028" → "C028", " 10.4 " → "10.4" */
function codeKey(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
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

/**
 * A network named before its code, as e-mails and pages without a network field write it ("Visa
 * 10.4"): the names lib/rules/evidence networkOf reads for the same reasons (Visa CE 3.0, 10.5).
 */
const NAMED_NETWORK = new RegExp(`^(${NAMED_NETWORKS})\\s+(?=\\S)`, 'i');

/**
 * A card dispute's reason given as its network's code ("13.1", "4855 Not received", "Visa 10.4"),
 * or null. The network is the one given, else the one the reason names before its code.
 */
export function cardCodeReason(reason: string, network?: Network): ReasonMatch | null {
  let net = typeof network === 'string' ? network : undefined;
  let text = reason.trim();
  const named = NAMED_NETWORK.exec(text);
  if (named) {
    net ??= named[1]!.toLowerCase() as Network;
    text = text.slice(named[0].length);
  }
  const whole = lookupCode(text, net);
  if (whole) return whole;
  const leading = LEADING_CODE.exec(text);
  return leading ? lookupCode(leading[1]!, net) : null;
}
