// @vitest-environment happy-dom
// A list of many cards reads in time linear in its cards. Where a card's "Label: value" lines are
// the card's own children, the card looks like a row of labels (columns.ts findHeaderGroups: a
// header row of divs over rows of values), and the rows like it after it were each looked at for
// each card: 200 → 400 → 800 such cards took 85 → 314 → 1,016 ms in happy-dom. Not a timed test:
// the reader's steps through the page (the DOM's element links it follows: the next sibling, the
// first child, the children, the parent) are counted at n and at 2n cards, and twice the cards
// must be at most about twice the steps (the page around the list adds a few; a walk over the later
// cards for each card makes it four times). Cold, and warm (a card's value changed: the row memory
// keeps the others, their labels still go through the same step). Six languages; the cards' lines
// as the card's children, in a wrapper of its own around each card, and labels and values side by
// side as the card's children.
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { releaseRowMemo } from '../../lib/portal/row-memo';
import { KEYS, LANGS, MANY_CARDS, manyCards, manyId, type Key, type ManyCards } from './list-pages';

const TZ = { timeZone: 'Europe/Stockholm' };
const URL = 'https://portal.kustom.co/disputes?tab=all';
const N = 60;
/** Twice the cards: at most this many times the steps (linear: 2 and a little less, 1.996 here; quadratic: near 4, 3.14 at 60 cards before). */
const MAX_GROWTH = 2.1;

/** The element links a walk over the page follows, counted while `f` runs. */
function steps<T>(f: () => T): [T, number] {
  let n = 0;
  const links: [object, string][] = [
    [Element.prototype, 'nextElementSibling'],
    [Element.prototype, 'firstElementChild'],
    [Element.prototype, 'children'],
    [Node.prototype, 'parentElement'],
  ];
  const undo = links.map(([proto, name]) => {
    const was = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      ...was,
      get() {
        n++;
        return was.get!.call(this);
      },
    });
    return () => Object.defineProperty(proto, name, was);
  });
  try {
    return [f(), n];
  } finally {
    undo.forEach((u) => u());
  }
}

const parsed = (html: string): Document => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  onTestFinished(() => releaseRowMemo(doc));
  return doc;
};
const read = (doc: Document) => readPortalPage(doc, URL, TZ);
const ids = (r: PortalReading) => r.disputes.map((d) => d.facts.id);

/** The steps of a reading of `n` cards: cold, or warm after one card's amount changed. */
function stepsAt(k: Key, layout: ManyCards, n: number, warm: boolean): number {
  const doc = parsed(manyCards(LANGS[k], n, layout));
  let r: PortalReading;
  let count: number;
  if (warm) {
    read(doc);
    const card = doc.querySelector('[data-rows]')!.children[Math.floor(n / 2)]!;
    // (the amount's element: the second line's, or the second pair's value)
    const amount = layout === 'pairs' ? card.children[3]! : card.querySelectorAll('p')[1]!.querySelector('span')!;
    amount.textContent = amount.textContent!.replace(/\d/, '9');
    [r, count] = steps(() => read(doc));
  } else [r, count] = steps(() => read(doc));
  // (every card read, none lost: the count is of a reading that reads them all)
  expect(ids(r)).toEqual(Array.from({ length: n }, (_, i) => manyId(i)));
  expect(r.problems).toEqual([]);
  return count;
}

describe.each(KEYS.flatMap((k) => MANY_CARDS.map((layout) => [LANGS[k].tag, layout, k] as const)))('%s, cards as %s', (_tag, layout, k) => {
  it.each([['cold', false] as const, ['warm', true] as const])('%s: twice the cards, at most about twice the steps', (_w, warm) => {
    const once = stepsAt(k, layout, N, warm);
    const twice = stepsAt(k, layout, 2 * N, warm);
    expect(twice / once, `${N} cards: ${once} steps, ${2 * N}: ${twice}`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
