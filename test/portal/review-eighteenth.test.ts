// @vitest-environment happy-dom
// A review of the eighteenth probe's changes (6a70390..6cec5c8): pages that read right before them
// and read wrongly or not at all after, in the six portal languages (list-pages.ts). The merchant is
// in Helsinki (probe-pages.ts HELSINKI), an hour east of the zones the pages name.
import { describe, expect, it } from 'vitest';
import { EXPECTED, KEYS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { fields, inZone, perLang, readHere, readIn, reading, table, want, type Show } from './probe-pages';

type K = (typeof KEYS)[number];
const per = (words: Record<K, string>) => (k: K) => words[k];
const COPY = per({ en: 'Copy', de: 'Kopieren', sv: 'Kopiera', fi: 'Kopioi', nb: 'Kopier', da: 'Kopiér' });
const INFO = per({ en: 'Info', de: 'Info', sv: 'Info', fi: 'Tietoa', nb: 'Info', da: 'Info' });
const rel = (k: K, days: number) => new Intl.RelativeTimeFormat(LANGS[k].tag, { numeric: 'auto' }).format(days, 'day');
const isDate = (c: Col) => c === 'createdAt' || c === 'dueBy';
const due = (f: (t: string) => string): Show => (c, t) => (c === 'dueBy' && t !== '—' ? f(t) : t);
/** dispute 0's fields as "label: value" lines on its page */
const linesRead = (l: Lang, show: Show) =>
  reading(readHere(`${storeBar(l)}<main>${(['id', 'amount', 'status', 'reason', 'createdAt', 'dueBy'] as Col[]).map((c) => `<p>${l.labels[c]}: ${show(c, l.rows[0]![['id', 'amount', 'status', 'reason', 'createdAt', 'dueBy'].indexOf(c)]!, 0)}</p>`).join('')}</main>`, l.tag));
/** the deadline in the page's zone, an hour west of the merchant's (CET): every other date in the merchant's */
const dueInCet = inZone(2).map((f, i) => (f.dueBy ? { ...f, dueBy: EXPECTED[i]!.dueBy } : f));

// A value that goes on in an element with no space between, where that element is no part of it:
// the ID's copy button ("DP-1001<button>Copy</button>") and the date's zone ("2 Feb
// 2026<small>(CET)</small>"). 9a33565 joined them without a space (for a search highlight inside
// a word, "DP-<mark>100</mark>1"), so that the ID read was "DP-1001Copy", a wrong ID with nothing
// said, and the date no date. Joined without a space only where the value's word goes on: a digit,
// or a decimal mark or hyphen, after it.
describe('a "label: value" line\'s value followed, with no space, by an element that is no part of it', () => {
  const SHOWS: [string, (k: K) => Show, typeof EXPECTED][] = [
    ['the ID\'s copy button, "DP-1001<button>Copy</button>"', (k) => (c, t) => (c === 'id' ? `${t}<button type="button">${COPY(k)}</button>` : t), inZone(2)],
    ['the ID\'s copy link, "DP-1001<span>Copy</span>"', (k) => (c, t) => (c === 'id' ? `${t}<span role="button">${COPY(k)}</span>` : t), inZone(2)],
    ['the deadline\'s zone, "2 Feb 2026<small>(CET)</small>"', () => due((t) => `${t}<small>(CET)</small>`), dueInCet],
  ];
  it.each(perLang(SHOWS))('%s', (_, k, show, facts) => {
    const l = LANGS[k];
    expect(linesRead(l, show(k))).toEqual(want(false, facts));
  });
});

// A date's zone after its label in a header or a term, with a sort button or an icon between
// ("<th><span>Respond by</span> <button><svg/></button> <span>(CET)</span></th>", the label in a
// sort button, "<th><button><span>Respond by</span><svg/></button> <span>(CET)</span></th>"):
// 6a70390 looked at the two nodes after the label only, so that a list's every date was read in
// the merchant's zone with nothing said (an hour off), and a term's value was its zone. In a
// header or a term the zone is anywhere in it after the label, as before.
describe('a date\'s zone after its label in a header or a term, with a button or an icon between', () => {
  const HEADS: [string, (t: string) => string][] = [
    ['"<span>Respond by</span> <button><svg/></button> <span>(CET)</span>"', (t) => `<span>${t}</span> <button type="button" aria-label="Sort"><svg aria-hidden="true"></svg></button> <span>(CET)</span>`],
    ['"<button><span>Respond by</span><svg/></button> <span>(CET)</span>"', (t) => `<button type="button"><span>${t}</span><svg aria-hidden="true"></svg></button> <span>(CET)</span>`],
    ['"<span>Respond by</span> <svg/> <span>(CET)</span>"', (t) => `<span>${t}</span> <svg aria-hidden="true"></svg> <span>(CET)</span>`],
  ];
  const head = (l: Lang, h: (t: string) => string) => (c: Col) => (isDate(c) ? h(l.labels[c]) : l.labels[c]);
  it.each(perLang(HEADS))('a table\'s headers, %s', (_, k, h) => {
    const l = LANGS[k];
    expect(reading(readIn(storeBar(l) + table(l, undefined, head(l, h)), l.tag))).toEqual(want(true, EXPECTED));
  });
  it.each(perLang(HEADS))('a dispute\'s terms, %s', (_, k, h) => {
    const l = LANGS[k];
    expect(reading(readHere(`${storeBar(l)}<main>${fields(l, 0, undefined, head(l, h))}</main>`, l.tag))).toEqual(want(false, EXPECTED));
  });
});

// A date in the title of its cell or description, the cell showing words that are no date ("in 10
// days") and an icon named for screen readers ("<span role=img aria-label=Info>ⓘ</span>", a copy
// button's "Copy"); and a date shown, beside an icon named with another date ("2 Feb 2026 <span
// role=img aria-label="19 Jan 2026">📅</span>"). 53f2c49 took an aria-label inside the value before
// the value's own title, and before its shown text: the deadline was lost in the first, read as the
// icon's date in the second (a wrong deadline with nothing said). An aria-label is read after the
// value's own title and its shown text, as MUI's Tooltip names a child showing no date.
describe('a date\'s aria-label after the value\'s own title and its shown text', () => {
  /** the value's cell or description titled with the date (`show` marks it: "@title@") */
  const titled = (html: string) => html.replace(/<(td|dd)>@([^@]*)@/g, '<$1 title="$2">');
  const SHOWS: [string, (k: K) => Show][] = [
    ['"<td title="2 Feb 2026"><span role=img aria-label=Info>ⓘ</span> in 10 days</td>"', (k) => due((t) => `@${t}@<span role="img" aria-label="${INFO(k)}">ⓘ</span> ${rel(k, 10)}`)],
    ['"<td title="2 Feb 2026">in 10 days <button aria-label=Copy>⧉</button></td>"', (k) => due((t) => `@${t}@${rel(k, 10)} <button type="button" aria-label="${COPY(k)}">⧉</button>`)],
    ['"2 Feb 2026 <span role=img aria-label="19 Jan 2026">📅</span>"', (k) => due((t) => `${t} <span role="img" aria-label="${LANGS[k].rows[0]![4]}">📅</span>`)],
  ];
  it.each(perLang(SHOWS))('a table\'s cells, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(reading(readIn(titled(storeBar(l) + table(l, show(k))), l.tag))).toEqual(want(true, inZone(2)));
  });
  it.each(perLang(SHOWS))('a dispute\'s terms, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(reading(readHere(titled(`${storeBar(l)}<main>${fields(l, 0, show(k))}</main>`), l.tag))).toEqual(want(false, inZone(2)));
  });
});

