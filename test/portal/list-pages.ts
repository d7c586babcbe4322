// The list every test page of unseen-lists and kits-lists shows: three disputes in each of the six
// portal languages, with the vocabulary's labels (portal-vocabulary.md) and amounts and dates as
// Intl prints them, and what the reader must read from it.
import { readPortalPage } from '../../lib/portal';

export type Col = 'id' | 'amount' | 'status' | 'reason' | 'createdAt' | 'dueBy';
export const COLS: Col[] = ['id', 'amount', 'status', 'reason', 'createdAt', 'dueBy'];

export interface Lang {
  tag: string;
  labels: Record<Col | 'store', string>;
  /** three disputes as the page prints them, in COLS order */
  rows: string[][];
}

// The vocabulary's texts (portal-vocabulary.md), amounts and dates as Intl prints them.
export const LANGS: Record<'en' | 'de' | 'sv' | 'fi' | 'nb' | 'da', Lang> = {
  en: {
    tag: 'en-GB',
    labels: { id: 'Dispute ID', amount: 'Amount', status: 'Status', reason: 'Reason', createdAt: 'Created', dueBy: 'Respond by', store: 'Store ID (MID)' },
    rows: [
      ['DP-1001', '€120.50', 'Response required', 'Goods not received', '19 Jan 2026', '2 Feb 2026'],
      ['DP-1002', '€45.00', 'Won', 'Fraudulent', '20 Jan 2026', '—'],
      ['DP-1003', '€1,234.50', 'Under review', 'Faulty goods', '21 Jan 2026, 10:30', '4 Feb 2026'],
    ],
  },
  de: {
    tag: 'de-DE',
    labels: { id: 'Streitfall-ID', amount: 'Betrag', status: 'Status', reason: 'Grund', createdAt: 'Erstellt', dueBy: 'Antwort bis', store: 'Shop-ID (MID)' },
    rows: [
      ['DP-1001', '120,50\u00a0€', 'Antwort erforderlich', 'Goods not received', '19.01.2026', '02.02.2026'],
      ['DP-1002', '45,00\u00a0€', 'Gewonnen', 'Fraudulent', '20.01.2026', '—'],
      ['DP-1003', '1.234,50\u00a0€', 'In Prüfung', 'Faulty goods', '21.01.2026, 10:30', '04.02.2026'],
    ],
  },
  sv: {
    tag: 'sv-SE',
    labels: { id: 'Tvist-ID', amount: 'Belopp', status: 'Status', reason: 'Anledning', createdAt: 'Skapad', dueBy: 'Svara senast', store: 'Butiks-ID (MID)' },
    rows: [
      ['DP-1001', '120,50\u00a0€', 'Svar krävs', 'Goods not received', '19 jan. 2026', '2 feb. 2026'],
      ['DP-1002', '45,00\u00a0€', 'Vunnen', 'Fraudulent', '20 jan. 2026', '—'],
      ['DP-1003', '1\u00a0234,50\u00a0€', 'Under granskning', 'Faulty goods', '21 jan. 2026 10:30', '4 feb. 2026'],
    ],
  },
  fi: {
    tag: 'fi-FI',
    labels: { id: 'Kiistan tunnus', amount: 'Summa', status: 'Tila', reason: 'Syy', createdAt: 'Luotu', dueBy: 'Vastaa viimeistään', store: 'Kaupan tunnus (MID)' },
    rows: [
      ['DP-1001', '120,50\u00a0€', 'Vastaus vaaditaan', 'Goods not received', '19.1.2026', '2.2.2026'],
      ['DP-1002', '45,00\u00a0€', 'Voitettu', 'Fraudulent', '20.1.2026', '—'],
      ['DP-1003', '1\u00a0234,50\u00a0€', 'Tarkistettavana', 'Faulty goods', '21.1.2026 klo 10.30', '4.2.2026'],
    ],
  },
  nb: {
    tag: 'nb-NO',
    labels: { id: 'Tvist-ID', amount: 'Beløp', status: 'Status', reason: 'Årsak', createdAt: 'Opprettet', dueBy: 'Svar innen', store: 'Butikk-ID (MID)' },
    rows: [
      ['DP-1001', '120,50\u00a0€', 'Svar kreves', 'Goods not received', '19. jan. 2026', '2. feb. 2026'],
      ['DP-1002', '45,00\u00a0€', 'Vunnet', 'Fraudulent', '20. jan. 2026', '—'],
      ['DP-1003', '1\u00a0234,50\u00a0€', 'Under vurdering', 'Faulty goods', '21. jan. 2026, 10:30', '04.02.2026'],
    ],
  },
  da: {
    tag: 'da-DK',
    labels: { id: 'Tvist-ID', amount: 'Beløb', status: 'Status', reason: 'Årsag', createdAt: 'Oprettet', dueBy: 'Svar senest', store: 'Butiks-ID (MID)' },
    rows: [
      ['DP-1001', '120,50\u00a0€', 'Svar påkrævet', 'Goods not received', '19. jan. 2026', '2. feb. 2026'],
      ['DP-1002', '45,00\u00a0€', 'Vundet', 'Fraudulent', '20. jan. 2026', '—'],
      ['DP-1003', '1.234,50\u00a0€', 'Under behandling', 'Faulty goods', '21. jan. 2026 10.30', '04.02.2026'],
    ],
  },
};

