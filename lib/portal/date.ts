// Dates as Intl.DateTimeFormat prints them in the portal's languages (dateStyle short, medium,
// long or full, with or without a time, with or without a zone name) and ISO 8601. Month and
// weekday names, the order of day, month and year, and zone names are learnt from this runtime's
// Intl, once per locale. A date without a zone is a wall time in the merchant's zone.
import { runtimeTimeZone, zone, zoneOffset } from '../rules/time';
import { cleanNumberText, memo } from './text';
import { isZoneName, LONG_NAME, standardZone, zoneAt, zoneNamed } from './zone-names';
import { BADGE_WORDS, DATE_TIME_JOINERS, HOUR_WORDS, ORDINAL_DAY, PORTAL_LANGS, PORTAL_LOCALE_OF, TIME_SUFFIX } from './vocabulary';

export interface DateOptions {
  /** the merchant's zone for dates shown without one (default: the runtime's) */
  timeZone?: string;
  /** a date shown without a time means the end of that day (23:59:59.999), not its start */
  endOfDay?: boolean;
  /**
   * the zone the page names for its dates, as a column's or term's header does ("Respond by (CET)",
   * "(UTC-5)"): a date naming none of its own is in it, not in the merchant's
   */
  zone?: string;
  /** the orders of day and month the page's numeric dates prove, orderShown's run together ("m/") */
  proofs?: string;
}

export type DateReading = { ok: true; iso: string; hasTime: boolean } | { ok: false; problem: string };

type Part = 'day' | 'month' | 'year';
interface LocaleDates {
  months: Map<string, number>;
  skip: Set<string>;
  /** whose order of day, month and year numeric dates use (asked only for a numeric date) */
  orderLocale: string | null | undefined;
  /** readDatePart with these names, each text once (a list repeats its days: "14 Jan 2026, 08:23", "14 Jan 2026, 06:18") */
  day?: (text: string) => YMD | null;
}

const MONTH_DATE = (m: number) => new Date(Date.UTC(2025, m, 15, 12));
const localeCache = new Map<string, LocaleDates>();

function word(s: string): string {
  return s.toLowerCase().replace(/[.,]+$/, '');
}

// Month names as dateStyle medium shows them first ("19 Jan 2026"); every other form, weekdays
// and the words of dateStyle full only for a date those do not read (a DateTimeFormat costs
// about a millisecond in Chromium). In no portal language does a month word name two months or
// also a weekday or joining word (test/portal/date.test.ts), so a date the first stage reads,
// the later ones read the same.
const FIRST_STYLES: Intl.DateTimeFormatOptions[] = [{ dateStyle: 'medium' }];
/** Every style month names are learnt in (exported for the test that no month word is ambiguous in them). */
export const MONTH_STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { month: 'long' },
  { month: 'short' },
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short' },
];

/**
 * The styles weekday names are learnt in: alone, and in a date, where Finnish names it in another
 * case ("maanantai"; "maanantaina 2.2.2026 klo 23.59", "on Monday"). Exported for the test that no
 * month word is also one.
 */
export const WEEKDAY_STYLES: readonly Intl.DateTimeFormatOptions[] = ['long', 'short'].flatMap((weekday) => [{ weekday }, { weekday, day: 'numeric' }] as Intl.DateTimeFormatOptions[]);

const monthParts = new Map<string, string[][]>();
/** The month parts of the twelve months in one style: each DateTimeFormat made once. */
function monthsIn(locale: string, style: Intl.DateTimeFormatOptions): string[][] {
  const key = `${locale}|${JSON.stringify(style)}`;
  let months = monthParts.get(key);
  if (!months) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...style });
    months = [];
    for (let m = 0; m < 12; m++) {
      months.push(f.formatToParts(MONTH_DATE(m)).filter((p) => p.type === 'month' && !/^\d+$/.test(p.value)).map((p) => p.value));
    }
    monthParts.set(key, months);
  }
  return months;
}

function learnMonths(locale: string, styles: readonly Intl.DateTimeFormatOptions[], into: LocaleDates): void {
  for (const style of styles) {
    monthsIn(locale, style).forEach((values, m) => {
      for (const value of values) {
        for (const w of [word(value), ...value.toLowerCase().split(/\s+/).map(word)]) {
          if (w && !into.months.has(w)) into.months.set(w, m + 1);
        }
      }
    });
  }
}

