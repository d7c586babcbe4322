// @vitest-environment happy-dom
// Our own hosts (the content script's chips, made and registered as it does: ./our-hosts.ts) change
// nothing for the reader: their shadow roots are no text of the page's, a card with our chip at its
// end reads as without it, and a reading after the chips were put in re-reads no card (the row
// memory keeps it: lib/portal/row-memo.ts). A page's own element that merely has our hosts' name is
// the page's: its open shadow root is read as any web component's, and put into a kept row or card,
// it is a change of it.
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { releaseRowMemo, rowMemo } from '../../lib/portal/row-memo';
import { cellsOf, COLS, EXPECTED, KEYS, LANGS, storeBar, TZ, type Lang } from './list-pages';
import { pageMarkup, putOurChip } from './our-hosts';

const URL = 'https://portal.kustom.co/disputes';
const OPTS = { timeZone: TZ };
/** A page parsed in a test, its row memory's observer stopped after it. */
const parsed = (html: string): Document => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  onTestFinished(() => releaseRowMemo(doc));
  return doc;
};
const page = (l: Lang, body: string) => parsed(`<html lang="${l.tag}"><body>${storeBar(l)}<main>${body}</main></body></html>`);
/** What a reading says, without the elements (of one document or the other). */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });
/** Reads `doc`, then a copy of its markup without our hosts: they must say the same. */
function expectAsPage(doc: Document): PortalReading {
  const again = readPortalPage(doc, URL, OPTS);
  expect(said(again)).toEqual(said(readPortalPage(parsed(pageMarkup(doc)), URL, OPTS)));
  return again;
}
/** The cards (or rows) the next reading takes as kept, by their places. */
const kept = (doc: Document, items: Element[]) => rowMemo(doc, doc.body, false)?.keptScans().rows.map((r) => items.indexOf(r));

