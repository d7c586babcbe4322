// A stored case with one value this version does not accept (written by an older version: its page
// URL on a host that is no portal host now, a card network or a goods type it knew; a hand edit) is
// kept without that value, and the stored value is set aside whole, as stored settings are
// (lib/cases/settings-salvage): the whole case was set aside, so a dispute due in 10 h left the
// badge, the popup and the notifications over one field that no deadline depends on. An import of
// such a case likewise brings it in without the value (it was skipped), the entry set aside.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackedCase } from '../../lib/cases/schema';
import { trackedCase } from './fixtures';
import { refreshWorker } from './refresh-worker';
import { NOW } from './fixtures';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';

/** dp_1, due in 10 h, with one value that does not parse now. */
const CASES: [string, Record<string, unknown>, string[]][] = [
  ['a page URL off the portal hosts (v1 took any URL)', { ...trackedCase('dp_1', 'open', 10), pageUrl: 'https://staging.portal.kustom.co/disputes/dp_1' }, ['pageUrl']],
  ['a card network it does not know', { ...trackedCase('dp_1', 'open', 10), facts: { ...trackedCase('dp_1', 'open', 10).facts, network: 'diners' } }, ['network']],
  ['a goods type it does not know', { ...trackedCase('dp_1', 'open', 10), merchant: { ticks: { 'pod.tracking': true }, goods: 'vouchers', notes: 'called the buyer' } }, ['goods']],
  ['an evidence tick that is no boolean', { ...trackedCase('dp_1', 'open', 10), merchant: { ticks: { 'pod.tracking': true, 'pod.photo': 'yes' }, notes: 'called the buyer' } }, ['pod.photo']],
];

describe('a stored case with one value this version does not accept', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each(CASES)('%s: still counted, listed and notified; the stored value set aside whole', async (_name, stored, dropped) => {
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ 'S1|dp_1': stored }), cases$: { v: 3 } });
    const { store, refresh, shown } = refreshWorker(NOW);
    const { badge } = await refresh();
    expect(badge.count).toBe(1);
    expect(shown.map((n) => n.disputeId)).toEqual(['dp_1']);
    const { cases, quarantined } = await store.list();
    expect(cases).toHaveLength(1);
    const kept = cases[0] as TrackedCase;
    expect(kept.facts).toMatchObject({ id: 'dp_1', status: 'open', dueBy: (stored as TrackedCase).facts.dueBy });
    const keptText = JSON.stringify(kept);
    for (const name of dropped) expect(keptText).not.toContain(`"${name}"`);
    // what the merchant entered besides the bad value stays
    if ((stored as TrackedCase).merchant.notes) expect(kept.merchant).toMatchObject({ notes: 'called the buyer', ticks: { 'pod.tracking': true } });
    expect(quarantined).toBe(1);
    const exported = JSON.parse((await store.exportJson()).json) as { quarantine: { key: string; value: unknown }[] };
    expect(exported.quarantine.map((e) => [e.key, e.value])).toEqual([['S1|dp_1', stored]]);
  });

  it('a case whose deadline does not parse is still set aside whole, not kept without it', async () => {
    const stored = { ...trackedCase('dp_1', 'open', 10), facts: { ...trackedCase('dp_1', 'open', 10).facts, dueBy: 'next Tuesday' } };
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ 'S1|dp_1': stored }), cases$: { v: 3 } });
    const { store, refresh } = refreshWorker(NOW);
    expect((await refresh()).badge.count).toBe(0);
    expect(await store.list()).toMatchObject({ cases: [], quarantined: 1 });
  });
});

describe('an imported case with one value this version does not accept', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each(CASES)('%s: imported without it, counted and notified; the entry set aside as the file holds it', async (_name, entry, dropped) => {
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases: [entry] });
    const { store, refresh, shown } = refreshWorker(NOW);
    expect(await store.importJson(file)).toEqual({ ok: true, report: { added: 1, merged: 0, skipped: [] } });
    expect((await refresh()).badge.count).toBe(1);
    expect(shown.map((n) => n.disputeId)).toEqual(['dp_1']);
    const { cases } = await store.list();
    const keptText = JSON.stringify(cases);
    for (const name of dropped) expect(keptText).not.toContain(`"${name}"`);
    const exported = JSON.parse((await store.exportJson()).json) as { quarantine: { key: string; value: unknown }[] };
    expect(exported.quarantine.map((e) => [e.key, e.value])).toEqual([['S1|dp_1', entry]]);
  });
});
