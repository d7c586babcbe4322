// The scale of Money.amountMinor. A module of its own with no imports, so that the page reader and
// the content script's formatting can use it without pulling the text catalog into their bundle.

/**
 * Minor units are ISO 4217's (the Money contract), but Intl reports CLDR's display digits, which
 * differ for some currencies: HUF has 2 minor digits in ISO 4217 and 0 in CLDR, so a fee of
 * HUF 5 250 is 525000 minor units (seed 001's card table). Only where the two differ.
 */
const ISO_4217_EXPONENT: Readonly<Record<string, number>> = {
  AFN: 2, ALL: 2, COP: 2, HUF: 2, IDR: 2, IQD: 3, IRR: 2, KPW: 2, LAK: 2, LBP: 2, MGA: 2, MMK: 2,
  PKR: 2, SLL: 2, SOS: 2, SYP: 2, YER: 2,
};

const intlDigits = new Map<string, number>();

/**
 * Digits of a currency's minor unit as ISO 4217 defines them (EUR 2, JPY 0, HUF 2, BHD 3): the
 * scale of `Money.amountMinor`. Intl's own digits are CLDR's display digits (HUF 0), so code that
 * converts between major and minor units should use this, not Intl. 2 for a malformed code.
 */
export function minorUnitDigits(currency: string): number {
  const iso = ISO_4217_EXPONENT[currency];
  if (iso !== undefined) return iso;
  let digits = intlDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // not an ISO 4217 code
    }
    intlDigits.set(currency, digits);
  }
  return digits;
}
