// @vitest-environment happy-dom
// readPortalPage over pages in many markups and all six languages: the same visible texts must
// read the same, whatever the markup. Every reading is checked against the zod schema the
// content script sends to the background.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPortalPage, type PortalReading } from '../../lib/portal';
import { partialDisputeFactsSchema } from '../../lib/rules/schema';
import {
  DETAIL_MARKUPS,
  detailPage,
  expectedFacts,
  LANGS,
  LIST_MARKUPS,
  listPage,
  SAMPLES,
  TZ,
} from './pages';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
function read(html: string, url = 'https://portal.kustom.co/disputes'): PortalReading {
  return readPortalPage(parse(html), url, { timeZone: TZ });
}
function fixture(name: string): string {
  return readFileSync(join(__dirname, '../fixtures/pages', name), 'utf8');
}
function valid(r: PortalReading): void {
  for (const d of r.disputes) expect(partialDisputeFactsSchema.safeParse(d.facts).success, JSON.stringify(d.facts)).toBe(true);
}

describe('generated pages: every list markup × language', () => {
  it.each(LANGS.flatMap((lang) => LIST_MARKUPS.map((markup) => [markup, lang] as const)))('%s in %s', (markup, lang) => {
    const r = read(listPage(lang, markup, SAMPLES));
    expect(r.problems).toEqual([]);
    expect(r.page).toBe('dispute_list');
    expect(r.locale).toMatch(new RegExp(`^${lang}-`));
    expect(r.storeId).toBe('M-4711');
    expect(r.tab).toBe('all');
    expect(r.tabCounts).toMatchObject({ all: SAMPLES.length, response_required: 2 });
    expect(r.disputes.map((d) => d.facts)).toEqual(SAMPLES.map((s) => expectedFacts(s, 'M-4711')));
    for (const d of r.disputes) expect(d.anchor.textContent).toContain(d.facts.id);
    // each dispute's anchor is its own: no anchor holds another dispute
    for (const d of r.disputes) {
      for (const o of r.disputes) if (o !== d) expect(d.anchor.contains(o.anchor)).toBe(false);
    }
    valid(r);
  });
});

describe('generated pages: every detail markup × language', () => {
  it.each(LANGS.flatMap((lang) => DETAIL_MARKUPS.map((markup) => [markup, lang] as const)))('%s in %s', (markup, lang) => {
    for (const sample of SAMPLES) {
      const r = read(detailPage(lang, markup, sample), `https://portal.kustom.co/disputes/${sample.facts.id}`);
      expect(r.problems).toEqual([]);
      expect(r.page).toBe('dispute_detail');
      expect(r.storeId).toBe('M-4711');
      expect(r.disputes).toHaveLength(1);
      expect(r.disputes[0]!.facts).toEqual(expectedFacts(sample, 'M-4711'));
      expect(r.disputes[0]!.anchor.tagName).not.toBe('BODY');
      valid(r);
    }
  });

  it.each(LANGS.filter((l) => l !== 'sv' && l !== 'nb' && l !== 'da'))(
    'without <html lang>, the language of the labels (%s)',
    (lang) => {
      const r = read(detailPage(lang, 'dl', SAMPLES[0]!, { withLang: false }));
      expect(r.locale).toMatch(new RegExp(`^${lang}-`));
      expect(r.disputes[0]!.facts).toEqual(expectedFacts(SAMPLES[0]!, 'M-4711'));
    },
  );

  it.each(['sv', 'nb', 'da'] as const)('without <html lang>, %s is told apart by its labels', (lang) => {
    const r = read(listPage(lang, 'table', SAMPLES, { withLang: false }));
    expect(r.locale).toMatch(new RegExp(`^${lang}-`));
    expect(r.disputes).toHaveLength(SAMPLES.length);
  });

  it('the URL is a hint only: a detail page read from a list URL is still a detail page', () => {
    const r = read(detailPage('en', 'dl', SAMPLES[0]!), 'https://portal.kustom.co/disputes');
    expect(r.page).toBe('dispute_detail');
  });
});

