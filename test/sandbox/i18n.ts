// The sandbox portal's texts in the portal's six languages. The dispute labels, tabs, statuses and
// outcomes are copied from ../../../shared/design/portal-vocabulary.md on purpose (not imported from
// lib/portal), so that tests of the page reader check it against the design, not against itself.
// The rest is the sandbox's own chrome (menu, buttons, timeline) in real translations.
import type { DisputeStatus, Outcome } from '../../lib/rules/types';
import { minorUnitDigits } from '../../lib/rules/currency';
import type { SandboxTab, TimelineKind } from './data';

export const LANGS = ['en-GB', 'de-DE', 'sv-SE', 'fi-FI', 'nb-NO', 'da-DK'] as const;
export type Lang = (typeof LANGS)[number];

export type Field =
  | 'disputeId'
  | 'orderId'
  | 'merchantReference'
  | 'amount'
  | 'status'
  | 'reason'
  | 'paymentMethod'
  | 'created'
  | 'respondBy'
  | 'buyerCountry'
  | 'store'
  | 'networkReasonCode';

type Row<K extends string> = Record<K, readonly [string, string, string, string, string, string]>;

/** Columns: en-GB, de-DE, sv-SE, fi-FI, nb-NO, da-DK (portal-vocabulary.md "Field labels"). */
const FIELDS: Row<Field> = {
  disputeId: ['Dispute ID', 'Streitfall-ID', 'Tvist-ID', 'Kiistan tunnus', 'Tvist-ID', 'Tvist-ID'],
  orderId: ['Order ID', 'Bestell-ID', 'Order-ID', 'Tilaustunnus', 'Ordre-ID', 'Ordre-ID'],
  merchantReference: ['Merchant reference', 'Händlerreferenz', 'Handlarreferens', 'Kauppiaan viite', 'Forhandlerreferanse', 'Forhandlerreference'],
  amount: ['Amount', 'Betrag', 'Belopp', 'Summa', 'Beløp', 'Beløb'],
  status: ['Status', 'Status', 'Status', 'Tila', 'Status', 'Status'],
  reason: ['Reason', 'Grund', 'Anledning', 'Syy', 'Årsak', 'Årsag'],
  paymentMethod: ['Payment method', 'Zahlungsart', 'Betalningsmetod', 'Maksutapa', 'Betalingsmetode', 'Betalingsmetode'],
  created: ['Created', 'Erstellt', 'Skapad', 'Luotu', 'Opprettet', 'Oprettet'],
  respondBy: ['Respond by', 'Antwort bis', 'Svara senast', 'Vastaa viimeistään', 'Svar innen', 'Svar senest'],
  buyerCountry: ['Buyer country', 'Land des Käufers', 'Köparens land', 'Ostajan maa', 'Kjøpers land', 'Købers land'],
  store: ['Store ID (MID)', 'Shop-ID (MID)', 'Butiks-ID (MID)', 'Kaupan tunnus (MID)', 'Butikk-ID (MID)', 'Butiks-ID (MID)'],
  networkReasonCode: ['Network reason code', 'Netzwerk-Grundcode', 'Nätverkets orsakskod', 'Verkon syykoodi', 'Nettverkets årsakskode', 'Netværkets årsagskode'],
};

/** portal-vocabulary.md "Tabs". */
const TAB_LABELS: Row<SandboxTab> = {
  response_required: ['Response required', 'Antwort erforderlich', 'Svar krävs', 'Vastaus vaaditaan', 'Svar kreves', 'Svar påkrævet'],
  under_review: ['Under review', 'In Prüfung', 'Under granskning', 'Tarkistettavana', 'Under vurdering', 'Under behandling'],
  no_response_needed: ['Does not need response', 'Keine Antwort erforderlich', 'Kräver inget svar', 'Ei vaadi vastausta', 'Krever ikke svar', 'Kræver ikke svar'],
  closed: ['Closed', 'Geschlossen', 'Stängda', 'Suljetut', 'Lukket', 'Lukket'],
  all: ['All', 'Alle', 'Alla', 'Kaikki', 'Alle', 'Alle'],
};

