// The reply to a reading gives what the merchant entered for each dispute under the key the page
// read it under (its caseKey: "-|id" on a page that names no store), which is the key the content
// script looks it up by, even where the store has filed the dispute under its store's key.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaseStore } from '../../lib/cases/store';
import { NOW, portalOnlyRules, reading } from './fixtures';

const detail = { page: 'dispute_detail' as const, pageUrl: 'https://portal.kustom.co/disputes/dp_1' };

describe('the reply to cases:observed', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['a detail page that names no store, for a dispute filed under its store', null, 'S1', '-|dp_1', 'S1|dp_1'],
    ['a page that names the store, for a dispute filed under it', 'S1', 'S1', 'S1|dp_1', 'S1|dp_1'],
  ])('%s: the ticks and the country come back under the page\'s key', async (_name, pageStore, listStore, pageKey, filedKey) => {
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    await store.observe(reading([{ id: 'dp_1', status: 'open' }], { storeId: listStore }));
    const merchant = { ticks: { 'pod.delivery_date': true }, buyerCountry: 'SE' };
    expect(await store.updateMerchant(pageStore, 'dp_1', merchant)).toMatchObject({ ok: true, key: filedKey });
    const reply = await store.observe(reading([{ id: 'dp_1', status: 'open' }], { storeId: pageStore, ...detail }));
    expect(reply.merchant[pageKey]).toEqual(merchant);
    expect(reply.stored).toBe(1);
    expect((await store.list()).cases.map((c) => c.key)).toEqual([filedKey]);
  });
});
