// The texts of evidence items and advice in the UI language. Params are data, not text: a param
// whose name ends in `At` is an ISO instant, shown as a date in the merchant's zone; a param `x`
// with a sibling `xCurrency` is money in minor units, shown with Intl's currency format. Both are
// formatted here (with cached Intl formatters) before the catalog fills the placeholders.
// (components/format.ts formats the same way for the UI; lib/rules may not import from components.)
import { t, type Locale } from '../i18n';
import type { AdviceItem, EvidenceItem } from './types';
import { minorUnitDigits } from './currency';
import { currencyFormatter, dateTimeFormatter } from '../i18n/intl';

export { minorUnitDigits };

/** "15,00 €" / "€15.00" / "150,00 kr" for an amount in minor units; unknown codes as "XYZ 1500". */
export function formatMinorUnits(locale: Locale, amountMinor: number, currency: string): string {
  const format = currencyFormatter(locale, currency);
  if (!format) return `${currency} ${amountMinor}`;
  return format.format(amountMinor / 10 ** minorUnitDigits(currency));
}

/** "2 Mar 2026, 14:05" in `timeZone`; an unreadable instant is shown as given. */
export function formatInstant(locale: Locale, iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateTimeFormatter(locale, timeZone, true).format(ms);
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
