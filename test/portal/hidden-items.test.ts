// @vitest-environment happy-dom
// A list's card or row the page hides (the hidden attribute, an inline display:none, a tab panel
// marked aria-hidden: scan.ts INVISIBLE_ALWAYS; a table's row also by each of its cells hidden, the
// hidden attribute, display:none or visibility:hidden on every cell) is no dispute, and the
// disputes beside it read as they do without it. Found by memo-fuzz.test.ts: in a list of "Label:
// value" cards, the card before a hidden one was read as a header row over it (columns.ts: the
// hidden card's lines held no label the scan saw, so they looked like a row of values), its dispute
// lost with nothing said and its status counted as a tab. A table's row hidden as a tab panel or by
// its cells was read as a dispute the merchant cannot see (counted in the list's summary, sent to
// the background). Six languages, the sandbox's lists (cards and table), a small list of three, and
// the three in a table with a header row of th, in an ARIA grid and in a table whose header row is
// of td; the first, a middle and the last item hidden; read fresh, and warm (the row memory: read
// shown, then hidden, then shown again), a table's also with our chips put in after the first
// reading as the content script puts them (a grid row's at its end, beside its cells).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';
import { releaseRowMemo } from '../../lib/portal/row-memo';
import { COLS, KEYS, LANGS, smallList, storeBar, type Lang } from './list-pages';
import { putOurChip } from './our-hosts';

const TZ = { timeZone: 'Europe/Stockholm' };
const URL = 'https://portal.kustom.co/disputes?tab=all';
/** A page parsed in a test, its row memory's observer stopped after it. */
const parsed = (html: string): Document => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  onTestFinished(() => releaseRowMemo(doc));
  return doc;
};
/** What a reading says, without the elements. */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });
const read = (doc: Document) => readPortalPage(doc, URL, TZ);
const items = (d: Document): Element[] => Array.from(d.querySelector('[data-rows]')!.children);

/** The three disputes in a table of another kind, its rows in the element marked data-rows. */
const TABLES: Record<string, (l: Lang) => string> = {
  'a table with a header row of th': (l) =>
    `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody data-rows>${l.rows.map((r) => `<tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
  'an ARIA grid': (l) =>
    `<div role="grid"><div role="rowgroup"><div role="row">${COLS.map((c) => `<div role="columnheader">${l.labels[c]}</div>`).join('')}</div></div><div role="rowgroup" data-rows>${l.rows.map((r) => `<div role="row">${r.map((t) => `<div role="gridcell">${t}</div>`).join('')}</div>`).join('')}</div></div>`,
  'a table whose header row is of td': (l) =>
    `<table><tbody><tr>${COLS.map((c) => `<td>${l.labels[c]}</td>`).join('')}</tr></tbody><tbody data-rows>${l.rows.map((r) => `<tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
};
const PAGES = KEYS.flatMap((k) => [
  ...(['cards', 'table'] as const).flatMap((layout) => [
    [`sandbox ${layout}, ${LANGS[k].tag}`, readFileSync(join(__dirname, `../fixtures/sandbox/list-${layout}.${LANGS[k].tag}.html`), 'utf8')] as const,
    [`small ${layout}, ${LANGS[k].tag}`, smallList(LANGS[k], layout)] as const,
  ]),
  ...Object.entries(TABLES).map(([kind, table]) => [`${kind}, ${LANGS[k].tag}`, `<html lang="${LANGS[k].tag}"><body>${storeBar(LANGS[k])}<main><h1>Disputes</h1>${table(LANGS[k])}</main></body></html>`] as const),
]);
/** How the page hides an item (memo-fuzz.test.ts HIDING: those that hide). */
const HIDES: [string, (el: Element) => void, (el: Element) => void][] = [
  ['hidden', (el) => el.setAttribute('hidden', ''), (el) => el.removeAttribute('hidden')],
  ['style="display: none"', (el) => el.setAttribute('style', 'display: none'), (el) => el.removeAttribute('style')],
  ['a tab panel marked aria-hidden', (el) => (el.setAttribute('role', 'tabpanel'), el.setAttribute('aria-hidden', 'true')), (el) => el.removeAttribute('aria-hidden')],
];
/** Each of an item's elements (a card's lines, a row's cells; not our chip beside them) hidden and shown by `hide`. */
const eachOf = (what: string, [how, hide, show]: (typeof HIDES)[number]): (typeof HIDES)[number] => {
  const each = (f: (el: Element) => void) => (el: Element) => Array.from(el.children).filter((c) => !OWN_HOSTS.has(c)).forEach(f);
  return [`${how} on each of its ${what}`, each(hide), each(show)];
};
/** (a card's lines: a card showing none is hidden) */
const EACH_LINE = eachOf('lines', HIDES[0]!);
/** (a table's row: one showing no cell is hidden) */
const VISIBILITY: (typeof HIDES)[number] = ['style="visibility: hidden"', (el) => el.setAttribute('style', 'visibility: hidden'), (el) => el.removeAttribute('style')];
const EACH_CELL = [...HIDES.slice(0, 2), VISIBILITY].map((h) => eachOf('cells', h));
/** The page (its first 6 items: enough), and the same page without its item `at`. */
const pages = (html: string, at: (n: number) => number) => {
  const doc = parsed(html);
  items(doc).slice(6).forEach((i) => i.remove());
  const without = parsed(doc.documentElement.outerHTML);
  const n = items(without).length;
  items(without)[at(n)]!.remove();
  return { doc, item: items(doc)[at(n)]!, without, n };
};
const WHERE: [string, (n: number) => number][] = [['the first', () => 0], ['the second', () => 1], ['the last', (n) => n - 1]];

describe.each(PAGES)('%s: an item hidden is no dispute, and the others read as without it', (name, html) => {
  const cards = name.includes('cards');
  const cases = WHERE.flatMap(([where, at]) => (cards ? [...HIDES, EACH_LINE] : [...HIDES, ...EACH_CELL]).map(([how, hide, show]) => [where, how, at, hide, show] as const));
  it.each(cases)('%s item, by %s: fresh', (_w, _h, at, hide) => {
    const { doc, item, without, n } = pages(html, at);
    hide(item);
    const r = read(doc);
    expect(r.disputes).toHaveLength(n - 1);
    expect(said(r)).toEqual(said(read(without)));
  });
  it.each(cases)('%s item, by %s: warm, hidden after a reading and shown again', (_w, _h, at, hide, show) => {
    const { doc, item, without } = pages(html, at);
    const before = said(read(doc));
    hide(item);
    expect(said(read(doc))).toEqual(said(read(without)));
    show(item);
    // (a tab panel shown keeps its role: read as the page with its item's role)
    const again = said(read(doc));
    expect(again).toEqual(said(read(parsed(doc.documentElement.outerHTML))));
    if (item.getAttribute('role') === null) expect(again).toEqual(before);
  });
  it.each(cards ? [] : cases)('%s item, by %s: warm, with our chips in', (_w, _h, at, hide, show) => {
    const { doc, item, without } = pages(html, at);
    const before = read(doc);
    for (const d of before.disputes) putOurChip(d.anchor, d.facts.id);
    expect(said(read(doc))).toEqual(said(before));
    hide(item);
    expect(said(read(doc))).toEqual(said(read(without)));
    show(item);
    expect(said(read(doc))).toEqual(said(before));
  });
});