describe('hand-written fixtures', () => {
  it('table with headers, tabs, store selector (en-GB)', () => {
    const r = read(fixture('list-table-en.html'));
    expect(r).toMatchObject({ page: 'dispute_list', storeId: 'M-300400', locale: 'en-GB', tab: 'response_required', problems: [] });
    expect(r.tabCounts).toEqual({ response_required: 2, under_review: 1, no_response_needed: 0, closed: 14, all: 17 });
    expect(r.disputes.map((d) => d.facts)).toEqual([
      {
        id: 'dp_1001',
        orderId: 'ord-5501',
        merchantReference: 'REF 77/A',
        amount: { amountMinor: 123450, currency: 'GBP' },
        status: 'open',
        provider: 'card',
        network: 'visa',
        reason: 'Fraudulent',
        createdAt: '2025-03-30T01:30:00.000Z',
        dueBy: '2025-04-14T21:59:59.999Z',
        buyerCountry: 'SE',
        storeId: 'M-300400',
      },
      {
        id: 'dp_1002',
        orderId: 'ord-5502',
        amount: { amountMinor: 1200000, currency: 'SEK' },
        status: 'warning_needs_response',
        provider: 'klarna',
        reason: 'Goods not received',
        createdAt: '2025-10-26T00:30:00.000Z',
        buyerCountry: 'DE',
        storeId: 'M-300400',
      },
      {
        id: 'dp_1003',
        orderId: 'ord-5503',
        merchantReference: 'inv 9',
        amount: { amountMinor: 150000, currency: 'EUR' },
        status: 'under_review',
        provider: 'card',
        reason: 'Product unacceptable',
        createdAt: '2025-09-05T10:00:00.000Z',
        dueBy: '2025-09-20T21:59:59.999Z',
        buyerCountry: 'FI',
        storeId: 'M-300400',
      },
    ]);
    expect(r.disputes.every((d) => d.anchor.tagName === 'TR')).toBe(true);
    valid(r);
  });

  it('cards with "label: value", unlabelled status badges, tab buttons with counters (de-DE)', () => {
    const r = read(fixture('list-cards-de.html'));
    expect(r).toMatchObject({ page: 'dispute_list', storeId: 'M-555', locale: 'de-DE', tab: 'under_review', problems: [] });
    expect(r.tabCounts).toEqual({ response_required: 1, under_review: 1, no_response_needed: 0, closed: 1, all: 3 });
    expect(r.disputes.map((d) => [d.facts.id, d.facts.status, d.outcome, d.anchor.tagName])).toEqual([
      ['S-9001', 'under_review', undefined, 'LI'],
      ['S-9002', 'won', 'partially_won', 'LI'],
      ['S-9003', 'open', undefined, 'LI'],
    ]);
    expect(r.disputes[0]!.facts).toMatchObject({
      amount: { amountMinor: 123450, currency: 'EUR' },
      provider: 'card',
      network: 'mastercard',
      createdAt: '2025-03-30T01:30:00.000Z',
      dueBy: '2025-04-14T21:59:00.000Z',
      buyerCountry: 'AT',
    });
    expect(r.disputes[1]).toMatchObject({ facts: { networkReasonCode: '13.1', reason: '13.1', createdAt: '2025-01-31T23:00:00.000Z' } });
    expect(r.disputes[2]!.facts).toMatchObject({ amount: { amountMinor: 50000, currency: 'SEK' }, provider: 'billie', reason: 'Returns' });
    valid(r);
  });

  it('definition list detail with <time datetime>, store on a button (sv-SE)', () => {
    const r = read(fixture('detail-dl-sv.html'), 'https://portal.kustom.co/disputes/dp_SV_42');
    expect(r).toMatchObject({ page: 'dispute_detail', storeId: 'M-200', locale: 'sv-SE', problems: [] });
    expect(r.disputes).toHaveLength(1);
    expect(r.disputes[0]!.facts).toEqual({
      id: 'dp_SV_42',
      orderId: 'order-42',
      merchantReference: 'Kvitto 42',
      amount: { amountMinor: 123450, currency: 'SEK' },
      status: 'warning_under_review',
      provider: 'klarna',
      reason: 'Return',
      createdAt: '2025-08-10T08:15:00.000Z',
      dueBy: '2025-09-14T21:59:59.999Z',
      buyerCountry: 'NO',
      storeId: 'M-200',
    });
    expect(r.disputes[0]!.anchor.tagName).toBe('DL');
  });

  it('bare text nodes before <strong>, no lang attribute (Finnish by its labels)', () => {
    const r = read(fixture('detail-bare-fi.html'), 'https://portal.kustom.co/disputes/K-123');
    expect(r).toMatchObject({ page: 'dispute_detail', storeId: 'M-FI-7', locale: 'fi-FI', problems: [] });
    expect(r.disputes[0]!.facts).toEqual({
      id: 'K-123',
      orderId: 'T-9',
      amount: { amountMinor: 123450, currency: 'EUR' },
      status: 'open',
      provider: 'card',
      network: 'amex',
      reason: 'Unrecognized',
      createdAt: '2025-03-30T01:30:00.000Z',
      dueBy: '2025-04-15T21:59:59.999Z',
      buyerCountry: 'SE',
      storeId: 'M-FI-7',
    });
  });

  it('div grid with a header row and a non-vocabulary column (nb-NO)', () => {
    const r = read(fixture('list-grid-nb.html'));
    expect(r).toMatchObject({ page: 'dispute_list', storeId: 'M-NB-1', locale: 'nb-NO', problems: [] });
    expect(r.disputes.map((d) => d.facts)).toEqual([
      {
        id: 'N-1',
        amount: { amountMinor: 100000, currency: 'NOK' },
        status: 'open',
        createdAt: '2025-03-30T01:30:00.000Z',
        dueBy: '2025-04-14T21:59:59.999Z',
        storeId: 'M-NB-1',
      },
      { id: 'N-2', amount: { amountMinor: 25000, currency: 'EUR' }, status: 'lost', createdAt: '2025-01-31T23:00:00.000Z', storeId: 'M-NB-1' },
    ]);
  });

  it('row headers in a two-column table (da-DK)', () => {
    const r = read(fixture('detail-table-da.html'), 'https://portal.kustom.co/disputes/D-77');
    expect(r).toMatchObject({ page: 'dispute_detail', storeId: null, locale: 'da-DK', problems: [] });
    expect(r.disputes[0]!.facts).toEqual({
      id: 'D-77',
      orderId: 'O-77',
      amount: { amountMinor: 123450, currency: 'DKK' },
      status: 'warning_needs_response',
      provider: 'klarna',
      reason: 'Faulty goods',
      createdAt: '2025-03-30T01:30:00.000Z',
      dueBy: '2025-04-14T21:59:59.999Z',
      buyerCountry: 'DK',
    });
  });

  it('responsive table repeating labels inside cells; a "Load more" row is not a dispute', () => {
    const r = read(fixture('list-responsive-en.html'));
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => [d.facts.id, d.facts.amount?.amountMinor, d.facts.status, d.outcome])).toEqual([
      ['R-1', 1000, 'won', 'won'],
      ['R-2', 2000, 'lost', 'accepted'],
    ]);
  });
});
