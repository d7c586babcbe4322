// @vitest-environment happy-dom
// A tenth probe of list pages and a dispute's own page in markup the reader has not seen, as a
// tester writing from portal-vocabulary.md could write them: the six portal languages, the
// vocabulary's texts, amounts and dates as Intl prints them (list-pages.ts). Each case read wrongly
// or not at all before its fix; the pages beside them that read right already stay as guards.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, TZ, type Key, type Lang } from './list-pages';
import { DETAIL, LIST, perLang, plain, reading, valueOf, type Show } from './probe-pages';

const table = (l: Lang, show: Show = plain, more = { head: '', cell: '' }) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}${more.head}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${show(c, valueOf(l, i, c), i)}</td>`).join('')}${more.cell}</tr>`).join('')}</tbody></table>`;
const fields = (l: Lang, i: number, show: Show = plain) => `<dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt><dd>${show(c, valueOf(l, i, c), i)}</dd>`).join('')}</dl>`;
const cards = (l: Lang, show: Show = plain, more = '') => `<ul>${[0, 1, 2].map((i) => `<li>${fields(l, i, show)}${more}</li>`).join('')}</ul>`;

/** A link's words for opening a dispute ("View"; in Swedish the word is also the card network's name). */
const OPEN: Record<Key, string> = { en: 'View', de: 'Öffnen', sv: 'Visa', fi: 'Avaa', nb: 'Vis', da: 'Vis' };

// A list whose ID column shows a link reading "View" / "Öffnen" for each dispute, the ID only in
// the link's aria-label or title (what a screen reader says, what a hover shows). In a table the
// rows were dropped with nothing said (an empty list: every dispute's deadline lost); as cards, each
// card's "ID" was the link's word, the three cards one dispute "View" on a dispute's page. The link's
// name is the ID where its text shows none (lib/portal/facts shownId).
describe('an ID shown as a link reading "View" / "Öffnen", the ID in its aria-label or title', () => {
  const link = (k: Key, attr: (id: string) => string): Show => (c, t) => (c === 'id' ? `<a href="/disputes/${t}" ${attr(t)}>${OPEN[k]}</a>` : t);
  const NAMES: [string, (id: string) => string][] = [
    ['aria-label="DP-1001"', (id) => `aria-label="${id}"`],
    ['title="DP-1001"', (id) => `title="${id}"`],
    ['aria-label="View dispute DP-1001"', (id) => `aria-label="View dispute ${id}"`],
  ];
  it.each(perLang(NAMES))('in a table\'s ID column, %s', (_, k, attr) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, link(k, attr)), l.tag))).toEqual(LIST);
  });
  it.each(perLang(NAMES))('on cards, in the Dispute ID term\'s description, %s', (_, k, attr) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + cards(l, link(k, attr)), l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('in a table, read again after a link\'s name changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const doc = parse(storeBar(l) + table(l, link(k, (id) => `aria-label="${id}"`)), l.tag);
    const read = (d: Document) => reading(readPortalPage(d, 'https://portal.kustom.co/disputes', { timeZone: TZ }));
    read(doc);
    doc.querySelector('a[aria-label="DP-1003"]')!.setAttribute('aria-label', 'DP-1009');
    const again = read(doc);
    expect(again).toEqual(read(parse(doc.body.innerHTML, l.tag)));
    expect(again.facts.map((f) => f.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1009']);
  });
  it.each(KEYS)('a dispute\'s own page, "Dispute ID: <a title=…>View</a>" (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fields(l, 0, link(k, (id) => `title="${id}"`))}</main>`, l.tag))).toEqual(DETAIL);
  });
  // An icon link, its icon font's ligature its only text ("open_in_new", no aria-hidden): the
  // ligature has an underscore, as an ID may, and was each row's ID, the three rows read as three
  // disputes "open_in_new". Only a text with a digit is taken as the ID without asking the link.
  it.each(KEYS)('in a table\'s ID column, an icon link (a ligature, "open_in_new") named by its aria-label (%s)', (k) => {
    const l = LANGS[k];
    const icon: Show = (c, t) => (c === 'id' ? `<a href="/disputes/${t}" aria-label="${t}"><span class="material-icons">open_in_new</span></a>` : t);
    expect(reading(readList(storeBar(l) + table(l, icon), l.tag))).toEqual(LIST);
  });
  // (read right before: an ID of letters with no digit, "dp_AbCdEf", in a link named otherwise)
  it.each(KEYS)('an ID with no digit in a link titled with words keeps its text (%s)', (k) => {
    const l = LANGS[k];
    const ids = ['dp_AbCdEf', 'dp_GhIjKl', 'dp_MnOpQr'];
    const named: Show = (c, t, i) => (c === 'id' ? `<a href="/disputes/${ids[i]}" title="Open in a new tab">${ids[i]}</a>` : t);
    expect(reading(readList(storeBar(l) + table(l, named), l.tag)).facts.map((f) => f.id)).toEqual(ids);
  });
  // (a link with no name beside its word still shows no ID: no dispute read, as before)
});

