// Buyer countries: an ISO 3166-1 alpha-2 code, a flag emoji, or the name Intl.DisplayNames prints
// in the page's language (any portal language, or English, as a fallback).
import { labelKey, memo } from './text';
import { PORTAL_LANGS, PORTAL_LOCALE_OF } from './vocabulary';

const A = 'A'.charCodeAt(0);
/** Region subtags that name groupings or private use, not a buyer's country. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'AA', 'XA', 'XB', 'XK']);

let codes: string[] | null = null;
let codeSet: Set<string> | null = null;
function isCurrentCode(code: string): boolean {
  codeSet ??= new Set(currentCodes());
  return codeSet.has(code);
}
/**
 * Every current region code. Retired codes (DD, FX, YU, …) are left out: Intl.DisplayNames prints
 * them under their successor's name, so a reverse lookup from "Germany" would otherwise find DD.
 */
function currentCodes(): string[] {
  if (codes) return codes;
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  codes = [];
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (NOT_COUNTRIES.has(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      if (names.of(code) !== undefined) codes.push(code);
    }
  }
  return codes;
}

const byLocale = new Map<string, Map<string, string>>();
function namesOf(locale: string): Map<string, string> {
  let map = byLocale.get(locale);
  if (map) return map;
  map = new Map();
  try {
    for (const style of ['long', 'short'] as const) {
      const dn = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
      for (const code of currentCodes()) {
        const name = dn.of(code);
        if (name && !map.has(labelKey(name))) map.set(labelKey(name), code);
      }
    }
  } catch {
    /* a tag this runtime cannot name regions in */
  }
  byLocale.set(locale, map);
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
  for (const l of locales) {
    const code = namesOf(l).get(key);
    if (code) return code;
  }
  // "Sweden (SE)": a name with its code
  const paren = /\(([a-z]{2})\)$/.exec(full);
  if (paren && isCurrentCode(paren[1]!.toUpperCase())) return paren[1]!.toUpperCase();
  return flag && isCurrentCode(flag) ? flag : null;
}
