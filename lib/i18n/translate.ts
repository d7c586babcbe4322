import { CATALOG } from './catalog';
import type { Locale } from './locales';

export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The text for `key` in `locale`, with `{name}` placeholders filled from `params`.
 * Falls back to English, then to the key itself, so a missing text is visible but never throws.
 */
export function t(locale: Locale, key: string, params?: Params): string {
  const text = CATALOG[locale][key] ?? CATALOG.en[key] ?? key;
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Per language: its plural rules and its number format (a list of 1,234 disputes says "1.234" in German). */
const counting = new Map<Locale, [Intl.PluralRules, Intl.NumberFormat]>();

/**
 * Plural-aware text: looks up `key.one` / `key.other` (CLDR categories) and fills `{count}`,
 * written as the language writes numbers.
 */
export function tn(locale: Locale, key: string, count: number, params?: Params): string {
  const rules = countingIn(locale);
  const full = `${key}.${rules[0].select(count)}`;
  const chosen = CATALOG[locale][full] ?? CATALOG.en[full] ? full : `${key}.other`;
  return t(locale, chosen, { count: rules[1].format(count), ...params });
}

function countingIn(locale: Locale): [Intl.PluralRules, Intl.NumberFormat] {
  let rules = counting.get(locale);
  if (!rules) counting.set(locale, (rules = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)]));
  return rules;
}

/** A count in a text that has no plural forms ("Later (1,500)"), written as tn writes one. */
export function formatCount(locale: Locale, count: number): string {
  return countingIn(locale)[1].format(count);
}

export function hasText(locale: Locale, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOG[locale], key);
}
