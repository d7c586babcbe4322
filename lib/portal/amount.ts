// Amounts as Intl.NumberFormat prints them in the portal's languages, in every fee-table currency:
// symbol, narrow symbol, ISO code or currency name, before or after the number ("€1,234.50",
// "1 234,50 kr", "SEK 1,234.50", "1.234,50 CHF"). The currency symbols are learnt from this
// runtime's Intl, so the reader agrees with whatever the browser itself prints.
import type { Money } from '../rules/types';
import { minorUnitDigits } from '../rules/currency';
import { portalLangOfTag } from './lexicon';
import { cleanNumberText, DECIMAL_MARK, memo } from './text';
import {
  CURRENCY_HINT_LOCALES,
  CURRENCY_SYMBOL_HINTS,
  FEE_TABLE_CURRENCIES,
  LOCAL_CURRENCY_SYMBOLS,
  PORTAL_LANGS,
  PORTAL_LOCALE_OF,
} from './vocabulary';

export type AmountReading = { ok: true; money: Money } | { ok: false; problem: string };

/** symbol (or name) key → the currencies printed so */
type SymbolTable = Map<string, Set<string>>;

/** A printed currency symbol or name as the symbol tables key it (case, dashes, spaces, a final dot). */
function symbolKey(s: string): string {
  return s.toLowerCase().replace(/[-\s]+/g, ' ').trim().replace(/\.$/, '');
}

const formatted = new Map<string, string[]>();
/** What Intl prints for `currency` in `locale` (the currency parts of each value), asked once. */
function currencyParts(locale: string, currency: string, display: string, values: number[]): string[] {
  const key = `${locale}|${currency}|${display}|${values.join()}`;
  let parts = formatted.get(key);
  if (parts) return parts;
  try {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display as 'symbol' });
    parts = values.map((v) => f.formatToParts(v).filter((p) => p.type === 'currency').map((p) => p.value).join(''));
  } catch {
    parts = [];
  }
  formatted.set(key, parts);
  return parts;
}

type Display = 'symbol' | 'narrowSymbol' | 'name';
/** the amounts whose currency parts are learnt: names vary with the number ("1 euro", "2 euros") */
const DISPLAY_VALUES: Record<Display, number[]> = { symbol: [1], narrowSymbol: [1], name: [1, 2, 1.5, 5, 1234.5] };
const tables = new Map<string, SymbolTable>();

/**
 * Every fee-table currency as this locale prints it with `display`: its default symbols (and
 * codes), narrow symbols ("$" for CAD too, "kr" for all three crowns) or names ("euros", "svenska
 * kronor"). Each built once per locale, and only when a step of the lookup needs it.
 */
export function symbolTable(locale: string, display: Display): SymbolTable {
  const cacheKey = `${locale}|${display}`;
  let table = tables.get(cacheKey);
  if (table) return table;
  table = new Map();
  for (const c of FEE_TABLE_CURRENCIES) {
    const printed = currencyParts(locale, c, display, DISPLAY_VALUES[display]);
    for (const s of display === 'symbol' ? [c, ...printed] : printed) {
      const key = symbolKey(s);
      if (!key) continue;
      let currencies = table.get(key);
      if (!currencies) table.set(key, (currencies = new Set()));
      currencies.add(c);
    }
  }
  tables.set(cacheKey, table);
  return table;
}

let knownCodes: Set<string> | null = null;
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (FEE_TABLE_CURRENCIES.includes(code)) return true;
  // Intl.supportedValuesOf: Chromium 99+, Firefox 93+ (the extension needs 120+/115+)
  knownCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCodes.size === 0 || knownCodes.has(code);
}

/**
 * The currency a symbol names on a page in `locale`: the page's own spelling first (its standard
 * symbols before its narrow ones), then the other portal languages'. Several → ambiguous.
 */
export const currencyOfSymbol = memo(currencyOfSymbolUncached);
function currencyOfSymbolUncached(symbol: string, locale: string | null | undefined): CurrencyMatch {
  const upper = symbol.toUpperCase();
  if (isCurrencyCode(upper)) return { currency: upper };
  const key = symbolKey(symbol);
  const lang = portalLangOfTag(locale);
  const local = lang ? LOCAL_CURRENCY_SYMBOLS[lang] : undefined;
  const localHit = local?.[key] ?? local?.[key + '.'];
  if (localHit) return { currency: localHit };
  const locales = locale ? [locale, ...PORTAL_LANGS.map((l) => PORTAL_LOCALE_OF[l])] : PORTAL_LANGS.map((l) => PORTAL_LOCALE_OF[l]);
  // On a page of known language, that language decides; otherwise all six together.
  const scopes: string[][] = locale ? [[locale], locales] : [locales];
  return hintedCurrency(key, locale, scopes) ?? learntCurrency(key, scopes);
}

