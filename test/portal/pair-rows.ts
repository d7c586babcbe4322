// Lists drawn as tables of "label | value" rows, and what reading one right means (pairs-twenty-fourth,
// pairs-twenty-fifth): the three disputes of list-pages.ts, merchant in Helsinki (probe-pages.ts).
import { expect, it } from 'vitest';
import { COLS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { HELSINKI, inZone, perLang, readHere, readIn, reading, valueOf, want } from './probe-pages';
import { readAfterRowChange } from './row-change';

export const HERE = inZone(2);
/** the reading at dispute `i`'s own address: that dispute alone, its own values */
export const detail = (i: number) => ({ page: 'dispute_detail', problems: [], facts: [HERE[i]] });
export const AT_1002 = 'https://portal.kustom.co/disputes/DP-1002';
/** a value `show` draws (a value as it is by default) */
export type Show = (l: Lang, i: number, c: Col) => string;
export const asIs: Show = valueOf;
/** dispute `i`'s six "label | value" rows, the label in a `cell`, then `after` (more cells) in each row */
export const pairRows = (l: Lang, i: number, cell: string, show = asIs, after = '') => COLS.map((c) => `<tr><${cell}>${l.labels[c]}</${cell}><td>${show(l, i, c)}</td>${after}</tr>`).join('');
export const CELLS: [string, string][] = [
  ['th/td pairs', 'th'],
  ['td/td pairs', 'td'],
];
export type Page = [string, (l: Lang, show?: Show) => string];
/** DP-1003's deadline as no date reads */
export const badDue: Show = (l, i, c) => (i === 2 && c === 'dueBy' ? '4 Febtober 2026' : valueOf(l, i, c));
export const BAD_DUE = 'Dispute DP-1003: the respond by date could not be read: "4 Febtober 2026" is not a date the reader knows.';

/**
 * Each of `pages` read right: all three disputes at the list's address, each alone with its own
 * values at its own address, a deadline no date reads reported (the others read), and read again
 * after a row changes as a fresh copy reads.
 */
export const readsRight = (pages: Page[]) => {
  it.each(perLang(pages))('at the list\'s address, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag))).toEqual(want(true, HERE));
  });
  it.each(perLang(pages))('at the second and at the first dispute\'s address, its own values, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + page(l), l.tag, AT_1002))).toEqual(detail(1));
    expect(reading(readHere(storeBar(l) + page(l), l.tag))).toEqual(detail(0));
  });
  it.each(perLang(pages))('a deadline no date reads reported, the others read, %s', (_, k, page) => {
    const l = LANGS[k];
    const { dueBy: _d, ...undue } = HERE[2]!;
    expect(reading(readIn(storeBar(l) + page(l, badDue), l.tag))).toEqual({ ...want(true, [HERE[0]!, HERE[1]!, undue] as typeof HERE), problems: [BAD_DUE] });
  });
  it.each(perLang(pages))('read again after a row changes, as a fresh copy reads, %s', (_, k, page) => {
    const l = LANGS[k];
    expect(readAfterRowChange(storeBar(l) + page(l), l, HELSINKI)).toEqual([HERE[0], { ...HERE[1], amount: HERE[0]!.amount }, { ...HERE[2], id: 'DP-1009' }]);
  });
};

