// @vitest-environment happy-dom
// A list read again after a change (the content script reads on every change) takes some answers
// of queries over the whole page from the reading before (row-memo.ts: the hidden elements, the
// labelled ones, whether a table's cells span rows), and asks its changed rows alone whether they
// hold form controls. Each must be asked again on every change that could alter it: read again,
// the page must read as a fresh copy of its markup does, in every portal language.
import { describe, expect, it } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { rowMemo } from '../../lib/portal/row-memo';
import { OWN_HOSTS } from '../../lib/portal/own-hosts';
import { cellsOf, COLS, EXPECTED, KEYS, LANGS, parse, STORE, storeBar, TZ, type Lang } from './list-pages';

const URL = 'https://portal.kustom.co/disputes';
const read = (doc: Document) => readPortalPage(doc, URL, { timeZone: TZ });
/** What a reading says, without the anchors (elements of one document or the other). */
const said = (r: PortalReading) => ({ ...r, disputes: r.disputes.map(({ anchor: _a, cell: _c, ...d }) => d) });

/** The three disputes in a table under header cells, after `before`. */
const table = (l: Lang, before: string) =>
  `${before}<table><thead><tr>${COLS.map((c) => `<th>${l.labels[c]}</th>`).join('')}</tr></thead><tbody>${l.rows
    .map((_, i) => `<tr>${cellsOf(l, i, (_c, t) => `<td>${t}</td>`)}</tr>`)
    .join('')}</tbody></table>`;

const rowsOf = (doc: Document) => Array.from(doc.querySelectorAll('tbody tr'));
const OTHER = 'M-99';
type Facts = Omit<(typeof EXPECTED)[number], 'storeId'> & { dueBy?: string; storeId?: string };

interface Change {
  /** what the page shows before its first reading */
  before: (l: Lang) => string;
  /** the change after it (a reading between, where the change is made in two steps) */
  change: (doc: Document, l: Lang) => void;
  /** the store every dispute has after it */
  store: string | undefined;
  /** what else it changes in what the disputes are (EXPECTED) */
  edit?: (expected: Facts[]) => void;
}

const CHANGES: Record<string, Change> = {
  // (aria-hidden hides a tab panel only: a role given to a covered element hides it)
  'an element covering a store label becomes a hidden tab panel (its role)': {
    before: (l) => `<div aria-hidden="true"><p>${l.labels.store}: ${OTHER}</p></div>${storeBar(l)}`,
    change: (doc) => doc.querySelector('[aria-hidden]')!.setAttribute('role', 'tabpanel'),
    store: STORE,
  },
  'an element labelled as the store is put into the page': {
    before: () => '',
    change: (doc, l) => doc.body.insertAdjacentHTML('afterbegin', `<span aria-label="${l.labels.store}">${OTHER}</span>`),
    store: OTHER,
  },
  'an element is labelled as the store by its aria-label': {
    before: () => `<p><span>${OTHER}</span></p>`,
    change: (doc, l) => doc.querySelector('p span')!.setAttribute('aria-label', l.labels.store),
    store: OTHER,
  },
  'an element labelled as the store is taken out': {
    before: (l) => `<p><span aria-label="${l.labels.store}">${OTHER}</span></p>`,
    change: (doc) => doc.querySelector('p')!.remove(),
    store: undefined,
  },
  'an element labelled as the store is hidden': {
    before: (l) => `<p><span aria-label="${l.labels.store}">${OTHER}</span></p>`,
    change: (doc) => doc.querySelector('p')!.setAttribute('hidden', ''),
    store: undefined,
  },
  // the first row's last cell (its "Respond by") spans the row below, which shows none of its own
  'a cell of the first row comes to span the row below (its rowspan)': {
    before: () => '',
    change: (doc) => {
      rowsOf(doc)[1]!.lastElementChild!.remove();
      read(doc);
      rowsOf(doc)[0]!.lastElementChild!.setAttribute('rowspan', '2');
    },
    store: undefined,
    edit: (e) => (e[1]!.dueBy = e[0]!.dueBy),
  },
  'the first row is drawn again with its last cell spanning the row below': {
    before: () => '',
    change: (doc) => {
      rowsOf(doc)[1]!.lastElementChild!.remove();
      read(doc);
      const row = rowsOf(doc)[0]!;
      const copy = row.cloneNode(true) as Element;
      copy.lastElementChild!.setAttribute('rowspan', '2');
      row.replaceWith(copy);
    },
    store: undefined,
    edit: (e) => (e[1]!.dueBy = e[0]!.dueBy),
  },
  // (a row read before, unchanged since, is not asked again whether it is hidden or a message)
  'a row is hidden by its style': {
    before: () => '',
    change: (doc) => rowsOf(doc)[1]!.setAttribute('style', 'display: none'),
    store: undefined,
    edit: (e) => e.splice(1, 1),
  },
  'a row becomes a message across the table (one cell)': {
    before: () => '',
    change: (doc) => {
      const row = rowsOf(doc)[1]!;
      row.replaceChildren(row.firstElementChild!);
    },
    store: undefined,
    edit: (e) => e.splice(1, 1),
  },
  // a read-only field's value changes without a record: its row is read afresh every time
  'a read-only field is put into one row, then its value changes': {
    before: () => '',
    change: (doc, l) => {
      const input = doc.createElement('input');
      input.readOnly = true;
      input.value = l.rows[1]![1]!;
      rowsOf(doc)[0]!.children[1]!.replaceChildren(input);
      read(doc);
      input.value = l.rows[2]![1]!;
    },
    store: undefined,
    edit: (e) => (e[0]!.amount = e[2]!.amount),
  },
};