/**
 * The same answer from the few currencies CURRENCY_SYMBOL_HINTS names for the symbol: the one it
 * names, or those of several that Intl prints it for (a NumberFormat per currency and locale),
 * instead of every currency's symbols in every language (a NumberFormat costs about a millisecond
 * in Chromium: learning them all was the bulk of a cold read). Null: not a hinted symbol or page
 * locale, or Intl prints it for none of them; then every symbol is learnt.
 */
function hintedCurrency(key: string, locale: string | null | undefined, scopes: string[][]): CurrencyMatch | null {
  const candidates = CURRENCY_SYMBOL_HINTS[key];
  if (!candidates || (locale && !CURRENCY_HINT_LOCALES.includes(locale))) return null;
  // the only currency printing this symbol in any of these locales: whichever language decides
  if (candidates.length === 1) return { currency: candidates[0]! };
  for (const scope of scopes) {
    for (const display of ['symbol', 'narrowSymbol'] as const) {
      const found = candidates.filter((c) => scope.some((l) => currencyParts(l, c, display, [1]).some((s) => symbolKey(s) === key)));
      if (found.length === 1) return { currency: found[0]! };
      if (found.length > 1) return { candidates: found.sort() };
    }
  }
  return null;
}

type CurrencyMatch = { currency: string } | { candidates: string[] };

function learntCurrency(key: string, scopes: string[][]): CurrencyMatch {
  // within a scope, a default symbol before a narrow one; currency names last
  const steps: [Display, string[]][] = [];
  for (const scope of scopes) steps.push(['symbol', scope], ['narrowSymbol', scope]);
  for (const scope of scopes) steps.push(['name', scope]);
  for (const [display, scope] of steps) {
    const found = new Set<string>();
    for (const l of scope) symbolTable(l, display).get(key)?.forEach((c) => found.add(c));
    if (found.size === 1) return { currency: [...found][0]! };
    if (found.size > 1) return { candidates: [...found].sort() };
  }
  return { candidates: [] };
}

/** Fraction digits of a currency as this runtime's Intl displays it (HUF: 0 in current ICU); not the scale of Money.amountMinor (lib/rules/currency). */
const fractionDigits = memo((currency) => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
});
// (not declared as currencyDigits: WXT's auto-imports would add components/format's of that name)
export { fractionDigits as currencyDigits };

/** A locale's decimal separator ('.' for a tag Intl does not take). */
const decimalSeparator = memo((locale) => {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
});

