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

/** The six portal languages (seed 001), by language subtag. */
export const PORTAL_LANGS = ['en', 'de', 'sv', 'fi', 'nb', 'da'] as const;
export type PortalLang = (typeof PORTAL_LANGS)[number];

/** The portal's own language tag for each language; `PortalReading.locale` is one of these. */
export const PORTAL_LOCALE_OF: Record<PortalLang, string> = langs('en-GB|de-DE|sv-SE|fi-FI|nb-NO|da-DK');

/** Language subtags that mean one of the portal languages ("no" and "nn" are read as Bokmål). */
export const LANG_ALIASES: Record<string, PortalLang> = { no: 'nb', nn: 'nb' };

/** One text per language, or several where the portal is known to vary. */
export type PerLang = Record<PortalLang, string | readonly string[]>;

/**
 * One row of texts, in PORTAL_LANGS order (en|de|sv|fi|nb|da), as one string: the tables below
 * stay one line per entry and the content script carries no repeated language keys.
 */
function langs(row: string): Record<PortalLang, string> {
  const texts = row.split('|');
  return Object.fromEntries(PORTAL_LANGS.map((l, i) => [l, texts[i]!])) as Record<PortalLang, string>;
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
  id: langs('Dispute ID|Streitfall-ID|Tvist-ID|Kiistan tunnus|Tvist-ID|Tvist-ID'),
  orderId: langs('Order ID|Bestell-ID|Order-ID|Tilaustunnus|Ordre-ID|Ordre-ID'),
  merchantReference: langs('Merchant reference|Händlerreferenz|Handlarreferens|Kauppiaan viite|Forhandlerreferanse|Forhandlerreference'),
  amount: langs('Amount|Betrag|Belopp|Summa|Beløp|Beløb'),
  status: langs('Status|Status|Status|Tila|Status|Status'),
  reason: langs('Reason|Grund|Anledning|Syy|Årsak|Årsag'),
  paymentMethod: langs('Payment method|Zahlungsart|Betalningsmetod|Maksutapa|Betalingsmetode|Betalingsmetode'),
  createdAt: langs('Created|Erstellt|Skapad|Luotu|Opprettet|Oprettet'),
  dueBy: langs('Respond by|Antwort bis|Svara senast|Vastaa viimeistään|Svar innen|Svar senest'),
  buyerCountry: langs('Buyer country|Land des Käufers|Köparens land|Ostajan maa|Kjøpers land|Købers land'),
  store: langs('Store ID (MID)|Shop-ID (MID)|Butiks-ID (MID)|Kaupan tunnus (MID)|Butikk-ID (MID)|Butiks-ID (MID)'),
  networkReasonCode: langs('Network reason code|Netzwerk-Grundcode|Nätverkets orsakskod|Verkon syykoodi|Nettverkets årsakskode|Netværkets årsagskode'),
};

/** List tabs (portal-vocabulary.md "Tabs"; seed 000 "Dispute categories"). Navigation, never disputes. */
export const TAB_LABELS: Record<PortalTab | 'all', PerLang> = {
  response_required: langs('Response required|Antwort erforderlich|Svar krävs|Vastaus vaaditaan|Svar kreves|Svar påkrævet'),
  under_review: langs('Under review|In Prüfung|Under granskning|Tarkistettavana|Under vurdering|Under behandling'),
  no_response_needed: langs('Does not need response|Keine Antwort erforderlich|Kräver inget svar|Ei vaadi vastausta|Krever ikke svar|Kræver ikke svar'),
  closed: langs('Closed|Geschlossen|Stängda|Suljetut|Lukket|Lukket'),
  all: langs('All|Alle|Alla|Kaikki|Alle|Alle'),
};

/** The disputes section title (seed 001 "Localized labels"). */
export const SECTION_TITLE: PerLang = langs('Dispute inquiries|Streitanfragen|Tvisteförfrågningar|Kiistakyselyt|Tvisteforespørsler|Tvisteforespørgsler');

/**
 * Status values as the portal shows them (portal-vocabulary.md "Status values"). The API slugs
 * themselves (`warning_needs_response`, …) are recognised too, by lexicon.ts.
 */
export const STATUS_LABELS: Record<DisputeStatus, PerLang> = {
  warning_needs_response: langs('Enquiry open|Anfrage offen|Förfrågan öppen|Kysely avoinna|Forespørsel åpen|Forespørgsel åben'),
  warning_under_review: langs('Enquiry under review|Anfrage in Prüfung|Förfrågan granskas|Kyselyä tarkistetaan|Forespørsel under vurdering|Forespørgsel under behandling'),
  warning_closed: langs('Enquiry closed|Anfrage geschlossen|Förfrågan stängd|Kysely suljettu|Forespørsel lukket|Forespørgsel lukket'),
  // the same words as the list's tabs (portal-vocabulary.md: tabs are navigation, these are values)
  open: TAB_LABELS.response_required,
  under_review: TAB_LABELS.under_review,
  won: langs('Won|Gewonnen|Vunnen|Voitettu|Vunnet|Vundet'),
  lost: langs('Lost|Verloren|Förlorad|Hävitty|Tapt|Tabt'),
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
    labels: langs('Partially won|Teilweise gewonnen|Delvis vunnen|Osittain voitettu|Delvis vunnet|Delvist vundet'),
  },
  accepted: {
    status: 'lost',
    labels: langs('Accepted|Akzeptiert|Accepterad|Hyväksytty|Akseptert|Accepteret'),
  },
};

/**
 * Other API spellings of a status: Stripe's `needs_response` is the portal's `open`
 * (dispute-rules-facts.md "Status mapping").
 */
export const STATUS_SLUG_ALIASES: Record<string, DisputeStatus> = { needs_response: 'open' };

/** Outcome of a plain won/lost status. */
export const OUTCOME_OF_STATUS: Partial<Record<DisputeStatus, Outcome>> = { won: 'won', lost: 'lost' };

/** Payment methods (portal-vocabulary.md "Payment methods"). Words, matched whole. */
export const PAYMENT_METHODS: readonly { words: readonly string[]; provider: Provider; network?: Network }[] = [
  { words: ['Card', 'Karte', 'Kort', 'Kortti', 'card'], provider: 'card' },
  { words: ['Visa'], provider: 'card', network: 'visa' },
  { words: ['Mastercard', 'MasterCard', 'Master Card'], provider: 'card', network: 'mastercard' },
  { words: ['American Express', 'Amex', 'AmEx'], provider: 'card', network: 'amex' },
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
/** The page locales CURRENCY_SYMBOL_HINTS covers (other pages learn every symbol). */
export const CURRENCY_HINT_LOCALES: readonly string[] = ['en-GB', 'de-DE', 'sv-SE', 'fi-FI', 'nb-NO', 'da-DK', 'en-US'];

/** Texts a portal shows in an empty cell: no value, and nothing to report. */
export const EMPTY_VALUES: readonly string[] = ['-', '–', '—', '', 'n/a', 'N/A', '–/–'];

/** Words between a date and its time in Intl output ("30 March 2025 at 03:30", "klo 3.30"). */
export const DATE_TIME_JOINERS: readonly string[] = ['at', 'um', 'kl.', 'kl', 'klo', 'den', 'à', ','];
