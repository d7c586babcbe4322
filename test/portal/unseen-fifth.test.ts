// @vitest-environment happy-dom
// List pages in markup a fifth probe found read wrongly (issue 3: "Tests outside the project will
// read pages in markup you have not seen"), each in the six portal languages with the vocabulary's
// texts. Every page must read the same three disputes as a plain table (list-pages.ts): none
// missing, none made up, no problem where the page is fine.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, LANGS, storeBar, type Col, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });

type Key = keyof typeof LANGS;
const KEYS = Object.keys(LANGS) as Key[];
const head = (l: Lang) => `<thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead>`;
const row = (r: string[], td = (_c: Col, t: string) => `<td>${t}</td>`) => `<tr>${r.map((t, i) => td(COLS[i]!, t)).join('')}</tr>`;
const table = (l: Lang, body: string) => storeBar(l) + `<table>${head(l)}<tbody>${body}</tbody></table>`;

// What a totals row says in the ID column, as each language's admin pages write it.
const TOTAL: Record<Key, string> = { en: 'Total', de: 'Summe', sv: 'Totalt', fi: 'Yhteensä', nb: 'Sum', da: 'I alt' };
const SUM: Record<Key, string> = { en: '€1,400.00', de: '1.400,00\u00a0€', sv: '1\u00a0400,00\u00a0€', fi: '1\u00a0400,00\u00a0€', nb: '1\u00a0400,00\u00a0€', da: '1.400,00\u00a0€' };
const empties = (n: number) => '<td></td>'.repeat(n);

