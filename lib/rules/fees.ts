// disputeFee: the fee at stake for a dispute, by provider, buyer country and the instant it was
// opened. Tables and their versions are in data/fees.ts and data/countries.ts.
import { COUNTRY_ALIASES, EEA_MEMBERS } from './data/countries';
import { EEA_ROW, FEE_AMOUNTS, FEE_CHARGING, type FeeAmountRow, type FeeChargingRow } from './data/fees';
import { inWindow, parseInstant, window, type Window } from './effective';
import type { FeeRule, Provider } from './types';

type Compiled<T> = { row: T; w: Window };

/** provider → buyer country → table versions */
const AMOUNTS = new Map<string, Map<string, Compiled<FeeAmountRow>[]>>();
for (const row of FEE_AMOUNTS) {
  let byCountry = AMOUNTS.get(row.provider);
  if (!byCountry) AMOUNTS.set(row.provider, (byCountry = new Map()));
  const list = byCountry.get(row.country) ?? [];
  list.push({ row, w: window(row.effective) });
  byCountry.set(row.country, list);
}
const CHARGING = FEE_CHARGING.map((row) => ({ row, w: window(row.effective) }));
const EEA = new Map<string, Window[]>();
for (const row of EEA_MEMBERS) EEA.set(row.country, [...(EEA.get(row.country) ?? []), window(row.effective)]);
const ALIASES = new Map(COUNTRY_ALIASES.map((row) => [row.alias, row.country]));

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** " se " → "SE", "UK" → "GB"; anything that is not two letters → null */
export function normalizeCountry(country: unknown): string | null {
  if (typeof country !== 'string') return null;
  const code = COUNTRY_CODE.test(country) ? country : country.trim().toUpperCase();
  if (!COUNTRY_CODE.test(code)) return null;
  return ALIASES.get(code) ?? code;
}

export function isEeaMember(country: string, atMs: number): boolean {
  const windows = EEA.get(country);
  return windows !== undefined && windows.some((w) => inWindow(w, atMs));
}

function amountRow(provider: string, country: string, atMs: number): FeeAmountRow | null {
  const list = AMOUNTS.get(provider)?.get(country);
  if (!list) return null;
  for (const { row, w } of list) if (inWindow(w, atMs)) return row;
  return null;
}

function chargingRow(provider: string, atMs: number): FeeChargingRow | null {
  for (const { row, w } of CHARGING) if (row.provider === provider && inWindow(w, atMs)) return row;
  return null;
}

export interface FeeQuery {
  provider: Provider;
  buyerCountry: string;
  openedAt: string;
}

/**
 * contract: the fee rule for a dispute — the buyer country's own row, else the EEA row for any
 * other EEA member, else null (no published fee). Billie: null. Never throws: an unreadable
 * country or date gives null.
 */
export function disputeFee(q: FeeQuery): FeeRule | null {
  const atMs = parseInstant(q?.openedAt);
  const country = normalizeCountry(q?.buyerCountry);
  if (atMs === null || country === null) return null;
  return feeAt(q.provider, country, atMs);
}

/**
 * Whether a dispute of this provider, opened at `openedAt`, may cost a fee: the charging table has
 * a row for it then (its fee depends on the buyer's country), or any row when the opening is not
 * known; true while the provider is not known yet. Billie: false.
 */
export function mayChargeFees(provider: Provider | undefined, openedAt?: string): boolean {
  if (provider === undefined) return true;
  const atMs = parseInstant(openedAt);
  return atMs === null ? CHARGING.some((c) => c.row.provider === provider) : chargingRow(provider, atMs) !== null;
}

/**
 * Whether a fee may apply that cannot be named because no buyer country is known (`buyerCountry`:
 * the one on the page or the one the merchant entered): the views then say "fee unknown: buyer
 * country not known", not "no published fee".
 */
export function feeAwaitsCountry(d: { provider?: Provider; createdAt?: string }, buyerCountry: string | undefined): boolean {
  return !buyerCountry && mayChargeFees(d.provider, d.createdAt);
}

/** disputeFee with the country already normalized and the instant parsed */
export function feeAt(provider: Provider, country: string, atMs: number): FeeRule | null {
  const charging = chargingRow(provider, atMs);
  if (!charging) return null;
  const amount =
    amountRow(provider, country, atMs) ?? (isEeaMember(country, atMs) ? amountRow(provider, EEA_ROW, atMs) : null);
  if (!amount) return null;
  return {
    fee: { amountMinor: amount.fee.amountMinor, currency: amount.fee.currency },
    charged: charging.charged,
    refundedIfWon: charging.refundedIfWon,
    ruleId: amount.id,
    chargingRuleId: charging.id,
    excludesVat: amount.excludesVat,
    source: amount.source,
  };
}
