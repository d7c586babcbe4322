// @vitest-environment happy-dom
// The cases the sixth probe (unseen-sixth.test.ts) found and left unread: each in the six portal
// languages with the vocabulary's texts (list-pages.ts), each markup as its framework renders it.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

const TZ = 'Europe/Stockholm';
type Key = keyof typeof LANGS;
const KEYS = Object.keys(LANGS) as Key[];
const parse = (body: string, tag: string) => new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html');
const readList = (body: string, tag: string) => readPortalPage(parse(body, tag), 'https://portal.kustom.co/disputes', { timeZone: TZ });
const readDetail = (body: string, tag: string) => readPortalPage(parse(body, tag), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
const cellsOf = (l: Lang, i: number, f: (c: Col, t: string, n: number) => string) => l.rows[i]!.map((t, n) => f(COLS[n]!, t, n)).join('');

// The amount's label in a span of its own and its currency in a sibling span, both in the header
// cell or term ("<th><span>Amount</span> <span>(€)</span></th>", as sortable-header components
// wrap each part): the cell's visible text is "Amount (€)", but the label's element named none,
// and every bare amount was a problem.
describe('a currency in a span beside the amount\'s label in its own span ("<th><span>Amount</span> <span>(€)</span></th>")', () => {
  const bare = (t: string) => t.replace(/\u00a0?€/, '');
  const UNITS = ['(EUR)', '(€)'];
  it.each(UNITS.flatMap((unit) => KEYS.map((k) => [`${unit} (${LANGS[k].tag})`, unit, k] as const)))('a list: a column of bare numbers under %s', (_, unit, k) => {
    const l = LANGS[k];
    const html = storeBar(l) + `<table><thead><tr>${COLS.map((c) => `<th><span class="label">${l.labels[c]}</span>${c === 'amount' ? ` <span class="unit">${unit}</span>` : ''}</th>`).join('')}</tr></thead><tbody>${l.rows.map((_r, i) => `<tr>${cellsOf(l, i, (c, t) => `<td>${c === 'amount' ? bare(t) : t}</td>`)}</tr>`).join('')}</tbody></table>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, { tag: l.tag, rows: l.rows.map((row) => row.map(bare)) }, TZ);
  });

  it.each(UNITS.flatMap((unit) => KEYS.map((k) => [`${unit} (${LANGS[k].tag})`, unit, k] as const)))('a dispute\'s page: a term %s over a bare number', (_, unit, k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><dl>${cellsOf(l, 0, (c, t) => `<dt><span>${l.labels[c]}</span>${c === 'amount' ? ` <span class="unit">${unit}</span>` : ''}</dt><dd>${c === 'amount' ? bare(t) : t}</dd>`)}</dl></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

// A break opportunity inside a card's label outside th and dt ("<div>Streitfall-<wbr>ID</div>",
// "<span>Respond<wbr> by</span>"), as pages put one into long compound words and before a label's
// last word so narrow cards wrap there: the label shows as two text nodes, neither a label. In
// German no ID label was read, so no dispute; in the others the deadline was lost.
describe('a <wbr> inside a card\'s label outside th and dt ("<div>Streitfall-<wbr>ID</div>", "<span>Respond<wbr> by</span>")', () => {
  // (after a hyphen, else before the last word: every label of two parts gets one)
  const wbr = (label: string) => (label.includes('-') ? label.replace('-', '-<wbr>') : label.replace(/ (?=\S+$)/, '<wbr> '));
  const CARDS: [string, (a: string, b: string) => string][] = [
    ['a div per field, label and value in divs', (a, b) => `<div class="field"><div class="field-label">${wbr(a)}</div><div class="field-value">${b}</div></div>`],
    ['a line per field, label and value in spans', (a, b) => `<p><span class="muted">${wbr(a)}</span> <span>${b}</span></p>`],
  ];
  it.each(CARDS.flatMap(([name, field]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, field, k] as const)))('a list of cards: %s', (_, field, k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul class="cards">${l.rows.map((_r, i) => `<li class="card">${cellsOf(l, i, (c, t) => field(l.labels[c], t))}</li>`).join('')}</ul>`;
    const r = readList(html, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(html, l, TZ);
  });

  it.each(CARDS.flatMap(([name, field]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, field, k] as const)))('a dispute\'s page: %s', (_, field, k) => {
    const l = LANGS[k];
    const r = readDetail(`${storeBar(l)}<main><section class="panel">${cellsOf(l, 0, (c, t) => field(l.labels[c], t))}</section></main>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});
