// One dispute ID under two stores (M-5 and M-6), and the dispute's own page read where the page
// named no store: which of the two it is cannot be known, so that reading is a case of its own
// ("-|DP-1", as a case added by hand or imported without a store is). The next reading of M-5's list
// folded that case into M-5's, as if a case read without a store could only be the next store's
// read: M-5's dispute took M-6's facts that its list does not show (the buyer's country, so its fee;
// the order ID, the card network), the ticks and goods type the merchant gave M-6's dispute in the
// panel, and M-6's page, which its row and notifications then opened. A case read without a store
// is taken in by a store's reading only when no other store has that dispute ID; with one store,
// as before.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '../../lib/cases/handle';
import { openCaseStore } from '../../lib/cases/store';
import type { CasesObserved } from '../../lib/cases/messages';
import type { TrackedCase } from '../../lib/cases/schema';
import { at, EXTENSION_ID, EXTENSION_ORIGIN, HOUR, NOW, portalOnlyRules, portalTabSender } from './fixtures';

const LIST = 'https://portal.kustom.co/disputes';
const PAGE = 'https://portal.kustom.co/disputes/DP-1';

beforeEach(() => {
  fakeBrowser.reset();
});

type Dispute = CasesObserved['disputes'][number];
const listRow = (dueInHours: number): Dispute => ({
  id: 'DP-1',
  provider: 'card',
  status: 'open',
  createdAt: at(-100),
  amount: { amountMinor: 12_050, currency: 'EUR' },
  dueBy: at(dueInHours),
});

function setup() {
  let now = NOW;
  const store = openCaseStore({ rules: portalOnlyRules, now: () => now });
  const handle = createMessageHandler({ store, runtimeId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, afterChange: async () => undefined });
  const read = async (storeId: string | null, page: 'dispute_list' | 'dispute_detail', disputes: Dispute[], hoursLater: number) => {
    now = new Date(NOW.getTime() + hoursLater * HOUR);
    const reply = await handle(
      { type: 'cases:observed', pageUrl: page === 'dispute_list' ? LIST : PAGE, page, storeId, locale: 'en-GB', observedAt: now.toISOString(), disputes },
      portalTabSender,
    );
    expect(reply).toMatchObject({ ok: true });
  };
  // what the panel sends for a dispute read without a store (entrypoints/content/detail-panel)
  const tick = async () => {
    const reply = await handle({ type: 'case:merchant-update', storeId: null, disputeId: 'DP-1', patch: { ticks: { 'pod.tracking': true }, goods: 'physical', buyerCountry: 'NO' } }, portalTabSender);
    expect(reply).toMatchObject({ ok: true });
  };
  const cases = async () => Object.fromEntries((await store.list()).cases.map((c) => [c.key, c])) as Record<string, TrackedCase>;
  return { read, tick, cases };
}

/** M-6's dispute page: its reason, order ID and network, which no list shows */
const m6Page: Dispute = { ...listRow(80), reason: 'Fraud', orderId: 'ORD-6', network: 'visa' };

describe('a dispute read without a store, its ID under two stores', () => {
  it.each<[string, number]>([
    ['M-5\'s list read an hour later', 1],
    ['M-5\'s list read a day later', 24],
  ])('%s: M-5\'s case keeps its own facts, ticks and page', async (_name, later) => {
    const w = setup();
    await w.read('M-5', 'dispute_list', [listRow(30)], 0);
    await w.read('M-6', 'dispute_list', [listRow(80)], 0);
    await w.read(null, 'dispute_detail', [m6Page], 0.5);
    await w.tick();
    await w.read('M-5', 'dispute_list', [listRow(30)], 0.5 + later);
    const c = await w.cases();
    const m5 = c['M-5|DP-1']!;
    expect(m5.facts.dueBy).toBe(at(30));
    expect(m5.facts.orderId).toBeUndefined();
    expect(m5.facts.reason).toBeUndefined();
    expect(m5.facts.network).toBeUndefined();
    expect(m5.merchant).toEqual({ ticks: {} });
    expect(m5.pageUrl).toBe(LIST);
    // M-6's stays as read; the page read without a store keeps what was read and entered there
    expect(c['M-6|DP-1']!.merchant).toEqual({ ticks: {} });
    expect(c['-|DP-1']).toMatchObject({ facts: { orderId: 'ORD-6', reason: 'Fraud' }, merchant: { ticks: { 'pod.tracking': true }, goods: 'physical', buyerCountry: 'NO' }, pageUrl: PAGE });
    expect(Object.keys(c).sort()).toEqual(['-|DP-1', 'M-5|DP-1', 'M-6|DP-1']);
  });

  it('one store only: the case read without a store is taken into its store\'s, as before', async () => {
    const w = setup();
    await w.read('M-5', 'dispute_list', [listRow(30)], 0);
    await w.read(null, 'dispute_detail', [{ ...listRow(30), reason: 'Fraud', orderId: 'ORD-5' }], 0.5);
    await w.tick();
    const c = await w.cases();
    // (filed under the one store's key at once: resolveStoreless)
    expect(Object.keys(c)).toEqual(['M-5|DP-1']);
    expect(c['M-5|DP-1']).toMatchObject({ facts: { orderId: 'ORD-5' }, merchant: { ticks: { 'pod.tracking': true } }, pageUrl: PAGE });
  });

  it('read without a store before any store\'s reading: taken in by the one store that then has it, as before', async () => {
    const w = setup();
    await w.read(null, 'dispute_detail', [{ ...listRow(30), reason: 'Fraud', orderId: 'ORD-5' }], 0);
    await w.tick();
    await w.read('M-5', 'dispute_list', [listRow(30)], 1);
    const c = await w.cases();
    expect(Object.keys(c)).toEqual(['M-5|DP-1']);
    expect(c['M-5|DP-1']).toMatchObject({ facts: { orderId: 'ORD-5', reason: 'Fraud' }, merchant: { ticks: { 'pod.tracking': true } }, pageUrl: PAGE });
  });
});
