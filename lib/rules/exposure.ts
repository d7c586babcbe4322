// What each choice costs, per currency. The disputed amount and the fee are often in different
// currencies (a SEK order from a Norwegian buyer pays a NOK fee): amounts are only ever added to
// amounts of the same currency, and each list holds one entry per currency.
//
// - accept: the customer is refunded the full disputed amount (seed 000). During an enquiry that
//   is all — enquiries carry no fee unless escalated (seed 001). Once it is a chargeback, accepting
//   closes it as lost (Stripe: accepting moves needs_response → lost), so the fee is due: charged
//   already (on open) or charged now (if lost).
// - challenge and lose: the amount and the fee.
// - challenge and win: nothing, except a fee charged on open that is not refunded on a win.
import type { Exposure, FeeRule, Money } from './types';

const ISO_4217 = /^[A-Z]{3}$/;
/** ISO 4217's code for "no currency": stands in for an unreadable one, so it never merges with a real one */
export const UNKNOWN_CURRENCY = 'XXX';

export function normalizeCurrency(currency: unknown): string {
  if (typeof currency !== 'string') return UNKNOWN_CURRENCY;
  if (ISO_4217.test(currency)) return currency;
  const code = currency.trim().toUpperCase();
  return ISO_4217.test(code) ? code : UNKNOWN_CURRENCY;
}

export function isValidMoney(m: unknown): m is Money {
  const amount = (m as Money | null | undefined)?.amountMinor;
  return typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0;
}

/** Adds `m` to the entry of its currency in `out` (or a new one); never across currencies. */
function add(out: Money[], m: Money | null): Money[] {
  if (!m || !isValidMoney(m) || m.amountMinor === 0) return out;
  const currency = normalizeCurrency(m.currency);
  for (const x of out) {
    if (x.currency === currency) {
      x.amountMinor += m.amountMinor;
      return out;
    }
  }
  out.push({ amountMinor: m.amountMinor, currency });
  return out;
}

/** Adds up money per currency, keeping first-seen order; never across currencies. */
export function sumByCurrency(items: readonly (Money | null)[]): Money[] {
  const out: Money[] = [];
  for (const m of items) add(out, m);
  return out;
}

/**
 * @param amount the disputed amount (left out when unreadable)
 * @param fee the fee rule, or null when no fee is published or known
 * @param enquiry the dispute is still an enquiry (no fee yet)
 */
export function exposure(amount: Money | null | undefined, fee: FeeRule | null, enquiry: boolean): Exposure {
  const disputed = amount && isValidMoney(amount) ? amount : null;
  const feeMoney = fee && isValidMoney(fee.fee) ? fee.fee : null;
  const keptIfWon = fee !== null && fee.charged === 'on_open' && !fee.refundedIfWon ? feeMoney : null;
  return {
    accept: add(add([], disputed), enquiry ? null : feeMoney),
    challengeIfLost: add(add([], disputed), feeMoney),
    challengeIfWon: add([], keptIfWon),
    feeKnown: feeMoney !== null,
  };
}