function learnAll(locale: string, into: LocaleDates): void {
  learnMonths(locale, MONTH_STYLES, into);
  for (const style of WEEKDAY_STYLES) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...style });
    for (let d = 0; d < 7; d++) for (const p of f.formatToParts(new Date(Date.UTC(2025, 0, 5 + d, 12)))) if (p.type === 'weekday') into.skip.add(word(p.value));
  }
  // Literal words Intl puts between parts ("den", "um", "kl.", "klo", "at"), and the words of
  // yesterday, today and tomorrow beside a date ("Today, 2 Feb 2026", "I morgon (4 feb. 2026)"):
  // the date shown is read, the word says no more (alone, "Today, 23:59", it is still no date)
  const full = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' });
  const days = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const texts = [-1, 0, 1].map((n) => days.format(n, 'day'));
  for (const p of full.formatToParts(MONTH_DATE(2))) if (p.type === 'literal') texts.push(p.value);
  for (const w of texts.join(' ').split(/\s+/)) if (/\p{L}/u.test(w)) into.skip.add(word(w));
}

/** The order of day, month and year in the locale's numeric dates (one Intl call per locale). */
const orderOf = memo((_, locale): Part[] => {
  if (locale) {
    try {
      const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' })
        .formatToParts(MONTH_DATE(2))
        .map((p) => p.type)
        .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
      if (parts.length === 3) return parts;
    } catch {
      /* keep day-month-year */
    }
  }
  return ['day', 'month', 'year'];
});

/**
 * Month and weekday names, learnt only when a page shows a date in words, in stages: 0 the page's
 * own month names as dateStyle medium shows them (all six languages when it is not known); 1 all
 * of its names and words; 2 English (en-GB, en-US) too, only for a date those do not read, so an
 * English page never learns en-US and a German one learns no English.
 */
function localeDates(locale: string | null | undefined, stage: 0 | 1 | 2): LocaleDates {
  const key = `${stage}${locale ?? ''}`;
  let ld = localeCache.get(key);
  if (ld) return ld;
  const own = [...new Set(locale ? [locale] : PORTAL_LANGS.map((l) => PORTAL_LOCALE_OF[l]))];
  if (stage === 2) {
    // the page's own names first (they win where a word means two months), then English
    const base = localeDates(locale, 1);
    ld = { months: new Map(base.months), skip: new Set(base.skip), orderLocale: locale };
    for (const tag of ['en-GB', 'en-US'].filter((t) => !own.includes(t))) attempt(() => learnAll(tag, ld!));
  } else {
    ld = { months: new Map(), skip: new Set(DATE_TIME_JOINERS.map(word)), orderLocale: locale };
    for (const tag of own) attempt(() => (stage === 0 ? learnMonths(tag, FIRST_STYLES, ld!) : learnAll(tag, ld!)));
  }
  ld.day = memo((text) => readDatePart(text, ld!));
  localeCache.set(key, ld);
  return ld;
}

function attempt(learn: () => void): void {
  try {
    learn();
  } catch {
    /* an unsupported tag: English still applies */
  }
}

type Time = [number, number, number, number];
/** A date in words, with or without a time, read with one set of names; null when they do not read it. */
function readWords(s: string, ld: LocaleDates): { ymd: YMD; time: Time | null } | 'impossible time' | null {
  const t = TIME.exec(s);
  if (t) {
    const ymd = ld.day!(s.slice(0, t.index));
    if (ymd) {
      let hour = Number(t[1]);
      if (t[5]) {
        if (hour < 1 || hour > 12) return 'impossible time';
        hour = (hour % 12) + (t[5] === 'p' ? 12 : 0);
      }
      return { ymd, time: [hour, Number(t[2]), Number(t[3] ?? 0), Number((t[4] ?? '0').padEnd(3, '0'))] };
    }
  }
  const ymd = ld.day!(s);
  return ymd ? { ymd, time: null } : null;
}

// ---- time zones -------------------------------------------------------------------------------
// lib/rules/time.ts does the zone arithmetic (cached offsets, DST gaps and overlaps), zone-names.ts
// knows the names Intl prints for zones; the reader only asks them.

