// An import entry whose key does not name its own dispute (a file edited by hand, or damaged):
// "S1|dp_2" holding the facts of dp_1. Stored as it was, it became a second case for dp_1 beside
// the one the portal keeps up to date: counted twice on the badge, listed twice in the popup and
// notified twice for the same deadline; and it never took in the real dp_2's readings. It is skipped
// with a problem that says why, as every entry that is not a valid case is, and changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import type { TrackedCase } from '../../lib/cases/schema';
import { NOW, portalOnlyRules, trackedCase } from './fixtures';

const open = () => openCaseStore({ rules: portalOnlyRules, now: () => NOW });
const file = (cases: unknown[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases, quarantine: [] });

const dp1 = trackedCase('dp_1', 'open', 30);
const rekeyed = (key: string): TrackedCase => ({ ...trackedCase('dp_1', 'open', 10), key });

describe('an import entry whose key is not its dispute\'s', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each<[string, string]>([
    ['another dispute\'s key', 'S1|dp_2'],
    ['another dispute\'s store-less key', '-|dp_2'],
    ['a key with no store part', 'dp_1'],
    ['the dispute ID alone after the bar, with more behind it', 'S1|dp_1|x'],
  ])('%s: skipped with its reason, nothing stored', async (_name, key) => {
    const store = open();
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [dp1.key]: dp1 }), cases$: { v: 3 } });
    const result = await store.importJson(file([rekeyed(key)]));
    expect(result).toMatchObject({ ok: true, report: { added: 0, merged: 0, skipped: [{ key, problem: expect.stringContaining('dp_1') }] } });
    const { cases } = await store.list();
    expect(cases).toEqual([dp1]);
  });

  it.each<[string, TrackedCase, string[]]>([
    ['its own key under its store', rekeyed('S1|dp_1'), ['S1|dp_1']],
    ['its own key under another store', { ...rekeyed('S2|dp_1'), facts: { ...rekeyed('S2|dp_1').facts, storeId: 'S2' } }, ['S1|dp_1', 'S2|dp_1']],
    ['its own store-less key', (() => { const { storeId: _s, ...facts } = rekeyed('-|dp_1').facts; return { ...rekeyed('-|dp_1'), facts }; })(), ['S1|dp_1']],
  ])('%s: imported as before', async (_name, entry, keys) => {
    const store = open();
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [dp1.key]: dp1 }), cases$: { v: 3 } });
    const result = await store.importJson(file([entry]));
    expect(result).toMatchObject({ ok: true, report: { skipped: [] } });
    expect((await store.list()).cases.map((c) => c.key).sort()).toEqual(keys);
  });
});
