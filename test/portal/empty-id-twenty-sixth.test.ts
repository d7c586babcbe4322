// @vitest-environment happy-dom
// A twenty-sixth probe (the twenty-fifth session's review), merchant in Helsinki (probe-pages.ts
// HELSINKI), in the six portal languages (list-pages.ts): a labelled dispute ID shown empty,
// "Dispute ID: —" (a filter's summary, a panel with nothing chosen, a "last viewed" line in the
// navigation), beside disputes that read. The twenty-fifth session's afc10c0 took it for a dispute
// the reader could not read: at a dispute's own address, whose deadline stands in a banner outside
// its details, the deadline was lost with nothing said; beside a list read in full, the merchant
// was told that disputes could not be read.
import { describe, expect, it } from 'vitest';
import { COLS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { inZone, perLang, readHere, readIn, reading, valueOf, want } from './probe-pages';

const HERE = inZone(2);
const UNREAD = 'Labelled disputes could not be read.';
const field = (l: Lang, i: number, c: Col) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`;
/** dispute 0's deadline in an alert */
const banner = (l: Lang) => `<div role="alert"><p>${l.labels.dueBy}: ${valueOf(l, 0, 'dueBy')}</p></div>`;
/** dispute 0's other fields */
const details = (l: Lang) => `<section><dl>${COLS.filter((c) => c !== 'dueBy').map((c) => field(l, 0, c)).join('')}</dl></section>`;
/** dispute 0's page: its deadline in an alert over its other fields */
const bannered = (l: Lang) => banner(l) + details(l);
/** the three disputes, a <dl> each */
const list = (l: Lang) => [0, 1, 2].map((i) => `<section><dl>${COLS.map((c) => field(l, i, c)).join('')}</dl></section>`).join('');

type Empty = (l: Lang) => string;
const EMPTY: [string, Empty][] = [
  ['a line', (l) => `<p>${l.labels.id}: —</p>`],
  ['a term', (l) => `<dl><dt>${l.labels.id}</dt><dd>—</dd></dl>`],
  ['a panel with nothing chosen', (l) => `<div><dl><dt>${l.labels.id}</dt><dd>—</dd><dt>${l.labels.amount}</dt><dd>—</dd><dt>${l.labels.dueBy}</dt><dd>—</dd></dl></div>`],
];
/** where the empty ID stands beside the page's disputes */
const PLACES: [string, (page: string, empty: string) => string][] = [
  ['in the navigation, before', (page, empty) => `<nav>${empty}</nav><main>${page}</main>`],
  ['after the page, in <main>', (page, empty) => `<main>${page}${empty}</main>`],
  ['in an aside', (page, empty) => `<main>${page}</main><aside>${empty}</aside>`],
];
const CASES = EMPTY.flatMap(([e, empty]) => PLACES.map(([p, place]) => [`${e} ${p}`, empty, place] as [string, Empty, typeof place]));

describe('a labelled dispute ID shown empty is no dispute', () => {
  // (before: the banner's deadline lost, nothing said)
  it.each(perLang(CASES))('at DP-1001\'s address, its deadline in a banner, %s', (_, k, empty, place) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}${place(bannered(l), empty(l))}`, l.tag))).toEqual(want(false, HERE));
  });
  // (the banner above <main>, outside the element DP-1001's ID alone is in: as read. Not an empty
  // panel's "Respond by: —" in <main> after the details: nearer DP-1001's ID than the banner, it is
  // taken for DP-1001's, as a closed dispute's own "—" must be beside a sidebar of other disputes'
  // deadlines (review27-findings); no element tells the two apart. Left alone.)
  const ABOVE = CASES.filter(([name]) => name !== 'a panel with nothing chosen after the page, in <main>');
  it.each(perLang(ABOVE))('at DP-1001\'s address, its deadline in a banner above <main>, %s', (_, k, empty, place) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}${banner(l)}${place(details(l), empty(l))}`, l.tag))).toEqual(want(false, HERE));
  });
  // (before: "Labelled disputes could not be read.", and the marker beside the chips)
  it.each(perLang(CASES))('beside a list read in full, %s', (_, k, empty, place) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}${place(list(l), empty(l))}`, l.tag))).toEqual(want(true, HERE));
  });
});

describe('labelled IDs that give no dispute beside a dispute\'s own page', () => {
  // Other disputes' lines in one <pre> beside DP-1001's page: which value is whose no element tells,
  // so the page's labelled values outside the element DP-1001's ID alone is in are taken for none of
  // its own. Where its banner is in that element (<main>), its deadline is read and nothing is said
  // (the others are left out at a dispute's own address anyway, review26-findings 5); where the
  // banner stands outside it, its deadline is lost, and that is said (before: nothing said).
  const pre = (l: Lang) => `<pre>${[1, 2].map((i) => COLS.map((c) => `${l.labels[c]}: ${valueOf(l, i, c)}`).join('\n')).join('\n\n')}</pre>`;
  it.each(perLang([['a <pre> of two disputes in an aside, the banner in <main>']]))('%s: read, nothing said', (_, k) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${bannered(l)}</main><aside>${pre(l)}</aside>`, l.tag))).toEqual(want(false, HERE));
  });
  it.each(perLang([['a <pre> of two disputes in an aside, the banner above <main>']]))('%s: the deadline lost, said', (_, k) => {
    const l = LANGS[k];
    const { dueBy: _d, ...undue } = HERE[0]!;
    const r = reading(readHere(`${storeBar(l)}${banner(l)}<main>${details(l)}</main><aside>${pre(l)}</aside>`, l.tag));
    expect(r.problems).toEqual([UNREAD]);
    expect(r.facts).toEqual([undue]);
  });
});
