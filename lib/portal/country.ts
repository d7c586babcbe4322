// Buyer countries: an ISO 3166-1 alpha-2 code, a flag emoji, or the name Intl.DisplayNames prints
// in the page's language (any portal language, or English, as a fallback).
import { labelKey, memo } from './text';
import { PORTAL_LANGS, PORTAL_LOCALE_OF } from './vocabulary';

const A = 'A'.charCodeAt(0);
/** Region subtags that name groupings or private use, not a buyer's country. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'AA', 'XA', 'XB', 'XK']);

let english: Intl.DisplayNames | null = null;
/**
 * A current region code. Retired codes (DD, FX, YU, …) are not: Intl.DisplayNames prints them
 * under their successor's name, and Intl.getCanonicalLocales rewrites them.
 */
const isCurrentCode = memo((code) => {
  english ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && english.of(code) !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
});

/** Region names of one language and style, learnt from Intl.DisplayNames as lookups need them. */
interface NameIndex {
  dn: Intl.DisplayNames | null;
  /** name key → code; where two codes share a name, the current one */
  byKey: Map<string, string>;
  /** every code's name asked (by index: AA, AB, …, ZZ) */
  asked: Uint8Array;
  left: number;
}
const indexes = new Map<string, NameIndex>();
function nameIndex(locale: string, style: 'long' | 'short'): NameIndex {
  const cacheKey = `${locale}|${style}`;
  let ix = indexes.get(cacheKey);
  if (ix) return ix;
  let dn: Intl.DisplayNames | null = null;
  try {
    dn = new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
  } catch {
    /* a tag this runtime cannot name regions in */
  }
  ix = { dn, byKey: new Map(), asked: new Uint8Array(676), left: dn ? 676 : 0 };
  indexes.set(cacheKey, ix);
  return ix;
}

/** Asks the names of codes [from, to) not asked yet; stops once `key` names a current code. */
function learnNames(ix: NameIndex, from: number, to: number, key: string): void {
  for (let i = from; i < to && ix.left > 0; i++) {
    if (ix.asked[i]) continue;
    ix.asked[i] = 1;
    ix.left--;
    const code = String.fromCharCode(A + i / 26, A + (i % 26));
    if (NOT_COUNTRIES.has(code)) continue;
    const name = ix.dn!.of(code);
    if (!name) continue;
    const k = labelKey(name);
    const known = ix.byKey.get(k);
    if (known === undefined || (known !== code && !isCurrentCode(known) && isCurrentCode(code))) ix.byKey.set(k, code);
    if (k === key && isCurrentCode(ix.byKey.get(k)!)) return;
  }
}

/**
 * The current code whose name (in `locale`, `style`) is `key`. Names are learnt on demand: first
 * the codes with the name's initial ("bulgaria" → B…), then the rest, each code once per
 * language; a page showing a few countries asks a few dozen names, not all 676 codes'. Current
 * codes' names are unique in every portal language (test/portal/country.test.ts), so the first
 * current code found is the answer a full table would give.
 */
function codeOfName(locale: string, style: 'long' | 'short', key: string): string | undefined {
  const ix = nameIndex(locale, style);
  const hit = ix.byKey.get(key);
  if ((hit === undefined || !isCurrentCode(hit)) && ix.left > 0) {
    const initial = key.charCodeAt(0) - 97;
    if (initial >= 0 && initial < 26) learnNames(ix, initial * 26, initial * 26 + 26, key);
    const now = ix.byKey.get(key);
    if (now === undefined || !isCurrentCode(now)) learnNames(ix, 0, 676, key);
  }
  const code = ix.byKey.get(key);
  return code !== undefined && isCurrentCode(code) ? code : undefined;
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
  // a code; else two letters may be a short name ("UK", as Intl's en and de print GB)
  if (/^[a-z]{2}$/.test(key) && isCurrentCode(key.toUpperCase())) return key.toUpperCase();
  if (!key) return flag && isCurrentCode(flag) ? flag : null;
  const locales = [
    ...(locale ? [locale] : []),
    ...PORTAL_LANGS.map((l) => PORTAL_LOCALE_OF[l]),
    'en',
  ];
  // long names first ("United Kingdom"); short ones ("UK") only when no long name matched
  // (the text as it is too: "Myanmar (Burma)" is a name with its brackets)
  const keys = full !== key ? [key, full] : [key];
  for (const style of ['long', 'short'] as const) {
    for (const l of locales) {
      for (const k of keys) {
        const code = codeOfName(l, style, k);
        if (code) return code;
      }
    }
  }
  // "Sweden (SE)": a name with its code
  const paren = /\(([a-z]{2})\)$/.exec(full);
  if (paren && isCurrentCode(paren[1]!.toUpperCase())) return paren[1]!.toUpperCase();
  return flag && isCurrentCode(flag) ? flag : null;
}
