// The vocabulary compiled once into lookup maps keyed by labelKey(): one Map.get per text node on
// the hot path instead of a scan over six languages.
import type { DisputeStatus, Network, Outcome, PortalTab, Provider } from '../rules/types';
import { knownLocale } from '../i18n/locales';
import { WINDOWS } from './date';
import { isZoneName } from './zone-names';
import { labelKey, memo } from './text';
import {
  FIELD_LABELS,
  LOCAL_TIME,
  OUTCOME_LABELS,
  SORT_STATE,
  OUTCOME_OF_STATUS,
  PAYMENT_METHODS,
  PORTAL_LANGS,
  PORTAL_LOCALE_OF,
  REASONS,
  SECTION_TITLE,
  STATUS_LABELS,
  STATUS_SLUG_ALIASES,
  TAB_LABELS,
  type FieldKey,
  type PerLang,
  type PortalLang,
} from './vocabulary';

export interface Entry<T> {
  value: T;
  /** languages that use this exact text (several: "Status", "Tvist-ID", …) */
  langs: PortalLang[];
}

export interface StatusValue {
  status: DisputeStatus;
  outcome?: Outcome;
}

function texts(v: string | readonly string[]): readonly string[] {
  return typeof v === 'string' ? [v] : v;
}

function compile<K>(table: Iterable<[K, PerLang]>): Map<string, Entry<K>> {
  const map = new Map<string, Entry<K>>();
  for (const [value, perLang] of table) {
    for (const lang of PORTAL_LANGS) {
      for (const text of texts(perLang[lang])) {
        const key = labelKey(text);
        const entry = map.get(key);
        if (!entry) map.set(key, { value, langs: [lang] });
        else if (!entry.langs.includes(lang)) entry.langs.push(lang);
      }
    }
  }
  return map;
}

const FIELDS = compile(Object.entries(FIELD_LABELS) as [FieldKey, PerLang][]);
const TABS = compile(Object.entries(TAB_LABELS) as [PortalTab | 'all', PerLang][]);
const SECTION = compile([[true, SECTION_TITLE]] as [true, PerLang][]);
const STATUSES = compile<StatusValue>([
  ...(Object.entries(STATUS_LABELS) as [DisputeStatus, PerLang][]).map(
    ([status, labels]): [StatusValue, PerLang] => [{ status, outcome: OUTCOME_OF_STATUS[status] }, labels],
  ),
  ...(Object.entries(OUTCOME_LABELS) as [Outcome, (typeof OUTCOME_LABELS)['accepted']][]).map(
    ([outcome, o]): [StatusValue, PerLang] => [{ status: o.status, outcome }, o.labels],
  ),
]);
// The API slugs read as themselves, in any language.
for (const [slug, status] of [
  ...(Object.keys(STATUS_LABELS) as DisputeStatus[]).map((st) => [st, st] as const),
  ...Object.entries(STATUS_SLUG_ALIASES),
]) {
  const key = labelKey(slug);
  if (!STATUSES.has(key)) STATUSES.set(key, { value: { status, outcome: OUTCOME_OF_STATUS[status] }, langs: [] });
}

export const REASON_BY_KEY = new Map<string, string>();
for (const reason of REASONS) {
  REASON_BY_KEY.set(labelKey(reason), reason);
  // the slug spelling: "goods_not_received"
  REASON_BY_KEY.set(labelKey(reason.toLowerCase().replace(/ /g, '_')), reason);
}

/** Longest label text: longer text nodes cannot be a label and skip the lookup. */
export const MAX_LABEL_LENGTH = Math.max(
  ...[FIELDS, TABS, SECTION, STATUSES].flatMap((m) => [...m.keys()].map((k) => k.length)),
);

// The first two letters of every vocabulary text, as one number: a text node starting otherwise
// ("€12", "30 Mar", "dp_1…") is no label, tab, status or title, and costs one Set lookup instead of
// being normalised and looked up.
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
const pairCode = (a: number, b: number) => lower(a) * 65536 + lower(b);
const PREFIXES = new Set(
  [FIELDS, TABS, SECTION, STATUSES].flatMap((m) => [...m.keys()].map((k) => pairCode(k.charCodeAt(0), k.charCodeAt(1)))),
);

/** False when `raw` cannot start a vocabulary text (cheap pre-check on the hot path). */
export function mayBeVocabulary(raw: string): boolean {
  let i = 0;
  const n = raw.length;
  while (i < n && raw.charCodeAt(i) <= 32) i++;
  if (n - i < 2) return false;
  const c = raw.charCodeAt(i);
  // unusual leading characters (no-break or zero-width spaces, bidi marks): take the slow path
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0xfeff) return true;
  const d = raw.charCodeAt(i + 1);
  return PREFIXES.has(pairCode(c, d === 45 ? 32 : d));
}

