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