export const STORE = 'M-77';
/** What every page here shows, in every language. */
export const EXPECTED = [
  { id: 'DP-1001', amount: { amountMinor: 12050, currency: 'EUR' }, status: 'open', reason: 'Goods not received', createdAt: '2026-01-18T23:00:00.000Z', dueBy: '2026-02-02T22:59:59.999Z', storeId: STORE },
  { id: 'DP-1002', amount: { amountMinor: 4500, currency: 'EUR' }, status: 'won', reason: 'Fraudulent', createdAt: '2026-01-19T23:00:00.000Z', storeId: STORE },
  { id: 'DP-1003', amount: { amountMinor: 123450, currency: 'EUR' }, status: 'under_review', reason: 'Faulty goods', createdAt: '2026-01-21T09:30:00.000Z', dueBy: '2026-02-04T22:59:59.999Z', storeId: STORE },
];

/** The store picker above every list. */
export const storeBar = (l: Lang) => `<header><nav><label for="mid">${l.labels.store}</label> <select id="mid"><option>M-12</option><option selected>${STORE}</option></select></nav></header>`;

// The probes' page builders (unseen-sixth*, unseen-seventh*): a body in a page of that language,
// read as a list's or a dispute's own address, in one zone.
export const TZ = 'Europe/Stockholm';
export type Key = keyof typeof LANGS;
export const KEYS = Object.keys(LANGS) as Key[];
export const parse = (body: string, tag: string) => new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html');
export const readList = (body: string, tag: string) => readPortalPage(parse(body, tag), 'https://portal.kustom.co/disputes', { timeZone: TZ });
export const readDetail = (body: string, tag: string) => readPortalPage(parse(body, tag), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
/** a row's cells of language `l`'s row `i`, each drawn by `f` */
export const cellsOf = (l: Lang, i: number, f: (c: Col, t: string, n: number) => string) => l.rows[i]!.map((t, n) => f(COLS[n]!, t, n)).join('');

/** A small list of the three disputes, as a table or as cards ("Label: value" lines): few texts, so that changes meet more often (memo-fuzz). */
export const smallList = (l: Lang, layout: 'table' | 'cards') =>
  `<html lang="${l.tag}"><body>${storeBar(l)}<main><h1>Disputes</h1>${
    layout === 'table'
      ? `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody data-rows>${l.rows.map((_, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}</td>`)}</tr>`).join('')}</tbody></table>`
      : `<ul data-rows>${l.rows.map((_, i) => `<li>${cardLines(l, i)}</li>`).join('')}</ul>`
  }</main></body></html>`;

/** A card's "Label: value" lines, each a <p>, for language `l`'s dispute `i % 3` (its ID `id`, or the row's own). */
const cardLines = (l: Lang, i: number, id?: string) =>
  cellsOf(l, i % 3, (c, t) => `<p>${l.labels[c]}: <span>${c === 'id' ? `<a href="#">${id ?? t}</a>` : c === 'createdAt' ? `<time datetime="2026-01-${19 + (i % 3)}">${t}</time>` : t}</span></p>`);

/**
 * How a card's lines stand in a list of many cards: each line a child of the card (`lines`: a
 * list item of "Label: <span>value</span>" paragraphs), the same in a wrapper of its own around
 * each card (`wrapped`), or labels and values side by side as the card's children (`pairs`).
 */
export const MANY_CARDS = ['lines', 'wrapped', 'pairs'] as const;
export type ManyCards = (typeof MANY_CARDS)[number];
/** The ID of card `i` of manyCards. */
export const manyId = (i: number) => `DP-${20001 + i}`;
/** `n` cards (the three disputes' values over and over, each card's ID its own: manyId), laid out as `layout` says. */
export const manyCards = (l: Lang, n: number, layout: ManyCards) =>
  `<html lang="${l.tag}"><body>${storeBar(l)}<main><h1>Disputes</h1><${layout === 'wrapped' ? 'div' : 'ul'} data-rows>${Array.from({ length: n }, (_, i) =>
    layout === 'lines'
      ? `<li>${cardLines(l, i, manyId(i))}</li>`
      : layout === 'wrapped'
        ? `<div><article>${cardLines(l, i, manyId(i))}</article></div>`
        : `<li>${cellsOf(l, i % 3, (c, t) => `<span>${l.labels[c]}</span><span>${c === 'id' ? manyId(i) : t}</span>`)}</li>`,
  ).join('')}</${layout === 'wrapped' ? 'div' : 'ul'}></main></body></html>`;
