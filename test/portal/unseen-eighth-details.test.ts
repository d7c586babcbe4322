// @vitest-environment happy-dom
// An eighth probe, of a dispute's own page (https://portal.kustom.co/disputes/DP-1001) in markup
// the reader had not seen, as a tester writing from portal-vocabulary.md could draw it: every field
// of the vocabulary, in the six portal languages, amounts and dates as Intl prints them
// (list-pages.ts). Each case read wrongly or not at all before its fix; the pages beside them that
// read right already stay as guards.
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, type FieldKey } from '../../lib/portal/vocabulary';
import { EXPECTED, KEYS, LANGS, readDetail, storeBar, type Key } from './list-pages';

type Field = Exclude<FieldKey, 'store'>;
const FIELDS: Field[] = ['id', 'orderId', 'merchantReference', 'amount', 'status', 'reason', 'paymentMethod', 'createdAt', 'dueBy', 'buyerCountry', 'networkReasonCode'];
const label = (k: Key, f: FieldKey) => String(FIELD_LABELS[f][k]);
/** DP-1001 as list-pages.ts shows it, and the fields the list does not show */
const shown = (k: Key, f: Field): string => {
  const row = LANGS[k].rows[0]!;
  const at: Partial<Record<Field, number>> = { id: 0, amount: 1, status: 2, reason: 3, createdAt: 4, dueBy: 5 };
  if (at[f] !== undefined) return row[at[f]!]!;
  return { orderId: 'ORD-5001', merchantReference: 'REF-77', paymentMethod: 'Visa', buyerCountry: new Intl.DisplayNames(LANGS[k].tag, { type: 'region' }).of('FR')!, networkReasonCode: '13.1' }[f as string]!;
};
const WANT = { ...EXPECTED[0], orderId: 'ORD-5001', merchantReference: 'REF-77', provider: 'card', network: 'visa', buyerCountry: 'FR', networkReasonCode: '13.1' };

/** terms and descriptions, each value drawn by `draw` */
const dl = (k: Key, draw: (f: Field, t: string) => string = (_f, t) => t, fields = FIELDS) => `<dl>${fields.map((f) => `<dt>${label(k, f)}</dt><dd>${draw(f, shown(k, f))}</dd>`).join('')}</dl>`;
const read = (k: Key, main: string) => {
  const r = readDetail(`${storeBar(LANGS[k])}<main>${main}</main>`, LANGS[k].tag);
  return { page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) };
};
const READ = (want: object = WANT) => ({ page: 'dispute_detail', problems: [], facts: [want] });
/** each language's cases, named with its tag */
const perLang = <T,>(cases: [string, T][]) => cases.flatMap(([name, c]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, c] as const));