/** The three disputes as cards of "Label: value" lines (a value drawn by `value`), or as a table. */
const cards = (l: Lang, value = (_c: string, t: string) => t) => `<ul>${l.rows.map((_, i) => `<li>${cellsOf(l, i, (c, t) => `<p>${l.labels[c]}: <span>${value(c, t)}</span></p>`)}</li>`).join('')}</ul>`;
const table = (l: Lang, value = (_c: string, t: string) => t) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_, i) => `<tr>${cellsOf(l, i, (c, t) => `<td>${value(c, t)}</td>`)}</tr>`).join('')}</tbody></table>`;
const LAYOUTS = [['cards', cards, 'li'], ['a table', table, 'tbody tr']] as const;
const CASES = KEYS.flatMap((k) => LAYOUTS.map(([name, draw, item]) => [`${name}, ${LANGS[k].tag}`, LANGS[k], draw, item] as const));

/** A page's own element with our chips' name, its words drawn in its open shadow root (a web component's). */
const LOOKALIKE = 'dispute-radar-chip';
const drawLookalikes = (doc: Document) => {
  for (const el of doc.querySelectorAll(LOOKALIKE)) el.attachShadow({ mode: 'open' }).innerHTML = `<span>${el.getAttribute('text')}</span>`;
};

describe.each(CASES)('%s', (_name, l, draw, item) => {
  it('our chips put in after a reading, where the content script puts them: the next reading re-reads no dispute, and reads as the page without them', () => {
    const doc = page(l, draw(l));
    const items = Array.from(doc.querySelectorAll(item));
    expect(readPortalPage(doc, URL, OPTS).disputes.map((d) => d.facts)).toEqual(EXPECTED);
    items.forEach((el, i) => putOurChip(el, l.rows[i]![0]!));
    expect(kept(doc, items)).toEqual([0, 1, 2]);
    expect(expectAsPage(doc).disputes.map((d) => d.facts)).toEqual(EXPECTED);
    // replaced (a chip drawn again: removeHost, createHost) and taken out: still none re-read
    for (const el of items) el.querySelector(LOOKALIKE)!.remove();
    items.forEach((el, i) => putOurChip(el, l.rows[i]![0]!));
    items[2]!.querySelector(LOOKALIKE)!.remove();
    expect(kept(doc, items)).toEqual([0, 1, 2]);
    expect(expectAsPage(doc).disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it("a page's element named as our chips is the page's: its shadow root's words are read", () => {
    const doc = page(l, draw(l, (c, t) => (c === 'status' ? `<${LOOKALIKE} text="${t}"></${LOOKALIKE}>` : t)));
    drawLookalikes(doc);
    expect(readPortalPage(doc, URL, OPTS).disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  // (and any web component's: an empty element with an open shadow root is no inert one, row-memo.ts)
  it.each([LOOKALIKE, 'reason-badge'])("a page's element (%s), showing a value in its shadow root, put into a dispute read before: read again", (tag) => {
    // (the reason of the second dispute drawn later, by the page's own element)
    const doc = page(l, draw(l, (c, t) => (c === 'reason' && t === l.rows[1]![3] ? '' : t)));
    expect(readPortalPage(doc, URL, OPTS).disputes[1]!.facts.reason).toBeUndefined();
    const el = doc.createElement(tag);
    el.setAttribute('text', l.rows[1]![3]!);
    el.attachShadow({ mode: 'open' }).innerHTML = `<span>${l.rows[1]![3]}</span>`;
    const cell = Array.from(doc.querySelectorAll(item))[1]!.querySelectorAll(item === 'li' ? 'span' : 'td')[3]!;
    cell.append(el);
    expect(readPortalPage(doc, URL, OPTS).disputes.map((d) => d.facts)).toEqual(EXPECTED);
    // (as a first reading of the page as it is now)
    releaseRowMemo(doc);
    expect(readPortalPage(doc, URL, OPTS).disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// A page's web component redraws its shadow root (a status badge from "Open" to "Won", an amount):
// the row memory's observer sees nothing inside a page's shadow root, and attachShadow leaves no
// record, so a dispute holding one is read again at every reading (row-memo.ts: never kept), or its
// old value stays with nothing said. Its words as a first reading of the page as it is now reads
// them (the page drawn again with the components showing the new words).
describe.each(CASES)("%s: a page's web component in a dispute read before redraws its shadow root", (_name, l, draw) => {
  /** the page, DP-1001's status and DP-1002's amount drawn by web components showing `status` and `amount` (none: no shadow root yet) */
  const drawn = (status?: string, amount?: string) => {
    const doc = page(l, draw(l, (c, t) => (c === 'status' && t === l.rows[0]![2] ? '<status-badge></status-badge>' : c === 'amount' && t === l.rows[1]![1] ? '<money-amount></money-amount>' : t)));
    if (status !== undefined) doc.querySelector('status-badge')!.attachShadow({ mode: 'open' }).innerHTML = `<span>${status}</span>`;
    if (amount !== undefined) doc.querySelector('money-amount')!.attachShadow({ mode: 'open' }).textContent = amount;
    return doc;
  };
  const fresh = (status?: string, amount?: string) => said(readPortalPage(drawn(status, amount), URL, OPTS));
  const [open, won, amount, other]: [string, string, string, string] = [l.rows[0]![2]!, l.rows[1]![2]!, l.rows[1]![1]!, l.rows[2]![1]!];
  it.each([
    ["the status badge's text changes", (d: Document): void => (d.querySelector('status-badge')!.shadowRoot!.querySelector('span')!.firstChild as Text).replaceData(0, 99, won), won, amount],
    ['the status badge draws itself again', (d: Document): void => void (d.querySelector('status-badge')!.shadowRoot!.innerHTML = `<b>${won}</b>`), won, amount],
    ["the amount's shadow root shows another amount", (d: Document): void => void (d.querySelector('money-amount')!.shadowRoot!.textContent = other), open, other],
  ] as const)('%s: read again, as afresh', (_what, change, status, shown) => {
    const doc = drawn(open, amount);
    expect(said(readPortalPage(doc, URL, OPTS))).toEqual(fresh(open, amount));
    change(doc);
    expect(said(readPortalPage(doc, URL, OPTS))).toEqual(fresh(status, shown));
  });
  it('a web component drawn after the reading (attachShadow: no record): read again, as afresh', () => {
    const doc = drawn();
    readPortalPage(doc, URL, OPTS);
    doc.querySelector('status-badge')!.attachShadow({ mode: 'open' }).innerHTML = `<span>${won}</span>`;
    doc.querySelector('money-amount')!.attachShadow({ mode: 'open' }).textContent = other;
    expect(said(readPortalPage(doc, URL, OPTS))).toEqual(fresh(won, other));
  });
  it('an empty web component put into a dispute read before, drawn after the next reading: read again, as afresh', () => {
    // (the reason of the second dispute drawn later, by the page's own element, put in empty: an
    // element not yet upgraded, whose shadow root comes when the page defines it)
    const doc = page(l, draw(l, (c, t) => (c === 'reason' && t === l.rows[1]![3] ? '' : t)));
    readPortalPage(doc, URL, OPTS);
    const el = doc.createElement('reason-badge');
    Array.from(doc.querySelectorAll(_name.startsWith('cards') ? 'li' : 'tbody tr'))[1]!.querySelectorAll(_name.startsWith('cards') ? 'span' : 'td')[3]!.append(el);
    readPortalPage(doc, URL, OPTS);
    el.attachShadow({ mode: 'open' }).innerHTML = `<span>${l.rows[1]![3]}</span>`;
    const again = said(readPortalPage(doc, URL, OPTS));
    // (as a first reading of the page as it is now)
    releaseRowMemo(doc);
    expect(again).toEqual(said(readPortalPage(doc, URL, OPTS)));
    expect(again.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
  it('the disputes without one are kept, and all are with our chips', () => {
    const doc = drawn(open, amount);
    readPortalPage(doc, URL, OPTS);
    const items = Array.from(doc.querySelectorAll('li, tbody tr'));
    items.forEach((el, i) => putOurChip(el, l.rows[i]![0]!));
    expect(said(readPortalPage(doc, URL, OPTS))).toEqual(fresh(open, amount));
    expect(kept(doc, items)).toEqual([2]);
  });
});

// A card that lays out its labels, then its values (values.ts acrossRun: a responsive grid), with a
// value left out (the page draws no element for an empty one): our chip after them, at the card's
// end where the content script puts it, is no value, nor does it line the values up with the labels.
describe.each(KEYS)('%s: a card of labels then values, one value left out, with our chip at its end', (k) => {
  const l = LANGS[k];
  const card = (i: number) =>
    `<li><h3>${l.labels.id}: ${l.rows[i]![0]}</h3><hr><span>${l.labels.amount}</span><span>${l.labels.status}</span><span>${l.labels.createdAt}</span><span>${l.rows[i]![1]}</span><span>${l.rows[i]![2]}</span></li>`;
  it('reads as without it, read again or afresh', () => {
    const doc = page(l, `<ul>${[0, 1, 2].map(card).join('')}</ul>`);
    const first = readPortalPage(doc, URL, OPTS);
    expect(first.disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003']);
    Array.from(doc.querySelectorAll('li')).forEach((el, i) => putOurChip(el, l.rows[i]![0]!));
    expect(said(expectAsPage(doc))).toEqual(said(first));
    releaseRowMemo(doc);
    expect(said(readPortalPage(doc, URL, OPTS))).toEqual(said(first));
  });
});
