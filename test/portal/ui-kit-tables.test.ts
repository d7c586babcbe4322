// @vitest-environment happy-dom
// Tables as UI kits draw them, which the sandbox does not: header cells holding more than their
// label (sort buttons, icon-font ligatures, words for screen readers). Each must read the same
// disputes and facts as the plain table, or say what it could not read; never a wrong value.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const read = (body: string, url = 'https://portal.kustom.co/disputes', lang = 'en-GB') =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html'), url, { timeZone: TZ });

const BODY = `<tbody><tr><td>A-1</td><td>€1.00</td><td>19 Jan 2026</td></tr><tr><td>A-2</td><td>€2.00</td><td>20 Jan 2026</td></tr></tbody>`;
const ARIA_ROWS = `<div role="row"><div role="cell">A-1</div><div role="cell">€1.00</div><div role="cell">19 Jan 2026</div></div><div role="row"><div role="cell">A-2</div><div role="cell">€2.00</div><div role="cell">20 Jan 2026</div></div>`;
const EXPECTED = [
  { id: 'A-1', amount: { amountMinor: 100, currency: 'EUR' }, dueBy: '2026-01-19T22:59:59.999Z' },
  { id: 'A-2', amount: { amountMinor: 200, currency: 'EUR' }, dueBy: '2026-01-20T22:59:59.999Z' },
];

