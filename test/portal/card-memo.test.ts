// @vitest-environment happy-dom
// A list drawn as cards ("Label: value" lines in each, the sandbox's layout=cards) is kept card by
// card as a table is row by row (lib/portal/row-memo.ts): what the scan found in a card and the
// values its labels were read to. Each card a change touches is read again, and the reading must
// be a fresh copy's, in every portal language and both of the sandbox's list layouts. (Its own
// file: row-memo.test.ts's pages and these in one worker outgrow its memory.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { releaseRowMemo, rowMemo } from '../../lib/portal/row-memo';
import { KEYS, LANGS } from './list-pages';
import { pageMarkup, putOurChip } from './our-hosts';

const TZ = { timeZone: 'Europe/Stockholm' };
/** The documents a test read: their observers stopped after it. */
const docs: Document[] = [];
afterEach(() => docs.splice(0).forEach(releaseRowMemo));
const parsed = (html: string): Document => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  docs.push(doc);
  return doc;
};
/** The page (a list with its first 12 items, of 25: enough, and half the memory). */
const load = (file: string, list = true): Document => {
  const doc = parsed(readFileSync(file, 'utf8'));
  if (list) Array.from(doc.querySelector('[data-rows]')!.children).slice(12).forEach((i) => i.remove());
  return doc;
};
/** What a reading says, without the elements (of one document or the other). */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });
/** Reads `doc`, then a copy of its current markup (without our own hosts: the page's): they must say the same. */
function expectAsFresh(doc: Document, url: string, what?: string): PortalReading {
  const again = readPortalPage(doc, url, TZ);
  const fresh = readPortalPage(parsed(pageMarkup(doc)), url, TZ);
  expect(said(again), what).toEqual(said(fresh));
  return again;
}
type Change = [string, (doc: Document) => void];

const TAGS = ['en-GB', 'de-DE', 'sv-SE', 'fi-FI', 'nb-NO', 'da-DK'];
const SANDBOX_LISTS = TAGS.flatMap((tag) => (['cards', 'table'] as const).map((layout) => [`${layout}, ${tag}`, join(__dirname, `../fixtures/sandbox/list-${layout}.${tag}.html`)] as const));
const LIST_URL = 'https://portal.kustom.co/disputes?tab=all';
/** The list's items: its cards, or its table's rows. */
const items = (d: Document): Element[] => Array.from(d.querySelector('[data-rows]')!.children);
/** An item's text nodes. */
const texts = (item: Element): Text[] => {
  const out: Text[] = [];
  const walker = item.ownerDocument.createTreeWalker(item, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\S/.test((n as Text).data)) out.push(n as Text);
  return out;
};
/** The text node showing an item's dispute ID (its link's). */
const idText = (item: Element): Text => texts(item.querySelector('a')!)[0]!;
/** An element with nothing in it that changes no text: the page's, named as our chips (not ours: ./our-hosts.ts). */
const chip = (d: Document): Element => d.createElement('dispute-radar-chip');