// (or DECIMAL_MARK, ⎖, a space before it: "Amount: €120<sup>50</sup>", the label's text and the
// element after it joined). A space groups three digits only: "€120 50" (the cents in an element
// after a space) or "1 20,50" is two numbers, reported, never read as 12,050.
const NUMBER = /\d+(?:(?:[.,'’]| (?=\d{3}(?!\d))| ?⎖)\d+)*/g;

/**
 * Splits "1 234,50" / "1,234.50" / "1.234" into integer and fraction digits. A lone separator
 * followed by exactly three digits is a group separator unless it is the page's decimal
 * separator and the currency has decimals.
 */
function splitNumber(num: string, locale: string | null | undefined, digits: () => number): [int: string, frac: string] {
  const lastDot = num.lastIndexOf('.');
  const lastComma = num.lastIndexOf(',');
  let decimal: string | null = null;
  // (cents shown as a superscript, after DECIMAL_MARK: dom.ts visibleText)
  if (num.includes(DECIMAL_MARK)) decimal = DECIMAL_MARK;
  else if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = num.split(sep).length - 1;
    const tail = num.length - num.lastIndexOf(sep) - 1;
    if (count === 1) {
      if (tail !== 3) decimal = sep;
      // Intl's display digits are asked only here, for the one form they decide ("1.234")
      else if (locale && decimalSeparator(locale) === sep && digits() > 0) decimal = sep;
    }
  }
  if (decimal === null) return [num.replace(/\D/g, ''), ''];
  const at = num.lastIndexOf(decimal);
  return [num.slice(0, at).replace(/\D/g, ''), num.slice(at + 1)];
}

/** Reads an amount; says in plain words why when it cannot. */
export function readAmount(text: string, locale?: string | null): AmountReading {
  // a page read again after a change shows mostly the same amounts: answer those from memory
  const r = rememberedAmount(text, locale);
  return r.ok ? { ok: true, money: { ...r.money } } : r;
}
const rememberedAmount = memo(readAmountUncached);

function readAmountUncached(text: string, locale?: string | null): AmountReading {
  const s = cleanNumberText(text);
  if (!s) return { ok: false, problem: 'no amount is shown' };
  const numbers = s.match(NUMBER);
  if (!numbers) return { ok: false, problem: `"${s}" has no number in it` };
  if (numbers.length > 1) return { ok: false, problem: `"${s}" holds more than one number` };
  const num = numbers[0]!;
  const at = s.indexOf(num);
  const before = s.slice(0, at);
  // (a note in parentheses after it, "€120.50 (incl. VAT)", "120,50 € (inkl. MwSt.)", whose words,
  // each or all together, name no currency nor several it may be (no candidates; a currency found
  // has none): no part of the amount, as its own element after it in a cell is not (facts.ts
  // firstReadable). One naming a currency stays, "(EUR)", "(kr)", "(paid in SEK)", "(Swedish
  // kronor)", as does one showing a sign, "(£)", and a number in one, "(£100.00)", is a second.
  // Only a text ending in such a note asks anything more. Its words are asked alone and two and
  // three together, for a currency's name among other words, "(in Swedish kronor)", "(paid in New
  // Zealand dollars)": no name Intl prints in a portal language has more, so the whole note is
  // asked where it may be one; three runs a word, however long the note.)
  const after = s.slice(at + num.length).replace(/ \(([^()\p{Sc}]+)\)$/u, (note, words: string) =>
    words.split(/[^\p{L}\p{N}]+/gu).flatMap((_, i, w) => [1, 2, 3].map((n) => w.slice(i, i + n).join(' '))).every((w) => (currencyOfSymbol(w, locale) as { candidates?: string[] }).candidates?.length === 0) ? '' : note,
  );
  const negative = /-/.test(before) || /^\s*-/.test(after) || (/^\(/.test(before) && /\)$/.test(after));
  const strip = (x: string) => x.replace(/[-+()\s]+/g, ' ').trim();
  let pre = strip(before);
  let post = strip(after);
  // (a currency sign and then its code after the number, "120,50 € EUR", as on either side of it,
  // "€120.50 EUR"; also where the code is the one a header names, added after the value: "Betrag
  // (EUR)". Not "kr" and a code: "1 234,50 kr SEK" stays reported, as unseen-details asks)
  const both = !pre && /^(\p{Sc}) ([A-Z]{3})$/u.exec(post);
  if (both) (pre = both[1]!), (post = both[2]!);
  // (a symbol and its own code are one currency: "€12.50 (EUR)", "kr 1 234,50 SEK" on a Swedish page)
  const one = (c: string) => (currencyOfSymbol(c, locale) as { currency?: string }).currency;
  if (pre && post && pre.toLowerCase() !== post.toLowerCase() && one(pre) !== one(post)) {
    return { ok: false, problem: `"${s}" names two currencies ("${pre}", "${post}")` };
  }
  const symbol = pre || post;
  if (!symbol) return { ok: false, problem: `"${s}" names no currency` };
  const found = currencyOfSymbol(symbol, locale);
  if (!('currency' in found)) {
    return {
      ok: false,
      problem:
        found.candidates.length > 1
          ? `"${s}": "${symbol}" could be ${found.candidates.join(', ')}`
          : `"${s}": "${symbol}" is not a currency the reader knows`,
    };
  }
  const currency = found.currency;
  // Intl's display digits tell grouping from decimals ("1.234 Ft"); Money counts ISO 4217 minor
  // units (HUF: 0 shown, 2 in ISO), so a shown "5 250 Ft" is 525000 minor units.
  const [int, frac] = splitNumber(num, locale, () => fractionDigits(currency));
  const scale = minorUnitDigits(currency);
  let fraction = frac;
  if (fraction.length > scale) {
    // Another ICU may print decimals for a currency without minor units ("¥1,200.00"): zeros are
    // harmless there. Not for one with them: the lone separator and three digits of "€1.500" on
    // a page with '.' for decimals may group thousands (numbers formatted the German way), and
    // cutting a zero read 1,500 euros as 1.50.
    if (!scale && /^0*$/.test(fraction)) fraction = '';
    else return { ok: false, problem: `"${s}" has more decimals than ${currency} uses (${scale})` };
  }
  const minor = Number(int + fraction.padEnd(scale, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: `"${s}" is too large to read exactly` };
  return { ok: true, money: { amountMinor: negative && minor !== 0 ? -minor : minor, currency } };
}

/** An amount in integer minor units, or null when it cannot be read without guessing. */
export function parseAmount(text: string, locale?: string | null): Money | null {
  const r = readAmount(text, locale);
  return r.ok ? r.money : null;
}