/**
 * Legacy three-letter IDs ICU takes for one zone where pages mean others, never taken as a label's
 * zone ID (read as a value's name is): "IST" is India's (+5:30) to ICU, not Ireland's summer or
 * Israel's, "AST" Alaska's (−9), not the Atlantic's or Arabia's (both then reported, as a value's
 * "IST" is); "BST" Bangladesh's, not London's summer, as Intl prints it in en-GB (02db6cd).
 */
const ICU_MISREAD_IDS = /^[IAB]ST$/;

/**
 * A text that names a zone or an offset, known or not ("MSK", "(CET)", "UTC+3", "GMT+03:00",
 * "Europe/Moscow", "(UTC+03:00) Moscow", "+03:00"): a date beside it is read with it or reported,
 * never without it (facts.ts).
 */
export const namesZone = (t: string) => ZONE_SHAPE.test(t) || LONG_NAME.test(t) || isZoneName(t.toLowerCase().replace(/-/g, ' '));
const ZONE_SHAPE = /^\(?(?:\p{Lu}{2,5}\)?|(?:UTC|GMT)\b.*|\p{Lu}\p{L}+\/\S+|[+\u2212-]\d\d:\d\d)$/u;

// ---- parsing ----------------------------------------------------------------------------------

// (a time right after the year: the DOM text of "<span>26 Jan 2026</span><span>23:59</span>", two
// elements set apart by CSS, is "26 Jan 202623:59"; its numeric forms are read so by NUMERIC_FAST)
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;
/**
 * A Windows-style zone at the end ("(utc+01:00) amsterdam, berlin", "(utc-05:00) eastern time (us &
 * canada)"; a label's key, its minus a space: lexicon): its offset's sign, hours, minutes, and names
 * (any text up to a parenthesis, so that a long text of them is read in linear time)
 */
