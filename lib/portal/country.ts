// Buyer countries: an ISO 3166-1 alpha-2 code, a flag emoji, or the name Intl.DisplayNames prints
// in the page's language (any portal language, or English, as a fallback).
import { labelKey, memo } from './text';
import { PORTAL_LANGS, PORTAL_LOCALE_OF } from './vocabulary';

const A = 'A'.charCodeAt(0);
/** Region subtags that name groupings or private use, not a buyer's country. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'AA', 'XA', 'XB', 'XK']);

let english: Intl.DisplayNames | null = null;
const currentCache = new Map<string, boolean>();
/**
 * A current region code. Retired codes (DD, FX, YU, …) are not: Intl.DisplayNames prints them
 * under their successor's name, and Intl.getCanonicalLocales rewrites them.
 */
function isCurrentCode(code: string): boolean {
  let ok = currentCache.get(code);
  if (ok === undefined) {
    english ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    ok =
      /^[A-Z]{2}$/.test(code) &&
      !NOT_COUNTRIES.has(code) &&
      english.of(code) !== undefined &&
      Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
    currentCache.set(code, ok);
  }
  return ok;
}

let allCodes: string[] | null = null;
function everyCode(): string[] {
  if (allCodes) return allCodes;
  allCodes = [];
  for (let i = 0; i < 26; i++) for (let j = 0; j < 26; j++) allCodes.push(String.fromCharCode(A + i, A + j));
  return allCodes;
}

const byLocale = new Map<string, Map<string, string>>();
/** Country name → code in one language; where two codes share a name, the current one. */
function namesOf(locale: string, style: 'long' | 'short'): Map<string, string> {
  const cacheKey = `${locale}|${style}`;
  let map = byLocale.get(cacheKey);
  if (map) return map;
  map = new Map();
  try {
    {
      const dn = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
      for (const code of everyCode()) {
        if (NOT_COUNTRIES.has(code)) continue;
        const name = dn.of(code);
        if (!name) continue;
        const key = labelKey(name);
        const known = map.get(key);
        if (known === undefined || (known !== code && !isCurrentCode(known) && isCurrentCode(code))) map.set(key, code);
      }
    }
  } catch {
    /* a tag this runtime cannot name regions in */
  }
  byLocale.set(cacheKey, map);
  return map;
}

/** A flag emoji (two regional-indicator symbols) → its code. */
function flagCode(s: string): string | null {
  const m = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u.exec(s);
  if (!m) return null;
  return String.fromCharCode(A + m[1]!.codePointAt(0)! - 0x1f1e6, A + m[2]!.codePointAt(0)! - 0x1f1e6);
}

/** "SE", "🇸🇪", "Sweden", "Schweden", "Ruotsi" → "SE"; null when it names no current country. */
export const parseCountry: (text: string, locale?: string | null) => string | null = memo(parseCountryUncached);
function parseCountryUncached(text: string, locale?: string | null): string | null {
  const flag = flagCode(text);
  const rest = text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '');
  const full = labelKey(rest);
  const key = full.replace(/^[\s,;()-]+|[\s,;()-]+$/g, '');
  if (/^[a-z]{2}$/.test(key)) {
    const code = key.toUpperCase();
    return isCurrentCode(code) ? code : null;
  }
  if (!key) return flag && isCurrentCode(flag) ? flag : null;
  const locales = [
    ...(locale ? [locale] : []),
    ...PORTAL_LANGS.map((l) => PORTAL_LOCALE_OF[l]),
    'en',
  ];
  // long names first ("United Kingdom"); short ones ("UK") only when no long name matched
  for (const style of ['long', 'short'] as const) {
    for (const l of locales) {
      const code = namesOf(l, style).get(key);
      if (code && isCurrentCode(code)) return code;
    }
  }
  // "Sweden (SE)": a name with its code
  const paren = /\(([a-z]{2})\)$/.exec(full);
  if (paren && isCurrentCode(paren[1]!.toUpperCase())) return paren[1]!.toUpperCase();
  return flag && isCurrentCode(flag) ? flag : null;
}
