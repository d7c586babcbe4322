// Everything the reader recognises on a portal page, as data: when the real Kustom Portal says
// something else, one line here changes. Logic lives in lexicon.ts (which compiles this once into
// lookup maps) and never carries a label, status word or currency symbol of its own.
//
// Sources:
// - ../../../shared/design/portal-vocabulary.md (labels, tabs, statuses, outcomes, payment methods,
//   reasons; the project's record of the portal's wording, taken from the Kustom help articles)
// - seed 000 "Managing disputes in Kustom Portal" (Kustom article 586679): tabs, outcomes
// - seed 001 "Localized labels": the "Dispute inquiries" section title in the six languages
import type { DisputeStatus, Network, Outcome, PortalTab, Provider } from '../rules/types';
import { LOCALE_ALIASES, LOCALES, PORTAL_LOCALE_TAGS, type Locale } from '../i18n/locales';

/**
 * The six portal languages (seed 001), by language subtag: the languages we ship
 * (lib/i18n/locales), with the portal's own tag for each (`PortalReading.locale` is one of these)
 * and the subtags read as one of them ("no" and "nn" as Bokmål).
 */
// (re-exported, not copied into constants of their own: the content script carries no alias)
export { LOCALES as PORTAL_LANGS, PORTAL_LOCALE_TAGS as PORTAL_LOCALE_OF, LOCALE_ALIASES as LANG_ALIASES };
export type PortalLang = Locale;

/** One text per language, or several where the portal is known to vary. */
export type PerLang = Record<PortalLang, string | readonly string[]>;

/**
 * A PerLang from its texts in PORTAL_LANGS' order: en, de, sv, fi, nb, da. The tables below are
 * written as rows of that order rather than naming each language beside each text: the same
 * objects, and the content script 99 B smaller gzipped.
 */
function perLang(...texts: PerLang[PortalLang][]): PerLang {
  return Object.fromEntries(LOCALES.map((lang, i) => [lang, texts[i]])) as PerLang;
}

export type FieldKey =
  | 'id'
  | 'orderId'
  | 'merchantReference'
  | 'amount'
  | 'status'
  | 'reason'
  | 'paymentMethod'
  | 'createdAt'
  | 'dueBy'
  | 'buyerCountry'
  | 'store'
  | 'networkReasonCode';

/** Field labels (portal-vocabulary.md "Field labels"). */
export const FIELD_LABELS: Record<FieldKey, PerLang> = {
  // perLang(en, de, sv, fi, nb, da)
  id: perLang('Dispute ID', 'Streitfall-ID', 'Tvist-ID', 'Kiistan tunnus', 'Tvist-ID', 'Tvist-ID'),
  orderId: perLang('Order ID', 'Bestell-ID', 'Order-ID', 'Tilaustunnus', 'Ordre-ID', 'Ordre-ID'),
  merchantReference: perLang('Merchant reference', 'Händlerreferenz', 'Handlarreferens', 'Kauppiaan viite', 'Forhandlerreferanse', 'Forhandlerreference'),
  amount: perLang('Amount', 'Betrag', 'Belopp', 'Summa', 'Beløp', 'Beløb'),
  status: perLang('Status', 'Status', 'Status', 'Tila', 'Status', 'Status'),
  reason: perLang('Reason', 'Grund', 'Anledning', 'Syy', 'Årsak', 'Årsag'),
  paymentMethod: perLang('Payment method', 'Zahlungsart', 'Betalningsmetod', 'Maksutapa', 'Betalingsmetode', 'Betalingsmetode'),
  createdAt: perLang('Created', 'Erstellt', 'Skapad', 'Luotu', 'Opprettet', 'Oprettet'),
  dueBy: perLang('Respond by', 'Antwort bis', 'Svara senast', 'Vastaa viimeistään', 'Svar innen', 'Svar senest'),
  buyerCountry: perLang('Buyer country', 'Land des Käufers', 'Köparens land', 'Ostajan maa', 'Kjøpers land', 'Købers land'),
  store: perLang('Store ID (MID)', 'Shop-ID (MID)', 'Butiks-ID (MID)', 'Kaupan tunnus (MID)', 'Butikk-ID (MID)', 'Butiks-ID (MID)'),
  networkReasonCode: perLang('Network reason code', 'Netzwerk-Grundcode', 'Nätverkets orsakskod', 'Verkon syykoodi', 'Nettverkets årsakskode', 'Netværkets årsagskode'),
};