// A list's header cut short with an ellipsis, titled with a sort button's words and another
// column's label that holds the cut text's letters after its first word or inside it ("<span
// title="Sort by Refund amount">Amou…</span>", "Sortieren nach Rückerstattungsbetrag"). 9757237
// took the title from where the letters are in it, so that the refund's amount was read as the
// dispute's with nothing said. The title names the column only where its words before the cut text
// are a sort button's alone; else the cut header is reported as before 9757237 (5f28768), as it is
// when the title does not hold the cut text at all ("Crea…" titled "Sort by Last updated").
describe('a header cut short, titled with a sort button\'s words and another label holding its letters', () => {
  const SORT_BY = per({ en: 'Sort by', de: 'Sortieren nach', sv: 'Sortera efter', fi: 'Lajittele:', nb: 'Sorter etter', da: 'Sortér efter' });
  const OTHER: [string, Col, (k: K) => string][] = [
    ['"Amou…" titled "Sort by Refund amount"', 'amount', per({ en: 'Refund amount', de: 'Rückerstattungsbetrag', sv: 'Återbetalt belopp', fi: 'Palautuksen summa', nb: 'Refusjonsbeløp', da: 'Refunderet beløb' })],
    ['"Crea…" titled "Sort by Last updated"', 'createdAt', per({ en: 'Last updated', de: 'Zuletzt aktualisiert', sv: 'Senast uppdaterad', fi: 'Viimeksi päivitetty', nb: 'Sist oppdatert', da: 'Senest opdateret' })],
  ];
  /** the label's first letters (four at most, one fewer than it has) and an ellipsis */
  const cut = (t: string) => `${t.slice(0, Math.min(4, t.length - 1))}…`;
  it.each(perLang(OTHER))('%s', (_, k, col, other) => {
    const l = LANGS[k];
    const head = (c: Col) => (c === col ? `<span title="${SORT_BY(k)} ${other(k)}">${cut(l.labels[c])}</span>` : l.labels[c]);
    const r = reading(readIn(storeBar(l) + table(l, undefined, head), l.tag));
    expect(r.facts).toEqual(inZone(2).map((f) => Object.fromEntries(Object.entries(f).filter(([key]) => key !== col))));
    expect(r.problems).toContain(`The label "${cut(l.labels[col])}" could not be read: it is cut short.`);
  });
});

