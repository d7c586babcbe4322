// The texts of evidence items and advice in the UI language. Params are data, not text: a param
// whose name ends in `At` is an ISO instant, shown as a date in the merchant's zone; a param `x`
// with a sibling `xCurrency` is money in minor units, shown with Intl's currency format. Both are
// formatted here (with cached Intl formatters) before the catalog fills the placeholders.
// (components/format.ts formats the same way for the UI; lib/rules may not import from components.)
import { PORTAL_LOCALE_TAGS, t, type Locale } from '../i18n';
import type { AdviceItem, EvidenceItem } from './types';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone };
    try {
      format = new Intl.DateTimeFormat(PORTAL_LOCALE_TAGS[locale], options);
    } catch {
      // An unknown zone: UTC rather than a throw into the page.
      format = new Intl.DateTimeFormat(PORTAL_LOCALE_TAGS[locale], { ...options, timeZone: 'UTC' });
    }
    dateFormats.set(key, format);
  }
  return format;
}

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

function moneyFormat(locale: Locale, currency: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(PORTAL_LOCALE_TAGS[locale], { style: 'currency', currency });
    } catch {
      format = null; // not an ISO 4217 code
    }
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * Minor units are ISO 4217's (the Money contract), but Intl reports CLDR's display digits, which
 * differ for some currencies: HUF has 2 minor digits in ISO 4217 and 0 in CLDR, so a fee of
 * HUF 5 250 is 525000 minor units (seed 001's card table). Only where the two differ.
 */
const ISO_4217_EXPONENT: Readonly<Record<string, number>> = {
  AFN: 2, ALL: 2, COP: 2, HUF: 2, IDR: 2, IQD: 3, IRR: 2, LAK: 2, LBP: 2, MGA: 2, MMK: 2, PKR: 2,
  SOS: 2, SYP: 2, YER: 2,
};

/**
 * Digits of a currency's minor unit as ISO 4217 defines them (EUR 2, JPY 0, HUF 2, BHD 3): the
 * scale of `Money.amountMinor`. Intl's own digits are CLDR's display digits (HUF 0), so code that
 * converts between major and minor units should use this, not Intl. 2 for a malformed code.
 */
export function minorUnitDigits(currency: string): number {
  const iso = ISO_4217_EXPONENT[currency];
  if (iso !== undefined) return iso;
  const format = moneyFormat('en', currency);
  return format?.resolvedOptions().maximumFractionDigits ?? 2;
}

/** "15,00 €" / "€15.00" / "150,00 kr" for an amount in minor units; unknown codes as "XYZ 1500". */
export function formatMinorUnits(locale: Locale, amountMinor: number, currency: string): string {
  const format = moneyFormat(locale, currency);
  if (!format) return `${currency} ${amountMinor}`;
  return format.format(amountMinor / 10 ** minorUnitDigits(currency));
}

/** "2 Mar 2026, 14:05" in `timeZone`; an unreadable instant is shown as given. */
export function formatInstant(locale: Locale, iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateFormat(locale, timeZone).format(ms);
}

const CURRENCY_SUFFIX = 'Currency';

function formatParams(
  params: Readonly<Record<string, string | number>>,
  locale: Locale,
  timeZone: string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith(CURRENCY_SUFFIX) && name.length > CURRENCY_SUFFIX.length) continue;
    const currency = params[name + CURRENCY_SUFFIX];
    if (typeof currency === 'string' && typeof value === 'number') out[name] = formatMinorUnits(locale, value, currency);
    else if (name.endsWith('At') && typeof value === 'string') out[name] = formatInstant(locale, value, timeZone);
    else out[name] = value;
  }
  return out;
}

export function evidenceText(
  item: EvidenceItem,
  locale: Locale,
): { title: string; explanation: string; acceptance: string } {
  return {
    title: t(locale, item.titleKey),
    explanation: t(locale, item.explanationKey),
    acceptance: t(locale, item.acceptanceKey),
  };
}

export function adviceText(item: AdviceItem, locale: Locale, timeZone: string): string {
  return t(locale, item.textKey, item.params ? formatParams(item.params, locale, timeZone) : undefined);
}