const ITEM_CHANGES: Change[] = [
  ['a value in an item changes', (d) => {
    const t = texts(items(d)[1]!).find((n) => /\d{4}/.test(n.data))!;
    t.data = t.data.replace(/\d{4}/, '2025');
  }],
  ['an item\'s ID changes', (d) => (idText(items(d)[2]!).data = 'dp_changed_1')],
  ['an item shows another item\'s ID', (d) => (idText(items(d)[2]!).data = idText(items(d)[0]!).data)],
  ['an item\'s label changes to no label', (d) => {
    const t = texts(items(d)[0]!).find((n) => n !== idText(items(d)[0]!) && n.parentElement!.tagName !== 'A' && /\p{L}/u.test(n.data))!;
    t.data = 'Note: ';
  }],
  ['an item\'s two texts swap', (d) => {
    const [a, b] = texts(items(d)[1]!).slice(-4, -2);
    [a!.data, b!.data] = [b!.data, a!.data];
  }],
  ['an item is added', (d) => {
    const copy = items(d)[0]!.cloneNode(true) as Element;
    idText(copy).data = 'dp_new_1';
    items(d)[3]!.after(copy);
  }],
  ['an item is removed', (d) => items(d)[1]!.remove()],
  ['every item but one is removed', (d) => items(d).slice(1).forEach((i) => i.remove())],
  ['every item but two is removed', (d) => items(d).slice(2).forEach((i) => i.remove())],
  ['an item is hidden', (d) => items(d)[0]!.setAttribute('hidden', '')],
  ['part of an item is hidden', (d) => texts(items(d)[0]!).at(-1)!.parentElement!.setAttribute('style', 'display: none')],
  ['the list is hidden', (d) => d.querySelector('[data-rows]')!.setAttribute('hidden', '')],
  ['an item is moved to the end', (d) => items(d)[0]!.parentElement!.append(items(d)[0]!)],
  ['the items are sorted the other way', (d) => {
    const list = d.querySelector('[data-rows]')!;
    for (const i of items(d).reverse()) list.append(i);
  }],
  ['an item is moved into a hidden element', (d) => {
    const box = d.createElement('div');
    box.hidden = true;
    d.body.append(box);
    box.append(items(d)[1]!);
  }],
  ['our chips are put into every item, where the content script puts them', (d) => items(d).forEach((i) => putOurChip(i, idText(i).data))],
  ['our chip is taken out of an item', (d) => {
    items(d).forEach((i) => putOurChip(i, idText(i).data));
    readPortalPage(d, LIST_URL, TZ);
    items(d)[1]!.querySelector('dispute-radar-chip')!.remove();
  }],
  ['an empty element of the page\'s, named as our chips, is put into every item', (d) => items(d).forEach((i) => i.append(chip(d)))],
  ['an empty element is put beside a value inside an item', (d) => texts(items(d)[0]!).at(-1)!.parentElement!.after(chip(d))],
  ['an empty element is put between an item\'s lines', (d) => texts(items(d)[1]!).at(-1)!.parentElement!.parentElement!.before(d.createElement('span'))],
  ['a line break goes into a value of an item', (d) => {
    const t = texts(items(d)[0]!).at(-1)!;
    t.splitText(3);
    t.after(d.createElement('br'));
  }],
  ['the whole body is rendered again', (d) => (d.body.innerHTML = d.body.innerHTML)],
];

describe.each(SANDBOX_LISTS)('the sandbox\'s list (%s) read again after a change reads as a fresh copy', (_name, file) => {
  it.each(ITEM_CHANGES)('%s (read again, then once more with nothing changed)', (_what, change) => {
    const doc = load(file);
    expect(readPortalPage(doc, LIST_URL, TZ).disputes.length).toBeGreaterThan(10);
    change(doc);
    for (const time of ['again', 'once more']) expectAsFresh(doc, LIST_URL, time);
  });

  it('changes one after the other, each read in between', () => {
    const doc = load(file);
    readPortalPage(doc, LIST_URL, TZ);
    // (not those that leave fewer than three items or none shown, after which others change nothing)
    for (const [what, change] of ITEM_CHANGES.filter(([what]) => !/list is hidden|but one|but two|whole body/.test(what))) {
      change(doc);
      expectAsFresh(doc, LIST_URL, what);
    }
  });

  // (the first reading after the content script's first annotation: before, it read every card afresh)
  it('our chips put into every item, where the content script puts them: the next reading re-reads none', () => {
    const doc = load(file);
    readPortalPage(doc, LIST_URL, TZ);
    const all = items(doc);
    all.forEach((i) => putOurChip(i, idText(i).data));
    const kept = () => rowMemo(doc, doc.body, false)?.keptScans().rows.map((r) => all.indexOf(r));
    expect(kept()).toEqual(all.map((_, i) => i));
    expectAsFresh(doc, LIST_URL);
  });

  it('items no change touched are kept: the next reading takes what the scan found in them', () => {
    const doc = load(file);
    readPortalPage(doc, LIST_URL, TZ);
    const all = items(doc);
    const t = texts(all[1]!).find((n) => /\d{4}/.test(n.data))!;
    t.data = t.data.replace(/\d{4}/, '2025');
    // (the changed one is read again, then kept again; by their places: a diff of elements is huge)
    const kept = () => rowMemo(doc, doc.body, false)?.keptScans().rows.map((r) => all.indexOf(r));
    expect(kept()).toEqual(all.map((_, i) => i).filter((i) => i !== 1));
    expectAsFresh(doc, LIST_URL);
    expect(kept()).toEqual(all.map((_, i) => i));
  });
});

