// @vitest-environment happy-dom
// Small pages in markup the sandbox does not use: the reader must get the same facts from the same
// visible texts, and tell lists from detail pages by their content.
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const TZ = 'Europe/Stockholm';
const read = (body: string, url = 'https://portal.kustom.co/disputes', lang = 'en-GB') =>
  readPortalPage(new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html'), url, { timeZone: TZ });

const TABS = `<ul><li><a aria-current="page">Response required (1)</a></li><li><a>Under review (0)</a></li><li><a>Closed (4)</a></li><li><a>All (5)</a></li></ul>`;

describe('markup variants', () => {
  it.each([
    [
      'header cells as <td> inside <thead>',
      `<table><thead><tr><td>Dispute ID</td><td>Amount</td></tr></thead><tbody><tr><td>A-1</td><td>€1.00</td></tr><tr><td>A-2</td><td>€2.00</td></tr></tbody></table>`,
      ['A-1', 'A-2'],
    ],
    [
      'a sticky header in a table of its own',
      `<div><table><thead><tr><th>Dispute ID</th><th>Amount ⬇</th></tr></thead></table></div><div><table><tbody><tr><td>B-1</td><td>€1.00</td></tr><tr><td>B-2</td><td>€2.00</td></tr></tbody></table></div>`,
      ['B-1', 'B-2'],
    ],
    [
      'ARIA table of divs with rowgroups',
      `<div role="table"><div role="rowgroup"><div role="row"><span role="columnheader">Dispute ID</span><span role="columnheader">Amount</span></div></div><div role="rowgroup"><div role="row"><span role="cell">C-1</span><span role="cell">€1.00</span></div><div role="row"><span role="cell">C-2</span><span role="cell">€2.00</span></div></div></div>`,
      ['C-1', 'C-2'],
    ],
    [
      'cards: label on one line, value after a <br>',
      `<section><div><small>Dispute ID</small><br><strong>D-1</strong><br><small>Amount</small><br><strong>€1.00</strong></div><div><small>Dispute ID</small><br><strong>D-2</strong><br><small>Amount</small><br><strong>€2.00</strong></div></section>`,
      ['D-1', 'D-2'],
    ],
    [
      'definition list grouped in <div>s',
      `<dl><div><dt>Dispute ID:</dt><dd>E-1</dd></div><div><dt>Amount:</dt><dd>€1.00</dd></div></dl>`,
      ['E-1'],
    ],
    [
      'labels that wrap read-only inputs',
      `<form><label>Dispute ID <input readonly value="F-1"></label><label>Amount <input readonly value="€1.00"></label></form>`,
      ['F-1'],
    ],
    [
      'label and value in neighbouring table cells (no <th>)',
      `<table><tr><td>Dispute ID</td><td>G-1</td></tr><tr><td>Amount</td><td>€1.00</td></tr></table>`,
      ['G-1'],
    ],
    [
      'value split over elements ("1 234,50 <abbr>kr</abbr>")',
      `<p>Dispute ID: <b>H-1</b></p><p>Amount: 100,00 <abbr>EUR</abbr></p>`,
      ['H-1'],
    ],
  ])('%s', (_name, body, ids) => {
    const r = read(body, `https://portal.kustom.co/disputes${ids.length === 1 ? `/${ids[0]}` : ''}`);
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.id)).toEqual(ids);
    for (const d of r.disputes) expect(d.facts.amount?.currency).toBe('EUR');
  });

  it('one card under the tabs is a list, with the tab the page marks current', () => {
    const r = read(`${TABS}<ul><li><p>Dispute ID: <b>X-1</b></p><p>Status: <b>Response required</b></p></li></ul>`);
    expect(r).toMatchObject({ page: 'dispute_list', tab: 'response_required', tabCounts: { response_required: 1, under_review: 0, closed: 4, all: 5 } });
    expect(r.disputes[0]!.anchor.tagName).toBe('LI');
  });

  it('a detail page that keeps the tabs above it is a detail page at a detail URL', () => {
    const r = read(`${TABS}<dl><dt>Dispute ID</dt><dd>X-1</dd><dt>Status</dt><dd>Won</dd></dl>`, 'https://portal.kustom.co/disputes/X-1');
    expect(r.page).toBe('dispute_detail');
    const hash = read(`${TABS}<dl><dt>Dispute ID</dt><dd>X-1</dd></dl>`, 'https://portal.kustom.co/#/disputes/X-1');
    expect(hash.page).toBe('dispute_detail');
  });

  it('an empty tab: a list with no disputes, not a problem', () => {
    const r = read(`${TABS}<table><thead><tr><th>Dispute ID</th><th>Amount</th></tr></thead><tbody><tr><td colspan="2">No disputes</td></tr></tbody></table>`);
    expect(r).toMatchObject({ page: 'dispute_list', disputes: [], problems: [] });
    const cards = read(`<h1>Dispute inquiries</h1>${TABS}<p>Nothing here.</p>`);
    expect(cards).toMatchObject({ page: 'dispute_list', disputes: [], problems: [] });
  });

  it('the store from an aria-labelled selector', () => {
    const r = read(`<select aria-label="Store ID (MID)"><option>M-1</option><option selected>M-2</option></select><dl><dt>Dispute ID</dt><dd>X-1</dd></dl>`);
    expect(r.storeId).toBe('M-2');
    expect(r.disputes[0]!.facts.storeId).toBe('M-2');
  });

  it('lang="en" means the portal\'s en-GB dates, not en-US', () => {
    const r = read(`<dl><dt>Dispute ID</dt><dd>X-1</dd><dt>Created</dt><dd>05/09/2025</dd></dl>`, 'https://portal.kustom.co/disputes/X-1', 'en');
    expect(r.locale).toBe('en-GB');
    expect(r.disputes[0]!.facts.createdAt).toBe('2025-09-04T22:00:00.000Z');
  });

  it('an en-US page reads month-first dates', () => {
    const r = read(`<dl><dt>Dispute ID</dt><dd>X-1</dd><dt>Created</dt><dd>9/5/2025, 2:30 PM</dd><dt>Amount</dt><dd>$12.00</dd></dl>`, 'https://portal.kustom.co/disputes/X-1', 'en-US');
    expect(r.disputes[0]!.facts.createdAt).toBe('2025-09-05T12:30:00.000Z');
    expect(r.disputes[0]!.facts.amount).toEqual({ amountMinor: 1200, currency: 'USD' });
  });

  it('values with a second line, and statuses shown only as icons with a text alternative', () => {
    const r = read(
      `<table><thead><tr><th>Dispute ID</th><th>Amount</th><th>Created</th><th>Status</th></tr></thead><tbody>` +
        `<tr><td>Z-1</td><td>€12.00 <small>of €20.00</small></td><td><span>19/01/2026, 11:00</span> <small>3 days ago</small></td><td><svg aria-label="Won"></svg></td></tr>` +
        `<tr><td>Z-2</td><td><div>£5.00</div><div>refunded £1.00</div></td><td>1 Feb 2026</td><td><img alt="Enquiry open" src="x.png"></td></tr>` +
        `</tbody></table>`,
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => [d.facts.amount, d.facts.createdAt, d.facts.status])).toEqual([
      [{ amountMinor: 1200, currency: 'EUR' }, '2026-01-19T10:00:00.000Z', 'won'],
      [{ amountMinor: 500, currency: 'GBP' }, '2026-01-31T23:00:00.000Z', 'warning_needs_response'],
    ]);
  });

  it('search and filter fields labelled like dispute fields are not disputes', () => {
    const form = `<form><label>Dispute ID <input type="search" value="dp_typed"></label><label for="o">Order ID</label><input id="o" value="ord-typed"><span>Status</span> <select><option>All</option></select></form>`;
    const list = read(`${form}<table><thead><tr><th>Dispute ID</th><th>Amount</th></tr></thead><tbody><tr><td>S-1</td><td>€1.00</td></tr><tr><td>S-2</td><td>€2.00</td></tr></tbody></table>`);
    expect(list.problems).toEqual([]);
    expect(list.disputes.map((d) => d.facts.id)).toEqual(['S-1', 'S-2']);
    const orders = read(`${form}<p>No results</p>`, 'https://portal.kustom.co/orders');
    expect(orders).toMatchObject({ page: 'unknown', disputes: [], problems: [] });
  });

  it('a bar of sort buttons named like columns is no header of the blocks beside it', () => {
    const r = read(
      `<div><div><button>Dispute ID</button><button>Amount</button></div><div><p>Showing 2</p><p>Page 1</p></div></div>` +
        `<ul><li>Dispute ID: <b>Q-1</b></li><li>Dispute ID: <b>Q-2</b></li></ul>`,
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.id)).toEqual(['Q-1', 'Q-2']);
  });

  it('help icons beside labels and icon-font ligatures are not values', () => {
    const r = read(
      `<dl><dt>Dispute ID</dt><dd>I-1</dd><dt>Respond by <button aria-label="Help">?</button></dt><dd>14 April 2025</dd>` +
        `<dt>Amount</dt><dd><span aria-hidden="true">payments</span> €12.00</dd></dl>`,
      'https://portal.kustom.co/disputes/I-1',
    );
    expect(r.problems).toEqual([]);
    expect(r.disputes[0]!.facts).toEqual({ id: 'I-1', dueBy: '2025-04-14T21:59:59.999Z', amount: { amountMinor: 1200, currency: 'EUR' } });
  });

  it('a list row and an open detail drawer of the same dispute are one dispute', () => {
    const r = read(
      `<table><thead><tr><th>Dispute ID</th><th>Amount</th></tr></thead><tbody><tr><td>Y-1</td><td>€1.00</td></tr><tr><td>Y-2</td><td>€2.00</td></tr></tbody></table><aside><p>Dispute ID: <b>Y-2</b></p><p>Buyer country: <b>Norway</b></p></aside>`,
    );
    expect(r.disputes.map((d) => [d.facts.id, d.facts.buyerCountry])).toEqual([
      ['Y-1', undefined],
      ['Y-2', 'NO'],
    ]);
  });
});
