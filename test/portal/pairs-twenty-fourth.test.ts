// @vitest-environment happy-dom
// A twenty-fourth probe's list drawn as one table of "label | value" rows, merchant in Helsinki
// (probe-pages.ts HELSINKI), in the six portal languages (list-pages.ts): every dispute's six rows
// one after the other in one <tbody>, as a print view, an export or a digest draws them. The first
// block read wrongly before its fix; the pages after it read right already and stay as guards.
import { describe, expect, it } from 'vitest';
import { TAB_LABELS } from '../../lib/portal/vocabulary';
import { COLS, KEYS, LANGS, STORE, storeBar, type Col, type Lang } from './list-pages';
import { asIs, AT_1002, CELLS, HERE, pairRows, readsRight, type Page } from './pair-rows';
import { perLang, readHere, readIn, reading, valueOf, want } from './probe-pages';

// Every dispute's rows in one <tbody>: no element held one dispute's rows, so the climb from each
// ID's label stopped at its own row, and only the row right under it (the amount: reader.ts
// rowAbove, a row expanded under a dispute's) was its; the status, reason and both dates were
// nobody's, with nothing said: three disputes with an ID, an amount and a store, no deadline.
const BETWEEN: [string, string][] = [
  ['no row between disputes', ''],
  ['a blank row between disputes', '<tr><td colspan="2"></td></tr>'],
  ['an <hr> row between disputes', '<tr><td colspan="2"><hr></td></tr>'],
];
const ONE_BODY: Page[] = CELLS.flatMap(([cells, cell]) => [
  ...BETWEEN.map(([between, row]) => [`${cells}, ${between}`, (l: Lang, show = asIs) => `<table><tbody>${[0, 1, 2].map((i) => pairRows(l, i, cell, show)).join(row)}</tbody></table>`] as Page),
  // (the page's store in a row of its own before the first dispute's: the page's, no dispute's field)
  [`${cells}, the store's row first`, (l: Lang, show = asIs) => `<table><tbody><tr><${cell}>${l.labels.store}</${cell}><td>${STORE}</td></tr>${[0, 1, 2].map((i) => pairRows(l, i, cell, show)).join('')}</tbody></table>`] as Page,
]);

describe('every dispute\'s "label | value" rows in one <tbody>', () => readsRight(ONE_BODY));

// Each dispute's fields one after another with its ID not first ("Amount" first, "Dispute ID"
// second or last): what follows an ID is then partly or wholly the next dispute's, and no element
// tells which value is whose. Before: the same rows read as three disputes with their IDs alone,
// nothing said; a <dl>'s terms or "Label: value" lines so ordered as each dispute with the next
// one's amount, status, reason and dates (DP-1001 with DP-1002's, no deadline; DP-1002 due on
// DP-1003's 4 Feb), nothing said.
// Now none is read and that is said, as unseen-twenty-third's plain text is (at a dispute's
// address too: no dispute's values told from another's).
describe('every dispute\'s fields one after another, its ID not first', () => {
  const NONE = 'Labelled disputes could not be read.';
  const ORDERS: [string, Col[]][] = [
    ['its ID last', ['amount', 'status', 'reason', 'createdAt', 'dueBy', 'id']],
    ['its ID second', ['amount', 'id', 'status', 'reason', 'createdAt', 'dueBy']],
  ];
  const LAYOUTS: [string, (l: Lang, i: number, c: Col) => string, (all: string) => string][] = [
    ['th/td rows in one <tbody>', (l, i, c) => `<tr><th>${l.labels[c]}</th><td>${valueOf(l, i, c)}</td></tr>`, (all) => `<table><tbody>${all}</tbody></table>`],
    ['td/td rows in one <tbody>', (l, i, c) => `<tr><td>${l.labels[c]}</td><td>${valueOf(l, i, c)}</td></tr>`, (all) => `<table><tbody>${all}</tbody></table>`],
    ['one <dl>', (l, i, c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`, (all) => `<dl>${all}</dl>`],
    ['"Label: value" lines in one div', (l, i, c) => `<p>${l.labels[c]}: ${valueOf(l, i, c)}</p>`, (all) => `<div>${all}</div>`],
  ];
  const PAGES = ORDERS.flatMap(([order, cols]) => LAYOUTS.map(([layout, field, around]) => [`${layout}, ${order}`, (l: Lang) => around([0, 1, 2].map((i) => cols.map((c) => field(l, i, c)).join('')).join(''))] as [string, (l: Lang) => string]));
  const tabs = (k: keyof typeof LANGS) => `<div role="tablist">${Object.values(TAB_LABELS).map((t, n) => `<button role="tab" aria-selected="${n === 4}">${t[k]}</button>`).join('')}</div>`;
  it.each(perLang(PAGES))('at the list\'s address, and under its tabs, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
    expect(reading(readIn(storeBar(l) + tabs(k) + page(l), l.tag))).toEqual({ page: 'dispute_list', problems: [NONE], facts: [] });
  });
  it.each(perLang(PAGES))('at the second dispute\'s address, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag, AT_1002))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
});

// (read right already: each dispute's rows in a <tbody> or a <table> of their own, and one
// dispute's rows at its own address)
describe('"label | value" rows that read right (guards)', () => {
  const OWN: Page[] = CELLS.flatMap(([cells, cell]) => [
    [`${cells}, a <tbody> each`, (l: Lang, show = asIs) => `<table>${[0, 1, 2].map((i) => `<tbody>${pairRows(l, i, cell, show)}</tbody>`).join('')}</table>`],
    [`${cells}, a <table> each`, (l: Lang, show = asIs) => [0, 1, 2].map((i) => `<table><tbody>${pairRows(l, i, cell, show)}</tbody></table>`).join('')],
  ] as Page[]);
  readsRight(OWN);
  // (a <dl> or "Label: value" lines of every dispute, its ID first, after the page's store's: the store's value the page's)
  const FLAT: Page[] = [
    ['one <dl>, the store\'s term first', (l) => `<dl><dt>${l.labels.store}</dt><dd>${STORE}</dd>${[0, 1, 2].map((i) => COLS.map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')).join('')}</dl>`],
    ['"Label: value" lines in one div, set apart by <hr>, the store\'s line first', (l) => `<div><p>${l.labels.store}: ${STORE}</p>${[0, 1, 2].map((i) => COLS.map((c) => `<p>${l.labels[c]}: ${valueOf(l, i, c)}</p>`).join('')).join('<hr>')}</div>`],
  ];
  it.each(perLang(FLAT))('a list, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(page(l), l.tag))).toEqual(want(true, HERE));
  });
  it.each(KEYS.flatMap((k) => CELLS.map(([cells, cell]) => [`${cells} (${LANGS[k].tag})`, k, cell] as const)))('a dispute\'s page, its rows in one table, %s', (_, k, cell) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main><table><tbody>${pairRows(l, 0, cell)}</tbody></table></main>`, l.tag))).toEqual(want(false, HERE));
  });
});
