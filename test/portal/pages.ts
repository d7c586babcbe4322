// Builds portal-like pages from a small data set in the six languages and several markups, with
// the vocabulary's texts and Intl-formatted amounts, dates and country names — so the same disputes
// can be read back from markup the reader was not written against.
import type { DisputeFacts, DisputeStatus, PortalTab } from '../../lib/rules/types';
import { minorUnitDigits } from '../../lib/rules/currency';
import {
  FIELD_LABELS,
  PORTAL_LANGS,
  PORTAL_LOCALE_OF,
  SECTION_TITLE,
  STATUS_LABELS,
  TAB_LABELS,
  type FieldKey,
  type PortalLang,
} from '../../lib/portal/vocabulary';

export const TZ = 'Europe/Stockholm';
export const LANGS = PORTAL_LANGS;

export interface Sample {
  facts: DisputeFacts;
  method: { en: string; word?: Partial<Record<PortalLang, string>> };
}

const CARD_WORD: Record<PortalLang, string> = { en: 'Card', de: 'Karte', sv: 'Kort', fi: 'Kortti', nb: 'Kort', da: 'Kort' };

// Whole minutes, away from the repeated autumn hour: what a page prints at minute precision.
export const SAMPLES: Sample[] = [
  {
    facts: {
      id: 'dp_1Abc001',
      provider: 'card',
      network: 'visa',
      status: 'open',
      createdAt: '2025-03-30T01:30:00.000Z',
      amount: { amountMinor: 123450, currency: 'EUR' },
      buyerCountry: 'SE',
      reason: 'Fraudulent',
      dueBy: '2025-04-14T21:59:59.999Z',
      orderId: 'ord-1001',
    },
    method: { en: 'Visa' },
  },
  {
    facts: {
      id: 'kl-7c2f-0002',
      provider: 'klarna',
      status: 'warning_needs_response',
      createdAt: '2025-10-26T05:05:00.000Z',
      amount: { amountMinor: 99900, currency: 'SEK' },
      buyerCountry: 'NO',
      reason: 'Goods not received',
      orderId: 'ord-1002',
    },
    method: { en: 'Klarna' },
  },
  {
    facts: {
      id: 'dp_1Abc003',
      provider: 'card',
      status: 'lost',
      createdAt: '2024-12-31T23:59:00.000Z',
      amount: { amountMinor: 5000000, currency: 'HUF' },
      buyerCountry: 'HU',
      reason: 'Duplicate',
      orderId: 'ord-1003',
    },
    method: { en: 'Card' },
  },
  {
    facts: {
      id: 'bi-0004',
      provider: 'billie',
      status: 'under_review',
      createdAt: '2025-07-01T10:00:00.000Z',
      amount: { amountMinor: 1999, currency: 'GBP' },
      buyerCountry: 'DE',
      reason: 'Returns',
      dueBy: '2025-07-13T21:59:59.999Z',
      orderId: 'ord-1004',
    },
    method: { en: 'Billie' },
  },
  {
    facts: {
      id: 'dp_1Abc005',
      provider: 'card',
      network: 'mastercard',
      status: 'won',
      createdAt: '2025-02-14T08:45:00.000Z',
      amount: { amountMinor: 250000, currency: 'PLN' },
      buyerCountry: 'PL',
      reason: 'Product not received',
      orderId: 'ord-1005',
    },
    method: { en: 'Mastercard' },
  },
];

export const FIELDS: FieldKey[] = ['id', 'orderId', 'amount', 'status', 'reason', 'paymentMethod', 'createdAt', 'dueBy', 'buyerCountry'];

export function label(field: FieldKey, lang: PortalLang): string {
  return String(FIELD_LABELS[field][lang]);
}

const formatters = new Map<string, { format(x: number | Date): string }>();
function cached<T extends { format(x: never): string }>(key: string, make: () => T): { format(x: number | Date): string } {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make() as unknown as { format(x: number | Date): string }));
  return f;
}

/** The sample's fields as the portal would print them in `lang`. */
export function shown(sample: Sample, lang: PortalLang): Partial<Record<FieldKey, string>> {
  const locale = PORTAL_LOCALE_OF[lang];
  const f = sample.facts;
  const digits = minorUnitDigits(f.amount.currency);
  const out: Partial<Record<FieldKey, string>> = {
    id: f.id,
    orderId: f.orderId,
    amount: cached(`n${locale}${f.amount.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: f.amount.currency })).format(
      f.amount.amountMinor / 10 ** digits,
    ),
    status: String(STATUS_LABELS[f.status as DisputeStatus][lang]),
    reason: f.reason,
    paymentMethod: sample.method.en === 'Card' ? CARD_WORD[lang] : sample.method.en,
    createdAt: cached(`c${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ })).format(
      new Date(f.createdAt),
    ),
    buyerCountry: new Intl.DisplayNames(locale, { type: 'region' }).of(f.buyerCountry!),
  };
  if (f.dueBy) out.dueBy = cached(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TZ })).format(new Date(f.dueBy));
  return out;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function tabs(lang: PortalLang, selected: PortalTab | 'all', counts: Partial<Record<PortalTab | 'all', number>>): string {
  const items = (Object.keys(TAB_LABELS) as (PortalTab | 'all')[]).map(
    (t) =>
      `<button role="tab" aria-selected="${t === selected}">${esc(String(TAB_LABELS[t][lang]))} <span>${counts[t] ?? 0}</span></button>`,
  );
  return `<div role="tablist">${items.join('')}</div>`;
}

function storeSelector(lang: PortalLang, store: string): string {
  return `<label>${esc(label('store', lang))} <select><option>M-OTHER</option><option selected>${esc(store)}</option></select></label>`;
}