/** portal-vocabulary.md "Status values". */
const STATUS_LABELS: Row<DisputeStatus> = {
  warning_needs_response: ['Enquiry open', 'Anfrage offen', 'Förfrågan öppen', 'Kysely avoinna', 'Forespørsel åpen', 'Forespørgsel åben'],
  warning_under_review: ['Enquiry under review', 'Anfrage in Prüfung', 'Förfrågan granskas', 'Kyselyä tarkistetaan', 'Forespørsel under vurdering', 'Forespørgsel under behandling'],
  warning_closed: ['Enquiry closed', 'Anfrage geschlossen', 'Förfrågan stängd', 'Kysely suljettu', 'Forespørsel lukket', 'Forespørgsel lukket'],
  open: ['Response required', 'Antwort erforderlich', 'Svar krävs', 'Vastaus vaaditaan', 'Svar kreves', 'Svar påkrævet'],
  under_review: ['Under review', 'In Prüfung', 'Under granskning', 'Tarkistettavana', 'Under vurdering', 'Under behandling'],
  won: ['Won', 'Gewonnen', 'Vunnen', 'Voitettu', 'Vunnet', 'Vundet'],
  lost: ['Lost', 'Verloren', 'Förlorad', 'Hävitty', 'Tapt', 'Tabt'],
};

/** portal-vocabulary.md: outcomes shown on closed disputes. */
const OUTCOME_LABELS: Row<Outcome> = {
  won: ['Won', 'Gewonnen', 'Vunnen', 'Voitettu', 'Vunnet', 'Vundet'],
  partially_won: ['Partially won', 'Teilweise gewonnen', 'Delvis vunnen', 'Osittain voitettu', 'Delvis vunnet', 'Delvist vundet'],
  accepted: ['Accepted', 'Akzeptiert', 'Accepterad', 'Hyväksytty', 'Akseptert', 'Accepteret'],
  lost: ['Lost', 'Verloren', 'Förlorad', 'Hävitty', 'Tapt', 'Tabt'],
};

type UiKey =
  | 'sectionTitle'
  | 'card'
  | 'navHome'
  | 'navOrders'
  | 'navSettlements'
  | 'navDisputes'
  | 'brand'
  | 'search'
  | 'searchPlaceholder'
  | 'switchStore'
  | 'language'
  | 'darkMode'
  | 'lightMode'
  | 'loading'
  | 'noDisputes'
  | 'previous'
  | 'next'
  | 'pageOf'
  | 'sortBy'
  | 'acceptDispute'
  | 'counterDispute'
  | 'sandboxNote'
  | 'timeline'
  | 'backToList'
  | 'homeTitle'
  | 'welcome'
  | 'uncapturedOrders'
  | 'disputesCard'
  | 'openKlarnaDisputes'
  | 'klarnaNote'
  | 'ordersTitle'
  | 'orderCaptured'
  | 'orderAuthorized'
  | 'orderRefunded'
  | 'notFound'
  | 'evt_created'
  | 'evt_escalated'
  | 'evt_response_submitted'
  | 'evt_accepted'
  | 'evt_decided'
  | 'evt_enquiry_closed'
  | 'evt_response_due'
  | 'refunded';