export const WINDOWS = / \(utc(?:([+ \u2212-])(\d\d):(\d\d))?\) ([^\d()]+)(?:\([^\d()]*\))?$/;
const OFFSET_ZONE = /\s*\b(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?$/;
const TIME = /(?:^|[\s,]|(?<=\d{4}))(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?(?:\s*([ap])\.?\s?m\.?)?$/;
const TIME_FIRST = /^(\d\d?[:.]\d\d(?: ?[ap]\.?m\.?)?)[\s,·-]+(.+)/;
const NUMERIC_DATE = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?$/;
// (its joining words, "kl.", "kl", "klo", "um", "at", are the short ones of vocabulary.ts
// DATE_TIME_JOINERS written out, not derived: a RegExp built from them, the dot of "kl." escaped,
// is the same pattern and cost the content script 19 B gzipped of its 40,960. A joiner added there
// and not here takes the slower path, readWords, which reads every one: "26.01.2026 kello 12.00")
const NUMERIC_FAST =
  /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?(?:,?\s*(?:kl\.?|klo|um|at)?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/** A numeric date's first two numbers and its separator ("2/4/2026": "2", "/", "4"; none in "2026-02-04") */
const SHAPED = /\b(\d\d?)([./-])(\d\d?)\2\d/;
/**
 * The order of day and month a numeric date shown proves, its first number's, and its separator:
 * "m/" where only month first reads it ("1/19/2026"), "d/" where only day first does ("19/1/2026"),
 * "/" where both do ("2/4/2026"); "" for no numeric date.
 */
export const orderShown = (t = '') => {
  const m = SHAPED.exec(t);
  return m ? (+m[1]! > 12 ? 'd' : +m[3]! > 12 ? 'm' : '') + m[2] : '';
};

interface YMD {
  y: number;
  m: number;
  d: number;
}


/** An offset's sign, hours and minutes ("+01:00", "gmt-4"; any sign but "+" a minus: a label's key has a space) in milliseconds; none (UTC's own "z", a bare "GMT"): 0. */
const offsetOf = (m: (string | undefined)[] | null) => (m?.[1] ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000 : 0);

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

function readDatePart(text: string, ld: LocaleDates): YMD | null {
  const tokens = text.split(/[\s,]+/).filter((t) => t && !ld.skip.has(word(t)));
  const numeric = tokens.length === 1 ? NUMERIC_DATE.exec(tokens[0]!) : null;
  if (numeric) return numericDate(numeric[1]!, numeric[3]!, numeric[4]!, orderOf('', ld.orderLocale));
  let month = 0;
  const numbers: string[] = [];
  for (const raw of tokens.flatMap((t) => t.split('/'))) {
    if (!raw) continue;
    const w = word(raw);
    if (/^\d+$/.test(w)) numbers.push(w);
    else if (ld.months.has(w) && !month) month = ld.months.get(w)!;
    else if (ld.skip.has(w)) continue;
    // (a weekday cut short with a point Intl does not print, as date-fns does: Finnish "torst." for
    // "torstai", "maan.", Danish "tor." for "torsdag"; never a month's, asked before)
    else if (raw.endsWith('.') && w.length > 1 && [...ld.skip].some((k) => k.startsWith(w))) continue;
    // (a day written as an ordinal: vocabulary.ts ORDINAL_DAY)
    else if (ORDINAL_DAY.test(w)) numbers.push(String(parseInt(w)));
    else return null;
  }
  if (!month || numbers.length !== 2) return null;
  const yearIndex = numbers.findIndex((n) => n.length === 4);
  if (yearIndex < 0) return null;
  return check(numbers[yearIndex]!, month, numbers[1 - yearIndex]!);
}

/** "30.03.25", "5/9/2025", "2025-09-05" in the locale's order of day, month and year. */
function numericDate(a: string, b: string, c: string, order: Part[]): YMD | null {
  if (a.length === 4) return check(a, b, c);
  const values = {} as Record<Part, string>;
  [a, b, c].forEach((v, i) => (values[order[i]!] = v));
  if (values.year.length !== 2 && values.year.length !== 4) return null;
  const y = fullYear(values.year);
  // A page in another variant of the language than its lang attribute says ("3/30/2025" on an
  // en-GB page): only where the locale's order gives no date and the other one does.
  return check(y, values.month, values.day) ?? check(y, values.day, values.month);
}

/** The date, if it is one (a month 1-12, a day of that month, a four-digit year), from its numbers or their digits. */
function check(year: number | string, month: number | string, day: number | string): YMD | null {
  const [y, m, d] = [+year, +month, +day];
  return m > 0 && m < 13 && d > 0 && y > 999 && y < 1e4 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() ? { y, m, d } : null;
}


/** Reads a date or date-time to an ISO 8601 instant; says in plain words why when it cannot. */
export function readDate(text: string, locale?: string | null, opts: DateOptions = {}): DateReading {
  // a page read again after a change shows mostly the same dates: answer those from memory
  const tz = opts.timeZone ?? runtimeTimeZone();
  const key = `${locale ?? ''}\u0000${tz}\u0000${opts.zone}\u0000${opts.endOfDay ? 1 : 0}\u0000${opts.proofs}\u0000${text}`;
  let r = remembered.get(key);
  if (!r) {
    r = readDateUncached(text, locale, tz, opts.endOfDay === true, opts.zone, opts.proofs);
    if (remembered.size > 5000) remembered.clear();
    remembered.set(key, r);
  }
  return { ...r };
}
const remembered = new Map<string, DateReading>();

/**
 * The time left after a date ("· 14 days left", "(in 14 Tagen)"): a number and a word of three
 * letters or more to the end; not an hour and a zone (capitals) or an hour word (HOUR_WORDS, first
 * letter in either case: the text is not lower-cased yet).
 */
const TIME_LEFT = new RegExp(` [·(][^·(\\d]*\\d+ (?!\\p{Lu}{2}|${HOUR_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\p{L}{3}[^·(\\d]*$`, 'u');

function readDateUncached(text: string, locale: string | null | undefined, tz: string, endOfDay: boolean, pageZone?: string, proofs?: string): DateReading {
  const original = cleanNumberText(text);
  if (!original) return { ok: false, problem: 'no date is shown' };
  // (a time before its date, "23:59 · 26 Jan 2026", as one after it; a zone in parentheses,
  // "23:59 (CET)", as one without; the time left after it, "2 Feb 2026 · 14 days left", "(in 14
  // days)", "(noch 14 Tage)": a number and a word, none of the date's own; not a time of day, an
  // hour and a zone or a word, "(kl. 14 CET)", "(14 Uhr)", "(12 noon)", which dropped would leave
  // the day's end, a later deadline: told by the zone's capitals, before the text is lower-cased)
  // (a Windows-style zone at the end, its standard offset and its cities or name, "(UTC+01:00) Amsterdam,
  // Berlin, …", "(UTC-05:00) Eastern Time (US & Canada)": by the rules of the first that is a zone
  // at that offset, a summer's dates in summer time; one none is stays that text, reported below;
  // up to 8 cities asked, as Windows names up to 6)
  // (a parenthesis or a zone's capital against the date, as a small element drawn after it shows
  // it, "2 Feb 2026<small>(CET)</small>", "23:59<small>MSK</small>", not ISO's "T12": set apart, as
  // the page's reader sees it)
  let s = original
    .replace(/(?<=[^\s(])(?=\()|(?<=\d)(?=\p{Lu}(?!\d))/gu, ' ')
    .replace(TIME_LEFT, '')
    .toLowerCase()
    .replace(WINDOWS, (...w: string[]) => ((tz = zoneAt(offsetOf(w), w[4]!.trim().split(', ', 8)) ?? w[0]!), (pageZone = ''), ''))
    .replace(TIME_SUFFIX, '')
    .replace(TIME_FIRST, '$2 $1')
    .replace(/[()]/g, '');

  let ymd: YMD | null = null;
  let time: Time | null = null;
  let offsetMs: number | null = null;
  /** the zone whose standard time the date's zone name is ("CET") */
  let named: string | undefined;

  // a zone at the end, after a date in words or a machine date's time ("2026-02-02T12:00
  // Europe/Berlin"): an IANA name ("Europe/Berlin", over any zone the label names; one Intl does not
  // know is reported below; with hyphens or a sign, "America/Port-au-Prince", "Etc/GMT-1") or a region's pair of names, standard and summer time ("CET/CEST",
  // "MEZ/MESZ", "GMT/BST"), by that zone's rules (summer or winter time by the date, in the hour
  // repeated in autumn the earlier); or a zone's name and its offset, "CET/UTC+1", "UTC/GMT" (a
  // label's "(CET, UTC+1)": lexicon), by the name's zone where the offset is its standard one, else
  // reported: "CET/UTC+3"
  s = s.replace(/ ([a-z]+)\/(\S+)$/, (name, standard, other) => {
    const off = OFFSET_ZONE.exec(other);
    return (tz = zone((name = name.slice(1))) ? name : (off ? zoneAt(offsetOf(off), [standard]) : standardZone(standard)) ?? name), (pageZone = ''), '';
  });
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    ymd = check(y!, mo!, d!);
    if (h !== undefined) time = [Number(h), Number(mi), Number(sec ?? 0), Number((frac ?? '0').padEnd(3, '0').slice(0, 3))];
    // ("z": no sign, no offset)
    if (zone) offsetMs = offsetOf(/^([+-])(\d{2}):?(\d{2})?$/.exec(zone));
  } else {
    // zone at the end: an offset ("GMT+2", "UTC−4") or a zone name Intl prints ("CEST", "MESZ")
    const off = s.includes('gmt') || s.includes('utc') ? OFFSET_ZONE.exec(s) : null;
    const lastIsLetter = /\p{L}$/u.test(s);
    if (off) {
      offsetMs = offsetOf(off);
      s = s.slice(0, off.index).trim();
    } else if (lastIsLetter && /\d\s+\p{L}[\p{L} .,-]*$/u.test(s)) {
      const words = s.split(' ');
      for (let n = Math.min(6, words.length - 1); n >= 1; n--) {
        const name = words.slice(words.length - n).join(' ').replace(/-/g, ' ');
        // (a badge's words end the date's text, no zone's: "… 23:59 local time" is no "time" zone,
        // and no table of every zone's names is built for it)
        if (BADGE_WORDS.includes(name)) break;
        const found = zoneNamed(name, locale);
        if (!found) continue;
        const [offset, id] = found;
        if (Number.isNaN(offset)) return { ok: false, problem: `"${original}": the zone "${name}" is ambiguous` };
        // (a name for the zone's time all year: by its rules, over the label's zone)
        if (offset === undefined) (tz = id!), (pageZone = '');
        else (offsetMs = offset), (named = id);
        s = words.slice(0, words.length - n).join(' ');
        break;
      }
    }
    // the common case, a numeric date with or without a time: no month names needed
    const fast = NUMERIC_FAST.exec(s);
    if (fast) {
      ymd = numericDate(fast[1]!, fast[3]!, fast[4]!, orderOf('', locale));
      if (ymd && fast[5] !== undefined) time = [Number(fast[5]), Number(fast[6]), Number(fast[7] ?? 0), 0];
    }
    if (!ymd) {
      const words = readWords(s, localeDates(locale, 0)) ?? readWords(s, localeDates(locale, 1)) ?? readWords(s, localeDates(locale, 2));
      if (words === 'impossible time') return { ok: false, problem: `"${original}" has an impossible time` };
      if (words) ({ ymd, time } = words);
    }
  }
  if (!ymd) return { ok: false, problem: `"${original}" is not a date the reader knows` };
  // A numeric date both orders read ("2/4/2026", read in the page's order) on a page that shows one
  // of its shape (its separator) only the other order reads ("1/19/2026"): reported, saying so. Not
  // read in the order the page proves: a page whose dates come from two sources (a US-format widget
  // beside the portal's own) may show both orders, and no date proves another's; a deadline two
  // months off is worse than one reported. (Its day and month the same, "2/2/2026": read.)
  // A 12-hour time in capitals after such a date read day first, "2/4/2026, 11:59:00 PM", is how a
  // browser set to US English prints a date (toLocaleString), month first: the same. (British
  // English's 12-hour clock writes "pm", Intl's en-GB too: "02/04/2026, 11:59:00 pm", read.)
  const shape = proofs && orderShown(s);
  // (the page's order asked only then: a DateTimeFormat learnt, which a cold reading pays for)
  const dayFirst = () => orderOf('', locale)[0] === 'day';
  if (ymd.d !== ymd.m && ((shape?.length === 1 && proofs!.includes((dayFirst() ? 'm' : 'd') + shape)) || (ymd.d < 13 && /\/.* [AP]M\b/.test(original) && dayFirst()))) {
    return { ok: false, problem: `"${original}" may be day or month first` };
  }
  if (time && (time[0] > 23 || time[1] > 59 || time[2] > 59)) {
    return { ok: false, problem: `"${original}" has an impossible time` };
  }
  // (indexed, not destructured: destructuring allocates an iterator for every date read)
  const t = time ?? (endOfDay ? [23, 59, 59, 999] : [0, 0, 0, 0]);
  const wall = Date.UTC(ymd.y, ymd.m - 1, ymd.d, t[0], t[1], t[2], t[3]);
  // (a standard time's name, "CET", where the zone keeps its summer time then: the zone's own
  // instant, the earlier; where it keeps the standard time, its repeated hour too, that time)
  if (named && zoneOffset(wall - offsetMs!, named) !== offsetMs) {
    offsetMs = null;
    pageZone = tz = named;
  }
  // (a date naming no zone of its own under a header naming one: in that zone by its rules where
  // the runtime knows one by that name, as CET, EET and WET with their region's summer time (pages
  // write "CET" all year: in summer the earlier instant, a deadline never later than the page can
  // mean); else read again with it after it, as a machine date's time too, "2026-02-02 23:59 UTC-5")
  if (offsetMs === null && pageZone) {
    if (zone(pageZone) && !ICU_MISREAD_IDS.test(pageZone)) tz = pageZone;
    else return readDateUncached(`${text.replace(/(\d)T/, '$1 ')} ${pageZone}`, locale, tz, endOfDay, '', proofs);
  }
  // (the zone's instant of that wall time: lib/rules/time; in the hour repeated when clocks go
  // back, the earlier one; in the hour skipped when they go forward, the instant of the change)
  const z = offsetMs === null && zone(tz);
  if (z === null) return { ok: false, problem: `the time zone "${tz}" is not one this browser knows` };
  return { ok: true, iso: new Date(z ? z.wallToInstant(wall) : wall - offsetMs!).toISOString(), hasTime: time !== null };
}

/** A date or date-time as an ISO 8601 instant, or null when it cannot be read. */
export function parseDate(text: string, locale?: string | null, opts: DateOptions = {}): string | null {
  const r = readDate(text, locale, opts);
  return r.ok ? r.iso : null;
}
