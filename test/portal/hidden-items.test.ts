// @vitest-environment happy-dom
// A list's card or row the page hides (the hidden attribute, an inline display:none, a tab panel
// marked aria-hidden: scan.ts INVISIBLE_ALWAYS) is no dispute, and the disputes beside it read as
// they do without it. Found by memo-fuzz.test.ts: in a list of "Label: value" cards, the card
// before a hidden one was read as a header row over it (columns.ts: the hidden card's lines held
// no label the scan saw, so they looked like a row of values), its dispute lost with nothing said
// and its status counted as a tab. Six languages, the sandbox's lists (cards and table) and a small
// list of three; the first, a middle and the last item hidden; read fresh, and warm (the row
// memory: read shown, then hidden, then shown again).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { releaseRowMemo } from '../../lib/portal/row-memo';
import { KEYS, LANGS, smallList } from './list-pages';

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

const PAGES = KEYS.flatMap((k) =>
  (['cards', 'table'] as const).flatMap((layout) => [
    [`sandbox ${layout}, ${LANGS[k].tag}`, readFileSync(join(__dirname, `../fixtures/sandbox/list-${layout}.${LANGS[k].tag}.html`), 'utf8')] as const,
    [`small ${layout}, ${LANGS[k].tag}`, smallList(LANGS[k], layout)] as const,
  ]),
);
/** How the page hides an item (memo-fuzz.test.ts HIDING: those that hide). */
const HIDES: [string, (el: Element) => void, (el: Element) => void][] = [
  ['hidden', (el) => el.setAttribute('hidden', ''), (el) => el.removeAttribute('hidden')],
  ['style="display: none"', (el) => el.setAttribute('style', 'display: none'), (el) => el.removeAttribute('style')],
  ['a tab panel marked aria-hidden', (el) => (el.setAttribute('role', 'tabpanel'), el.setAttribute('aria-hidden', 'true')), (el) => el.removeAttribute('aria-hidden')],
];
/**
 * (a card's lines: a card showing none is hidden. A table row is no tab panel, and a row whose cells
 * are each hidden is not looked at here: reader.ts skips a row hidden itself, dom.ts isHidden)
 */
const EACH_LINE: (typeof HIDES)[number] = ['the hidden attribute on each of its lines', (el) => Array.from(el.children, (c) => c.setAttribute('hidden', '')), (el) => Array.from(el.children, (c) => c.removeAttribute('hidden'))];
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
  const cases = WHERE.flatMap(([where, at]) => (name.includes('cards') ? [...HIDES, EACH_LINE] : HIDES.slice(0, 2)).map(([how, hide, show]) => [where, how, at, hide, show] as const));
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
});
