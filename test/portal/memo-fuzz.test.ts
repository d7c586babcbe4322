// @vitest-environment happy-dom
// The row memory's invariant, searched for counterexamples: a page read again after any sequence of
// changes (the content script reads on every change, with the same memory: lib/portal/row-memo.ts,
// reader.ts rememberCards) reads exactly as a fresh copy of it does. Else a changed deadline,
// amount or status stays as it was, with nothing said. The sandbox's lists (table and cards) and a
// small list of three (fewer texts: changes meet more often) in the six languages, changed at random
// (fast-check, a fixed seed) the ways a page changes: texts (a value, an ID, a status word, a
// label, a label run into its value), rows or cards added, taken out, moved, drawn again, hidden and
// shown, values wrapped, empty elements and our chips (where the content script puts them) put in
// and taken out, the attributes the reader reads, a text
// split in two; read after each change, the observer's records taken at the reading or delivered
// before it. FUZZ_SEED, FUZZ_RUNS and FUZZ_STEPS search further; FUZZ_EX='[[[0,22,0,4]],0]' replays
// a counterexample first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { releaseRowMemo, rowMemo } from '../../lib/portal/row-memo';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';
import { cellsOf, COLS, KEYS, LANGS, smallList as small, type Lang } from './list-pages';
import { dropOurHosts, putOurChip } from './our-hosts';

const TZ = { timeZone: 'Europe/Stockholm' };
const URL = 'https://portal.kustom.co/disputes?tab=all';
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/** runs per page (24 pages): the file in ~20 s */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/** changes per sequence, at most */
const STEPS = Number(process.env.FUZZ_STEPS ?? 8);

// (each run's documents in a window of their own, closed after it: happy-dom keeps a document
// parsed in the test's window, ~7 MB each, till the file ends, and a run reads dozens)
let win: Window;
const parsed = (html: string): Document => new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
/** What a reading says, without the elements (of one document or the other). */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });
/**
 * Reads `doc`, then a copy of it: they must say the same. A copy node for node (a text split in two
 * stays two texts, which markup parsed again would join), without our own hosts: the page's.
 */
function expectAsFresh(doc: Document, what?: string): PortalReading {
  const again = readPortalPage(doc, URL, TZ);
  const copy = parsed('<html></html>');
  copy.documentElement.remove();
  copy.append(copy.importNode(doc.documentElement, true));
  dropOurHosts(doc.documentElement, copy.documentElement);
  const fresh = readPortalPage(copy, URL, TZ);
  releaseRowMemo(copy);
  expect(said(again), what).toEqual(said(fresh));
  return again;
}

const PAGES = KEYS.flatMap((k) =>
  (['table', 'cards'] as const).flatMap((layout) => [
    [`sandbox ${layout}, ${LANGS[k].tag}`, k, readFileSync(join(__dirname, `../fixtures/sandbox/list-${layout}.${LANGS[k].tag}.html`), 'utf8')] as const,
    [`small ${layout}, ${LANGS[k].tag}`, k, small(LANGS[k], layout)] as const,
  ]),
);

/** The list's items: its cards, or its table's rows. */
const items = (d: Document): Element[] => Array.from(d.querySelector('[data-rows]')?.children ?? []);
/** Where the changes go: the list and what is around it (its header, the page's title and tabs). */
const scope = (d: Document): Element => d.querySelector('main') ?? d.body;
const texts = (root: Element): Text[] => {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\S/.test((n as Text).data)) out.push(n as Text);
  return out;
};
const elements = (root: Element): Element[] => [root, ...Array.from(root.querySelectorAll('*'))];
/** An empty element of the page's named as our chips (no shadow root: a page's open one is text, which no copy holds). */
const chip = (d: Document): Element => d.createElement('dispute-radar-chip');
const EMPTY = (d: Document, n: number): Element => (n % 3 === 0 ? chip(d) : d.createElement(n % 3 === 1 ? 'span' : 'i'));

/**
 * Texts a change may put in, by kind: values (the language's and the page's own: dates, amounts,
 * status words, IDs), labels (or no label), and lines: a label run into its value ("Respond by 2
 * Feb 2026") or "label: value".
 */
function textsOf(l: Lang, page: Document): string[][] {
  return [
    [...l.rows.flat(), '—', 'dp_new_1', '2025', ...new Set(texts(items(page)[0] ?? page.body).map((t) => t.data))],
    [...Object.values(l.labels), '', 'Notes'],
    [...COLS.flatMap((c, i) => [0, 1, 2].flatMap((r) => [`${l.labels[c]} ${l.rows[r]![i]}`, `${l.labels[c]}: ${l.rows[r]![i]}`]))],
  ];
}
/** Whether a text shows a label (the page's header cells and a card's "Label: "). */
const isLabel = (l: Lang) => {
  const labels = Object.values(l.labels).map((t) => t.toLowerCase());
  return (t: Text) => labels.some((x) => t.data.trim().toLowerCase().startsWith(x));
};