/** List tabs (portal-vocabulary.md "Tabs"; seed 000 "Dispute categories"). Navigation, never disputes. */
export const TAB_LABELS: Record<PortalTab | 'all', PerLang> = {
  // perLang(en, de, sv, fi, nb, da)
  response_required: perLang('Response required', 'Antwort erforderlich', 'Svar krävs', 'Vastaus vaaditaan', 'Svar kreves', 'Svar påkrævet'),
  under_review: perLang('Under review', 'In Prüfung', 'Under granskning', 'Tarkistettavana', 'Under vurdering', 'Under behandling'),
  no_response_needed: perLang('Does not need response', 'Keine Antwort erforderlich', 'Kräver inget svar', 'Ei vaadi vastausta', 'Krever ikke svar', 'Kræver ikke svar'),
  closed: perLang('Closed', 'Geschlossen', 'Stängda', 'Suljetut', 'Lukket', 'Lukket'),
  all: perLang('All', 'Alle', 'Alla', 'Kaikki', 'Alle', 'Alle'),
};

/** The disputes section title (seed 001 "Localized labels"). */
export const SECTION_TITLE: PerLang = perLang('Dispute inquiries', 'Streitanfragen', 'Tvisteförfrågningar', 'Kiistakyselyt', 'Tvisteforespørsler', 'Tvisteforespørgsler');

/**
 * Status values as the portal shows them (portal-vocabulary.md "Status values"). The API slugs
 * themselves (`warning_needs_response`, …) are recognised too, by lexicon.ts.
 */
export const STATUS_LABELS: Record<DisputeStatus, PerLang> = {
  // perLang(en, de, sv, fi, nb, da)
  warning_needs_response: perLang('Enquiry open', 'Anfrage offen', 'Förfrågan öppen', 'Kysely avoinna', 'Forespørsel åpen', 'Forespørgsel åben'),
  warning_under_review: perLang('Enquiry under review', 'Anfrage in Prüfung', 'Förfrågan granskas', 'Kyselyä tarkistetaan', 'Forespørsel under vurdering', 'Forespørgsel under behandling'),
  warning_closed: perLang('Enquiry closed', 'Anfrage geschlossen', 'Förfrågan stängd', 'Kysely suljettu', 'Forespørsel lukket', 'Forespørgsel lukket'),
  // the same words as the list's tabs (portal-vocabulary.md: tabs are navigation, these are values)
  open: TAB_LABELS.response_required,
  under_review: TAB_LABELS.under_review,
  won: perLang('Won', 'Gewonnen', 'Vunnen', 'Voitettu', 'Vunnet', 'Vundet'),
  lost: perLang('Lost', 'Verloren', 'Förlorad', 'Hävitty', 'Tapt', 'Tabt'),
};

/**
 * Outcomes shown on closed disputes besides Won/Lost (seed 000 "Dispute outcomes").
 * `status` is the DisputeStatus the outcome implies: "Accepted" refunds the buyer the full amount,
 * which is what "Lost" does (seed 000); "Partially won" is a ruling for the merchant with a partial
 * refund. The reader reports the outcome itself beside the status.
 */
export const OUTCOME_LABELS: Record<'partially_won' | 'accepted', { status: DisputeStatus; labels: PerLang }> = {
  partially_won: {
    status: 'won',
    labels: perLang('Partially won', 'Teilweise gewonnen', 'Delvis vunnen', 'Osittain voitettu', 'Delvis vunnet', 'Delvist vundet'),
  },
  accepted: {
    status: 'lost',
    labels: perLang('Accepted', 'Akzeptiert', 'Accepterad', 'Hyväksytty', 'Akseptert', 'Accepteret'),
  },
};

/**
 * Other API spellings of a status: Stripe's `needs_response` is the portal's `open`
 * (dispute-rules-facts.md "Status mapping").
 */
export const STATUS_SLUG_ALIASES: Record<string, DisputeStatus> = { needs_response: 'open' };

/** Outcome of a plain won/lost status. */
export const OUTCOME_OF_STATUS: Partial<Record<DisputeStatus, Outcome>> = { won: 'won', lost: 'lost' };

