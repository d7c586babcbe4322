import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from '../../lib/cases/read';
import { openCaseStore } from '../../lib/cases/store';
import { at, NOW, portalOnlyRules, reading, trackedCase } from './fixtures';

const local = () => fakeBrowser.storage.local;
const open = (now = NOW) => openCaseStore({ rules: portalOnlyRules, now: () => now });
const rawKey = (key: string) => key.replace(/^local:/, '');

/** The stored record; the store keeps it as one JSON text (format 3, lib/cases/stored-form.ts). */
async function stored(): Promise<Record<string, unknown>> {
  const raw = (await local().get(rawKey(STORAGE_KEYS.cases)))[rawKey(STORAGE_KEYS.cases)];
  if (raw === undefined) return {};
  expect(typeof raw).toBe('string');
  return JSON.parse(raw as string) as Record<string, unknown>;
}

describe('case store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a new reading keeps ticks, buyer country, goods and notes the merchant entered', async () => {
    const store = open();
    await store.observe(reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }], { observedAt: at(-1) }));
    const update = await store.updateMerchant('S1', 'dp_1', { ticks: { 'pod.delivery_date': true }, buyerCountry: 'DE', goods: 'physical', notes: 'n' });
    expect(update.ok).toBe(true);
    const reply = await store.observe(reading([{ id: 'dp_1', status: 'under_review' }]));
    const merchant = { ticks: { 'pod.delivery_date': true }, buyerCountry: 'DE', goods: 'physical', notes: 'n' };
    expect(reply).toEqual({ merchant: { 'S1|dp_1': merchant }, stored: 1 });
    expect((await stored())['S1|dp_1']).toMatchObject({ merchant, facts: { status: 'under_review', dueBy: at(30) } });
  });

  it('merchant patches: null clears, ticks merge item by item', async () => {
    const store = open();
    await store.observe(reading([{ id: 'dp_1' }]));
    await store.updateMerchant('S1', 'dp_1', { ticks: { a: true, b: true }, notes: 'x', goods: 'digital' });
    const reply = await store.updateMerchant('S1', 'dp_1', { ticks: { b: false }, notes: null });
    expect(reply).toEqual({ ok: true, key: 'S1|dp_1', merchant: { ticks: { a: true, b: false }, goods: 'digital' } });
  });

  it('a merchant update for an unknown case is refused and stores nothing', async () => {
    const store = open();
    const reply = await store.updateMerchant('S1', 'nope', { notes: 'x' });
    expect(reply.ok).toBe(false);
    expect(await stored()).toEqual({});
  });

  it('two readings at the same moment (two tabs) lose no case and no field', async () => {
    const store = open();
    const tabA = reading(Array.from({ length: 40 }, (_, i) => ({ id: `a_${i}`, status: 'open' as const })));
    const tabB = reading(Array.from({ length: 40 }, (_, i) => ({ id: `b_${i}`, status: 'open' as const })));
    const both = reading([{ id: 'shared', orderId: 'o-1' }]);
    const both2 = reading([{ id: 'shared', reason: 'fraudulent' }]);
    await Promise.all([store.observe(tabA), store.observe(tabB), store.observe(both), store.observe(both2), store.updateMerchant('S1', 'shared', { notes: 'mine' })]);
    const cases = await stored();
    expect(Object.keys(cases)).toHaveLength(81);
    expect(cases['S1|shared']).toMatchObject({ facts: { orderId: 'o-1', reason: 'fraudulent' }, merchant: { notes: 'mine' } });
  });

  it('two store instances (worker restarted mid-way) still serialise through storage reads', async () => {
    // Each instance re-reads storage per operation: nothing is cached in memory.
    await open().observe(reading([{ id: 'dp_1' }]));
    await open().observe(reading([{ id: 'dp_2' }]));
    expect(Object.keys(await stored()).sort()).toEqual(['S1|dp_1', 'S1|dp_2']);
  });

  it('quarantines an entry that does not parse, keeps the others, and reports it', async () => {
    const good = trackedCase('dp_1', 'open', 30);
    const bad = { key: 'S1|dp_bad', facts: { id: 'dp_bad', amount: { amountMinor: 1.5, currency: 'euro' } } };
    await local().set({ cases: { [good.key]: good, 'S1|dp_bad': bad, 'S1|wrong': good }, cases$: { v: 2 } });
    const store = open();
    const list = await store.list();
    expect(list.cases.map((c) => c.key)).toEqual([good.key]);
    expect(list.quarantined).toBe(2);
    const quarantine = (await local().get('quarantine')).quarantine as { key: string; value: unknown; problem: string }[];
    expect(quarantine.map((q) => q.key).sort()).toEqual(['S1|dp_bad', 'S1|wrong']);
    expect(quarantine.find((q) => q.key === 'S1|dp_bad')).toMatchObject({ value: bad, problem: expect.stringContaining('facts.amount') });
    // Quarantined once, not again on the next read; later writes keep it.
    await store.observe(reading([{ id: 'dp_2' }]));
    expect(((await local().get('quarantine')).quarantine as unknown[]).length).toBe(2);
    expect(Object.keys(await stored()).sort()).toEqual(['S1|dp_1', 'S1|dp_2']);
  });

  it('settings that do not parse are quarantined and the defaults apply', async () => {
    await local().set({ settings: { soonHours: 'lots' } });
    const settings = await open().getSettings();
    expect(settings.soonHours).toBe(72);
    expect((await local().get('quarantine')).quarantine).toEqual([expect.objectContaining({ key: 'settings', value: { soonHours: 'lots' } })]);
  });

  it('prunes closed cases older than the retention period, keeps the rest', async () => {
    const day = 24;
    const cases = {
      old: trackedCase('old', 'lost', null, { closedAt: at(-91 * day) }),
      edge: trackedCase('edge', 'won', null, { closedAt: at(-90 * day) }),
      recent: trackedCase('recent', 'won', null, { closedAt: at(-10 * day) }),
      open: trackedCase('open', 'open', 30, { firstSeenAt: at(-400 * day) }),
    };
    await local().set({ cases: Object.fromEntries(Object.values(cases).map((c) => [c.key, c])), cases$: { v: 2 } });
    const { removed } = await open().prune();
    expect(removed).toEqual(['S1|old']);
    expect(Object.keys(await stored()).sort()).toEqual(['S1|edge', 'S1|open', 'S1|recent']);
  });

  it('retention follows the settings', async () => {
    const c = trackedCase('c', 'lost', null, { closedAt: at(-24 * 10) });
    await local().set({ cases: { [c.key]: c }, cases$: { v: 2 }, settings: { retentionDays: 7 } });
    expect((await open().prune()).removed).toEqual(['S1|c']);
  });

  it('export then import into an empty store round-trips every case', async () => {
    const store = open();
    await store.observe(reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }, { id: 'dp_2', status: 'lost' }]));
    await store.updateMerchant('S1', 'dp_1', { ticks: { x: true }, buyerCountry: 'NO' });
    const { json, count } = await store.exportJson();
    expect(count).toBe(2);
    const before = await stored();
    await store.clear();
    expect(await stored()).toEqual({});
    const result = await store.importJson(json);
    expect(result).toEqual({ ok: true, report: { added: 2, merged: 0, skipped: [] } });
    expect(await stored()).toEqual(before);
  });

  it('an export carries the quarantined entries; their import reports each quarantined case as skipped, never silently (settings are not cases)', async () => {
    const good = trackedCase('dp_1', 'open', 30);
    const bad = { key: 'S1|dp_bad', facts: { id: 'dp_bad', amount: { amountMinor: 1.5, currency: 'euro' } } };
    await local().set({ cases: { [good.key]: good, [bad.key]: bad }, cases$: { v: 2 }, settings: { soonHours: 'lots' } });
    const exporting = open();
    await exporting.getSettings();
    const { json } = await exporting.exportJson();
    expect(JSON.parse(json).quarantine).toEqual([expect.objectContaining({ key: 'settings' }), expect.objectContaining({ key: bad.key, value: bad })]);

    fakeBrowser.reset();
    const result = await open().importJson(json);
    expect(result).toEqual({
      ok: true,
      report: { added: 1, merged: 0, skipped: [{ key: bad.key, reason: 'setAside', problem: expect.stringContaining('facts.amount') }] },
    });
    expect(Object.keys(await stored())).toEqual([good.key]);
  });

  it('import merges: stored merchant input wins, ticks are united, facts follow the newer reading', async () => {
    const store = open();
    await store.observe(reading([{ id: 'dp_1', status: 'open' }], { observedAt: at(-5) }));
    await store.updateMerchant('S1', 'dp_1', { ticks: { a: true }, buyerCountry: 'SE' });
    const file = JSON.stringify({
      format: 'dispute-radar/cases',
      version: 2,
      exportedAt: NOW.toISOString(),
      cases: [
        trackedCase('dp_1', 'under_review', null, { lastSeenAt: at(-1), merchant: { ticks: { b: true }, buyerCountry: 'DK', notes: 'from file' } }),
        trackedCase('dp_9', 'open', 10),
      ],
    });
    const result = await store.importJson(file);
    expect(result).toEqual({ ok: true, report: { added: 1, merged: 1, skipped: [] } });
    expect((await stored())['S1|dp_1']).toMatchObject({
      facts: { status: 'under_review' },
      merchant: { ticks: { a: true, b: true }, buyerCountry: 'SE', notes: 'from file' },
    });
  });

  it.each([
    ['not JSON', '{"format": '],
    ['another format', JSON.stringify({ format: 'something-else', version: 2, exportedAt: 'x', cases: [] })],
    ['a newer format', JSON.stringify({ format: 'dispute-radar/cases', version: 99, exportedAt: 'x', cases: [] })],
    ['cases not a list', JSON.stringify({ format: 'dispute-radar/cases', version: 2, exportedAt: 'x', cases: {} })],
  ])('a bad file (%s) is refused and changes nothing', async (_name, json) => {
    const store = open();
    await store.observe(reading([{ id: 'dp_1' }]));
    const before = await stored();
    const result = await store.importJson(json);
    expect(result.ok).toBe(false);
    expect(await stored()).toEqual(before);
  });

  it('a file of a newer format is refused with its code, so the options page can say it in the merchant’s language', async () => {
    const result = await open().importJson(JSON.stringify({ format: 'dispute-radar/cases', version: 99, exportedAt: 'x', cases: [] }));
    expect(result).toEqual({ ok: false, problem: 'the file was made by a newer version of Dispute Radar (format 99)', code: 'newer-format' });
  });

  it('bad entries in a good file are skipped and reported, the good ones imported', async () => {
    const store = open();
    const file = JSON.stringify({
      format: 'dispute-radar/cases',
      version: 2,
      exportedAt: NOW.toISOString(),
      cases: [trackedCase('ok', 'open', 5), { key: 'S1|broken', facts: {} }, 42],
    });
    const result = await store.importJson(file);
    expect(result.ok && result.report.added).toBe(1);
    expect(result.ok && result.report.skipped.map((s) => s.key)).toEqual(['S1|broken', null]);
    expect(Object.keys(await stored())).toEqual(['S1|ok']);
  });

  it('a v1 export (instants with offsets) is migrated on import', async () => {
    const v1 = { ...trackedCase('dp_1', 'open', 5), firstSeenAt: '2026-03-01T13:00:00+01:00', lastSeenAt: '2026-03-02T13:00:00+01:00' };
    const file = JSON.stringify({ format: 'dispute-radar/cases', version: 1, exportedAt: NOW.toISOString(), cases: [v1] });
    expect((await open().importJson(file)).ok).toBe(true);
    expect((await stored())['S1|dp_1']).toMatchObject({ firstSeenAt: '2026-03-01T12:00:00.000Z', lastSeenAt: '2026-03-02T12:00:00.000Z' });
  });

  it('manual cases: added, edited, never over a portal case', async () => {
    const store = open();
    const facts = { id: 'mail-1', provider: 'klarna', status: 'open', createdAt: at(-24), amount: { amountMinor: 5000, currency: 'SEK' }, storeId: 'S1' };
    expect(await store.addManual(facts, { buyerCountry: 'SE' })).toEqual({ ok: true, key: 'S1|mail-1', created: true });
    expect(await store.addManual({ ...facts, dueBy: at(48) }, undefined)).toEqual({ ok: true, key: 'S1|mail-1', created: false });
    expect((await stored())['S1|mail-1']).toMatchObject({ manual: true, facts: { dueBy: at(48) }, merchant: { buyerCountry: 'SE' } });
    await store.observe(reading([{ id: 'dp_1' }]));
    const refused = await store.addManual({ ...facts, id: 'dp_1' }, undefined);
    expect(refused.ok).toBe(false);
    expect(await store.addManual({ ...facts, amount: { amountMinor: 1, currency: 'kr' } }, undefined)).toMatchObject({ ok: false, problem: expect.stringContaining('amount.currency') });
  });

  describe('one case per dispute when a case is added by hand with or without its store', () => {
    const manual = (id: string, storeId?: string) => ({ id, provider: 'klarna', status: 'open', createdAt: at(-24), amount: { amountMinor: 5000, currency: 'SEK' }, ...(storeId ? { storeId } : {}) });

    it('without a store, for a dispute tracked from the portal under one: refused, naming the store, nothing written', async () => {
      const store = open();
      await store.observe(reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }]));
      const before = await local().get(null);
      expect(await store.addManual(manual('dp_1'), { notes: 'from the e-mail' })).toEqual({
        ok: false,
        problem: 'dispute dp_1 is already tracked from the portal (store S1)',
        code: 'tracked-from-portal',
      });
      expect(await local().get(null)).toEqual(before);
    });

    it('without a store, for a dispute added by hand under one: that case is updated, no second one', async () => {
      const store = open();
      await store.addManual(manual('mail-1', 'S1'), { buyerCountry: 'SE' });
      expect(await store.addManual({ ...manual('mail-1'), dueBy: at(48) }, undefined)).toEqual({ ok: true, key: 'S1|mail-1', created: false });
      expect(Object.keys(await stored())).toEqual(['S1|mail-1']);
      expect((await stored())['S1|mail-1']).toMatchObject({ manual: true, facts: { dueBy: at(48), storeId: 'S1' }, merchant: { buyerCountry: 'SE' } });
    });

    it('with a store, for a dispute added by hand without one: moved under the store, what the merchant entered kept', async () => {
      const store = open(new Date(NOW.getTime() - 3_600_000));
      await store.addManual(manual('mail-2'), { notes: 'first entry' });
      const later = open();
      expect(await later.addManual(manual('mail-2', 'S2'), { buyerCountry: 'DK' })).toEqual({ ok: true, key: 'S2|mail-2', created: false });
      expect(Object.keys(await stored())).toEqual(['S2|mail-2']);
      expect((await stored())['S2|mail-2']).toMatchObject({
        key: 'S2|mail-2',
        manual: true,
        merchant: { notes: 'first entry', buyerCountry: 'DK' },
        firstSeenAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
        lastSeenAt: NOW.toISOString(),
      });
    });

    it('with a store, for a dispute read from the portal without one: refused, nothing written', async () => {
      const store = open();
      await store.observe(reading([{ id: 'dp_9', status: 'open' }], { storeId: null }));
      expect(Object.keys(await stored())).toEqual(['-|dp_9']);
      const before = await local().get(null);
      expect(await store.addManual(manual('dp_9', 'S1'), undefined)).toMatchObject({ ok: false, code: 'tracked-from-portal', problem: 'dispute dp_9 is already tracked from the portal' });
      expect(await local().get(null)).toEqual(before);
    });

    it('without a store, for a dispute added by hand in two stores: a store-less case of its own (which one is meant is unknown)', async () => {
      const store = open();
      await store.addManual(manual('mail-3', 'S1'), undefined);
      await store.addManual(manual('mail-3', 'S2'), undefined);
      expect(await store.addManual(manual('mail-3'), undefined)).toEqual({ ok: true, key: '-|mail-3', created: true });
      expect(Object.keys(await stored()).sort()).toEqual(['-|mail-3', 'S1|mail-3', 'S2|mail-3']);
    });
  });

  it.each([
    [{ soonHours: 12, criticalHours: 24 }, 'critical'],
    [{ timeZone: 'Mars/Olympus' }, 'time zone'],
    [{ retentionDays: 0 }, 'retentionDays'],
    [{ notifications: { hoursBefore: [-1] } }, 'notifications'],
  ])('settings update %j is refused (%s) and nothing is stored', async (patch, problem) => {
    const store = open();
    const reply = await store.updateSettings(patch);
    expect(reply).toMatchObject({ ok: false, problem: expect.stringContaining(problem) });
    expect((await local().get('settings')).settings).toBeUndefined();
  });

  it('settings update merges nested fields', async () => {
    const store = open();
    await store.updateSettings({ notifications: { enabled: false } });
    const reply = await store.updateSettings({ hosts: { production: false }, timeZone: 'Europe/Stockholm' });
    expect(reply).toMatchObject({ ok: true, settings: { notifications: { enabled: false, hoursBefore: [72, 24, 2] }, hosts: { production: false, playground: true }, timeZone: 'Europe/Stockholm' } });
  });
});

describe('serial queue', () => {
  it('runs tasks one at a time in order; a failing task does not stop the next', async () => {
    const { createSerialQueue } = await import('../../lib/cases/queue');
    const queue = createSerialQueue();
    const log: string[] = [];
    const step = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms);
      });
    const results = await Promise.allSettled([queue.run(step('a', 20)), queue.run(step('b', 1, true)), queue.run(step('c', 5))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