type Op = [kind: number, a: number, b: number, c: number];
const at = <T,>(xs: T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);
const HIDING: [string, string][] = [['hidden', ''], ['aria-hidden', 'true'], ['style', 'display: none'], ['role', 'tabpanel']];
const ATTRS = ['title', 'aria-label', 'datetime', 'rowspan', 'colspan', 'id', 'for', 'aria-labelledby'];
const WRAPS = ['span', 'b', 'time', 'div', 'small', 'p'];

/** One change, by its numbers (fast-check shrinks them); what it did, in words, for a failure's report. */
function apply(d: Document, l: Lang, pools: string[][], [kind, a, b, c]: Op): string {
  const all = items(d);
  const item = at(all, a);
  const list = d.querySelector('[data-rows]');
  const ts = texts(scope(d));
  // (not our hosts: the page changes its own elements)
  const els = elements(scope(d)).filter((e) => e !== list && !OWN_HOSTS.has(e));
  const pool = pools[c % 3]!;
  switch (kind) {
    case 0:
    case 12: {
      // a text changes (a value, an ID, a status word, a label), or a label's does
      const t = at(kind ? ts.filter(isLabel(l)) : ts, a);
      if (!t) return 'no text';
      const was = t.data;
      t.data = at(pool, b)!;
      return `text ${JSON.stringify(was)} → ${JSON.stringify(t.data)}`;
    }
    case 1: {
      if (!item || !list) return 'no item';
      const copy = item.cloneNode(true) as Element;
      const id = copy.querySelector('a')?.firstChild as Text | null;
      if (id && c % 2) id.data = `dp_new_${c}`;
      list.insertBefore(copy, at([...all, null], b) ?? null);
      return `item ${a % all.length} copied (id ${c % 2 ? 'new' : 'same'}) before ${b % (all.length + 1)}`;
    }
    case 2:
      item?.remove();
      return `item ${a % all.length} removed`;
    case 3:
      if (item && list) list.insertBefore(item, at([...all, null], b) ?? null);
      return `item ${a % all.length} moved before ${b % (all.length + 1)}`;
    case 4: {
      // hidden or shown (the attribute taken off when it is there)
      const el = c % 2 ? item : at(els, a);
      if (!el) return 'nothing';
      const [name, value] = HIDING[b % HIDING.length]!;
      if (el.hasAttribute(name)) el.removeAttribute(name);
      else {
        el.setAttribute(name, value);
        if (name === 'role') el.setAttribute('aria-hidden', 'true');
      }
      return `${name} toggled on <${el.tagName.toLowerCase()}> ${els.indexOf(el)}`;
    }
    case 5: {
      // a value wrapped in an element of its own
      const t = at(ts, a);
      if (!t) return 'no text';
      const el = d.createElement(WRAPS[b % WRAPS.length]!);
      t.replaceWith(el);
      el.append(t);
      return `${JSON.stringify(t.data)} wrapped in <${el.tagName.toLowerCase()}>`;
    }
    case 6: {
      // an empty element (our chip) put in
      const el = at(els, a);
      if (!el) return 'nothing';
      const e = EMPTY(d, c);
      if (el === scope(d) || b % 4 === 0) el.append(e);
      else if (b % 4 === 1) el.prepend(e);
      else if (b % 4 === 2) el.before(e);
      else el.after(e);
      return `<${e.tagName.toLowerCase()}> put ${['into end of', 'into start of', 'before', 'after'][b % 4]} <${el.tagName.toLowerCase()}> ${els.indexOf(el)}`;
    }
    case 7: {
      // an empty element taken out (one of ours, or the page's)
      const empty = els.filter((e) => !e.firstChild && /^(SPAN|I|B|DISPUTE-RADAR-CHIP)$/.test(e.tagName.toUpperCase()));
      const el = at(empty, a);
      el?.remove();
      return el ? `empty <${el.tagName.toLowerCase()}> removed` : 'no empty element';
    }
    case 8: {
      // an attribute the reader reads
      const name = ATTRS[b % ATTRS.length]!;
      // (a datetime most often on a <time>, a `for` on a <label>)
      const own = els.filter((e) => e.tagName === (name === 'datetime' ? 'TIME' : name === 'for' ? 'LABEL' : ''));
      const el = at(own.length && c % 3 ? own : els, a);
      if (!el) return 'nothing';
      const value = /title|label$/.test(name) ? at(pool, c)! : name === 'datetime' ? `2026-0${1 + (c % 3)}-0${1 + (c % 9)}` : /span/.test(name) ? String(1 + (c % 3)) : `x${c % 3}`;
      if (c % 5 === 0) el.removeAttribute(name);
      else el.setAttribute(name, value);
      return `${name}=${c % 5 === 0 ? '(removed)' : JSON.stringify(value)} on <${el.tagName.toLowerCase()}> ${els.indexOf(el)}`;
    }
    case 9: {
      // a row or card drawn again, as itself or as another
      const other = at(all, b);
      if (!item || !other) return 'no item';
      item.innerHTML = c % 2 ? other.innerHTML : item.innerHTML;
      return `item ${a % all.length} drawn again as ${c % 2 ? `item ${b % all.length}` : 'itself'}`;
    }
    case 10: {
      // a text split in two
      const t = at(ts, a);
      if (!t || t.data.length < 2) return 'no text';
      t.splitText(1 + (b % (t.data.length - 1)));
      return `${JSON.stringify(t.data)}… split`;
    }
    case 11: {
      // an element taken out (a line of a card, a cell), or a line put in beside the list
      if (c % 2) {
        const el = at(els, a);
        if (el && el !== scope(d)) el.remove();
        return `<${el?.tagName.toLowerCase()}> ${els.indexOf(el!)} removed`;
      }
      const p = d.createElement('p');
      p.textContent = at(pool, b)!;
      (list?.closest('table') ?? list ?? scope(d)).before(p);
      return `line ${JSON.stringify(p.textContent)} put before the list`;
    }
    case 13: {
      // our chip put into an item where the content script puts it (its ID cell, the card's end), or
      // one taken out (a dispute gone, a chip drawn again: removeHost, createHost)
      if (!item) return 'no item';
      const ours = Array.from(item.querySelectorAll('*')).filter((e) => OWN_HOSTS.has(e));
      if (b % 3 === 0 && ours.length) {
        at(ours, c)!.remove();
        return `our chip taken out of item ${a % all.length}`;
      }
      const id = item.querySelector('a')?.textContent ?? '';
      putOurChip(item, id);
      return `our chip put into item ${a % all.length}`;
    }
    default:
      throw new Error(`no change ${kind}`);
  }
}
/** (half of the changes a text's, a label's half of those: what a portal changes most) */
const KIND = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.constant(12), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 11 }), weight: 6 }, { arbitrary: fc.constant(13), weight: 1 });
const OP = fc.tuple(KIND, fc.nat(400), fc.nat(400), fc.nat(400));