/** Payment methods (portal-vocabulary.md "Payment methods"). Words, matched whole, in any case ("MasterCard", "AMEX"). */
export const PAYMENT_METHODS: readonly { words: readonly string[]; provider: Provider; network?: Network }[] = [
  { words: ['Card', 'Karte', 'Kort', 'Kortti'], provider: 'card' },
  { words: ['Visa'], provider: 'card', network: 'visa' },
  { words: ['Mastercard', 'Master Card'], provider: 'card', network: 'mastercard' },
  { words: ['American Express', 'Amex'], provider: 'card', network: 'amex' },
  { words: ['Discover'], provider: 'card', network: 'discover' },
  { words: ['Klarna'], provider: 'klarna' },
  { words: ['Billie'], provider: 'billie' },
];

/**
 * Reasons: shown in English in every locale, or as slugs (portal-vocabulary.md "Reasons"). The
 * reader keeps the provider's own reason in this spelling; lib/rules normalises it.
 */
export const REASONS: readonly string[] = [
  // Klarna
  'Return',
  'Goods not received',
  'Faulty goods',
  'Incorrect invoice',
  'Already paid',
  'Unauthorized purchase',
  'High risk order',
  // Billie (besides those above)
  'Returns',
  'Unauthorized order',
  // Card: the Stripe categories
  'Fraudulent',
  'Product not received',
  'Product unacceptable',
  'Subscription canceled',
  'Credit not processed',
  'Duplicate',
  'Unrecognized',
  'General',
  'Noncompliant',
];

/**
 * Currency symbols that Intl does not settle on its own. "kr" is SEK on Swedish pages, NOK on
 * Norwegian and DKK on Danish ones (portal-vocabulary.md "Amounts"); anywhere else it is ambiguous
 * and reported, never guessed. Every other symbol is learnt from Intl.NumberFormat (lexicon.ts).
 */
export const LOCAL_CURRENCY_SYMBOLS: Partial<Record<PortalLang, Record<string, string>>> = {
  sv: { kr: 'SEK', 'kr.': 'SEK' },
  nb: { kr: 'NOK', 'kr.': 'NOK' },
  da: { kr: 'DKK', 'kr.': 'DKK' },
};

/** The currencies of the fee tables: amounts in them are read in every Intl spelling. */
export const FEE_TABLE_CURRENCIES: readonly string[] = [
  'EUR', 'GBP', 'CHF', 'NOK', 'DKK', 'SEK', 'PLN', 'CZK', 'USD', 'CAD', 'AUD', 'NZD', 'BGN', 'HUF', 'RON',
];

/**
 * Where to look first for a currency symbol's currency: every fee-table currency whose standard
 * or narrow symbol (lower case, as amount.ts keys it) Intl.NumberFormat prints in one of
 * CURRENCY_HINT_LOCALES, ISO codes left out. Only candidates: the reader still asks this
 * runtime's Intl about each, and learns every currency's symbols when a symbol is not here.
 * Written from Node 20's ICU; test/portal/amount.test.ts (Node) and chromium-check.ts (Chromium)
 * check that the runtime prints no symbol of these locales outside it.
 */
export const CURRENCY_SYMBOL_HINTS: Record<string, readonly string[]> = {
  $: ['AUD', 'CAD', 'NZD', 'USD'],
  a$: ['AUD'],
  au$: ['AUD'],
  ca$: ['CAD'],
  dkr: ['DKK'],
  ft: ['HUF'],
  kr: ['DKK', 'NOK', 'SEK'],
  kč: ['CZK'],
  l: ['RON'],
  lei: ['RON'],
  nkr: ['NOK'],
  nz$: ['NZD'],
  us$: ['USD'],
  zł: ['PLN'],
  '£': ['GBP'],
  '€': ['EUR'],
};
/**
 * The locales whose Intl printing the reader knows ahead (zone names) or has hints for (currency
 * symbols): the portal's own tags and en-US, which English pages also use.
 */
export const KNOWN_PAGE_LOCALES: readonly string[] = [...Object.values(PORTAL_LOCALE_TAGS), 'en-US'];
/** The page locales CURRENCY_SYMBOL_HINTS covers (other pages learn every symbol). */
export { KNOWN_PAGE_LOCALES as CURRENCY_HINT_LOCALES };