const UI: Row<UiKey> = {
  sectionTitle: ['Dispute inquiries', 'Streitanfragen', 'Tvisteförfrågningar', 'Kiistakyselyt', 'Tvisteforespørsler', 'Tvisteforespørgsler'],
  card: ['Card', 'Karte', 'Kort', 'Kortti', 'Kort', 'Kort'],
  navHome: ['Home', 'Startseite', 'Hem', 'Etusivu', 'Hjem', 'Hjem'],
  navOrders: ['Orders', 'Bestellungen', 'Ordrar', 'Tilaukset', 'Ordrer', 'Ordrer'],
  navSettlements: ['Settlements', 'Abrechnungen', 'Avräkningar', 'Tilitykset', 'Oppgjør', 'Afregninger'],
  navDisputes: ['Disputes', 'Streitfälle', 'Tvister', 'Kiistat', 'Tvister', 'Tvister'],
  brand: ['Kustom Portal (sandbox)', 'Kustom Portal (Sandbox)', 'Kustom Portal (sandlåda)', 'Kustom Portal (testiympäristö)', 'Kustom Portal (sandkasse)', 'Kustom Portal (sandkasse)'],
  search: ['Search', 'Suchen', 'Sök', 'Hae', 'Søk', 'Søg'],
  searchPlaceholder: [
    'Order ID, merchant reference or dispute ID',
    'Bestell-ID, Händlerreferenz oder Streitfall-ID',
    'Order-ID, handlarreferens eller tvist-ID',
    'Tilaustunnus, kauppiaan viite tai kiistan tunnus',
    'Ordre-ID, forhandlerreferanse eller tvist-ID',
    'Ordre-ID, forhandlerreference eller tvist-ID',
  ],
  switchStore: ['Switch store', 'Shop wechseln', 'Byt butik', 'Vaihda kauppaa', 'Bytt butikk', 'Skift butik'],
  language: ['Language', 'Sprache', 'Språk', 'Kieli', 'Språk', 'Sprog'],
  darkMode: ['Dark mode', 'Dunkler Modus', 'Mörkt läge', 'Tumma tila', 'Mørk modus', 'Mørk tilstand'],
  lightMode: ['Light mode', 'Heller Modus', 'Ljust läge', 'Vaalea tila', 'Lys modus', 'Lys tilstand'],
  loading: ['Loading…', 'Wird geladen…', 'Laddar…', 'Ladataan…', 'Laster inn…', 'Indlæser…'],
  noDisputes: ['No disputes found', 'Keine Streitfälle gefunden', 'Inga tvister hittades', 'Kiistoja ei löytynyt', 'Ingen tvister funnet', 'Ingen tvister fundet'],
  previous: ['Previous', 'Zurück', 'Föregående', 'Edellinen', 'Forrige', 'Forrige'],
  next: ['Next', 'Weiter', 'Nästa', 'Seuraava', 'Neste', 'Næste'],
  pageOf: ['Page {page} of {pages}', 'Seite {page} von {pages}', 'Sida {page} av {pages}', 'Sivu {page}/{pages}', 'Side {page} av {pages}', 'Side {page} af {pages}'],
  sortBy: ['Sort by', 'Sortieren nach', 'Sortera efter', 'Lajittele', 'Sorter etter', 'Sortér efter'],
  acceptDispute: ['Accept dispute', 'Streitfall akzeptieren', 'Acceptera tvist', 'Hyväksy kiista', 'Godta tvist', 'Acceptér tvist'],
  counterDispute: ['Counter dispute', 'Streitfall anfechten', 'Bestrid tvist', 'Kiistä', 'Bestrid tvist', 'Bestrid tvist'],
  sandboxNote: [
    'This is the sandbox: nothing was sent.',
    'Dies ist die Sandbox: Es wurde nichts gesendet.',
    'Det här är sandlådan: inget skickades.',
    'Tämä on testiympäristö: mitään ei lähetetty.',
    'Dette er sandkassen: ingenting ble sendt.',
    'Dette er sandkassen: intet blev sendt.',
  ],
  timeline: ['Timeline', 'Verlauf', 'Tidslinje', 'Aikajana', 'Tidslinje', 'Tidslinje'],
  backToList: ['Back to disputes', 'Zurück zu den Streitfällen', 'Tillbaka till tvister', 'Takaisin kiistoihin', 'Tilbake til tvister', 'Tilbage til tvister'],
  homeTitle: ['Home', 'Startseite', 'Hem', 'Etusivu', 'Hjem', 'Hjem'],
  welcome: ['Welcome back', 'Willkommen zurück', 'Välkommen tillbaka', 'Tervetuloa takaisin', 'Velkommen tilbake', 'Velkommen tilbage'],
  uncapturedOrders: ['Uncaptured orders', 'Nicht erfasste Bestellungen', 'Ej dragna ordrar', 'Veloittamattomat tilaukset', 'Ikke trukne ordrer', 'Ikke hævede ordrer'],
  disputesCard: ['Disputes', 'Streitfälle', 'Tvister', 'Kiistat', 'Tvister', 'Tvister'],
  openKlarnaDisputes: ['Open Klarna disputes', 'Klarna-Streitfälle öffnen', 'Öppna Klarna-tvister', 'Avaa Klarna-kiistat', 'Åpne Klarna-tvister', 'Åbn Klarna-tvister'],
  klarnaNote: [
    "Klarna's Merchant Portal is not part of the sandbox.",
    'Das Händlerportal von Klarna ist nicht Teil der Sandbox.',
    'Klarnas handlarportal ingår inte i sandlådan.',
    'Klarnan kauppiasportaali ei kuulu testiympäristöön.',
    'Klarnas forhandlerportal er ikke en del av sandkassen.',
    'Klarnas forhandlerportal er ikke en del af sandkassen.',
  ],
  ordersTitle: ['Orders', 'Bestellungen', 'Ordrar', 'Tilaukset', 'Ordrer', 'Ordrer'],
  orderCaptured: ['Captured', 'Erfasst', 'Dragen', 'Veloitettu', 'Trukket', 'Hævet'],
  orderAuthorized: ['Authorised', 'Autorisiert', 'Auktoriserad', 'Valtuutettu', 'Autorisert', 'Autoriseret'],
  orderRefunded: ['Refunded', 'Erstattet', 'Återbetald', 'Hyvitetty', 'Refundert', 'Refunderet'],
  notFound: ['Page not found', 'Seite nicht gefunden', 'Sidan hittades inte', 'Sivua ei löytynyt', 'Siden ble ikke funnet', 'Siden blev ikke fundet'],
  evt_created: ['Dispute created', 'Streitfall erstellt', 'Tvist skapad', 'Kiista luotu', 'Tvist opprettet', 'Tvist oprettet'],
  evt_escalated: ['Escalated to chargeback', 'Zur Rückbuchung eskaliert', 'Eskalerad till återkrav', 'Eskaloitu takaisinveloitukseksi', 'Eskalert til tilbakeføring', 'Eskaleret til tilbageførsel'],
  evt_response_submitted: ['Response submitted', 'Antwort eingereicht', 'Svar inskickat', 'Vastaus lähetetty', 'Svar sendt inn', 'Svar indsendt'],
  evt_accepted: ['Dispute accepted', 'Streitfall akzeptiert', 'Tvist accepterad', 'Kiista hyväksytty', 'Tvist godtatt', 'Tvist accepteret'],
  evt_decided: ['Decision', 'Entscheidung', 'Beslut', 'Päätös', 'Avgjørelse', 'Afgørelse'],
  evt_enquiry_closed: ['Enquiry closed', 'Anfrage geschlossen', 'Förfrågan stängd', 'Kysely suljettu', 'Forespørsel lukket', 'Forespørgsel lukket'],
  evt_response_due: ['Response due', 'Antwort fällig', 'Svar ska vara inne', 'Vastaus erääntyy', 'Svarfrist', 'Svarfrist'],
  refunded: ['refunded to the customer', 'an den Kunden erstattet', 'återbetalat till kunden', 'hyvitetty asiakkaalle', 'refundert til kunden', 'refunderet til kunden'],
};

