// @vitest-environment happy-dom
// A page read again after changes (the content script reads on every change) must read exactly as
// a fresh copy of the page does: rows kept from an earlier reading (lib/portal/row-memo.ts) are
// only those no change has touched since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount, readPortalPage, type PortalReading } from '../../lib/portal';
import { rowMemo } from '../../lib/portal/row-memo';

const TZ = { timeZone: 'Europe/Stockholm' };
const PAGES = [
  ['hand-written table', join(__dirname, '../fixtures/pages/list-table-en.html'), 'https://portal.kustom.co/disputes'],
  ['labels inside the cells', join(__dirname, '../fixtures/pages/list-responsive-en.html'), 'https://portal.kustom.co/disputes'],
  ['div grid', join(__dirname, '../fixtures/pages/list-grid-nb.html'), 'https://portal.kustom.co/disputes'],
  ['sandbox table', join(__dirname, '../fixtures/sandbox/list-table.en-GB.html'), 'https://portal.kustom.co/disputes?tab=all'],
] as const;

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

/** What a reading says, without the anchors (elements of one document or the other). */
function said(r: PortalReading) {
  return { ...r, disputes: r.disputes.map(({ anchor: _anchor, ...d }) => d) };
}

/** Reads `doc`, then a copy of its current markup: they must say the same. */
function expectAsFresh(doc: Document, url: string, what?: string): PortalReading {
  const again = readPortalPage(doc, url, TZ);
  const fresh = readPortalPage(new DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html'), url, TZ);
  expect(said(again), what).toEqual(said(fresh));
  return again;
}

/** The dispute rows: table body rows, or the grid's rows (the children of the element after its header row). */
const rows = (doc: Document): Element[] => {
  const tr = Array.from(doc.querySelectorAll('tbody tr')).filter((r) => r.children.length > 1);
  if (tr.length > 0) return tr;
  const header = Array.from(doc.querySelectorAll('div')).find((d) => d.firstElementChild?.textContent === 'Tvist-ID')!;
  return Array.from(header.nextElementSibling!.children);
};
/** The n-th cell of a row, or its last when it has fewer. */
const cellOf = (row: Element, n: number): HTMLElement => (row.children[n] ?? row.lastElementChild!) as HTMLElement;
/** The cell showing an amount. */
const amountCell = (row: Element): HTMLElement =>
  Array.from(row.children).find((c) => parseAmount((c.textContent ?? '').replace('Amount', ''), 'nb-NO') !== null) as HTMLElement;

type Change = [string, (doc: Document) => void];
const CHANGES: Change[] = [
  ['a cell text changes', (d) => (cellOf(rows(d)[0]!, 3).textContent = '€99.00')],
  ['a text node inside a cell changes', (d) => {
    const cell = cellOf(rows(d)[1]!, 0);
    const walker = d.createTreeWalker(cell, 4);
    const t = walker.nextNode() as Text;
    t.data = `${t.data}9`;
  }],
  ['part of a cell is hidden', (d) => {
    const cell = cellOf(rows(d)[0]!, 3);
    cell.innerHTML = `<span>€9.00</span> <span>${cell.textContent}</span>`;
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    (cell.firstElementChild as HTMLElement).hidden = true;
  }],
  ['a hidden part of a cell is shown', (d) => {
    const cell = cellOf(rows(d)[0]!, 4);
    cell.insertAdjacentHTML('afterbegin', '<span style="display:none">Lost · </span>');
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    cell.firstElementChild!.removeAttribute('style');
  }],
  ['a hidden part with text is put into a cell', (d) => {
    const cell = cellOf(rows(d)[0]!, 4);
    cell.insertAdjacentHTML('afterbegin', '<span hidden>Lost · </span>');
  }],
  ['text is put into an empty hidden element', (d) => {
    const cell = cellOf(rows(d)[0]!, 4);
    cell.insertAdjacentHTML('afterbegin', '<span style="display:none"></span>');
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    cell.firstElementChild!.textContent = 'Lost · ';
  }],
  ['a line break goes into a cell', (d) => {
    const cell = cellOf(rows(d)[0]!, 2);
    cell.replaceChildren('REF', '42');
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    cell.insertBefore(d.createElement('br'), cell.lastChild);
  }],
  ['an empty block goes between two texts of a cell', (d) => {
    const cell = cellOf(rows(d)[0]!, 2);
    cell.replaceChildren('REF', '42');
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    cell.insertBefore(d.createElement('div'), cell.lastChild);
  }],
  ['an empty cell is put at the start of a row (the columns shift)', (d) => rows(d)[0]!.prepend(d.createElement(rows(d)[0]!.firstElementChild!.tagName))],
  ['a cell is replaced', (d) => rows(d)[2]?.replaceChild(d.createElement('td'), cellOf(rows(d)[2]!, 3))],
  ['a cell is taken out (the columns shift)', (d) => cellOf(rows(d)[0]!, 1).remove()],
  ['rows are sorted the other way', (d) => {
    const body = rows(d)[0]!.parentElement!;
    for (const r of rows(d).reverse()) body.appendChild(r);
  }],
  ['a row is removed and a new one added', (d) => {
    const [first, second] = rows(d);
    const copy = second!.cloneNode(true) as Element;
    copy.querySelector('a')?.replaceChildren('dp_new_1');
    first!.remove();
    second!.parentElement!.appendChild(copy);
  }],
  ['a row is hidden', (d) => rows(d)[0]!.setAttribute('hidden', '')],
  ['the rows\' container is hidden', (d) => rows(d)[0]!.parentElement!.setAttribute('hidden', '')],
  ['the rows\' container is hidden by its style', (d) => rows(d)[0]!.parentElement!.setAttribute('style', 'display: none')],
  ['a row is moved into a hidden container', (d) => {
    const box = d.createElement('div');
    box.hidden = true;
    d.body.append(box);
    box.append(rows(d)[0]!);
  }],
  ['a row is moved into a template', (d) => {
    const template = d.createElement('template');
    d.body.append(template);
    template.append(rows(d)[1]!);
  }],
  ['a hidden element before the rows is taken out (a hidden label after them stays hidden)', (d) => {
    d.body.insertAdjacentHTML('afterbegin', '<div hidden>x</div>');
    d.body.insertAdjacentHTML('beforeend', '<p hidden>Store ID: M-HIDDEN</p>');
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    d.body.firstElementChild!.remove();
  }],
  ['the id of a row becomes empty', (d) => (cellOf(rows(d)[1]!, 0).textContent = '—')],
  ['an icon with a text alternative replaces an empty cell', (d) => {
    const cell = rows(d)[0]!.children[9] ?? rows(d)[0]!.lastElementChild!;
    cell.replaceChildren();
    readPortalPage(d, 'https://portal.kustom.co/disputes', TZ);
    const icon = d.createElement('span');
    icon.setAttribute('aria-label', 'Sweden');
    cell.append(icon);
  }],
  ['an empty element is put into each id cell (the content script\'s chips)', (d) => {
    for (const r of rows(d)) {
      const chip = d.createElement('dispute-radar-chip');
      chip.setAttribute('data-key', 'k');
      chip.attachShadow({ mode: 'closed' }).innerHTML = '<span>3 days</span>';
      r.children[0]!.append(chip);
    }
  }],
  ['the whole body is rendered again', (d) => (d.body.innerHTML = d.body.innerHTML)],
];

describe.each(PAGES)('%s read again after a change reads as a fresh copy', (_name, file, url) => {
  it.each(CHANGES)('%s', (_what, change) => {
    const doc = load(file);
    const first = readPortalPage(doc, url, TZ);
    expect(first.disputes.length).toBeGreaterThan(1);
    change(doc);
    expectAsFresh(doc, url);
    // and once more, with nothing changed in between
    expectAsFresh(doc, url);
  });

  it('changes one after the other, each read in between', () => {
    const doc = load(file);
    readPortalPage(doc, url, TZ);
    // (not the changes that take rows away from the ones after them)
    const keepsRows = ([what]: Change) => !/container|template|whole body/.test(what);
    for (const [what, change] of CHANGES.filter(keepsRows)) {
      change(doc);
      expectAsFresh(doc, url, what);
    }
  });

  it('changes delivered to the observer between readings (after a task) count too', async () => {
    const doc = load(file);
    readPortalPage(doc, url, TZ);
    amountCell(rows(doc)[0]!).textContent = '£5.00';
    await new Promise((r) => setTimeout(r, 0));
    const r = expectAsFresh(doc, url);
    expect(r.disputes[0]!.facts.amount).toEqual({ amountMinor: 500, currency: 'GBP' });
  });
});

describe('rows with form controls are read afresh every time', () => {
  it('a read-only field whose value changes (no record of it) reads its new value', () => {
    const doc = load(PAGES[0][1]);
    const url = PAGES[0][2];
    const cell = rows(doc)[0]!.children[3]!;
    const input = doc.createElement('input');
    input.readOnly = true;
    input.value = '£1.00';
    cell.replaceChildren(input);
    expect(readPortalPage(doc, url, TZ).disputes[0]!.facts.amount).toEqual({ amountMinor: 100, currency: 'GBP' });
    input.value = '£2.00';
    expect(readPortalPage(doc, url, TZ).disputes[0]!.facts.amount).toEqual({ amountMinor: 200, currency: 'GBP' });
  });
});

// A data grid's selection column (MUI, AG Grid) puts a checkbox in every row: its checked state
// is never text the reader reads, so such rows are kept like any other (before, a page of them
// was read whole on every change).
describe('rows with a selection checkbox or radio button are kept', () => {
  it.each(['checkbox', 'radio'])('%s', (type) => {
    const doc = load(PAGES[0][1]);
    const url = PAGES[0][2];
    for (const r of rows(doc)) {
      const input = doc.createElement('input');
      input.type = type;
      input.setAttribute('aria-label', 'Select row');
      r.firstElementChild!.prepend(input);
    }
    expectAsFresh(doc, url);
    expect(rowMemo(doc, doc.body, false)!.keptScans().rows).toEqual(rows(doc));
    (rows(doc)[0]!.querySelector('input') as HTMLInputElement).checked = true;
    cellOf(rows(doc)[1]!, 3).textContent = '€7.00';
    expectAsFresh(doc, url);
  });
});

describe('a document whose whole tree is replaced', () => {
  it('is read from its new tree', () => {
    const doc = load(PAGES[0][1]);
    const url = PAGES[0][2];
    const before = readPortalPage(doc, url, TZ);
    const other = load(PAGES[1][1]);
    const tree = doc.importNode(other.documentElement, true);
    doc.documentElement.remove();
    doc.appendChild(tree);
    const after = expectAsFresh(doc, url);
    expect(after.disputes.map((d) => d.facts.id)).not.toEqual(before.disputes.map((d) => d.facts.id));
    cellOf(rows(doc)[0]!, 3).textContent = '€7.00';
    expectAsFresh(doc, url);
  });
});

describe('disputes built again only when what they are built from changed', () => {
  const [, file, url] = PAGES[0];
  it('a reading is its own: changing its facts changes no later reading', () => {
    const doc = load(file);
    const first = readPortalPage(doc, url, TZ);
    const amount = first.disputes[0]!.facts.amount!;
    first.disputes[0]!.facts.id = 'changed';
    amount.amountMinor = -1;
    const again = readPortalPage(doc, url, TZ);
    expect(again.disputes[0]!.facts.id).not.toBe('changed');
    expect(again.disputes[0]!.facts.amount!.amountMinor).not.toBe(-1);
  });

  it('another store shown on the page (outside every row) is every row\'s store', () => {
    const doc = load(file);
    expect(readPortalPage(doc, url, TZ).disputes[0]!.facts.storeId).toBe('M-300400');
    (doc.getElementById('mid') as HTMLSelectElement).selectedOptions[0]!.textContent = 'M-999';
    const again = expectAsFresh(doc, url);
    expect(again.disputes.map((d) => d.facts.storeId)).toEqual(again.disputes.map(() => 'M-999'));
  });

  it.each([
    ['another zone', { timeZone: 'America/New_York' }],
    ['the runtime\'s zone', {}],
  ])('the same page read in %s gives that zone\'s instants', (_what, opts) => {
    const doc = load(file);
    readPortalPage(doc, url, TZ);
    const again = readPortalPage(doc, url, opts);
    const fresh = readPortalPage(load(file), url, opts);
    expect(said(again)).toEqual(said(fresh));
  });

  it('problems are reported again on every reading', () => {
    const doc = load(file);
    cellOf(rows(doc)[0]!, 3).textContent = '12 ABCDE';
    const first = readPortalPage(doc, url, TZ);
    expect(first.problems.some((p) => p.includes('ABCDE'))).toBe(true);
    expect(readPortalPage(doc, url, TZ).problems).toEqual(first.problems);
  });
});
