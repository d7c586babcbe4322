// @vitest-environment happy-dom
// A value read across the elements that draw it with no space between, in the six portal languages
// (list-pages.ts), in a list's table and cards and on a dispute's page ("label: value" lines and
// terms); the merchant is in Helsinki (probe-pages.ts), the pages name no zone but where said.
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