// A dispute's fields in a two-column grid printed a column at a time, every label first and then
// every value ("label1 label2 label3 value1 value2 value3"), as a responsive layout places them side
// by side with CSS (grid-auto-flow: column) or a <dl> of all its terms then all its descriptions:
// the page was reported as showing a Dispute ID with no value and no dispute read, though it shows
// every field. A run of labels followed by as many values: each label's value is the one as far into
// the values as the label is into the labels (lib/portal/values acrossRun; a run of at most 12).
describe('a grid printed a column at a time: every label, then every value', () => {
  const flow = 'style="display:grid;grid-auto-flow:column;grid-template-rows:repeat(6,auto)"';
  const PAGES: [string, (l: Lang) => string][] = [
    ['<div>s in one grid', (l) => `<div ${flow}>${COLS.map((c) => `<div>${l.labels[c]}</div>`).join('')}${COLS.map((c) => `<div>${valueOf(l, 0, c)}</div>`).join('')}</div>`],
    ['<span>s in one grid', (l) => `<div ${flow}>${COLS.map((c) => `<span>${l.labels[c]}</span>`).join('')}${COLS.map((c) => `<span>${valueOf(l, 0, c)}</span>`).join('')}</div>`],
    ['a <dl> of every <dt>, then every <dd>', (l) => `<dl ${flow}>${COLS.map((c) => `<dt>${l.labels[c]}</dt>`).join('')}${COLS.map((c) => `<dd>${valueOf(l, 0, c)}</dd>`).join('')}</dl>`],
    // (read right before: the labels' column and the values' column each in a <div> of its own)
    ['a <div> of the labels beside a <div> of the values', (l) => `<div style="display:flex"><div>${COLS.map((c) => `<div>${l.labels[c]}</div>`).join('')}</div><div>${COLS.map((c) => `<div>${valueOf(l, 0, c)}</div>`).join('')}</div></div>`],
  ];
  it.each(perLang(PAGES))('a dispute\'s page, %s', (_, k, fieldsOf) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${fieldsOf(l)}</main>`, l.tag))).toEqual(DETAIL);
  });
  it.each(perLang(PAGES))('cards on a list, %s', (_, k, fieldsOf) => {
    const l = LANGS[k];
    const page = [0, 1, 2].map((i) => `<li>${fieldsOf({ ...l, rows: [l.rows[i]!] })}</li>`).join('');
    expect(reading(readList(`${storeBar(l)}<ul>${page}</ul>`, l.tag))).toEqual(LIST);
  });
  it.each(KEYS)('a label with no value beside another label and its value ("Amount", "Status", "Won") says nothing of the first (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${fields(l, 0).replace(`<dt>${l.labels.amount}</dt><dd>${valueOf(l, 0, 'amount')}</dd>`, `<dt>${l.labels.amount}</dt>`)}</main>`, l.tag);
    const { amount: _, ...rest } = EXPECTED[0]!;
    expect(reading(r).facts).toEqual([rest]);
  });
});

