// @vitest-environment happy-dom
// A twenty-third probe of list pages and a dispute's own page in markup the reader has not seen,
// in the six portal languages (list-pages.ts), merchant in Helsinki (probe-pages.ts HELSINKI): pages
// drawn as plain text is, a plain e-mail's text shown in a page, a print view, a digest. The
// first block read wrongly before its fix; the pages after it read right already and stay as guards.
import { describe, expect, it } from 'vitest';
import { TAB_LABELS } from '../../lib/portal/vocabulary';
import { COLS, KEYS, LANGS, storeBar, type Lang } from './list-pages';
import { inZone, perLang, readHere, readIn, reading, valueOf, want } from './probe-pages';

const HERE = inZone(2);
const NONE = 'Labelled disputes could not be read.';
/** dispute `i`'s "Label: value" lines, as plain text shows them */
const linesOf = (l: Lang, i: number) => COLS.map((c) => `${l.labels[c]}: ${valueOf(l, i, c)}`);
/** the list's tabs above it, "All" selected */
const tabs = (k: keyof typeof LANGS) => `<div role="tablist">${Object.values(TAB_LABELS).map((t, n) => `<button role="tab" aria-selected="${n === 4}">${t[k]}</button>`).join('')}</div>`;

// Every dispute's "Label: value" lines as one element's own text: a <pre> (a plain e-mail, a print
// view), lines set apart by <br>, a div drawn with white-space:pre-line. The disputes' IDs had one
// element, so no element told which value was whose: the first ID's dispute took the whole page
// and none of its values, the second took the first's amount, status, reason and dates under the
// third's ID, the third was lost, with nothing said: DP-1003 shown due 2 Feb (DP-1001's), DP-1001
// with no deadline, DP-1002 gone. Now none is read and that is said; at a dispute's address, none
// is taken for that dispute either (before: the page's one dispute, the first's values under the
// last's ID).
describe('every dispute\'s lines as one element\'s own text', () => {
  const PAGES: [string, (l: Lang) => string][] = [
    ['a <pre>, a blank line between disputes', (l) => `<pre>${[0, 1, 2].map((i) => linesOf(l, i).join('\n')).join('\n\n')}</pre>`],
    ['a div, lines set apart by <br>', (l) => `<div>${[0, 1, 2].map((i) => linesOf(l, i).join('<br>')).join('<br><br>')}</div>`],
    ['a div, lines set apart by <br>, disputes by <hr>', (l) => `<div>${[0, 1, 2].map((i) => linesOf(l, i).join('<br>')).join('<hr>')}</div>`],
    ['a div drawn white-space:pre-line, a dispute\'s one-line summary a line', (l) => `<div style="white-space:pre-line">${[0, 1, 2].map((i) => linesOf(l, i).join(' · ')).join('\n')}</div>`],
    ['an e-mail\'s layout table\'s cell, lines set apart by <br>', (l) => `<table><tr><td>${[0, 1, 2].map((i) => linesOf(l, i).join('<br>')).join('<br><br>')}</td></tr></table>`],
  ];
  it.each(perLang(PAGES))('at the list\'s address, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
  it.each(perLang(PAGES))('at the list\'s address under its tabs, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + tabs(k) + page(l), l.tag))).toEqual({ page: 'dispute_list', problems: [NONE], facts: [] });
  });
  it.each(perLang(PAGES))('at the first\'s and at the second dispute\'s address, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readHere(storeBar(l) + page(l), l.tag))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
    expect(reading(readIn(storeBar(l) + page(l), l.tag, 'https://portal.kustom.co/disputes/DP-1002'))).toEqual({ page: 'unknown', problems: [NONE], facts: [] });
  });
});

// (read right already: each dispute's lines in an element of their own, or each label in one, and
// one dispute's lines, or its ID twice, as one element's text)
describe('plain text pages that read right (guards)', () => {
  const LISTS: [string, (l: Lang) => string][] = [
    ['a <pre> each', (l) => [0, 1, 2].map((i) => `<pre>${linesOf(l, i).join('\n')}</pre>`).join('<hr>')],
    ['a div each, lines set apart by <br>', (l) => [0, 1, 2].map((i) => `<div>${linesOf(l, i).join('<br>')}</div>`).join('')],
    ['one div, each label in a <b>, lines set apart by <br>, disputes by <hr>', (l) => `<div>${[0, 1, 2].map((i) => COLS.map((c) => `<b>${l.labels[c]}:</b> ${valueOf(l, i, c)}`).join('<br>')).join('<hr>')}</div>`],
  ];
  it.each(perLang(LISTS))('a list, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag))).toEqual(want(true, HERE));
    expect(reading(readIn(storeBar(l) + tabs(k) + page(l), l.tag)).facts).toEqual(HERE);
  });
  const PAGES: [string, (l: Lang) => string][] = [
    ['its lines in a <pre>', (l) => `<pre>${linesOf(l, 0).join('\n')}</pre>`],
    ['its lines set apart by <br>', (l) => `<div>${linesOf(l, 0).join('<br>')}</div>`],
    ['its lines in a <pre>, its ID again at the foot', (l) => `<pre>${[...linesOf(l, 0), '', linesOf(l, 0)[0]].join('\n')}</pre>`],
    ['its lines set apart by <br>, a related dispute\'s ID in an element of its own in them', (l) => `<div>${linesOf(l, 0).join('<br>')}<aside><p>${l.labels.id}: DP-1002</p></aside></div>`],
  ];
  it.each(perLang(PAGES))('a dispute\'s page, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readHere(storeBar(l) + page(l), l.tag))).toEqual(want(false, HERE));
  });
});