// Cards whose labels are read through elements a change beside them may alter, in the six
// languages: an empty element among the card's own (a grid of labels, then as many values:
// values.ts acrossRun counts them), an id given to an element elsewhere (a <label for> names it), a
// value shown outside the card (an element elsewhere that names the label its own: aria-labelledby).
describe.each(KEYS)('%s: cards whose labels an element beside them may change', (k) => {
  const l = LANGS[k];
  const card = (i: number, amount: string) =>
    `<li><p>${l.labels.id}: ${l.rows[i]![0]}</p>${amount}<p>${l.labels.status}: ${l.rows[i]![2]}</p></li>`;
  const page = (amount: (i: number) => string, after = '') => parsed(`<html lang="${l.tag}"><body><ul>${[0, 1, 2].map((i) => card(i, amount(i))).join('')}</ul>${after}</body></html>`);

  it('an empty element put into a grid of labels and values shifts the values', () => {
    const doc = page((i) => `<div><span>${l.labels.amount}</span><span>${l.labels.createdAt}</span><span>${l.rows[i]![1]}</span><span>${l.rows[i]![4]}</span></div>`);
    expect(readPortalPage(doc, LIST_URL, TZ).disputes.map((d) => d.facts.amount?.amountMinor)).toEqual([12050, 4500, 123450]);
    doc.querySelector('div span:nth-child(2)')!.after(doc.createElement('span'));
    expect(expectAsFresh(doc, LIST_URL).disputes[0]!.facts.amount).toBeUndefined();
  });

  it('an element elsewhere given the id a <label for> names', () => {
    const doc = page((i) => `<p><label for="amount-${i}">${l.labels.amount}</label> ${l.rows[i]![1]}</p>`, `<p><input readonly id="other" value="${l.rows[1]![1]}"></p>`);
    expect(readPortalPage(doc, LIST_URL, TZ).disputes[0]!.facts.amount?.amountMinor).toBe(12050);
    doc.getElementById('other')!.id = 'amount-0';
    expect(expectAsFresh(doc, LIST_URL).disputes[0]!.facts.amount?.amountMinor).toBe(4500);
  });

  it('a value shown outside the card changes its text', () => {
    const doc = page((i) => `<span id="amount-${i}">${l.labels.amount}</span>`, [0, 1, 2].map((i) => `<p><span aria-labelledby="amount-${i}">${l.rows[i]![1]}</span></p>`).join(''));
    expect(readPortalPage(doc, LIST_URL, TZ).disputes[0]!.facts.amount?.amountMinor).toBe(12050);
    (doc.querySelector('[aria-labelledby]')!.firstChild as Text).data = l.rows[1]![1]!;
    expect(expectAsFresh(doc, LIST_URL).disputes[0]!.facts.amount?.amountMinor).toBe(4500);
  });

  // (the other card's ID changed to its own: the group holds one ID, its element the dispute's)
  it('a card whose group comes to hold its ID alone: the group is read again whole', () => {
    const doc = parsed(`<html lang="${l.tag}"><body><div><section>${card(0, '')}${card(1, '')}</section><section>${card(2, '')}</section></div></body></html>`);
    readPortalPage(doc, LIST_URL, TZ);
    const id = doc.querySelectorAll('li')[1]!.firstElementChild!.firstChild as Text;
    id.data = id.data.replace(l.rows[1]![0]!, l.rows[0]![0]!);
    expect(expectAsFresh(doc, LIST_URL).disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1003']);
    expectAsFresh(doc, LIST_URL);
  });

  it('a label run into its value that another card\'s label named is counted once that label goes', () => {
    const doc = page((i) => (i === 1 ? `<p>${l.labels.dueBy}: ${l.rows[0]![5]}</p>` : i === 0 ? `<p>${l.labels.dueBy} ${l.rows[2]![5]}</p>` : ''));
    expect(readPortalPage(doc, LIST_URL, TZ).disputes.map((d) => d.facts.dueBy)).toEqual([undefined, '2026-02-02T22:59:59.999Z', undefined]);
    (doc.querySelectorAll('li')[1]!.querySelectorAll('p')[1]!.firstChild as Text).data = 'x';
    expect(expectAsFresh(doc, LIST_URL).disputes[0]!.facts.dueBy).toBe('2026-02-04T22:59:59.999Z');
  });
});

// A dispute's own page (the sandbox's two detail layouts) holds one ID: no card is kept, and a
// reading after a change is a fresh copy's.
describe.each(TAGS.flatMap((tag) => ['dl', 'grid'].map((layout) => [`${layout}, ${tag}`, join(__dirname, `../fixtures/sandbox/detail-${layout}.${tag}.partially_won.html`)] as const)))(
  'the sandbox\'s dispute page (%s) read again after a change',
  (_name, file) => {
    it('reads as a fresh copy, and keeps no card', () => {
      const doc = load(file, false);
      const url = 'https://portal.kustom.co/disputes/dp_1';
      const first = readPortalPage(doc, url, TZ);
      expect(first.disputes).toHaveLength(1);
      const t = texts(doc.body).find((n) => /\d{4}/.test(n.data))!;
      t.data = t.data.replace(/\d{4}/, '2025');
      expectAsFresh(doc, url);
      expect(rowMemo(doc, doc.body, false)?.keptScans().rows ?? []).toEqual([]);
    });
  },
);