// Pages this probe wrote that read right already, kept as guards: action buttons and links beside a
// dispute's fields ("Accept" is no "Accepted"), a status shown by a dot and words for screen readers
// only, a badge with an icon font's ligature before its word, search highlights (<mark>) in a value
// or a label, a line break or a <wbr> inside a value, a summary line above the fields repeating
// their values, and <label>s without for beside their values.
describe('pages of this probe that read right already', () => {
  const BUTTONS: Record<Key, [string, string]> = { en: ['Accept', 'Counter dispute'], de: ['Akzeptieren', 'Widersprechen'], sv: ['Acceptera', 'Bestrid'], fi: ['Hyväksy', 'Kiistä'], nb: ['Aksepter', 'Bestrid'], da: ['Acceptér', 'Bestrid'] };
  const mark = (t: string) => t.replace(/^(\p{L}{3})(\p{L}+)/u, '$1<mark>$2</mark>');
  const LISTS: [string, (l: Lang, k: Key) => string][] = [
    ['a last cell of buttons "Accept", "Counter dispute"', (l, k) => table(l, plain, { head: '<th></th>', cell: `<td><button>${BUTTONS[k][0]}</button> <button>${BUTTONS[k][1]}</button></td>` })],
    ['cards with a visible menu of "Accept", "Counter dispute"', (l, k) => cards(l, plain, `<div role="menu"><button role="menuitem">${BUTTONS[k][0]}</button><button role="menuitem">${BUTTONS[k][1]}</button></div>`)],
    ['a status shown as a dot and "Status: …" for screen readers', (l) => table(l, (c, t) => (c === 'status' ? `<span class="dot"></span><span class="sr-only">${l.labels.status}: ${t}</span>` : t))],
    ['a status badge with an icon ligature before its word', (l) => table(l, (c, t) => (c === 'status' ? `<span class="badge"><i class="material-icons">schedule</i>${t}</span>` : t))],
    ['a search highlight in the ID ("DP-<mark>100</mark>1") and in a label', (l) => table({ ...l, labels: { ...l.labels, id: mark(l.labels.id) } }, (c, t) => (c === 'id' ? t.replace('100', '<mark>100</mark>') : t))],
    ['an amount with a <wbr> before its decimals, a created date with its time after a <br>', (l) => table(l, (c, t) => (c === 'amount' ? t.replace(/([.,])(\d\d)/, '$1<wbr>$2') : c === 'createdAt' ? t.replace(/,? (klo )?(\d\d[.:]\d\d)$/, '<br>$2') : t))],
  ];
  it.each(perLang(LISTS))('a list, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + page(l, k), l.tag))).toEqual(LIST);
  });
  const DETAILS: [string, (l: Lang, k: Key) => string][] = [
    ['buttons "Accept", "Counter dispute" under the title', (l, k) => `<h1>${l.labels.id}: DP-1001</h1><div><button>${BUTTONS[k][0]}</button><button>${BUTTONS[k][1]}</button></div>${fields(l, 0)}`],
    ['a summary line "DP-1001 · amount · Respond by date" above the fields', (l) => `<header><p>${valueOf(l, 0, 'id')} · ${valueOf(l, 0, 'amount')} · ${l.labels.dueBy} ${valueOf(l, 0, 'dueBy')}</p></header>${fields(l, 0)}`],
    ['<label>s without for, each beside a <span> value', (l) => COLS.map((c) => `<div><label>${l.labels[c]}</label> <span>${valueOf(l, 0, c)}</span></div>`).join('')],
    ['a highlighted label and ID ("Dis<mark>pute</mark> ID", "DP-<mark>100</mark>1")', (l) => fields({ ...l, labels: { ...l.labels, id: mark(l.labels.id) } }, 0, (c, t) => (c === 'id' ? t.replace('100', '<mark>100</mark>') : t))],
  ];
  it.each(perLang(DETAILS))('a dispute\'s page, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readDetail(`${storeBar(l)}<main>${page(l, k)}</main>`, l.tag))).toEqual(DETAIL);
  });
  it.each(KEYS)('a dispute\'s page, the deadline with its time after a <br> ("2 Feb 2026<br>23:59") (%s)', (k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main>${fields(l, 0, (c, t) => (c === 'dueBy' ? `${t}<br>23:59` : t))}</main>`, l.tag);
    expect(reading(r)).toEqual({ ...DETAIL, facts: [{ ...EXPECTED[0], dueBy: '2026-02-02T22:59:00.000Z' }] });
  });
});
