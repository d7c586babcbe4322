// @vitest-environment happy-dom
// A dispute's own page, at its address, that also names other disputes: a "related disputes" table
// under its fields, or a "recently viewed" list beside them. It is that dispute's page (the panel
// goes there), with that dispute alone; it was read as a list of all of them, and so showed no
// panel. A list with one dispute's drawer open over it, at that dispute's address, stays a list
// (test/portal/unseen-details.test.ts): there the dispute is one of the list's rows as well.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { COLS, EXPECTED, LANGS, storeBar, type Lang } from './list-pages';

const TZ = 'Europe/Stockholm';
const read = (body: string, tag: string, url: string) =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${tag}"><body>${body}</body></html>`, 'text/html'), url, { timeZone: TZ });
const URL_OF = (id: string) => `https://portal.kustom.co/disputes/${id}`;

/** DP-1001's fields as a definition list, in the page's language */
const fields = (l: Lang) => `<dl>${COLS.map((c, i) => `<dt>${l.labels[c]}</dt><dd>${l.rows[0]![i]}</dd>`).join('')}</dl>`;
/** the other two disputes as a table with the list's columns */
const others = (l: Lang) =>
  `<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>` +
  l.rows.slice(1).map((r) => `<tr>${r.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('') +
  `</tbody></table>`;
const recent = (l: Lang) => `<ul>${l.rows.slice(1).map((r) => `<li><a href="/disputes/${r[0]}">${l.labels.id}: ${r[0]}</a></li>`).join('')}</ul>`;

const PAGES: [string, (l: Lang) => string][] = [
  ['a related disputes table under the fields', (l) => `${storeBar(l)}<main><h1>DP-1001</h1>${fields(l)}<section><h2>…</h2>${others(l)}</section></main>`],
  ['a recently viewed list in an aside', (l) => `${storeBar(l)}<main><h1>DP-1001</h1>${fields(l)}</main><aside><h2>…</h2>${recent(l)}</aside>`],
  ['a recently viewed list inside the main content, after the fields', (l) => `${storeBar(l)}<main><section><h1>DP-1001</h1>${fields(l)}</section><section><h2>…</h2>${recent(l)}</section></main>`],
];

describe('a dispute\'s own page that names other disputes', () => {
  it.each(PAGES.flatMap(([name, page]) => Object.values(LANGS).map((l) => [`${name} (${l.tag})`, page(l), l.tag] as const)))('%s: that dispute\'s page, that dispute alone', (_name, body, tag) => {
    const r = read(body, tag, URL_OF('DP-1001'));
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_detail');
    expect(r.disputes.map((d) => d.facts)).toEqual([EXPECTED[0]]);
  });

  it.each(PAGES.map(([name, page]) => [name, page(LANGS.en)] as const))('%s, at the list\'s address: a list of them all', (_name, body) => {
    const r = read(body, 'en-GB', 'https://portal.kustom.co/disputes');
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts.id)).toEqual(['DP-1001', 'DP-1002', 'DP-1003']);
  });
});
