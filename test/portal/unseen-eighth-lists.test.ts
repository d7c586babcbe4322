// @vitest-environment happy-dom
// An eighth probe of list pages in markup the reader has not seen, as a tester writing from
// portal-vocabulary.md could write them: each case read wrongly or not at all before its fix, in
// the six portal languages with the vocabulary's texts and Intl's amounts and dates (list-pages.ts).
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../lib/portal/vocabulary';
import { COLS, EXPECTED, KEYS, LANGS, readList, storeBar, TZ, type Col, type Key, type Lang } from './list-pages';
import { readAfterRowChange } from './row-change';

/** each language's cases, named with its tag */
const perLang = <T extends unknown[]>(cases: [string, ...T][]) => cases.flatMap(([name, ...rest]) => KEYS.map((k) => [`${name} (${LANGS[k].tag})`, k, ...rest] as const));
const valueOf = (l: Lang, i: number, c: Col) => l.rows[i]![COLS.indexOf(c)]!;
const headOf = (l: Lang, cols: Col[]) => `<thead><tr>${cols.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead>`;
const rowOf = (l: Lang, i: number, cols: Col[]) => `<tr>${cols.map((c) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`;
const cardOf = (l: Lang, i: number, cols: Col[]) => `<li><dl>${cols.map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')}</dl></li>`;
type Expected = (typeof EXPECTED)[number];
const read = (html: string, l: Lang) => {
  const r = readList(html, l.tag);
  return { page: r.page, problems: r.problems, facts: r.disputes.map((d) => d.facts) };
};

// A list grouped by status: a heading over each group's disputes (a group row across the table, a
// section's heading, a heading over a table of its own), no Status column or line. A merchant
// reads each dispute as its group's status. Before, the status was not read, and nothing said so:
// a won dispute read as one that may need a response.
describe('a list grouped by status: a heading over each group, no status on its disputes', () => {
  const NO_STATUS = COLS.filter((c) => c !== 'status');
  const status = (l: Lang, i: number) => valueOf(l, i, 'status');
  /** DP-1001 and DP-1003 under the first dispute's status, DP-1002 under its own */
  const TWO_GROUPS: Expected[] = [EXPECTED[0]!, { ...EXPECTED[2]!, status: 'open' }, EXPECTED[1]!];
  const PAGES: [string, (l: Lang) => string, Expected[]][] = [
    ['a table, a group row of a th across it before each group', (l) => `<table>${headOf(l, NO_STATUS)}<tbody>${[0, 1, 2].map((i) => `<tr><th colspan="5">${status(l, i)}</th></tr>${rowOf(l, i, NO_STATUS)}`).join('')}</tbody></table>`, EXPECTED],
    ['a table, a tbody per group headed by a th scope=rowgroup', (l) => `<table>${headOf(l, NO_STATUS)}${[0, 1, 2].map((i) => `<tbody><tr><th colspan="5" scope="rowgroup">${status(l, i)}</th></tr>${rowOf(l, i, NO_STATUS)}</tbody>`).join('')}</table>`, EXPECTED],
    ['a table, a group row of a td with the status in <strong> and a count', (l) => `<table>${headOf(l, NO_STATUS)}<tbody>${[0, 1, 2].map((i) => `<tr class="group"><td colspan="5"><strong>${status(l, i)}</strong> (1)</td></tr>${rowOf(l, i, NO_STATUS)}`).join('')}</tbody></table>`, EXPECTED],
    ['a table, a group row of the status and its count in one text ("Won (1)")', (l) => `<table>${headOf(l, NO_STATUS)}<tbody>${[0, 1, 2].map((i) => `<tr><th colspan="5">${status(l, i)} (1)</th></tr>${rowOf(l, i, NO_STATUS)}`).join('')}</tbody></table>`, EXPECTED],
    ['a table, a group row of the status, a dot and its count in one text ("Won · 1")', (l) => `<table>${headOf(l, NO_STATUS)}<tbody>${[0, 1, 2].map((i) => `<tr><td colspan="5">${status(l, i)} · 1</td></tr>${rowOf(l, i, NO_STATUS)}`).join('')}</tbody></table>`, EXPECTED],
    ['a table, two disputes in a group', (l) => `<table>${headOf(l, NO_STATUS)}<tbody><tr><th colspan="5">${status(l, 0)}</th></tr>${rowOf(l, 0, NO_STATUS)}${rowOf(l, 2, NO_STATUS)}<tr><th colspan="5">${status(l, 1)}</th></tr>${rowOf(l, 1, NO_STATUS)}</tbody></table>`, TWO_GROUPS],
    ['sections, a heading over each group\'s cards', (l) => `<section><h2>${status(l, 0)}</h2><ul>${cardOf(l, 0, NO_STATUS)}${cardOf(l, 2, NO_STATUS)}</ul></section><section><h2>${status(l, 1)}</h2><ul>${cardOf(l, 1, NO_STATUS)}</ul></section>`, TWO_GROUPS],
    ['a heading over a table per status', (l) => `<h3>${status(l, 0)}</h3><table>${headOf(l, NO_STATUS)}<tbody>${rowOf(l, 0, NO_STATUS)}${rowOf(l, 2, NO_STATUS)}</tbody></table><h3>${status(l, 1)}</h3><table>${headOf(l, NO_STATUS)}<tbody>${rowOf(l, 1, NO_STATUS)}</tbody></table>`, TWO_GROUPS],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page, expected) => {
    const l = LANGS[k];
    expect(read(storeBar(l) + page(l), l)).toEqual({ page: 'dispute_list', problems: [], facts: expected });
  });

  it.each(KEYS)('under a tab bar of the same words (%s): the tabs read as tabs, each dispute its group\'s status', (k) => {
    const l = LANGS[k];
    const tabs = `<div role="tablist">${[0, 2].map((i, n) => `<button role="tab" aria-selected="${n === 0}">${status(l, i)} (${n + 1})</button>`).join('')}</div>`;
    const r = readList(storeBar(l) + tabs + PAGES.find(([name]) => name === 'a table, two disputes in a group')![1](l), l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(TWO_GROUPS);
    expect(r.tab).toBe('response_required');
    expect(r.tabCounts).toEqual({ response_required: 1, under_review: 2 });
  });

  it.each(KEYS)('read again after a row changes, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(storeBar(l) + PAGES[0]![1](l), l, TZ);
    expect(facts.map((f) => f.status)).toEqual(['open', 'won', 'under_review']);
  });

  // (passed before: a tab bar is navigation, whatever its markup; its last tab is no heading of the list under it)
  it.each(KEYS)('a tab bar of links in list items over a table with no Status column gives no dispute a status (%s)', (k) => {
    const l = LANGS[k];
    const tabs = `<ul class="tabs">${[0, 2].map((i) => `<li><a href="#">${status(l, i)}</a></li>`).join('')}</ul>`;
    const r = readList(storeBar(l) + tabs + `<table>${headOf(l, NO_STATUS)}<tbody>${[0, 1, 2].map((i) => rowOf(l, i, NO_STATUS)).join('')}</tbody></table>`, l.tag);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED.map(({ status: _, ...f }) => f));
  });
});