describe.each(KEYS)('%s: a list read again after a change reads as a fresh copy', (k) => {
  const l = LANGS[k];
  it.each(Object.entries(CHANGES))('%s', (_what, { before, change, store, edit }) => {
    const doc = parse(table(l, before(l)), l.tag);
    read(doc);
    change(doc, l);
    const again = read(doc);
    // (a control's value as the markup's: a fresh copy's)
    for (const input of doc.querySelectorAll('input')) input.setAttribute('value', input.value);
    expect(said(again)).toEqual(said(read(parse(doc.body.innerHTML, l.tag))));
    // (and what it reads: not a fresh copy's mistake)
    const expected: Facts[] = EXPECTED.map(({ storeId: _s, ...f }) => (store ? { ...f, storeId: store } : { ...f }));
    edit?.(expected);
    expect(again.disputes.map((d) => d.facts)).toEqual(expected);
    expect(again.problems).toEqual([]);
    // and once more, with nothing changed in between
    expect(said(read(doc))).toEqual(said(again));
  });
});

// The content script's chips (an empty element with a shadow root in each ID cell) and a changed
// text are all that changes between most readings: what the queries found is taken, not asked again.
describe.each(KEYS)('%s: the content script\'s chips and a changed text keep what the queries found', (k) => {
  it('the hidden elements, the labelled ones and the tables without spanning cells are the reading before\'s', () => {
    const l = LANGS[k];
    const doc = parse(table(l, `<p hidden>x</p><p><span aria-label="${l.labels.store}">${OTHER}</span></p>`), l.tag);
    read(doc);
    const found = () => rowMemo(doc, doc.body, false)!.keptScans().found(doc.body)!;
    const before = found();
    expect(before.hidden.length).toBe(1);
    for (const row of rowsOf(doc)) {
      const chip = doc.createElement('dispute-radar-chip');
      chip.setAttribute('data-key', 'k');
      chip.attachShadow({ mode: 'open' }).innerHTML = '<span>3 days</span>';
      // (ours, as the manager registers it)
      OWN_HOSTS.add(chip);
      row.firstElementChild!.append(chip);
    }
    rowsOf(doc)[1]!.lastElementChild!.append(' ');
    const again = read(doc);
    expect(again.disputes.map((d) => d.facts)).toEqual(EXPECTED.map((f) => ({ ...f, storeId: OTHER })));
    const after = found();
    expect(after.hidden).toBe(before.hidden);
    expect(after.labelled).toEqual(before.labelled);
    expect(after.unspanned).toBe(before.unspanned);
    expect([...after.unspanned]).toEqual([doc.querySelector('table')]);
  });
});
