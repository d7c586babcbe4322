// Import and the store-less key: a dispute read without its store ("-|id") is the same dispute as
// the one tracked under its store ("S1|id"), as for a portal reading (lib/cases/merge) and a case
// added by hand (lib/cases/store addManual). An import must not make it two cases.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import type { TrackedCase } from '../../lib/cases/schema';
import { at, NOW, portalOnlyRules, trackedCase } from './fixtures';

const open = () => openCaseStore({ rules: portalOnlyRules, now: () => NOW });
const file = (cases: TrackedCase[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases, quarantine: [] });

/** dp_1 as tracked in one browser: under store S1, or without a store. */
function tracked(storeless: boolean, merchant: TrackedCase['merchant'], lastSeenHours: number): TrackedCase {
  const c = trackedCase('dp_1', 'open', 30, { merchant, lastSeenAt: at(lastSeenHours) });
  if (!storeless) return c;
  const { storeId: _store, ...facts } = c.facts;
  return { ...c, key: '-|dp_1', facts };
}

describe('import of a dispute stored under the other key', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['stored under its store, imported without one', false, true],
    ['stored without a store, imported under its store', true, false],
  ])('%s: one case, under the store, with what the merchant entered in both browsers', async (_name, storedStoreless, importedStoreless) => {
    const store = open();
    const here = tracked(storedStoreless, { ticks: { 'pod.delivery_date': true }, notes: 'called the buyer' }, -1);
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [here.key]: here }), cases$: { v: 3 } });
    const there = tracked(importedStoreless, { ticks: { 'pod.tracking': true }, buyerCountry: 'SE', notes: 'sent tracking' }, -2);
    const result = await store.importJson(file([there]));
    expect(result).toEqual({ ok: true, report: { added: 0, merged: 1, skipped: [] } });
    const { cases } = await store.list();
    expect(cases.map((c) => c.key)).toEqual(['S1|dp_1']);
    expect(cases[0]).toMatchObject({
      facts: { id: 'dp_1', storeId: 'S1', dueBy: at(30) },
      merchant: { ticks: { 'pod.delivery_date': true, 'pod.tracking': true }, buyerCountry: 'SE', notes: 'called the buyer\n\nsent tracking' },
    });
  });

  it('a store-less entry whose dispute is stored under two stores stays apart (which one is meant is unknown)', async () => {
    const store = open();
    const s1 = trackedCase('dp_1', 'open', 30);
    const s2 = { ...trackedCase('dp_1', 'open', 30), key: 'S2|dp_1', facts: { ...s1.facts, storeId: 'S2' } };
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [s1.key]: s1, [s2.key]: s2 }), cases$: { v: 3 } });
    const result = await store.importJson(file([tracked(true, { ticks: {} }, -2)]));
    expect(result).toEqual({ ok: true, report: { added: 1, merged: 0, skipped: [] } });
    expect((await store.list()).cases.map((c) => c.key).sort()).toEqual(['-|dp_1', 'S1|dp_1', 'S2|dp_1']);
  });
});