// A field labelled twice on the dispute's page: an "Order" card with the order's amount and date
// beside the "Dispute" card, or a timeline's "Respond by: …" and "<time>…</time> Created" above the
// fields. The first label in the page's order was the dispute's: with the order's card first, the
// dispute read as €150.00 created on 10 Jan, and with the timeline first, due two days late; nothing
// was reported. The label in the section holding the dispute's ID is its own.
describe('a field labelled twice on a dispute\'s page: the label beside its ID is its own', () => {
  const ORDER_AMOUNT: Record<Key, string> = { en: '€150.00', de: '150,00\u00a0€', sv: '150,00\u00a0€', fi: '150,00\u00a0€', nb: '150,00\u00a0€', da: '150,00\u00a0€' };
  const ORDER_DATE: Record<Key, string> = { en: '10 Jan 2026', de: '10.01.2026', sv: '10 jan. 2026', fi: '10.1.2026', nb: '10. jan. 2026', da: '10. jan. 2026' };
  const dispute = (k: Key) => `<section><h2>Dispute</h2>${dl(k, undefined, ['id', 'amount', 'status', 'reason', 'createdAt', 'dueBy', 'networkReasonCode'])}</section>`;
  const order = (k: Key) =>
    `<section><h2>Order</h2><dl><dt>${label(k, 'orderId')}</dt><dd>ORD-5001</dd><dt>${label(k, 'amount')}</dt><dd>${ORDER_AMOUNT[k]}</dd><dt>${label(k, 'createdAt')}</dt><dd>${ORDER_DATE[k]}</dd><dt>${label(k, 'merchantReference')}</dt><dd>REF-77</dd><dt>${label(k, 'paymentMethod')}</dt><dd>Visa</dd></dl></section>`;
  const customer = (k: Key) => `<section><h2>Customer</h2><dl><dt>${label(k, 'buyerCountry')}</dt><dd>${shown(k, 'buyerCountry')}</dd></dl></section>`;
  /** an earlier deadline and date than the dispute's (DP-1003's and DP-1002's) */
  const earlier = (k: Key, i: number, col: number) => LANGS[k].rows[i]![col]!;
  const PAGES: [string, (k: Key) => string][] = [
    ['"Order" card first, then "Dispute" and "Customer"', (k) => order(k) + dispute(k) + customer(k)],
    ['two columns: "Order" and "Customer" cards left, "Dispute" right', (k) => `<div class="grid"><div class="col">${order(k)}${customer(k)}</div><div class="col">${dispute(k)}</div></div>`],
    ['a timeline of "label: value" lines above the fields', (k) => `<ol class="timeline"><li>${label(k, 'dueBy')}: ${earlier(k, 2, 5)}</li><li>${label(k, 'createdAt')}: ${earlier(k, 1, 4)}</li></ol>${dl(k)}`],
    ['a timeline of "<time>…</time> Created" lines above the fields', (k) => `<ol class="timeline"><li><time>${earlier(k, 1, 4)}</time> ${label(k, 'createdAt')}</li></ol>${dl(k)}`],
    // (read right before: the dispute's section first, the timeline after the fields)
    ['"Dispute" card first, then "Order" and "Customer"', (k) => dispute(k) + order(k) + customer(k)],
    ['a timeline of "label: value" lines after the fields', (k) => `${dl(k)}<ol class="timeline"><li>${label(k, 'dueBy')}: ${earlier(k, 2, 5)}</li><li>${label(k, 'createdAt')}: ${earlier(k, 1, 4)}</li></ol>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => expect(read(k, page(k))).toEqual(READ()));
});

// A payment method shown as the card network's logo: an <img alt>, or an svg named by its <title>
// (with or without aria-labelledby), alone or beside the card's last digits or the word "Card".
// Before: the svg's name was never read (the method lost, nothing reported), the logo beside the
// digits gave "•••• 4242", reported as a method the reader does not know, and beside "Card" the
// network was lost.
describe('a payment method shown as its logo', () => {
  /** the vocabulary's word for a card */
  const CARD: Record<Key, string> = { en: 'Card', de: 'Karte', sv: 'Kort', fi: 'Kortti', nb: 'Kort', da: 'Kort' };
  const svg = (title: string, labelledBy: boolean) => `<svg role="img" viewBox="0 0 48 16"${labelledBy ? ' aria-labelledby="pm-title"' : ''}><title${labelledBy ? ' id="pm-title"' : ''}>${title}</title><path d="M0 0h48v16H0z"/></svg>`;
  const LOGOS: [string, (k: Key) => string][] = [
    ['an svg named by its <title>', () => svg('Visa', false)],
    ['an svg named by its <title> through aria-labelledby', () => svg('Visa', true)],
    ['an <img alt> beside the last digits', () => '<img src="visa.svg" alt="Visa" width="32"> •••• 4242'],
    ['an svg named by aria-label beside the last digits', () => '<svg role="img" aria-label="Visa"><path d="M0 0"/></svg> <span>•••• 4242</span>'],
    ['an svg named by its <title> beside the last digits', () => `${svg('Visa', false)}<span class="ml-2">•••• 4242</span>`],
    ['an <img alt> beside the word for a card', (k) => `<span class="brand"><img src="visa.svg" alt="Visa"></span> <span>${CARD[k]} •••• 4242</span>`],
    // (read right before)
    ['an <img alt> alone', () => '<img src="visa.svg" alt="Visa">'],
    ['an svg named by aria-label alone', () => '<svg role="img" aria-label="Visa"><path d="M0 0"/></svg>'],
  ];
  it.each(perLang(LOGOS))('%s', (_, k, logo) => expect(read(k, dl(k, (f, t) => (f === 'paymentMethod' ? logo(k) : t)))).toEqual(READ()));
  // (read right before: the vocabulary's words in any letter case)
  it.each(KEYS)('a network\'s or a card\'s word in another letter case (%s)', (k) => {
    const { provider: _p, network: _n, ...rest } = WANT;
    for (const [text, want] of [['MasterCard', { provider: 'card', network: 'mastercard' }], ['AMEX', { provider: 'card', network: 'amex' }], ['VISA', { provider: 'card', network: 'visa' }], ['card', { provider: 'card' }]] as const) {
      expect(read(k, dl(k, (f, t) => (f === 'paymentMethod' ? text : t)))).toEqual(READ({ ...rest, ...want }));
    }
  });
  it.each(KEYS)('other networks\' logos, and Klarna\'s (%s)', (k) => {
    for (const [name, want] of [['Mastercard', { provider: 'card', network: 'mastercard' }], ['American Express', { provider: 'card', network: 'amex' }], ['Klarna', { provider: 'klarna' }]] as const) {
      const { provider: _p, network: _n, ...rest } = WANT;
      expect(read(k, dl(k, (f, t) => (f === 'paymentMethod' ? `${svg(name, false)} •••• 0005` : t)))).toEqual(READ({ ...rest, ...want }));
    }
  });
});

// Cents drawn as a superscript after the units ("€120<sup>50</sup>", "120<sup>50</sup> €", the
// parts Intl prints with the decimal separator left out). Before: read as €12,050.00 (and €123,450
// for €1,234.50), nothing reported; after its label in one line, "Amount: €120<sup>50</sup>", too.
describe('cents drawn as a superscript', () => {
  const sup = (k: Key, n: number) =>
    new Intl.NumberFormat(LANGS[k].tag, { style: 'currency', currency: 'EUR' }).formatToParts(n).map((p) => (p.type === 'decimal' ? '' : p.type === 'fraction' ? `<sup>${p.value}</sup>` : p.value)).join('');
  it.each(KEYS)('in a description (%s)', (k) => expect(read(k, dl(k, (f, t) => (f === 'amount' ? sup(k, 120.5) : t)))).toEqual(READ()));
  it.each(KEYS)('with a group separator (%s)', (k) => {
    expect(read(k, dl(k, (f, t) => (f === 'amount' ? `<span class="price">${sup(k, 1234.5)}</span>` : t)))).toEqual(READ({ ...WANT, amount: { amountMinor: 123450, currency: 'EUR' } }));
  });
  it.each(KEYS)('after its label in one line, "label: value" lines (%s)', (k) => {
    expect(read(k, `<div class="card">${FIELDS.map((f) => `<p>${label(k, f)}: ${f === 'amount' ? sup(k, 120.5) : shown(k, f)}</p>`).join('')}</div>`)).toEqual(READ());
  });
  it.each(KEYS)('in a table of two columns (%s)', (k) => {
    expect(read(k, `<table><tbody>${FIELDS.map((f) => `<tr><th scope="row">${label(k, f)}</th><td>${f === 'amount' ? sup(k, 120.5) : shown(k, f)}</td></tr>`).join('')}</tbody></table>`)).toEqual(READ());
  });
  // Two digits in a superscript after an amount that shows its decimals already are no cents but a
  // footnote's mark ("€120.50<sup>12</sup>", "120,50 €<sup>12</sup>"): the amount shown, never
  // €12,050.12 (as "€120.50" read before, the mark glued to its decimals).
  it.each(KEYS)('after an amount with its decimals shown, a footnote mark of two digits: the amount shown (%s)', (k) => {
    const amount = new Intl.NumberFormat(LANGS[k].tag, { style: 'currency', currency: 'EUR' }).format(120.5);
    expect(read(k, dl(k, (f, t) => (f === 'amount' ? `${amount}<sup>12</sup>` : t)))).toEqual(READ());
    expect(read(k, dl(k, (f, t) => (f === 'amount' ? `${new Intl.NumberFormat(LANGS[k].tag, { style: 'currency', currency: 'EUR' }).format(1234.5)}<sup>12</sup>` : t)))).toEqual(READ({ ...WANT, amount: { amountMinor: 123450, currency: 'EUR' } }));
  });
});

// A field named by an icon's aria-label, its value after it, as a card's lines with an icon for
// each field draw it ("<span role=img aria-label=\"Respond by\">⏰</span> 2 Feb 2026", "<svg
// role=img aria-label=Created>…</svg><span>19 Jan 2026</span>"). Before, the icon's symbol was read
// as the field's value: the dispute's ID was "●", its amount and dates reported unreadable; an svg's,
// showing no text, named nothing: no dispute, and nothing said. An image's name labels what follows
// it, as a label's text does.
describe('a field named by an icon\'s aria-label, its value after it', () => {
  const ICONS: [string, (name: string, value: string) => string][] = [
    ['a symbol as an image, the value after it', (name, value) => `<li><span role="img" aria-label="${name}">●</span> ${value}</li>`],
    ['an svg as an image, the value in a span after it', (name, value) => `<li><svg role="img" aria-label="${name}" viewBox="0 0 16 16"><path d="M0 0h16v16H0z"/></svg><span>${value}</span></li>`],
    ['an svg with no role, the value after it', (name, value) => `<li><svg aria-label="${name}" width="16" height="16"><circle cx="8" cy="8" r="8"/></svg> ${value}</li>`],
    // (read right before: the aria-label on the value itself)
    ['the value named by its own aria-label', (name, value) => `<li><span aria-label="${name}">${value}</span></li>`],
  ];
  it.each(perLang(ICONS))('%s', (_, k, line) => expect(read(k, `<ul class="meta">${FIELDS.map((f) => line(label(k, f), shown(k, f))).join('')}</ul>`)).toEqual(READ()));
});
