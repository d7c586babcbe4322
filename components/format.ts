// Formatting shared by every view (in-page annotations, popup, options): countdowns, money and
// instants in the UI language, and the urgency colours. Pure functions of their arguments.
import type { Locale } from '../lib/i18n';
import { hasText, t } from '../lib/i18n';
import { minorUnitDigits } from '../lib/rules/currency';
import { currencyFormatter, dateTimeFormatter } from '../lib/i18n/intl';
import { DAY, HOUR, MINUTE } from '../lib/rules/time';
import type { Money, Urgency } from '../lib/rules/types';

export type CountdownKind = 'response' | 'escalation';

/**
 * "2 d 4 h" — the two largest non-zero units of a duration, rounded down to the minute so a
 * countdown never promises more time than is left.
 */
export function formatDuration(locale: Locale, ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return t(locale, 'fmt.unit.underMinute');
  const units: [string, number][] = [
    ['d', Math.floor(abs / DAY)],
    ['h', Math.floor((abs % DAY) / HOUR)],
    ['min', Math.floor((abs % HOUR) / MINUTE)],
  ];
  // the largest unit that is not zero (at least a minute has been) and the next one if it is not zero
  const first = units.findIndex(([, n]) => n > 0);
  return units
    .slice(first, first + 2)
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => t(locale, `fmt.unit.${unit}`, { n }))
    .join(' ');
}

// A list page words the same few countdowns hundreds of times (and again each minute): each text
// is built once. The text depends only on the whole minutes left and their sign, which is the key.
const countdowns = new Map<string, string>();
const MAX_CACHED = 5000;

/** "2 d 4 h to respond" / "escalates in 12 d" / "overdue by 3 h" (msLeft < 0). */
export function formatCountdown(locale: Locale, msLeft: number, kind: CountdownKind): string {
  const key = `${locale}|${kind}|${msLeft < 0 ? '-' : ''}${Math.floor(Math.abs(msLeft) / MINUTE)}`;
  let text = countdowns.get(key);
  if (text === undefined) {
    const time = formatDuration(locale, msLeft);
    const textKey = msLeft < 0 ? 'fmt.countdown.overdue' : `fmt.countdown.${kind}`;
    text = t(locale, textKey, { time });
    // The content script loads a language's texts at run time and draws in English meanwhile:
    // only a text of the language itself is kept.
    if (!hasText(locale, textKey)) return text;
    if (countdowns.size >= MAX_CACHED) countdowns.clear();
    countdowns.set(key, text);
  }
  return text;
}

/**
 * Digits of a currency's minor unit as ISO 4217 defines them — the scale of `Money.amountMinor`
 * (EUR 2, JPY 0, HUF 2). Not Intl's digits: those are CLDR's display digits (HUF 0), which would
 * show a HUF 5 250 fee (525000 minor units) as HUF 525,000.
 */
export function currencyDigits(currency: string): number {
  return minorUnitDigits(currency);
}

/** "€15.00" / "15,00 €" / "150,00 kr" — the page's conventions for the UI language. */
export function formatMoney(locale: Locale, money: Money): string {
  const format = currencyFormatter(locale, money.currency);
  // An unknown currency code: show the code and the minor units rather than throw into the page.
  if (!format) return `${money.currency} ${money.amountMinor}`;
  return format.format(money.amountMinor / 10 ** currencyDigits(money.currency));
}

/** "2 Mar 2026, 14:05" in the merchant's time zone; an unreadable instant gives "". */
export function formatDateTime(locale: Locale, iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return dateTimeFormatter(locale, timeZone, true).format(ms);
}

/** "2 Mar 2026" in the merchant's time zone. */
export function formatDate(locale: Locale, iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return dateTimeFormatter(locale, timeZone, false).format(ms);
}

/** The browser's zone, used when the settings leave it empty (lib/rules asks once). */
export { runtimeTimeZone as browserTimeZone } from '../lib/rules/time';

export interface ColorPair {
  fg: string;
  bg: string;
  border: string;
}
export type ColorScheme = 'light' | 'dark';

/**
 * Urgency colours per scheme. Every fg/bg pair meets WCAG AA for normal text (≥ 4.5:1); the
 * test in test/content/format.test.ts computes the ratios. Colour is never the only signal: the
 * chip's text says how long is left.
 */
export const urgencyColors: Record<ColorScheme, Record<Urgency, ColorPair>> = {
  light: {
    overdue: { fg: '#ffffff', bg: '#b42318', border: '#912018' },
    critical: { fg: '#912018', bg: '#fee4e2', border: '#f97066' },
    soon: { fg: '#7a2e0e', bg: '#fef0c7', border: '#f79009' },
    ok: { fg: '#085d3a', bg: '#dcfae6', border: '#47cd89' },
    none: { fg: '#344054', bg: '#f2f4f7', border: '#98a2b3' },
  },
  dark: {
    overdue: { fg: '#ffffff', bg: '#912018', border: '#f97066' },
    critical: { fg: '#fecdca', bg: '#55160c', border: '#f04438' },
    soon: { fg: '#fedf89', bg: '#4e1d09', border: '#dc6803' },
    ok: { fg: '#a6f4c5', bg: '#053321', border: '#17b26a' },
    none: { fg: '#d0d5dd', bg: '#1d2939', border: '#667085' },
  },
};

/**
 * The surface colours a list page's chips and summary line use (components/annotation-css): text,
 * background and border, the part of `surfaceColors` the content script carries.
 */
export const lineColors: Record<ColorScheme, { fg: string; bg: string; border: string }> = {
  light: { fg: '#101828', bg: '#ffffff', border: '#d0d5dd' },
  dark: { fg: '#f2f4f7', bg: '#161b26', border: '#475467' },
};

/** Surface colours of panels and summaries, per scheme (AA against each other, see the test). */
export const surfaceColors: Record<ColorScheme, { fg: string; muted: string; bg: string; border: string; accent: string; focus: string }> = {
  light: { ...lineColors.light, muted: '#475467', accent: '#175cd3', focus: '#175cd3' },
  dark: { ...lineColors.dark, muted: '#c0c6d0', accent: '#84adff', focus: '#84adff' },
};

/**
 * The border of a select or text field, per scheme: the only thing that shows where to choose or
 * type, so 3:1 against the surface (WCAG 1.4.11); `surfaceColors.border` is for lines that only
 * separate. Popup, options page and the detail panel.
 */
export const controlColors: Record<ColorScheme, string> = { light: '#667085', dark: '#8a94a6' };

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const v = hex.replace('#', '');
    const ch = [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16) / 255);
    const [r, g, bl] = ch.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
