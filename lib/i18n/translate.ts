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

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Plural-aware text: looks up `key.one` / `key.other` (CLDR categories) and fills `{count}`. */
export function tn(locale: Locale, key: string, count: number, params?: Params): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count);
  const full = `${key}.${category}`;
  const chosen = CATALOG[locale][full] ?? CATALOG.en[full] ? full : `${key}.other`;
  return t(locale, chosen, { count, ...params });
}

export function hasText(locale: Locale, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOG[locale], key);
}