// A list of several stores, the store named over each group ("Store ID (MID): M-5" in a heading or
// a table's caption), under the store picker or not. Before, every dispute took the picker's store
// (or the first group's): the case of a dispute of another store kept under the wrong one.
describe('a list grouped by store: the store named over each group', () => {
  const store = (l: Lang, id: string) => `${l.labels.store}: ${id}`;
  const STORES: Expected[] = EXPECTED.map((e, i) => ({ ...e, storeId: i < 2 ? 'M-5' : 'M-6' }));
  const PAGES: [string, (l: Lang) => string][] = [
    ['a heading over a table per store, under the store picker', (l) => `${storeBar(l)}<h2>${store(l, 'M-5')}</h2><table>${headOf(l, COLS)}<tbody>${rowOf(l, 0, COLS)}${rowOf(l, 1, COLS)}</tbody></table><h2>${store(l, 'M-6')}</h2><table>${headOf(l, COLS)}<tbody>${rowOf(l, 2, COLS)}</tbody></table>`],
    ['a table per store, the store in its caption', (l) => `<table><caption>${store(l, 'M-5')}</caption>${headOf(l, COLS)}<tbody>${rowOf(l, 0, COLS)}${rowOf(l, 1, COLS)}</tbody></table><table><caption>${store(l, 'M-6')}</caption>${headOf(l, COLS)}<tbody>${rowOf(l, 2, COLS)}</tbody></table>`],
    ['a section per store, its label and value apart in its heading, cards under it', (l) => `${storeBar(l)}<section><h3><span>${l.labels.store}</span> <strong>M-5</strong></h3><ul>${cardOf(l, 0, COLS)}${cardOf(l, 1, COLS)}</ul></section><section><h3><span>${l.labels.store}</span> <strong>M-6</strong></h3><ul>${cardOf(l, 2, COLS)}</ul></section>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => {
    const l = LANGS[k];
    expect(read(page(l), l)).toEqual({ page: 'dispute_list', problems: [], facts: STORES });
  });

  // Grouped twice: a heading per store over a table grouped by status. Each dispute takes both its
  // store's and its status group's heading (before, only the nearer one: the store was the picker's).
  const NO_STATUS = COLS.filter((c) => c !== 'status');
  const group = (l: Lang, i: number) => `<tr><th colspan="5">${valueOf(l, i, 'status')}</th></tr>${rowOf(l, i, NO_STATUS)}`;
  const NESTED: [string, (l: Lang) => string][] = [
    ['a heading per store over a table grouped by status, under the store picker', (l) => `${storeBar(l)}<h2>${store(l, 'M-5')}</h2><table>${headOf(l, NO_STATUS)}<tbody>${group(l, 0)}${group(l, 1)}</tbody></table><h2>${store(l, 'M-6')}</h2><table>${headOf(l, NO_STATUS)}<tbody>${group(l, 2)}</tbody></table>`],
    ['a section per store, a heading per status over its cards', (l) => `<section><h2>${store(l, 'M-5')}</h2><div><h3>${valueOf(l, 0, 'status')}</h3><ul>${cardOf(l, 0, NO_STATUS)}</ul><h3>${valueOf(l, 1, 'status')}</h3><ul>${cardOf(l, 1, NO_STATUS)}</ul></div></section><section><h2>${store(l, 'M-6')}</h2><div><h3>${valueOf(l, 2, 'status')}</h3><ul>${cardOf(l, 2, NO_STATUS)}</ul></div></section>`],
  ];
  it.each(perLang(NESTED))('%s', (_, k, page) => {
    const l = LANGS[k];
    expect(read(page(l), l)).toEqual({ page: 'dispute_list', problems: [], facts: STORES });
  });
});

// The network's reason code shown under the reason in its cell or term ("Fraudulent<br><small>Network
// reason code: 10.4</small>"). Before, the code was read, but the reason was the whole cell, label
// and code with it ("Fraudulent Network reason code: 10.4"): no reason of the vocabulary, so none of
// its evidence.
describe('a reason with the network\'s reason code under it, in its cell or description', () => {
  const code = (k: Key, i: number) => `${LANGS[k].rows[i]![3]}<br><small>${FIELD_LABELS.networkReasonCode[k]}: ${['10.4', '4855', 'C08'][i]}</small>`;
  const PAGES: [string, (l: Lang, k: Key) => string][] = [
    ['a table', (l, k) => `<table>${headOf(l, COLS)}<tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${c === 'reason' ? code(k, i) : valueOf(l, i, c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`],
    ['cards of terms and descriptions', (l, k) => `<ul>${[0, 1, 2].map((i) => `<li><dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt><dd>${c === 'reason' ? code(k, i) : valueOf(l, i, c)}</dd>`).join('')}</dl></li>`).join('')}</ul>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => {
    const l = LANGS[k];
    expect(read(storeBar(l) + page(l, k), l)).toEqual({ page: 'dispute_list', problems: [], facts: EXPECTED.map((e, i) => ({ ...e, networkReasonCode: ['10.4', '4855', 'C08'][i] })) });
  });
  // (passed before: a reason of the provider's own words stays as shown)
  it.each(KEYS)('a reason the vocabulary does not know, alone in its cell, as shown (%s)', (k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<table>${headOf(l, COLS)}<tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${c === 'reason' ? 'Customer <em>says</em> damaged' : valueOf(l, i, c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    expect(read(html, l).facts.map((f) => f.reason)).toEqual(['Customer says damaged', 'Customer says damaged', 'Customer says damaged']);
  });
});

// Disputes one after another in one element with nothing around each: one <dl> of every dispute's
// terms, "Label: value" lines set apart by <hr>, "<b>Label:</b> value<br>" lines, a heading naming
// each dispute's ID over its own terms. Before, each dispute was its ID alone: its amount, status,
// reason and dates were lost, and nothing said so.
describe('disputes one after another in one element, nothing around each', () => {
  const lines = (l: Lang, line: (c: Col, label: string, t: string) => string, apart = '') => [0, 1, 2].map((i) => COLS.map((c) => line(c, l.labels[c], valueOf(l, i, c))).join('')).join(apart);
  const PAGES: [string, (l: Lang) => string][] = [
    ['one <dl> of every dispute\'s terms', (l) => `<dl>${lines(l, (_c, a, b) => `<dt>${a}</dt><dd>${b}</dd>`)}</dl>`],
    ['"Label: value" paragraphs, the disputes set apart by <hr>', (l) => `<div>${lines(l, (_c, a, b) => `<p>${a}: ${b}</p>`, '<hr>')}</div>`],
    ['"<b>Label:</b> value<br>" lines, the disputes set apart by <hr>', (l) => `<div>${lines(l, (_c, a, b) => `<b>${a}:</b> ${b}<br>`, '<hr>')}</div>`],
    ['a heading "Dispute ID: …" over each dispute\'s terms', (l) => `<main>${[0, 1, 2].map((i) => `<h3>${l.labels.id}: ${valueOf(l, i, 'id')}</h3><dl>${COLS.slice(1).map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')}</dl>`).join('')}</main>`],
    ['"Label: value" paragraphs, the status a badge with no label', (l) => `<div>${lines(l, (c, a, b) => (c === 'status' ? `<span class="badge">${b}</span>` : `<p>${a}: ${b}</p>`), '<hr>')}</div>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => {
    const l = LANGS[k];
    expect(read(storeBar(l) + page(l), l)).toEqual({ page: 'dispute_list', problems: [], facts: EXPECTED });
  });
  it.each(KEYS)('read again after a dispute\'s lines change, as a fresh copy reads (%s)', (k) => {
    const l = LANGS[k];
    const facts = readAfterRowChange(storeBar(l) + PAGES[1]![1](l), l, TZ);
    expect(facts.map((f) => f.amount?.amountMinor)).toEqual([12050, 12050, 123450]);
  });
  // (passed before: a list of IDs, each in an element of its own, holds nothing of the others')
  it.each(KEYS)('a list of disputes\' IDs alone, one per item, beside a dispute\'s card (%s)', (k) => {
    const l = LANGS[k];
    const html = `${storeBar(l)}<ul>${[0, 1].map((i) => `<li>${l.labels.id}: ${valueOf(l, i, 'id')}</li>`).join('')}</ul><article><dl>${COLS.map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, 2, c)}</dd>`).join('')}</dl></article>`;
    expect(read(html, l).facts).toEqual([{ id: 'DP-1001', storeId: 'M-77' }, { id: 'DP-1002', storeId: 'M-77' }, EXPECTED[2]]);
  });
});

// Disputes whose ID is shown with no "Dispute ID" label: cards titled by the ID, a table whose ID
// column is headed "#". Without the label an ID is no dispute's (an order's number looks the same),
// so they are not read; but before, the page read as no list at all and said nothing: no marker,
// the merchant not told that these disputes went unread. Their deadlines' label now says the page
// shows disputes, as the Dispute ID label does.
describe('disputes shown without the "Dispute ID" label: reported, not read as a page of nothing', () => {
  const UNREAD = ['Labelled disputes could not be read.'];
  const NO_ID = COLS.filter((c) => c !== 'id');
  const PAGES: [string, (l: Lang) => string][] = [
    ['cards titled by their ID', (l) => [0, 1, 2].map((i) => `<article><h3>${valueOf(l, i, 'id')}</h3><dl>${NO_ID.map((c) => `<dt>${l.labels[c]}</dt><dd>${valueOf(l, i, c)}</dd>`).join('')}</dl></article>`).join('')],
    ['a table whose ID column is headed "#"', (l) => `<table><thead><tr><th>#</th>${NO_ID.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${[0, 1, 2].map((i) => `<tr>${COLS.map((c) => `<td>${valueOf(l, i, c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`],
  ];
  it.each(perLang(PAGES))('%s', (_, k, page) => {
    const l = LANGS[k];
    expect(read(storeBar(l) + page(l), l)).toEqual({ page: 'unknown', problems: UNREAD, facts: [] });
  });
  // (passed before: a filter's field is no dispute's)
  it.each(KEYS)('a page of no disputes with a date filter labelled as the deadline is quiet (%s)', (k) => {
    const l = LANGS[k];
    expect(read(`${storeBar(l)}<form><label for="due">${l.labels.dueBy}</label> <input id="due" type="date"></form><p>—</p>`, l)).toEqual({ page: 'unknown', problems: [], facts: [] });
  });
});