// A "label: value" line's value in an element of its own followed, with no space, by a copy
// button drawn as another element ("Dispute ID: <span>DP-1001</span><span role=button>Copy</span>",
// "<span>DP-1001</span><a>Copy</a>"), on a dispute's page and in a list of cards: the elements after
// the label were joined without a space, so that the ID read was "DP-1001Copy", a wrong ID with
// nothing said. Joined as cd0612f joins a value's text to the element after it: without a space
// only where the value's word goes on, a digit, a decimal mark or a hyphen next
// ("<span>DP-</span><span>1001</span>" read as before).
describe('a "label: value" line\'s value in an element, followed with no space by a copy button in another', () => {
  const SHOWS: [string, (k: K) => Show][] = [
    ['"<span>DP-1001</span><span role=button>Copy</span>"', (k) => (c, t) => (c === 'id' ? `<span>${t}</span><span role="button">${COPY(k)}</span>` : t)],
    ['"<span>DP-1001</span><a href=#>Copy</a>"', (k) => (c, t) => (c === 'id' ? `<span>${t}</span><a href="#">${COPY(k)}</a>` : t)],
    ['"<span>DP-</span><span>1001</span>" (guard: the ID goes on)', () => (c, t) => (c === 'id' ? `<span>${t.replace(/^(\D+)/, '$1</span><span>')}</span>` : t)],
  ];
  const COLS_SHOWN = ['id', 'amount', 'status', 'reason', 'createdAt', 'dueBy'] as Col[];
  const card = (l: Lang, i: number, show: Show) => COLS_SHOWN.map((c) => `<p>${l.labels[c]}: ${show(c, l.rows[i]![COLS_SHOWN.indexOf(c)]!, i)}</p>`).join('');
  it.each(perLang(SHOWS))('a dispute\'s page, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(linesRead(l, show(k))).toEqual(want(false, inZone(2)));
  });
  it.each(perLang(SHOWS))('a list of cards, %s', (_, k, show) => {
    const l = LANGS[k];
    expect(reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${card(l, i, show(k))}</li>`).join('')}</ul>`, l.tag))).toEqual(want(true, inZone(2)));
  });
});
