// Text normalisation shared by every matcher. Intl output carries U+00A0 and U+202F (no-break and
// narrow no-break spaces) and U+2212 (minus sign); pages carry zero-width and bidi marks. All of it
// is folded here so matchers compare plain text.

// \s already covers U+00A0, U+2007, U+2009 and U+202F (Unicode space separators).
const SPACES = /\s+/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\u2066-\u2069\ufeff]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d]/g;
const NEEDS_WORK = /[^\S ]|\s\s|[\u00ad\u200b-\u200f\u2060\u2066-\u2069\ufeff]/;

/** The decimal point of cents shown as a superscript (dom.ts visibleText), in no language's numbers. */
export const DECIMAL_MARK = '\u2396';

/** Collapses every kind of space to one ASCII space, drops invisible marks, trims. */
export function cleanText(s: string): string {
  const t = s.trim();
  if (!NEEDS_WORK.test(t)) return t;
  return t.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Like cleanText, and Unicode minus/dashes become "-" (for numbers and dates). */
export function cleanNumberText(s: string): string {
  return cleanText(s).replace(DASHES, '-');
}

// a trailing colon, asterisk or footnote's mark ("Respond by¹", "Amount†": superscript digits,
// daggers), info mark ("Respond by ⓘ", "Amount (?)", a tooltip's trigger), sort
// arrow (arrows, triangles, chevrons) or separator before a line's next pair (·, •, |); after a
// value too ("€120.50 ⓘ", "2 Feb 2026 (?)", "Won ·": facts.ts)
// (dropped from the end backwards, one character at a time: a pattern `(…)+$` is tried from every
// position of the text, so a long run of such characters in a value, a note of colons or " · ", cost
// seconds)
const TAIL_CHAR = /[\s:：*\u00b2\u00b3\u00b9\u2070-\u2079\u2020\u2021·•|\u2139\u24d8\ufe0f\u2190-\u21ff\u25b2-\u25c1\u2b06\u2b07\u2303\u2304\u02c4\u02c5]/;
// (a superscript digit right after a digit is no footnote's mark: cents, "€120⁵⁰", kept to be reported, not read as €120.00)
const SUPERSCRIPT_AFTER_DIGIT = /\d[\u00b2\u00b3\u00b9\u2070-\u2079]$/;
export function withoutTail(s: string): string {
  let end = s.length;
  while (end) {
    if (TAIL_CHAR.test(s[end - 1]!) && !SUPERSCRIPT_AFTER_DIGIT.test(s.slice(end - 2, end))) end--;
    else if (s.endsWith('(?)', end)) end -= 3;
    else break;
  }
  return s.slice(0, end);
}
/** a text cut short with an ellipsis: the text before it (a header's, scan.ts; a dispute ID's, facts.ts shownId) */
export const CUT = /^(.*?)(?:…|\.\.\.)$/;

const LABEL_HYPHEN = /[-\u2010\u2011]/g;

/**
 * The key a label or vocabulary word is looked up by: lower case, one space, hyphens read as
 * spaces ("Streitfall-ID" = "Streitfall ID"), a trailing colon or sort arrow dropped.
 */
export function labelKey(s: string): string {
  // short texts repeat (the same label on every card): remember them
  if (s.length > 64) return computeLabelKey(s);
  let key = keys.get(s);
  if (key === undefined) {
    if (keys.size > 5000) keys.clear();
    keys.set(s, (key = computeLabelKey(s)));
  }
  return key;
}
const keys = new Map<string, string>();

function computeLabelKey(s: string): string {
  // (labelKey remembers the key of every short text: no test before each replace)
  return withoutTail(cleanText(s).toLowerCase()).replace(LABEL_HYPHEN, ' ');
}

/**
 * Remembers a pure function's answers for the texts a page repeats (currency symbols, country
 * names, payment methods): a list of 500 rows asks the same few questions 500 times.
 */
export function memo<R>(fn: (text: string, locale: string | null | undefined) => R): (text: string, locale?: string | null) => R {
  const cache = new Map<string, R>();
  return (text, locale) => {
    const key = `${locale ?? ''}\u0000${text}`;
    let r = cache.get(key);
    if (r === undefined && !cache.has(key)) {
      r = fn(text, locale);
      if (cache.size > 4000) cache.clear();
      cache.set(key, r);
    }
    return r as R;
  };
}
