// @vitest-environment happy-dom
// List rows whose cells are not the row's own children, or are all header cells. Both read as a
// list with no dispute and no problem: an empty list where the page shows disputes, with nothing
// to tell the merchant that anything was missed.
//  - A link around the cells that makes the whole row clickable, laid out as if it were not there
//    (`display: contents`): the cells are the link's children.
//  - A body whose cells are all <th> (a grid styled that way): its rows are rows of values, not
//    header rows, unless they repeat the header or show labels.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body><main>${body}</main></body></html>`, 'text/html'), 'https://portal.kustom.co/disputes', { timeZone: TZ });

const LANGS = [
  { tag: 'en-GB', head: ['Dispute ID', 'Amount', 'Status'], rows: [['DP-1', '€12.00', 'Won'], ['DP-2', '€13.50', 'Lost']], empty: 'No disputes' },
  { tag: 'de-DE', head: ['Streitfall-ID', 'Betrag', 'Status'], rows: [['DP-1', '12,00\u00a0€', 'Gewonnen'], ['DP-2', '13,50\u00a0€', 'Verloren']], empty: 'Keine Streitfälle' },
  { tag: 'sv-SE', head: ['Tvist-ID', 'Belopp', 'Status'], rows: [['DP-1', '12,00\u00a0€', 'Vunnen'], ['DP-2', '13,50\u00a0€', 'Förlorad']], empty: 'Inga tvister' },
] as const;
type Lang = (typeof LANGS)[number];

const EXPECTED = [
  { id: 'DP-1', amount: { amountMinor: 1200, currency: 'EUR' }, status: 'won' },
  { id: 'DP-2', amount: { amountMinor: 1350, currency: 'EUR' }, status: 'lost' },
];

const linkedGrid = (l: Lang) =>
  `<div role="table"><div role="rowgroup"><div role="row">${l.head.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div></div>` +
  `<div role="rowgroup">${l.rows.map((r) => `<div role="row"><a href="/disputes/${r[0]}" style="display:contents">${r.map((c) => `<div role="cell">${c}</div>`).join('')}</a></div>`).join('')}</div></div>`;

const linkedTableRows = (l: Lang) =>
  `<div class="list"><div class="head">${l.head.map((h) => `<span role="columnheader">${h}</span>`).join('')}</div>` +
  `${l.rows.map((r) => `<div class="row"><a href="/disputes/${r[0]}" class="contents">${r.map((c) => `<span>${c}</span>`).join('')}</a></div>`).join('')}</div>`;

const allTh = (l: Lang) =>
  `<table><thead><tr>${l.head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
  `<tbody>${l.rows.map((r) => `<tr>${r.map((c) => `<th>${c}</th>`).join('')}</tr>`).join('')}` +
  `<tr>${l.head.map((h) => `<th>${h}</th>`).join('')}</tr></tbody></table>`;

describe('rows whose cells are inside a link, or all header cells', () => {
  const cases = LANGS.flatMap((l) => [
    [`${l.tag}: a grid whose rows are links laid out with display:contents`, linkedGrid(l), l.tag],
    [`${l.tag}: rows of spans inside a link, under column headers`, linkedTableRows(l), l.tag],
    [`${l.tag}: a table body of <th> cells (and the header repeated at its end)`, allTh(l), l.tag],
  ] as const);
  it.each(cases)('%s', (_name, body, tag) => {
    const r = read(body, tag);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
    expect(r.problems).toEqual([]);
  });

  it.each(LANGS.map((l) => [l.tag, l] as const))('%s: a message in a cell across the table, or inside a link, is no dispute', (_tag, l) => {
    const message = `<table><thead><tr>${l.head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr><td colspan="3"><p>${l.empty}</p><button>↻</button></td></tr></tbody></table>`;
    const linked = `<div role="table"><div role="row">${l.head.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div><div role="row"><a href="/help" style="display:contents"><p>${l.empty}</p></a></div></div>`;
    for (const body of [message, linked]) {
      const r = read(body, l.tag);
      expect(r.disputes).toEqual([]);
      expect(r.problems).toEqual([]);
    }
  });
});