export function fieldOfLabel(text: string): Entry<FieldKey> | undefined {
  return FIELDS.get(labelKey(text));
}
/**
 * The field a label names; an amount's or a date's label with the unit its values are in after it,
 * in parentheses or square brackets or set apart by a comma, a slash, a dash or a short word ("Amount (EUR)",
 * "Amount (€)", "Belopp (kr)", "Amount [EUR]", "Amount, EUR", "Amount / EUR", "Betrag in EUR",
 * "Belopp (i EUR)", "Amount €", "Respond by (CET)", "Respond by [UTC]", "Created (UTC+1)", "Created (UTC-5)", "(UTC−05:00)",
 * "(UTC + 1)", a region's pair of zone names or an IANA name, "(CET/CEST)", "Created — America/New_York"): that field, with
 * the unit (the reader adds it after each value, read as if shown beside the number or the time);
 * a label followed by the words for the merchant's own time ("Respond by (local time)"): that field, its dates in the merchant's zone.
 */
export function fieldOfKey(key: string): (Entry<FieldKey> & { unit?: string }) | undefined {
  const field = FIELDS.get(key) ?? FIELDS.get(key.replace(LOCAL_TIME, ''));
  // (or a zone's name after a space alone, "Respond by CET", "<th>Antwort bis <abbr>MEZ</abbr></th>": a
  // date's label only, "Amount net" stays none; tried after UNIT, whose short word may be the label's: "by cet")
  if (field) return field;
  // (a sortable column's state after its label, "Respond by, sorted descending", "Created (asc)": the
  // label as it is without it, its zone or currency too, "Respond by (CET), sorted ascending"; else
  // a list's every deadline was lost with nothing said, or "(asc)" read as a unit, every date reported)
  const bare = key.replace(SORT_STATE, '');
  if (bare !== key) return fieldOfKey(bare);
  let z = UNIT.exec(key);
  let f = z && FIELDS.get(key.slice(0, z.index));
  // (an offset west of UTC, "UTC-5", "UTC - 5", and an IANA name's hyphens, "Etc/GMT-1",
  // "America/Port-au-Prince", are read as spaces in the key: hyphens again)
  // (a zone's name and its offset set apart by a comma, "(CET, UTC+1)", "(UTC, GMT)", as by a slash: date.ts)
  // (or its offset and then its name, "(UTC+1, CET)", "(UTC+01:00, CET)": as "(CET, UTC+1)"; from
  // the start, so that a label's long text of names is read in linear time)
  let unit = f && z![1]!.toUpperCase().replace(/\b +\b/g, '-').replace(/^([^,]+\d), (.+)/, '$2, $1').replace(', ', '/');
  if (!f) {
    // (or a zone's long name Intl prints in parentheses, "(Central European Time)", "(Keski-Euroopan
    // aika)", up to 40 letters; not other words, "(date and time)" for screen readers)
    // (or a Windows-style zone, "(UTC+01:00) Amsterdam, Berlin, …", "(UTC-05:00) Eastern Time (US &
    // Canada)": date.ts reads it after each date, as a date's own)
    // (a date's label only, "Amount net" stays none; and a name only where date.ts knows it, not a
    // sortable header's "Respond by <span class=sr-only>Sort</span>", "Edit", "Next", "Test", which
    // read every date as "2 Feb 2026 SORT", no date; nor built its names' table for any other key)
    let w;
    f = (z = SPACED_ZONE.exec(key) ?? LONG_ZONE.exec(key) ?? (w = WINDOWS.exec(key))) && FIELDS.get(key.slice(0, z.index));
    if (!(UNIT_FIELDS.indexOf(f?.value!) > 0 && (z === w || isZoneName(z![1]!)))) f = null;
    unit = z?.[+(z !== w)]!.toUpperCase();
  }
  return f && UNIT_FIELDS.includes(f.value) ? { ...f, unit: unit! } : undefined;
}
// (words a zone's long name Intl prints in the six languages holds, "… Time", "… Zeit", "normaltid
// for …", "… aika": no other text a label is followed by, "Created (newest first)", builds date.ts's table of them)
const LONG_ZONE = / \((?=.*(?:time|zeit|tid|aika))(\p{L}[\p{L} ]{4,40})\)$/u;
// (three or four letters as the zones' short names Intl prints in the six languages are: CET, CEST,
// EET, EEST, WET, WEST, MEZ, MESZ, OEZ, OESZ, WEZ, WESZ, GMT, BST, UTC, EST, EDT, CST, … PDT; those
// date.ts knows: fieldOfKey; so that no other word, a sortable header's "Sort", "Test", "Next", builds its table)
const SPACED_ZONE = / (utc|gmt|bst|[cew]e?s?t|[mow]e?s?z|[ecmp][sd]t)$/;
// (a currency's code, sign or "kr", a zone's name, names ("cet/cest", "europe/berlin", "etc/gmt+5", "america/port au
// prince": up to two words after the slash, so a long text of slashes and words is read in linear time) or offset, in parentheses or square brackets,
// after a comma, a slash, a dash or a short word, a sign also after a space: no word of a label's own, nor a
// code after a space only, "Amount due", "Created date", which stay no label)
const UNIT = /(?: [([]|, | [—– /] | [([]?\p{L}{1,2} | (?=\p{Sc}))([a-z]{3,4}|[a-z]+(?:\/|, )[\w/+]+(?: \w+){0,2}|\p{Sc}|kr\.?|(?:utc|gmt) ?[+ \u2212] ?[\d:]+(?:, [a-z]+)?)[)\]]?$/u;
/** A label's first letters, three or more, cut short ("respond", of "respond by"): scan.ts reports the cut header. */
export const isCutLabel = (key: string) => key.length > 2 && [...FIELDS.keys()].some((k) => k.startsWith(key));
// (an amount's first: fieldOfKey takes a zone's name after the others only)
export const UNIT_FIELDS: FieldKey[] = ['amount', 'createdAt', 'dueBy'];
/** A field whose values are dates (read with a time beside them, named "the … date" in problems). */
export const isDateField = (field: FieldKey) => field === 'createdAt' || field === 'dueBy';
export function tabOfKey(key: string): Entry<PortalTab | 'all'> | undefined {
  return TABS.get(key);
}
export function statusOfKey(key: string): Entry<StatusValue> | undefined {
  return STATUSES.get(key);
}
export function isSectionTitleKey(key: string): Entry<true> | undefined {
  return SECTION.get(key);
}

/** "Response required", "Förfrågan öppen", "warning_closed", "Partially won" → status (+ outcome). */
export function statusOfText(text: string): StatusValue | null {
  return STATUSES.get(labelKey(text))?.value ?? null;
}

/** A tab label, with or without its counter ("Response required (3)", "Svar krävs 3"). */
export function tabOfText(text: string): { tab: PortalTab | 'all'; count: number | null; langs: PortalLang[] } | null {
  const key = labelKey(text);
  const direct = TABS.get(key);
  if (direct) return { tab: direct.value, count: null, langs: direct.langs };
  const [rest, count] = withoutCount(key);
  const hit = TABS.get(rest);
  return hit ? { tab: hit.value, count, langs: hit.langs } : null;
}

/** A text's key without the count after it ("Response required (2)", "Won · 2"), and the count; none ('') where no count ends it. */
export function withoutCount(key: string): [key: string, count: number] {
  const last = key.charCodeAt(key.length - 1);
  // (no counter at the end)
  const m = ((last >= 48 && last <= 57) || last === 41) && /^(.*?)[\s(]*(\d+)\)?$/.exec(key);
  return m ? [labelKey(m[1] ?? ''), Number(m[2])] : ['', 0];
}

/** A known reason in the vocabulary's spelling, else the text as shown. */
export function reasonOfText(text: string): string {
  return REASON_BY_KEY.get(labelKey(text)) ?? text;
}

const METHOD_PHRASES: { key: string; provider: Provider; network?: Network; rank: number }[] = PAYMENT_METHODS.flatMap(
  (m) =>
    m.words.map((w) => ({
      key: w.toLowerCase(),
      provider: m.provider,
      network: m.network,
      // a network name says more than "Card"; Klarna/Billie more than a generic card word
      rank: m.network ? 3 : m.provider === 'card' ? 1 : 2,
    })),
);

/** "Card", "Kortti", "Visa •••• 4242", "Klarna" → provider (+ network); null when none is named. */
export const paymentMethodOfText = memo(paymentMethodUncached);
function paymentMethodUncached(text: string): { provider: Provider; network?: Network } | null {
  const words = ` ${labelKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let best: (typeof METHOD_PHRASES)[number] | null = null;
  for (const p of METHOD_PHRASES) {
    if ((!best || p.rank > best.rank) && words.includes(` ${p.key} `)) best = p;
  }
  if (!best) return null;
  return best.network ? { provider: best.provider, network: best.network } : { provider: best.provider };
}

/** A BCP 47 tag ("de-AT", "no", "sv") → portal language, or null for any other language (the portal's languages are the ones we ship). */
export { knownLocale as portalLangOfTag };

/** "de" → "de-DE": the portal's own tag for a language. */
export function portalLocaleOf(lang: PortalLang): string {
  return PORTAL_LOCALE_OF[lang];
}