describe.each(PAGES)('a list (%s), changed at random, reads as a fresh copy after each change', (name, k, html) => {
  it(`${RUNS} sequences of up to ${STEPS} changes`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(OP, { minLength: 1, maxLength: STEPS }), fc.nat(3), async (ops, keep) => {
        win = new Window();
        const doc = parsed(html);
        // (8 items of 25: enough, and a third of the time)
        items(doc).slice(6 + keep).forEach((i) => i.remove());
        const pools = textsOf(LANGS[k], doc);
        readPortalPage(doc, URL, TZ);
        // (rows or cards kept: else the search would compare two fresh readings)
        expect(rowMemo(doc, doc.body, false)?.keptScans().rows.length).toBeGreaterThan(1);
        const done: string[] = [];
        try {
          for (const op of ops) {
            done.push(apply(doc, LANGS[k], pools, op));
            // (now and then the records delivered to the observer before the reading, as in a page)
            if (op[3] % 4 === 3) await new Promise((resolve) => setTimeout(resolve));
            expectAsFresh(doc, done.join('; '));
          }
          expectAsFresh(doc, `${done.join('; ')}; nothing more`);
        } finally {
          releaseRowMemo(doc);
          await win.happyDOM.close();
        }
      }),
      { seed: SEED + PAGES.findIndex((p) => p[0] === name), numRuns: RUNS, examples: process.env.FUZZ_EX ? [JSON.parse(process.env.FUZZ_EX)] : [] },
    );
  }, RUNS * 2000);
});

// Found by the search above, each made plain, in the six languages.
describe.each(KEYS)('%s: what the search found', (k) => {
  const l = LANGS[k];
  const page = (html: string) => {
    win = new Window();
    return parsed(`<html lang="${l.tag}"><body>${html}</body></html>`);
  };
  afterEach(() => win.happyDOM.close());
  /** The three disputes under header cells, the second's reason cell a label run into a date ("Respond by 2 Feb 2026"). */
  const table = (before = '') =>
    `${before}<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows
      .map((_, i) => `<tr>${cellsOf(l, i, (c, t) => `<td>${c === 'reason' && i === 1 ? `${l.labels.dueBy} ${l.rows[0]![5]}` : t}</td>`)}</tr>`)
      .join('')}</tbody></table>`;
  // (a row's label run into its value gives way to the header; the header renamed, or a line
  // elsewhere naming the field changed, it counts: the row kept must not have left it out)
  it.each([
    ['the header naming its field is renamed', '', (d: Document) => {
      (d.querySelectorAll('th')[5]!.firstChild as Text).data = 'Notes';
    }],
    ['a line above the list naming its field changes its text', `<p>${l.labels.dueBy}: ${l.rows[2]![5]}</p>`, (d: Document) => {
      (d.querySelectorAll('th')[5]!.firstChild as Text).data = 'Notes';
      readPortalPage(d, URL, TZ);
      (d.querySelector('p')!.firstChild as Text).data = 'Notes';
    }],
  ] as const)('a label run into its value in a table row counts once it is the only one: %s', (_what, before, change) => {
    const doc = page(table(before));
    expect(readPortalPage(doc, URL, TZ).disputes[1]!.facts.dueBy).toBeUndefined();
    change(doc);
    expect(expectAsFresh(doc).disputes[1]!.facts.dueBy).toBe('2026-02-02T22:59:59.999Z');
    releaseRowMemo(doc);
  });
});
