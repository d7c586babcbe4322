// @vitest-environment happy-dom
// Pages a review of this session's fixes found read wrongly (ca20030..cd97b88): a currency, a
// dispute that is a search button, deadlines an hour off. Six languages, the vocabulary's texts,
// amounts and dates as Intl prints them (list-pages.ts). Each failed before its mend.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, KEYS, LANGS, parse, readDetail, readList, storeBar, type Col, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

const valueOf = (l: Lang, i: number, c: Col) => l.rows[i]![COLS.indexOf(c)]!;
const reading = (r: ReturnType<typeof readList>) => ({ page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) });
const LIST = { page: 'dispute_list', problems: [], facts: EXPECTED };
/** a value without its currency sign ("120,50 €" → "120,50") */
const bare = (t: string) => t.replace(/\u00a0?€/, '').replace('€', '');
type Show = (c: Col, t: string, i: number) => string;
const plain: Show = (_c, t) => t;
/** a table of the three disputes, its columns headed by `head`, then `more` columns (a head and a row's cell each) */
const table = (l: Lang, show: Show = plain, head: (c: Col) => string = (c) => l.labels[c], more: [string, (i: number) => string][] = []) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${head(c)}</th>`).join('')}${more.map(([h]) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2]
    .map((i) => `<tr>${COLS.map((c) => `<td>${show(c, valueOf(l, i, c), i)}</td>`).join('')}${more.map(([, cell]) => `<td>${cell(i)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const readIn = (body: string, l: Lang, timeZone: string, url = 'https://portal.kustom.co/disputes') => reading(readPortalPage(parse(body, l.tag), url, { timeZone }));
const bareAmounts: Show = (c, t) => (c === 'amount' ? bare(t) : t);
const dueBys = (r: ReturnType<typeof reading>) => r.facts.map((f) => f.dueBy);

// 1. Two columns of one field, each naming its unit: the first is read, so its unit is the one.
describe('a field in two columns, each header naming its currency', () => {
  const headed = (l: Lang, unit: string) => (c: Col) => (c === 'amount' ? `${l.labels.amount} (${unit})` : l.labels[c]);
  it.each(KEYS)('"Amount (EUR) | Amount (SEK)" over 120.50 | 1400.00 reads EUR (%s)', (k) => {
    const l = LANGS[k];
    const page = storeBar(l) + table(l, bareAmounts, headed(l, 'EUR'), [[`${l.labels.amount} (SEK)`, () => '1400.00']]);
    expect(reading(readList(page, l.tag))).toEqual(LIST);
    expect(readAfterRowChange(page, l, 'Europe/Stockholm').map((f) => f.amount?.currency)).toEqual(['EUR', 'EUR', 'EUR']);
  });
  it.each(KEYS)('"Amount (EUR) | Amount" over 120.50 | €120.50 reads EUR (%s)', (k) => {
    const l = LANGS[k];
    expect(reading(readList(storeBar(l) + table(l, bareAmounts, headed(l, 'EUR'), [[l.labels.amount, (i) => valueOf(l, i, 'amount')]]), l.tag))).toEqual(LIST);
  });
});

// 2. A list's search field labelled "Dispute ID", empty, its button beside it: no dispute.
describe('an empty search field labelled as a dispute ID, its button in its group', () => {
  const SEARCH = { en: 'Search', de: 'Suchen', sv: 'Sök', fi: 'Hae', nb: 'Søk', da: 'Søg' };
  it.each(KEYS)('reads the list alone (%s)', (k) => {
    const l = LANGS[k];
    const form = `<form role="search"><label for="q">${l.labels.id}</label><div class="input-group"><input id="q" type="search"><button>${SEARCH[k]}</button></div></form>`;
    expect(reading(readList(storeBar(l) + form + table(l), l.tag))).toEqual(LIST);
  });
});