export type ListMarkup = 'table' | 'cards-inline' | 'cards-spans' | 'div-grid' | 'aria-cells' | 'ul-strong';
export type DetailMarkup = 'dl' | 'bare-strong' | 'th-rows' | 'div-pairs' | 'caption-below';

export const LIST_MARKUPS: ListMarkup[] = ['table', 'cards-inline', 'cards-spans', 'div-grid', 'aria-cells', 'ul-strong'];
export const DETAIL_MARKUPS: DetailMarkup[] = ['dl', 'bare-strong', 'th-rows', 'div-pairs', 'caption-below'];

function page(lang: PortalLang, body: string, withLang: boolean): string {
  return `<!doctype html><html${withLang ? ` lang="${PORTAL_LOCALE_OF[lang]}"` : ''}><head><title>Portal</title></head><body>${body}</body></html>`;
}

export function listPage(lang: PortalLang, markup: ListMarkup, samples: Sample[], opts: { withLang?: boolean; store?: string } = {}): string {
  const store = opts.store ?? 'M-4711';
  const head = `<header>${storeSelector(lang, store)}</header><h1>${esc(String(SECTION_TITLE[lang]))}</h1>${tabs(lang, 'all', { all: samples.length, response_required: 2 })}`;
  const rows = samples.map((s) => ({ s, v: shown(s, lang) }));
  const present = (v: Partial<Record<FieldKey, string>>) => FIELDS.filter((f) => v[f] !== undefined);
  let list = '';
  switch (markup) {
    case 'table':
      list = `<table><thead><tr><th></th>${FIELDS.map((f) => `<th><button>${esc(label(f, lang))}</button></th>`).join('')}</tr></thead><tbody>${rows
        .map(({ v }) => `<tr><td><input type="checkbox"></td>${FIELDS.map((f) => `<td>${esc(v[f] ?? '—')}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
      break;
    case 'cards-inline':
      list = `<div>${rows
        .map(({ v }) => `<div><div>${present(v).map((f) => `<div>${esc(label(f, lang))}: ${esc(v[f]!)}</div>`).join('')}</div><a href="#">→</a></div>`)
        .join('')}</div>`;
      break;
    case 'cards-spans':
      list = `<section>${rows
        .map(({ v }) => `<article>${present(v).map((f) => `<p><span>${esc(label(f, lang))}</span> <b>${esc(v[f]!)}</b></p>`).join('')}</article>`)
        .join('')}</section>`;
      break;
    case 'div-grid':
      list = `<div role="grid"><div role="row">${FIELDS.map((f) => `<div role="columnheader">${esc(label(f, lang))}</div>`).join('')}</div>${rows
        .map(({ v }) => `<div role="row">${FIELDS.map((f) => `<div role="gridcell">${esc(v[f] ?? '')}</div>`).join('')}</div>`)
        .join('')}</div>`;
      break;
    case 'aria-cells':
      list = `<div role="list">${rows
        .map(({ v }) => `<div role="listitem">${present(v).map((f) => `<span aria-label="${esc(label(f, lang))}">${esc(v[f]!)}</span>`).join(' ')}</div>`)
        .join('')}</div>`;
      break;
    case 'ul-strong':
      list = `<ul>${rows
        .map(({ v }) => `<li>${present(v).map((f) => `${esc(label(f, lang))}: <strong>${esc(v[f]!)}</strong>`).join('<br>')}</li>`)
        .join('')}</ul>`;
      break;
  }
  return page(lang, `${head}<main>${list}</main><footer>1–${samples.length}</footer>`, opts.withLang ?? true);
}

export function detailPage(lang: PortalLang, markup: DetailMarkup, sample: Sample, opts: { withLang?: boolean; store?: string } = {}): string {
  const store = opts.store ?? 'M-4711';
  const v = shown(sample, lang);
  const fields = FIELDS.filter((f) => v[f] !== undefined);
  let panel = '';
  switch (markup) {
    case 'dl':
      panel = `<dl>${fields.map((f) => `<dt>${esc(label(f, lang))}</dt><dd>${esc(v[f]!)}</dd>`).join('')}</dl>`;
      break;
    case 'bare-strong':
      panel = `<p>${fields.map((f) => `${esc(label(f, lang))}: <strong>${esc(v[f]!)}</strong>`).join('<br>\n')}</p>`;
      break;
    case 'th-rows':
      panel = `<table>${fields.map((f) => `<tr><th>${esc(label(f, lang))}</th><td>${esc(v[f]!)}</td></tr>`).join('')}</table>`;
      break;
    case 'div-pairs':
      panel = `<div>${fields.map((f) => `<div><div><span>${esc(label(f, lang))}</span></div><div><span>${esc(v[f]!)}</span></div></div>`).join('')}</div>`;
      break;
    case 'caption-below':
      panel = `<div>${fields.map((f) => `<figure><strong>${esc(v[f]!)}</strong><figcaption>${esc(label(f, lang))}</figcaption></figure>`).join('')}</div>`;
      break;
  }
  const store_ = `<div>${esc(label('store', lang))}: <b>${esc(store)}</b></div>`;
  return page(lang, `${store_}<nav><a href="/disputes">${esc(String(SECTION_TITLE[lang]))}</a></nav><main><h1>${esc(sample.facts.id)}</h1>${panel}<ol><li>${esc(v.createdAt!)}</li></ol><button>OK</button></main>`, opts.withLang ?? true);
}

/** What the reader should produce from a sample's page (everything shown, plus the store). */
export function expectedFacts(sample: Sample, store: string | null): Partial<DisputeFacts> {
  const f = sample.facts;
  const out: Partial<DisputeFacts> = { ...f };
  if (store) out.storeId = store;
  return out;
}
