// @vitest-environment happy-dom
// A value's text split by an inline element with no space between: a search highlight
// ("Goods not re<mark>ceiv</mark>ed", "SHOP-<mark>abc</mark>12", "ORD-9A<mark>BC</mark>D"), bold,
// emphasis, a span, an abbreviation… Such an element is drawn on the same line as the text beside
// it, with no gap where the page shows no whitespace: the value is one word there. A control (a
// copy button, a link, an image, an input) after the value is another word, as is an element the
// page sets apart with whitespace. In the six portal languages (list-pages.ts), in a list's table
// and cards and on a dispute's page ("label: value" lines and terms); the merchant is in Helsinki
// (probe-pages.ts), the pages name no zone.
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../lib/portal/vocabulary';
import { COLS, EXPECTED, KEYS, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { inZone, perLang, readHere, readIn, reading, table, valueOf, type Show } from './probe-pages';

type K = (typeof KEYS)[number];
/** the fields shown beside list-pages.ts's: an order ID and a merchant reference, both IDs of letters and digits */
type Field = Col | 'orderId' | 'merchantReference';
const MORE = { orderId: ['ORD-9ABCD', 'ORD-7XKQ2', 'ORD-5ZZ10'], merchantReference: ['SHOP-abc12', 'SHOP-xyz7', 'SHOP-qq3r'] };
const SHOWN: Field[] = [...COLS, 'orderId', 'merchantReference'];
const shown = (l: Lang, i: number, f: Field) => (f === 'orderId' || f === 'merchantReference' ? MORE[f][i]! : valueOf(l, i, f));
const label = (k: K, f: Field) => (f === 'orderId' || f === 'merchantReference' ? FIELD_LABELS[f][k] : LANGS[k].labels[f]);
/** what every page here reads: list-pages.ts's disputes with their order IDs and references */
const FACTS = inZone(2).map((d, i) => ({ ...d, orderId: MORE.orderId[i]!, merchantReference: MORE.merchantReference[i]! }));

/** how a value of field `f` is shown */
type ShowField = (f: Field, t: string) => string;

// Where: a list's table and cards, a dispute's page as "label: value" lines and as terms.
const PLACES: [string, (k: K, show: ShowField) => ReturnType<typeof reading>, boolean][] = [
  ['a list\'s table', (k, show) => {
    const l = LANGS[k];
    const more = (['orderId', 'merchantReference'] as const).map((f) => [label(k, f), (i: number) => show(f, MORE[f][i]!)] as [string, (i: number) => string]);
    return reading(readIn(storeBar(l) + table(l, ((c, t) => show(c, t)) as Show, undefined, more), l.tag));
  }, true],
  ['a list of cards', (k, show) => {
    const l = LANGS[k];
    const card = (i: number) => SHOWN.map((f) => `<p>${label(k, f)}: ${show(f, shown(l, i, f))}</p>`).join('');
    return reading(readIn(`${storeBar(l)}<ul>${[0, 1, 2].map((i) => `<li>${card(i)}</li>`).join('')}</ul>`, l.tag));
  }, true],
  ['a dispute\'s page, "label: value" lines', (k, show) => {
    const l = LANGS[k];
    return reading(readHere(`${storeBar(l)}<main>${SHOWN.map((f) => `<p>${label(k, f)}: ${show(f, shown(l, 0, f))}</p>`).join('')}</main>`, l.tag));
  }, false],
  ['a dispute\'s page, terms', (k, show) => {
    const l = LANGS[k];
    return reading(readHere(`${storeBar(l)}<main><dl>${SHOWN.map((f) => `<dt>${label(k, f)}</dt><dd>${show(f, shown(l, 0, f))}</dd>`).join('')}</dl></main>`, l.tag));
  }, false],
];
const want = (list: boolean) => ({ page: list ? 'dispute_list' : 'dispute_detail', problems: [], facts: list ? FACTS : [FACTS[0]] });

// The split: an element around part of a value, from the first place its text goes from one kind of
// character to another ("letter|digit": "SHOP-abc<mark>12</mark>"), two characters long (inside
// the value), or from the last such place to the value's end. A value with no such place is shown whole.
type Kind = 'letter' | 'digit' | 'sign' | 'space';
const kindOf = (ch: string): Kind => (/\p{L}/u.test(ch) ? 'letter' : /\d/.test(ch) ? 'digit' : /\s/.test(ch) ? 'space' : 'sign');
const split = (from: Kind, to: Kind, at: 'inside' | 'end', wrap: (t: string) => string) => (t: string) => {
  const places = [...t].map((_, i) => i).filter((i) => i > 0 && kindOf(t[i - 1]!) === from && kindOf(t[i]!) === to);
  if (!places.length) return t;
  const i = at === 'inside' ? places[0]! : places.at(-1)!;
  const j = at === 'inside' ? i + 2 : t.length;
  return t.slice(0, i) + wrap(t.slice(i, j)) + t.slice(j);
};
const inTag = (tag: string) => (t: string) => `<${tag}>${t}</${tag.split(' ')[0]}>`;

// Text-level elements a page draws inside a word: a search's highlight, emphasis, code, an
// abbreviation, a span (the highlight of many a UI kit), and one inside another.
const TAGS: [string, (t: string) => string][] = [
  ...['mark', 'b', 'strong', 'em', 'i', 'u', 'span', 'small', 'abbr', 'code', 'kbd', 'samp', 'var', 'cite', 'dfn', 'bdi', 'ins', 'font'].map((t) => [t, inTag(t)] as [string, (t: string) => string]),
  ['mark in a span', (t) => `<span><mark>${t}</mark></span>`],
  ['mark with attributes', (t) => `<mark class="highlight" data-match="1">${t}</mark>`],
  ['mark with a highlight\'s padding', (t) => `<mark style="padding:0 2px;border-radius:2px">${t}</mark>`],
  ['mark with a highlight\'s padding and colour', (t) => `<mark style="padding:0 2px;background-color:#fde047">${t}</mark>`],
];
const BOUNDARIES: [Kind, Kind][] = [['letter', 'letter'], ['letter', 'digit'], ['digit', 'letter'], ['digit', 'digit'], ['sign', 'letter'], ['letter', 'sign'], ['sign', 'digit']];
const SPLITS: [string, ShowField][] = [
  // a merchant's search for "ceiv", "abc" or "BC": "Goods not re<mark>ceiv</mark>ed",
  // "SHOP-<mark>abc</mark>12", "ORD-9A<mark>BC</mark>D"
  ['a search\'s highlights, "re<mark>ceiv</mark>ed", "SHOP-<mark>abc</mark>12", "ORD-9A<mark>BC</mark>D"', (f, t) =>
    f === 'reason' ? t.replace(/re(ceiv)ed/, 're<mark>$1</mark>ed') : f === 'merchantReference' ? t.replace(/-(\p{L}+)/u, '-<mark>$1</mark>') : f === 'orderId' ? `${t.slice(0, 6)}<mark>${t.slice(6, 8)}</mark>${t.slice(8)}` : t],
  // every tag inside a word of letters (a reason's "re<mark>ce</mark>ived", a status, a month's name)
  ...TAGS.map(([tag, wrap]) => [`<${tag}> inside a word of letters`, (_f: Field, t: string) => split('letter', 'letter', 'inside', wrap)(t)] as [string, ShowField]),
  // the value's text and its highlight items of a flex line with no gap between: drawn against each other
  ...BOUNDARIES.map(([from, to]) => [`<mark> at ${from}|${to} in an inline-flex line with no gap`, (_f: Field, t: string) => `<span style="display:inline-flex">${split(from, to, 'inside', inTag('mark'))(t)}</span>`] as [string, ShowField]),
  // a highlight, bold and a span at each kind of place, inside the value and to its end
  ...(['mark', 'b', 'span', 'mark style="padding:0 2px"'] as const).flatMap((tag) =>
    BOUNDARIES.flatMap(([from, to]) =>
      (['inside', 'end'] as const).map((at) => [`<${tag}> at ${from}|${to}, ${at}`, (_f: Field, t: string) => split(from, to, at, inTag(tag))(t)] as [string, ShowField]),
    ),
  ),
];
// An element the page sets apart with whitespace, no style needed: the value's words as shown.
const SPACED: [string, ShowField][] = [
  ['<mark> after a space, inside the value', (_f, t) => split('space', 'letter', 'inside', inTag('mark'))(t)],
  ['<mark> after a space, to the value\'s end', (_f, t) => split('space', 'letter', 'end', inTag('mark'))(t)],
  ['<mark> starting with a space', (_f, t) => split('letter', 'space', 'end', inTag('mark'))(t)],
  ['<b> starting with a space, inside the value', (_f, t) => split('letter', 'space', 'inside', inTag('b'))(t)],
];

describe('a value split by a text-level element with no space between reads as one word', () => {
  for (const [place, read, list] of PLACES) {
    it.each(perLang([...SPLITS, ...SPACED]))(`${place}, %s`, (_, k, show) => {
      expect(read(k, show)).toEqual(want(list));
    });
  }
});

// A control or an image after an ID with no space between is no part of it (the copy button of
// review-eighteenth), nor is a badge the page sets apart with a space.
const COPY = { en: 'Copy', de: 'Kopieren', sv: 'Kopiera', fi: 'Kopioi', nb: 'Kopier', da: 'Kopiér' } as const;
const NEW = { en: 'New', de: 'Neu', sv: 'Ny', fi: 'Uusi', nb: 'Ny', da: 'Ny' } as const;
const WIDGETS: [string, (k: K) => string][] = [
  ['<button>Copy</button>', (k) => `<button type="button">${COPY[k]}</button>`],
  ['<a href=#>Copy</a>', (k) => `<a href="#">${COPY[k]}</a>`],
  ['<span role=button>Copy</span>', (k) => `<span role="button">${COPY[k]}</span>`],
  ['<span role=link>Copy</span>', (k) => `<span role="link">${COPY[k]}</span>`],
  ['<span role=button><svg/>Copy</span>', (k) => `<span role="button" tabindex="0"><svg aria-hidden="true"></svg>${COPY[k]}</span>`],
  ['<input type=button value=Copy>', (k) => `<input type="button" value="${COPY[k]}">`],
  ['<img alt=Copy>', (k) => `<img alt="${COPY[k]}" src="data:,">`],
  ['<svg role=img><title>Copy</title></svg>', (k) => `<svg role="img"><title>${COPY[k]}</title></svg>`],
  ['a badge after a space, " <span>New</span>"', (k) => ` <span>${NEW[k]}</span>`],
  ['a badge after a space, " <mark>New</mark>"', (k) => ` <mark>${NEW[k]}</mark>`],
];
const isId = (f: Field) => f === 'id' || f === 'orderId';

describe('a control, an image or a badge set apart after an ID is no part of it', () => {
  for (const [place, read, list] of PLACES) {
    it.each(perLang(WIDGETS))(`${place}, the ID and the order ID followed by %s`, (_, k, widget) => {
      expect(read(k, (f, t) => (isId(f) ? `${t}${widget(k)}` : t))).toEqual(want(list));
    });
    it.each(perLang(WIDGETS))(`${place}, the ID in a span followed by %s`, (_, k, widget) => {
      expect(read(k, (f, t) => (isId(f) ? `<span>${t}</span>${widget(k)}` : t))).toEqual(want(list));
    });
  }
});

// Where a new word seems to start (a letter after the ID's last digit), a span the page's style sets
// apart: a box of its own, a margin before it, an item of a flex line (a badge, a copy button drawn
// as a span, "DP-1001<span class=badge>New</span>"; a pill, by its padding and its colour or
// border); a highlight's padding, a <mark>'s, sets nothing apart. (A gap as column-gap and a colour
// as background-color: the test DOM, unlike a browser, does not compute the shorthands' parts.)
const STYLED: [string, (k: K, t: string) => string][] = [
  ['"DP-1001<span style="margin-left:4px">New</span>"', (k, t) => `${t}<span style="margin-left:4px">${NEW[k]}</span>`],
  ['"<span>DP-1001</span><span style="display:inline-block">Copy</span>"', (k, t) => `<span>${t}</span><span style="display:inline-block">${COPY[k]}</span>`],
  ['"DP-1001<span class=badge>New</span>", the page\'s stylesheet giving it a margin', (k, t) => `<style>.badge { margin-left: .5em }</style>${t}<span class="badge">${NEW[k]}</span>`],
  ['"<span style="display:inline-flex;column-gap:4px"><span>DP-1001</span><span>New</span></span>"', (k, t) => `<span style="display:inline-flex;column-gap:4px"><span>${t}</span><span>${NEW[k]}</span></span>`],
  // a pill: a box drawn by its padding and its colour or border, no margin (a Tailwind or Bootstrap
  // badge right after the ID)
  ['"DP-1001<span class=pill>New</span>", a pill by its padding and colour', (k, t) => `<style>.pill { padding: 0 6px; background-color: #e0e7ff; border-radius: 9999px }</style>${t}<span class="pill">${NEW[k]}</span>`],
  ['"DP-1001<span style="padding:0 4px;border:1px solid">New</span>", an outlined pill', (k, t) => `${t}<span style="padding:0 4px;border:1px solid #888">${NEW[k]}</span>`],
];
describe('a span after an ID that the page\'s style sets apart is no part of it', () => {
  for (const [place, read, list] of PLACES) {
    it.each(perLang(STYLED))(`${place}, the ID and the order ID as %s`, (_, k, show) => {
      expect(read(k, (f, t) => (isId(f) ? show(k, t) : t))).toEqual(want(list));
    });
  }
});

// A deadline's zone in parentheses drawn against it ("2 Feb 2026<small>(CET)</small>", as the page
// shows it, "2 Feb 2026(CET)"): the deadline in that zone, an hour west of the merchant's. Before,
// a list's cells and a dispute's terms read the date's part before the parenthesis, in the
// merchant's zone (an hour off, nothing said), and cards and "label: value" lines showing no
// element between reported no date ("2 Feb 2026(CET)" is not a date the reader knows).
describe('a deadline\'s zone in parentheses with no space before it', () => {
  const inCet = { ...want(true), facts: FACTS.map((f, i) => (f.dueBy ? { ...f, dueBy: EXPECTED[i]!.dueBy } : f)) };
  const ZONES: [string, string][] = [
    ['"2 Feb 2026<small>(CET)</small>"', '<small>(CET)</small>'],
    ['"2 Feb 2026<span>(CET)</span>"', '<span>(CET)</span>'],
    ['"2 Feb 2026(CET)"', '(CET)'],
  ];
  for (const [place, read, list] of PLACES) {
    it.each(perLang(ZONES))(`${place}, %s`, (_, k, zone) => {
      const r = read(k, (f, t) => (f === 'dueBy' && t !== '—' ? `${t}${zone}` : t));
      expect(r).toEqual(list ? inCet : { ...inCet, page: 'dispute_detail', facts: [inCet.facts[0]] });
    });
  }
});
