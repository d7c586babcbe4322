import { describe, expect, it } from 'vitest';
import { mergeObservation, type CaseRecord } from '../../lib/cases/merge';
import { at, NOW, portalOnlyRules, reading, trackedCase } from './fixtures';

const merge = (store: CaseRecord, message: Parameters<typeof mergeObservation>[1], now = NOW) =>
  mergeObservation(store, message, now, portalOnlyRules);

describe('mergeObservation', () => {
  it('creates a case per (store, dispute) with first and last seen and the page URL', () => {
    const { store, keys } = merge({}, reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }, { id: 'dp_2' }]));
    expect(keys).toEqual(['S1|dp_1', 'S1|dp_2']);
    expect(store['S1|dp_1']).toMatchObject({
      key: 'S1|dp_1',
      facts: { id: 'dp_1', status: 'open', dueBy: at(30) },
      merchant: { ticks: {} },
      manual: false,
      firstSeenAt: NOW.toISOString(),
      lastSeenAt: NOW.toISOString(),
      pageUrl: 'https://portal.kustom.co/disputes',
      pageKind: 'dispute_list',
    });
  });

  it('never erases what the merchant entered', () => {
    const before = trackedCase('dp_1', 'open', 30, {
      merchant: { buyerCountry: 'DE', goods: 'physical', ticks: { 'pod.delivery_date': true }, notes: 'called the buyer' },
    });
    const { store } = merge({ [before.key]: before }, reading([{ id: 'dp_1', status: 'under_review', buyerCountry: 'SE' }]));
    expect(store[before.key]?.merchant).toEqual(before.merchant);
    expect(store[before.key]?.facts).toMatchObject({ status: 'under_review', buyerCountry: 'SE' });
  });

  it('keeps a known fact the page no longer shows (a list shows fewer fields than the detail page)', () => {
    const before = trackedCase('dp_1', 'open', 30, { facts: { ...trackedCase('dp_1', 'open', 30).facts, reason: 'fraudulent', orderId: 'o-9' } });
    const { store } = merge({ [before.key]: before }, reading([{ id: 'dp_1', status: 'open', reason: undefined }]));
    expect(store[before.key]?.facts).toMatchObject({ reason: 'fraudulent', orderId: 'o-9', dueBy: at(30) });
  });

  it('an older reading arriving late fills gaps but does not roll newer facts back', () => {
    const before = trackedCase('dp_1', 'under_review', null, { lastSeenAt: NOW.toISOString() });
    const late = reading([{ id: 'dp_1', status: 'open', orderId: 'o-1' }], { observedAt: at(-2) });
    const { store } = merge({ [before.key]: before }, late);
    expect(store[before.key]?.facts.status).toBe('under_review');
    expect(store[before.key]?.facts.orderId).toBe('o-1');
    expect(store[before.key]?.lastSeenAt).toBe(NOW.toISOString());
  });

  it('a reading dated in the future counts as now', () => {
    const { store } = merge({}, reading([{ id: 'dp_1' }], { observedAt: at(5) }));
    expect(store['S1|dp_1']?.lastSeenAt).toBe(NOW.toISOString());
  });

  it.each([
    ['list then detail: the detail URL wins', 'dispute_list', 'dispute_detail', 'https://portal.kustom.co/disputes/dp_1'],
    ['detail then list: the detail URL stays', 'dispute_detail', 'dispute_list', 'https://portal.kustom.co/disputes/dp_1'],
  ] as const)('%s', (_name, firstPage, secondPage, expected) => {
    const url = (page: string) => (page === 'dispute_detail' ? 'https://portal.kustom.co/disputes/dp_1' : 'https://portal.kustom.co/disputes?tab=all');
    const first = merge({}, reading([{ id: 'dp_1' }], { page: firstPage, pageUrl: url(firstPage), observedAt: at(-1) })).store;
    const { store } = merge(first, reading([{ id: 'dp_1' }], { page: secondPage, pageUrl: url(secondPage) }));
    expect(store['S1|dp_1']?.pageUrl).toBe(expected);
    expect(store['S1|dp_1']?.pageKind).toBe('dispute_detail');
  });

  it('the row\'s own store wins over the page\'s store', () => {
    const { keys } = merge({}, reading([{ id: 'dp_1', storeId: 'S2' }], { storeId: 'S1' }));
    expect(keys).toEqual(['S2|dp_1']);
  });

  it('a dispute first read without a store moves to its store key when a reading names it, keeping the merchant input', () => {
    const first = merge({}, reading([{ id: 'dp_1', status: 'open' }], { storeId: null, observedAt: at(-1) })).store;
    expect(Object.keys(first)).toEqual(['-|dp_1']);
    first['-|dp_1']!.merchant = { ticks: { a: true }, notes: 'n' };
    const { store, keys } = merge(first, reading([{ id: 'dp_1', status: 'under_review' }], { storeId: 'S1' }));
    expect(keys).toEqual(['S1|dp_1']);
    expect(Object.keys(store)).toEqual(['S1|dp_1']);
    expect(store['S1|dp_1']).toMatchObject({ key: 'S1|dp_1', merchant: { ticks: { a: true }, notes: 'n' }, facts: { status: 'under_review' }, firstSeenAt: at(-1) });
  });

  it('a reading without a store updates the one stored case with that dispute id', () => {
    const before = trackedCase('dp_1', 'open', 30);
    const { store, keys } = merge({ [before.key]: before }, reading([{ id: 'dp_1', status: 'won' }], { storeId: null }));
    expect(keys).toEqual(['S1|dp_1']);
    expect(Object.keys(store)).toEqual(['S1|dp_1']);
  });

  it('sets closedAt when first seen closed, keeps it, and clears it on reopening', () => {
    const closed = merge({}, reading([{ id: 'dp_1', status: 'lost' }], { observedAt: at(-48) })).store;
    expect(closed['S1|dp_1']?.closedAt).toBe(at(-48));
    const still = merge(closed, reading([{ id: 'dp_1', status: 'lost' }], { observedAt: at(-1) })).store;
    expect(still['S1|dp_1']?.closedAt).toBe(at(-48));
    const reopened = merge(still, reading([{ id: 'dp_1', status: 'open' }])).store;
    expect(reopened['S1|dp_1']?.closedAt).toBeUndefined();
  });

  it('a manual case the portal shows becomes a portal case; the portal facts win and the merchant input stays', () => {
    const manual = trackedCase('dp_1', 'open', 30, { manual: true, merchant: { ticks: {}, buyerCountry: 'FI' } });
    const { store } = merge({ [manual.key]: manual }, reading([{ id: 'dp_1', dueBy: at(10) }]));
    expect(store[manual.key]).toMatchObject({ manual: false, facts: { dueBy: at(10), provider: 'card' }, merchant: { buyerCountry: 'FI' } });
  });
});