describe('a row of totals among the body rows (no tfoot): no dispute, and nothing to report', () => {
  const pages: [string, (l: Lang, k: Key) => string][] = [
    ['last, its label in the ID column and the sum under Amount', (l, k) => table(l, l.rows.map((r) => row(r)).join('') + `<tr class="total"><td><strong>${TOTAL[k]}</strong></td><td><strong>${SUM[k]}</strong></td>${empties(4)}</tr>`)],
    ['first, above the disputes', (l, k) => table(l, `<tr><td>${TOTAL[k]}</td><td>${SUM[k]}</td>${empties(4)}</tr>` + l.rows.map((r) => row(r)).join(''))],
    ['last, its label a row header and one cell across the other columns', (l, k) => table(l, l.rows.map((r) => row(r)).join('') + `<tr><th scope="row">${TOTAL[k]}</th><td>${SUM[k]}</td><td colspan="4"></td></tr>`)],
  ];
  it.each(pages.flatMap(([name, page]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, page(LANGS[k], k), LANGS[k].tag] as const)))('%s', (_, body, tag) => {
    const r = read(body, tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    // read again after a row changes, as a fresh copy of the page reads (row memory)
    readAfterRowChange(body, Object.values(LANGS).find((l) => l.tag === tag)!, TZ);
  });

  // (the rule is a dispute ID's shape, not the word: a row whose ID cell shows no ID is still reported)
  it.each(KEYS)('a row whose ID cell shows a dash is still a row without an ID (%s)', (k) => {
    const l = LANGS[k];
    const r = read(table(l, l.rows.map((r) => row(r)).join('') + row(['—', ...l.rows[0]!.slice(1)])), l.tag);
    expect(r.problems).toEqual(['Row 4 of the list shows no dispute ID.']);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  // A random ID of letters only ("AbCdEfGh": an 8-letter one has no digit about one time in four)
  // mixes its cases within the word, which no language's word for a total does ("Total", "TOTAL",
  // "Yhteensä", "I alt"): it is a dispute, not a totals row to pass over.
  it.each(KEYS)('a row whose ID is letters only, of mixed case, is a dispute (%s)', (k) => {
    const l = LANGS[k];
    const r = read(table(l, l.rows.map((r) => row(r)).join('') + row(['qWeRtYuI', ...l.rows[0]!.slice(1)]) + row(['AbCdEfGh', ...l.rows[0]!.slice(1)])), l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003', 'qWeRtYuI', 'AbCdEfGh']);
  });
});

// Words for screen readers after a link that opens in a new tab, as each language's sites write
// them, glued to the ID (JSX drops the line break between `{id}` and the span).
const NEW_TAB: Record<Key, string> = {
  en: 'opens in a new tab',
  de: 'öffnet in einem neuen Tab',
  sv: 'öppnas i en ny flik',
  fi: 'avautuu uuteen välilehteen',
  nb: 'åpnes i en ny fane',
  da: 'åbner i en ny fane',
};
const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M14 3h7v7"></path></svg>';

describe('an ID link with words for screen readers glued to the ID ("DP-1001<span class=sr-only>(opens in a new tab)</span>")', () => {
  const link = (id: string, words: string) => `<a href="/disputes/${id}" target="_blank" rel="noopener">${id}<span class="sr-only">${words}</span>${ICON}</a>`;
  const lists: [string, (k: Key) => string][] = [
    ['in parentheses', (k) => `(${NEW_TAB[k]})`],
    ['after a comma', (k) => `, ${NEW_TAB[k]}`],
  ];
  it.each(lists.flatMap(([name, words]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, words(k)] as const)))('a list, %s', (_, k, words) => {
    const l = LANGS[k];
    const body = table(l, l.rows.map((r) => row(r, (c, t) => `<td>${c === 'id' ? link(t, words) : t}</td>`)).join(''));
    const r = read(body, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(body, l, TZ);
  });

  it.each(KEYS)('a dispute\'s page, its ID a link to the order view (%s)', (k) => {
    const l = LANGS[k];
    const dl = COLS.map((c, i) => `<div><dt>${l.labels[c]}</dt><dd>${c === 'id' ? link(l.rows[0]![i]!, `(${NEW_TAB[k]})`) : l.rows[0]![i]}</dd></div>`).join('');
    const r = readPortalPage(new DOMParser().parseFromString(`<html lang="${l.tag}"><body>${storeBar(l)}<dl>${dl}</dl></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

describe('a label whose colon is an element of its own inside the label\'s ("<th>Amount<span aria-hidden=true>:</span></th>")', () => {
  const COLON = '<span class="colon" aria-hidden="true">:</span>';
  const fields = (l: Lang, i: number, f: (label: string, value: string) => string) => COLS.map((c, n) => f(l.labels[c], l.rows[i]![n]!)).join('');
  const details: [string, (l: Lang) => string][] = [
    ['a table of row headers and cells', (l) => `<table><tbody>${fields(l, 0, (a, b) => `<tr><th scope="row">${a}${COLON}</th><td>${b}</td></tr>`)}</tbody></table>`],
    ['the same, labels in capitals and the colon not hidden', (l) => `<table><tbody>${fields(l, 0, (a, b) => `<tr><th>${a.toUpperCase()}<span>:</span></th><td>${b}</td></tr>`)}</tbody></table>`],
    ['lines of a label element and a value element', (l) => `<div class="fields">${fields(l, 0, (a, b) => `<div class="field"><span class="field-label">${a}${COLON}</span> <span class="field-value">${b}</span></div>`)}</div>`],
  ];
  it.each(details.flatMap(([name, page]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, page(LANGS[k]), LANGS[k].tag] as const)))('a dispute\'s page: %s', (_, fieldsHtml, tag) => {
    const l = Object.values(LANGS).find((x) => x.tag === tag)!;
    const r = readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body>${storeBar(l)}<main><h1>DP-1001</h1>${fieldsHtml}</main></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  it.each(KEYS)('a list of cards, each a label element and a value element per line (%s)', (k) => {
    const l = LANGS[k];
    const cards = l.rows.map((_, i) => `<li class="card">${fields(l, i, (a, b) => `<div><span class="field-label">${a}${COLON}</span> <span>${b}</span></div>`)}</li>`).join('');
    const r = read(storeBar(l) + `<ul>${cards}</ul>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// A help button's words for screen readers, as each language's pages write them.
const HELP: Record<Key, string> = { en: 'More information', de: 'Weitere Informationen', sv: 'Mer information', fi: 'Lisätietoja', nb: 'Mer informasjon', da: 'Flere oplysninger' };

describe('a label element that also holds a help button or a mark with no word in it ("<th>Amount <button aria-label=…>ⓘ</button></th><td>€120.50</td>")', () => {
  const fields = (l: Lang, i: number, f: (label: string, value: string) => string) => COLS.map((c, n) => f(l.labels[c], l.rows[i]![n]!)).join('');
  const details: [string, (l: Lang, k: Key) => string][] = [
    ['a table of row headers with an info button', (l, k) => `<table><tbody>${fields(l, 0, (a, b) => `<tr><th scope="row">${a} <button type="button" class="info" aria-label="${HELP[k]}">ⓘ</button></th><td>${b}</td></tr>`)}</tbody></table>`],
    ['a table of row headers with a "?" help button', (l, k) => `<table><tbody>${fields(l, 0, (a, b) => `<tr><th scope="row">${a}<button type="button" title="${HELP[k]}">?</button></th><td>${b}</td></tr>`)}</tbody></table>`],
    ['lines of a label element (with an asterisk mark) and a value element', (l) => `<div>${fields(l, 0, (a, b) => `<div class="row"><span class="label">${a}<sup>*</sup></span><span class="value">${b}</span></div>`)}</div>`],
  ];
  it.each(details.flatMap(([name, page]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, page(LANGS[k], k), k] as const)))('a dispute\'s page: %s', (_, fieldsHtml, k) => {
    const l = LANGS[k];
    const r = readPortalPage(new DOMParser().parseFromString(`<html lang="${l.tag}"><body>${storeBar(l)}<main><h1>DP-1001</h1>${fieldsHtml}</main></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  it.each(KEYS)('a list of cards, each label beside an info button (%s)', (k) => {
    const l = LANGS[k];
    const cards = l.rows.map((_, i) => `<article class="card">${fields(l, i, (a, b) => `<p><span class="label">${a} <button type="button" aria-label="${HELP[k]}">ⓘ</button></span> <span>${b}</span></p>`)}</article>`).join('');
    const r = read(storeBar(l) + `<section>${cards}</section>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

// A field's explanation, as each language's pages write it.
const EXPLAIN: Record<Key, string> = {
  en: 'Shown as the portal has it',
  de: 'So wie im Portal angezeigt',
  sv: 'Som portalen visar det',
  fi: 'Kuten portaali sen näyttää',
  nb: 'Slik portalen viser det',
  da: 'Som portalen viser det',
};

describe('a tooltip the page hides until hover, after a label inside its element ("<th>Amount<span role=tooltip hidden>…</span></th>")', () => {
  const fields = (l: Lang, i: number, f: (label: string, value: string) => string) => COLS.map((c, n) => f(l.labels[c], l.rows[i]![n]!)).join('');
  const pages: [string, (l: Lang, k: Key) => string][] = [
    ['a table of row headers, the tooltip hidden by the hidden attribute', (l, k) => `<table><tbody>${fields(l, 0, (a, b) => `<tr><th scope="row">${a}<span role="tooltip" hidden>${EXPLAIN[k]}</span></th><td>${b}</td></tr>`)}</tbody></table>`],
    ['lines of a label element and a value element, the tooltip hidden by its style', (l, k) => `<div>${fields(l, 0, (a, b) => `<div><span class="label">${a}<span class="tip" style="display: none">${EXPLAIN[k]}</span></span> <span>${b}</span></div>`)}</div>`],
  ];
  it.each(pages.flatMap(([name, page]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, page(LANGS[k], k), k] as const)))('a dispute\'s page: %s', (_, fieldsHtml, k) => {
    const l = LANGS[k];
    const r = readPortalPage(new DOMParser().parseFromString(`<html lang="${l.tag}"><body>${storeBar(l)}<main><h1>DP-1001</h1>${fieldsHtml}</main></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});

describe('a date drawn by an element of its own, its machine-readable date the only text in the page\'s markup ("<time datetime=2026-01-19></time>", "<relative-time datetime=…>")', () => {
  // (the dates list-pages.ts shows, as the datetime attribute has them: the merchant's wall time, or the instant in UTC)
  const CREATED = ['2026-01-19', '2026-01-20', '2026-01-21T10:30'];
  const CREATED_UTC = ['2026-01-18T23:00:00Z', '2026-01-19T23:00:00Z', '2026-01-21T09:30:00Z'];
  const DUE = ['2026-02-02', null, '2026-02-04'];
  const lists: [string, (i: number, c: 'createdAt' | 'dueBy') => string][] = [
    ['<time datetime> with no text', (i, c) => `<time datetime="${c === 'createdAt' ? CREATED[i] : DUE[i]}"></time>`],
    ['<relative-time datetime> (its words in its shadow root), the created instant in UTC', (i, c) => (c === 'createdAt' ? `<relative-time datetime="${CREATED_UTC[i]}" format="relative"></relative-time>` : `<time datetime="${DUE[i]}"></time>`)],
  ];
  it.each(lists.flatMap(([name, date]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, date] as const)))('a list: %s', (_, k, date) => {
    const l = LANGS[k];
    const body = table(l, l.rows.map((r, i) => row(r, (c, t) => `<td>${c === 'createdAt' || (c === 'dueBy' && DUE[i]) ? date(i, c as 'createdAt' | 'dueBy') : t}</td>`)).join(''));
    const r = read(body, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    readAfterRowChange(body, l, TZ);
  });

  it.each(KEYS)('a dispute\'s page: <time datetime> with no text in its dd (%s)', (k) => {
    const l = LANGS[k];
    const dl = COLS.map((c, n) => `<dt>${l.labels[c]}</dt><dd>${c === 'createdAt' || c === 'dueBy' ? `<time datetime="${c === 'createdAt' ? CREATED[0] : DUE[0]}"></time>` : l.rows[0]![n]}</dd>`).join('');
    const r = readPortalPage(new DOMParser().parseFromString(`<html lang="${l.tag}"><body>${storeBar(l)}<dl>${dl}</dl></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes/DP-1001', { timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });
});
