// Cached Intl formatters in the portal's own language tags, shared by every part that shows money
// or dates (lib/rules/text for advice, components/format for the UI): one cache, one fallback rule.
import { PORTAL_LOCALE_TAGS, type Locale } from './locales';

const currencyFormats = new Map<string, Intl.NumberFormat | null>();

/** Intl's currency format for the UI language; null for a code that is not ISO 4217. */
export function currencyFormatter(locale: Locale, currency: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  let format = currencyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(PORTAL_LOCALE_TAGS[locale], { style: 'currency', currency });
    } catch {
      format = null;
    }
    currencyFormats.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2 Mar 2026" or, with time, "2 Mar 2026, 14:05" in `timeZone`; an unknown zone reads as UTC, never a throw. */
export function dateTimeFormatter(locale: Locale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withTime
      ? { dateStyle: 'medium', timeStyle: 'short', timeZone }
      : { dateStyle: 'medium', timeZone };
    try {
      format = new Intl.DateTimeFormat(PORTAL_LOCALE_TAGS[locale], options);
    } catch {
      format = new Intl.DateTimeFormat(PORTAL_LOCALE_TAGS[locale], { ...options, timeZone: 'UTC' });
    }
    dateFormats.set(key, format);
  }
  return format;
}