function col(lang: Lang): number {
  return LANGS.indexOf(lang);
}

export const fieldLabel = (lang: Lang, f: Field): string => FIELDS[f][col(lang)] as string;
export const tabLabel = (lang: Lang, tab: SandboxTab): string => TAB_LABELS[tab][col(lang)] as string;
export const statusLabel = (lang: Lang, s: DisputeStatus): string => STATUS_LABELS[s][col(lang)] as string;
export const outcomeLabel = (lang: Lang, o: Outcome): string => OUTCOME_LABELS[o][col(lang)] as string;
export const eventLabel = (lang: Lang, k: TimelineKind): string => UI[`evt_${k}`][col(lang)] as string;

export function ui(lang: Lang, key: UiKey, params?: Record<string, string | number>): string {
  const text = UI[key][col(lang)] as string;
  return params ? text.replace(/\{(\w+)\}/g, (w, name: string) => String(params[name] ?? w)) : text;
}

export function isLang(tag: string | null | undefined): tag is Lang {
  return (LANGS as readonly string[]).includes(tag ?? '');
}

// ---------------------------------------------------------------------------------------------
// Formatting: exactly what Intl prints for the page's locale (portal-vocabulary.md "Amounts, dates").

export type AmountStyle = 'symbol' | 'code';
export type DateStyle = 'short' | 'medium' | 'long';

// Intl formatters are costly to build: one per distinct set of options (large benchmark lists).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** The scale of amountMinor: ISO 4217's minor unit (HUF 2), not Intl's display digits (HUF 0). */
export function fractionDigits(currency: string): number {
  return minorUnitDigits(currency);
}

export function formatAmount(lang: Lang, amountMinor: number, currency: string, style: AmountStyle = 'symbol'): string {
  const f = cached(`n|${lang}|${currency}|${style}`, () => new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: style }));
  return f.format(amountMinor / 10 ** fractionDigits(currency));
}

export function formatDateTime(lang: Lang, iso: string, timeZone: string, dateStyle: DateStyle): string {
  const f = cached(`dt|${lang}|${timeZone}|${dateStyle}`, () => new Intl.DateTimeFormat(lang, { dateStyle, timeStyle: 'short', timeZone }));
  return f.format(new Date(iso));
}

export function formatDate(lang: Lang, iso: string, timeZone: string, dateStyle: DateStyle): string {
  const f = cached(`d|${lang}|${timeZone}|${dateStyle}`, () => new Intl.DateTimeFormat(lang, { dateStyle, timeZone }));
  return f.format(new Date(iso));
}

export function countryName(lang: Lang, code: string): string {
  return cached(`r|${lang}`, () => new Intl.DisplayNames([lang], { type: 'region' })).of(code) ?? code;
}

export const NETWORK_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
};