describe('header cells holding more than their label', () => {
  it.each([
    ['plain (the reference)', `<table><thead><tr><th>Dispute ID</th><th>Amount</th><th>Respond by</th></tr></thead>${BODY}</table>`],
    [
      'words for screen readers beside the label',
      `<table><thead><tr><th><span>Dispute ID</span></th><th><span>Amount</span><span class="sr-only">Sortable column</span></th><th><span>Respond by</span><span class="visually-hidden">, sorted ascending</span></th></tr></thead>${BODY}</table>`,
    ],
    [
      'sort buttons with an icon-font ligature inside',
      `<table><thead><tr><th><button type="button"><span>Dispute ID</span><span class="material-icons">arrow_upward</span></button></th><th><button>Amount</button><span>ⓘ</span></th><th><div><button><span>Respond by</span><i>unfold_more</i></button></div></th></tr></thead>${BODY}</table>`,
    ],
    [
      'ARIA column headers with a sort button after the label',
      `<div role="table"><div role="row"><div role="columnheader"><span>Dispute ID</span><button>Sort</button></div><div role="columnheader"><div><span>Amount</span><span>sortable</span></div></div><div role="columnheader"><span>Respond by</span><i>expand_more</i></div></div>${ARIA_ROWS}</div>`,
    ],
  ])('%s', (_name, body) => {
    const r = read(body);
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});

describe('a header drawn in a table of its own above the body (sticky headers)', () => {
  const measureRow = `<tr aria-hidden="true" style="height:0;font-size:0"><td style="padding:0;border:0;height:0"><div style="height:0;overflow:hidden">&nbsp;</div></td><td style="padding:0"></td><td style="padding:0"></td></tr>`;
  const header = (extra: string) =>
    `<div style="overflow:hidden"><table style="table-layout:fixed"><colgroup><col><col><col>${extra ? '<col style="width:15px">' : ''}</colgroup><thead><tr><th>Dispute ID</th><th>Amount</th><th>Respond by</th>${extra}</tr></thead></table></div>`;
  const body = `<div style="overflow-y:scroll;max-height:400px"><table style="table-layout:fixed"><colgroup><col><col><col></colgroup>${BODY.replace('<tbody>', `<tbody>${measureRow}`)}</table></div>`;
  it.each([
    ['as wide as the body', ''],
    // Ant Design's header table ends with an empty cell over the body's scrollbar
    ['with an empty last cell over the body\'s scrollbar', '<th class="ant-table-cell-scrollbar"></th>'],
  ])('%s', (_name, extra) => {
    const r = read(`<div>${header(extra)}${body}</div>`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it('a body narrower than its header by a column that has a title is not read under it', () => {
    const r = read(`<div>${header('<th>Store ID (MID)</th>')}${body}</div>`);
    expect(r.disputes).toEqual([]);
  });
});

describe('cells spanning several columns', () => {
  it('a header over two columns, body cells over two or with a span of 0 (read as 1), and the columns after them line up', () => {
    const r = read(
      `<table><thead><tr><th colspan="2">Order</th><th>Dispute ID</th><th>Amount</th><th>Respond by</th></tr></thead><tbody>` +
        `<tr><td>x</td><td>y</td><td>A-1</td><td>€1.00</td><td>19 Jan 2026</td></tr>` +
        `<tr><td colspan="2">x</td><td>A-2</td><td>€2.00</td><td>20 Jan 2026</td></tr>` +
        `<tr><td colspan="0">x</td><td colspan="junk">y</td><td>A-3</td><td colspan="2">€3.00</td></tr>` +
        `</tbody></table>`,
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual([...EXPECTED, { id: 'A-3', amount: { amountMinor: 300, currency: 'EUR' } }]);
  });
});

describe('selection checkboxes', () => {
  it('a checkbox column before the ID, with no header of its own: the IDs are read', () => {
    const r = read(`<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Dispute ID</th><th>Amount</th><th>Respond by</th></tr></thead><tbody><tr><td><input type="checkbox" aria-label="Select row"></td><td>A-1</td><td>€1.00</td><td>19 Jan 2026</td></tr><tr><td><input type="checkbox"></td><td>A-2</td><td>€2.00</td><td>20 Jan 2026</td></tr></tbody></table>`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it('a form\'s hidden input in the ID cell is not part of the ID', () => {
    const r = read(`<table><thead><tr><th>Dispute ID</th><th>Amount</th><th>Respond by</th></tr></thead>${BODY.replace(/<td>(A-\d)<\/td>/g, '<td><input type="hidden" name="dispute_pk" value="987">$1</td>')}</table>`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });

  it.each([
    ['checkbox', '<input type="checkbox">'],
    ['checked checkbox with a value', '<input type="checkbox" value="yes" checked>'],
    ['radio button', '<input type="radio" name="pick">'],
    ['hidden input', '<input type="hidden" value="123">'],
  ])('the Dispute ID header over a %s and the ID (colspan): never the control\'s value as an ID, and each row is named', (_name, control) => {
    const r = read(`<table><thead><tr><th colspan="2">Dispute ID</th><th>Amount</th></tr></thead><tbody><tr><td>${control}</td><td>A-1</td><td>€1.00</td></tr><tr><td>${control}</td><td>A-2</td><td>€2.00</td></tr></tbody></table>`);
    expect(r.disputes.map((d) => d.facts.id)).not.toContain('on');
    expect(r.disputes.map((d) => d.facts.id)).not.toContain('yes');
    expect(r.disputes.map((d) => d.facts.id)).not.toContain('123');
    expect(r.problems).toEqual(['Row 1 of the list shows no dispute ID.', 'Row 2 of the list shows no dispute ID.']);
  });
});

describe('rows that are not disputes', () => {
  const HEAD = `<thead><tr><th>Dispute ID</th><th>Amount</th><th>Respond by</th></tr></thead>`;
  it.each([
    ['a footer of totals', `<table>${HEAD}${BODY}<tfoot><tr><td>Total</td><td>€3.00</td><td></td></tr></tfoot></table>`],
    ['a footer with the pagination', `<table>${HEAD}${BODY}<tfoot><tr><td>Page 1 of 3</td><td>Previous</td><td>Next</td></tr></tfoot></table>`],
    [
      // DataTables with scrolling: the header in a table of its own, and again, collapsed to
      // nothing, in the body table's thead (to size the columns)
      'a scrolling table\'s header, repeated in the body table to size its columns',
      `<div><div style="overflow:hidden"><div><table>${HEAD}</table></div></div><div style="overflow:auto;height:200px"><table><thead><tr style="height:0"><th style="padding:0;height:0"><div style="height:0;overflow:hidden">Dispute ID</div></th><th style="padding:0;height:0"><div style="height:0;overflow:hidden">Amount</div></th><th style="padding:0;height:0"><div style="height:0;overflow:hidden">Respond by</div></th></tr></thead>${BODY}</table></div></div>`,
    ],
  ])('%s', (_name, body) => {
    const r = read(body);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts)).toEqual(EXPECTED);
  });
});