/** Texts a portal shows in an empty cell: no value, and nothing to report. */
export const EMPTY_VALUES: readonly string[] = ['-', '–', '—', '', 'n/a', 'N/A', '–/–'];

/**
 * Words between a date and its time in Intl output ("30 March 2025 at 03:30", "klo 3.30") and as
 * people write them in full ("klockan", "kello", "klokken": o'clock), and the separators pages put
 * there ("26 Jan 2026 · 23:59", "26.01.2026 - 23:59", "26/01/2026 @ 23:59"). The short words, "at" to
 * "klo", are written out again in date.ts NUMERIC_FAST, the fast path for numeric dates (its note).
 */
export const DATE_TIME_JOINERS: readonly string[] = ['at', 'um', 'kl.', 'kl', 'klo', 'klockan', 'kello', 'klokken', 'den', 'à', ',', '·', '-', '@'];

/**
 * A day written as an ordinal, as date-fns's "do" prints it (in lower case): English "2nd", "23rd",
 * Swedish "2:a", "23:e". German, Finnish, Norwegian and Danish write the day's point, "2.", read as
 * a number already.
 */
export const ORDINAL_DAY = /^\d+(?:st|nd|rd|th|:[ae])$/;

/**
 * A word after a time that says nothing more (in lower case): a German page's "um 10:00 Uhr", "10:00 Uhr MEZ".
 * Intl prints "Uhr" only after an hour alone, but people write it.
 */
export const TIME_SUFFIX = / uhr\b/;

/**
 * Words after a date's label, in parentheses, for the merchant's own time, the default (in lower
 * case): "Respond by (local time)", "Antwort bis (Ortszeit)", "Svara senast (lokal tid)".
 */
export const LOCAL_TIME = / \((?:local time|ortszeit|lokal tid|paikallista aikaa)\)$/;

/**
 * A column's sort state after its label, in words for screen readers or shown (in lower case), set
 * apart by a comma or in parentheses: "Respond by, sorted descending", "Antwort bis (aufsteigend
 * sortiert)", "(sorterad stigande)", "(lajiteltu nousevasti)", "(sortert stigende)", "Created (asc)".
 * The stems of the six languages' words for sorting and a direction's short words: no zone's name or
 * currency holds one.
 */
export const SORT_STATE = /(,| \()[^(),]*(sort|lajit|\basc|\bdesc)[^(),]*\)?$/;

/**
 * A sort button's words before a column's label in its title (in lower case, up to the label):
 * "Sort by ", "Click to sort by ", "Sortieren nach ", "Sortera efter ", "Lajittele: ", "Lajittele
 * napsauttamalla: ", "Sorter etter ", "Sortér efter ", and no other word ("Sort by Refund amount").
 */
export const SORT_BY = /^$|(sort|lajit)\S*( (by|nach|efter|etter|napsauttamalla))?:? $/;

/**
 * Words after an hour that make it a time of day, not the time left before a deadline (in lower
 * case): "(14 Uhr)", "(12 noon)", "(12 midnight)" stay part of the date, "(in 14 days)" does not.
 */
export const HOUR_WORDS: readonly string[] = ['uhr', 'noon', 'midnight'];

/**
 * Words of the six languages a portal's badge shows in capitals after a date, of the shape of a
 * zone's abbreviation (two to five capitals: "NEW", "DUE", "NEU", "SNART", "UUSI", in lower case
 * here), and words it shows after a date shaped as a zone's long name (date.ts LONG_NAME: "local
 * time", "On time", "Svarstid"): no zone's name (test/portal/zone-words, review-twentieth), so
 * dropped as any word after a date, not reported as a zone the reader does not know, and no table
 * of every zone's names built for them. Longer words ("FÄLLIG") have no zone's shape.
 */
export const BADGE_WORDS: readonly string[] =
  'new,due,late,soon,open,hot,now,neu,bald,offen,spät,ny,nytt,nyt,snart,sen,öppen,åpen,åben,uusi,pian,avoin,local time,on time,response time,ortszeit,antwortzeit,restzeit,lokal tid,i tid,svarstid,svartid,paikallinen aika,vastausaika'.split(',');
