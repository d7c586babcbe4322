// @vitest-environment happy-dom
// The cases the seventh probe (unseen-seventh.test.ts) left, which a tester writing pages from
// portal-vocabulary.md could write: each read wrongly or not at all before its fix, in the six
// portal languages with the vocabulary's texts and Intl's amounts and dates (list-pages.ts).
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { cellsOf, COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, TZ, type Col, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';

/** each language's cases, named with its tag */
const perLang = <T extends unknown[]>(cases: [string, ...T][]) => cases.flatMap(([name, ...rest]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, ...rest] as const));

// Several "Label: value" pairs in one text node, a card's one-line summary ("Dispute ID: DP-1001
// Amount: €120.50 Status: Won Respond by: 2 Feb 2026"), with a space, " · " or " | " between the
// pairs. Before, only the first label was read, its value the whole rest of the line.
describe('several "Label: value" pairs in one text node', () => {
  const SEPARATORS: [string, string][] = [['a space', ' '], ['" · "', ' · '], ['" | "', ' | ']];
  const line = (l: Lang, i: number, sep: string) => l.rows[i]!.map((t, n) => `${l.labels[COLS[n]!]}: ${t}`).join(sep);
  it.each(perLang(SEPARATORS))('a list of cards: %s', (_, k, sep) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul class="cards">${l.rows.map((_r, i) => `<li class="card"><p>${line(l, i, sep)}</p></li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });
  it.each(perLang(SEPARATORS))('a dispute\'s page, the line in a <p>: %s', (_, k, sep) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><h1>DP-1001</h1><p>${line(l, 0, sep)}</p></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

// A value followed by an info mark, the trigger of its tooltip ("€120.50 ⓘ", "2 Feb 2026 (?)",
// "<span class=info>ℹ</span>"), in the value's own element or a span after it. Before: the
// amount and dates reported as unreadable, the status unknown, the reason read with the mark.
describe('a value followed by an info mark', () => {
  const MARKS: [string, string][] = [['ⓘ in its text', ' ⓘ'], ['(?) in its text', ' (?)'], ['ℹ in a span', ' <span class="info">ℹ</span>'], ['ⓘ in a span', '<span aria-hidden="true"> ⓘ</span>']];
  it.each(perLang(MARKS))('a dispute\'s page, terms and descriptions: %s', (_, k, mark) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><dl>${cellsOf(l, 0, (c, t) => `<dt>${l.labels[c]}</dt><dd>${t}${mark}</dd>`)}</dl></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
  it.each(perLang(MARKS))('a list of cards, "label: value" lines: %s', (_, k, mark) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul>${l.rows.map((_r, i) => `<li>${cellsOf(l, i, (c, t) => `<p>${l.labels[c]}: ${t}${mark}</p>`)}</li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
  it.each(perLang(MARKS))('a table: %s', (_, k, mark) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}${mark}</td>`)}</tr>`).join('')}</tbody></table>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// A dash between a label and its value ("Amount – €120.50", "Respond by — 2 Feb 2026", "Amount -
// €120.50"), in one text node or after the label's element ("<b>Amount</b> – €120.50"). Before:
// not read (the status, reason: nothing), with nothing reported.
describe('a dash as the separator between a label and its value', () => {
  const DASHES: [string, string][] = [['en dash', '–'], ['em dash', '—'], ['hyphen', '-']];
  it.each(perLang(DASHES))('a list of cards, one text node per line: %s', (_, k, dash) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul>${l.rows.map((_r, i) => `<li>${cellsOf(l, i, (c, t) => `<div>${l.labels[c]} ${dash} ${t}</div>`)}</li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
  it.each(perLang(DASHES))('a dispute\'s page, "<b>label</b> – value": %s', (_, k, dash) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${cellsOf(l, 0, (c, t) => `<p><b>${l.labels[c]}</b> ${dash} ${t}</p>`)}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
  it.each(perLang(DASHES))('a dispute\'s page, one text node per line: %s', (_, k, dash) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${cellsOf(l, 0, (c, t) => `<p>${l.labels[c]} ${dash} ${t}</p>`)}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  // What must not change: a minus sign before an amount ("-€120.50" is a debit, the amount
  // disputed), and words after a label's before a dash ("Amount refunded – 19 Jan 2026") no label.
  it.each(KEYS)('a minus sign and a sentence\'s dash stay as they were (%s)', (k) => {
    const l = LANGS[k];
    const [id, amount, , , created] = l.rows[0]!;
    const sentences = { en: ['Amount refunded', 'Status changed'], de: ['Betrag erstattet', 'Status geändert'], sv: ['Belopp återbetalt', 'Status ändrad'], fi: ['Summa hyvitetty', 'Tila muutettu'], nb: ['Beløp refundert', 'Status endret'], da: ['Beløb refunderet', 'Status ændret'] }[k];
    const r = readDetail(`${storeBar(l)}<main><p><b>${l.labels.id}</b> – ${id}</p><p><b>${l.labels.amount}</b> -${amount}</p>${sentences.map((t) => `<p>${t} – ${created}</p>`).join('')}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1001', amount: EXPECTED[0]!.amount, storeId: 'M-77' }]);
  });
});


// A reason of the vocabulary after the reason label with no colon ("Reason Faulty goods", "Syy
// Fraudulent"), on cards or a dispute's page whose other lines run into their labels too (as
// "Status Won" is read: unseen-seventh.test.ts). Before, the reason was not read. Only a reason
// the vocabulary knows: free text after the label ("Reason customer unhappy") stays nothing.
describe('a reason after its label with no colon ("Reason Faulty goods")', () => {
  const line = (l: Lang, c: Col, t: string) => `<p>${l.labels[c]} ${t}</p>`;
  it.each(KEYS)('a list of cards (%s)', (k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<div class="cards">${l.rows.map((_r, i) => `<article class="card">${cellsOf(l, i, (c, t) => line(l, c, t))}</article>`).join('')}</div>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });
  it.each(KEYS)('a dispute\'s page (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><h1>DP-1001</h1>${cellsOf(l, 0, (c, t) => line(l, c, t))}</main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
  // What must not change: free text after the label is no reason read so; a "Reason: …" line beside
  // such a text is the reason.
  it.each(KEYS)('free text after the reason label is no reason (%s)', (k) => {
    const l = LANGS[k];
    const words = { en: 'customer unhappy', de: 'Kunde unzufrieden', sv: 'kunden missnöjd', fi: 'asiakas tyytymätön', nb: 'kunden misfornøyd', da: 'kunden utilfreds' }[k];
    const r = readDetail(`${storeBar(l)}<main><p>${l.labels.id}: DP-1001</p><p>${l.labels.reason} ${words}</p></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1001', storeId: 'M-77' }]);
    const named = readDetail(`${storeBar(l)}<main><p>${l.labels.id}: DP-1001</p><p>${l.labels.reason} Faulty goods</p><p>${l.labels.reason}: Fraudulent</p></main>`, l.tag);
    expect(named.disputes.map((d) => d.facts)).toEqual([{ id: 'DP-1001', reason: 'Fraudulent', storeId: 'M-77' }]);
  });
});

// A description list that shows each value before its term ("<dd>€120.50</dd><dt>Amount</dt>", a
// stat: the figure over its caption), alone or each pair in a div. Before, each term took the next
// pair's value (the amount read as the status, …), the last none.
describe('a <dd> before its <dt>', () => {
  const PAIRS: [string, (dd: string, dt: string) => string][] = [['in the dl', (dd, dt) => dd + dt], ['each pair in a div', (dd, dt) => `<div>${dd}${dt}</div>`]];
  it.each(perLang(PAIRS))('a dispute\'s page: %s', (_, k, pair) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><dl>${cellsOf(l, 0, (c, t) => pair(`<dd>${t}</dd>`, `<dt>${l.labels[c]}</dt>`))}</dl></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
  it.each(perLang(PAIRS))('a list of cards: %s', (_, k, pair) => {
    const l = LANGS[k];
    const r = readList(`${storeBar(l)}<ul>${l.rows.map((_r, i) => `<li><dl>${cellsOf(l, i, (c, t) => pair(`<dd>${t}</dd>`, `<dt>${l.labels[c]}</dt>`))}</dl></li>`).join('')}</ul>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// A list drawn inside a web component's open shadow root (`<dispute-table>` holding its table, as
// Lit and Stencil data tables do): the reader reads the page's own DOM (the scan, the row memory's
// observer and the anchors stay there), so it reads no dispute. Before, that was a silent empty
// reading: no problem, so no marker on the page and nothing to tell the merchant the list was not
// read. Now the reading says so (the content script then shows its unread marker: needsMarker). A
// component that shows no dispute labels (a toolbar, an icon) and our own chips are no such list.
describe('disputes inside a web component\'s open shadow root are reported, not read as an empty list', () => {
  const table = (l: Lang) => `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}</td>`)}</tr>`).join('')}</tbody></table>`;
  const withShadow = (l: Lang, inner: string) => {
    const doc = parse(`${storeBar(l)}<dispute-table></dispute-table><dispute-radar-chip></dispute-radar-chip>`, l.tag);
    doc.querySelector('dispute-table')!.attachShadow({ mode: 'open' }).innerHTML = inner;
    const chip = doc.querySelector('dispute-radar-chip')!;
    chip.attachShadow({ mode: 'open' }).innerHTML = `<span>${l.labels.id}: DP-9</span>`;
    // (ours, as the manager registers it)
    OWN_HOSTS.add(chip);
    return readPortalPage(doc, 'https://portal.kustom.co/disputes', { timeZone: TZ });
  };
  it.each(KEYS)('a table in the shadow root (%s)', (k) => {
    const l = LANGS[k];
    const r = withShadow(l, table(l));
    expect(r.disputes).toEqual([]);
    expect(r.problems).toEqual(['Labelled disputes could not be read.']);
  });
  it.each(KEYS)('a component without dispute labels, and our own chip, are no list (%s)', (k) => {
    const l = LANGS[k];
    const r = withShadow(l, '<button>Export</button>');
    expect(r.disputes).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});
