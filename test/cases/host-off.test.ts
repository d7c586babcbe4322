// A portal host turned off in the options ("Portal sites": the test portal) is left alone by the
// content script, but the cases read there before still counted on the badge, named in its
// tooltip, woke the worker and raised notifications. A merchant who turns the test portal off
// expects its test disputes to stop doing that. They stay stored (turning the host on again brings
// them back), their notifications on show are taken away, and what falls due meanwhile is logged
// unshown (no burst of old alerts when the host is turned on again). A case entered by hand has no
// host and always counts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { loadInitialState } from '../../components/popup/first-frame';
import { decodeDueIndex, indexFits } from '../../lib/cases/due-index';
import { assessForList } from '../../lib/cases/list-assessment';
import { caseRules } from '../../lib/cases/rules-real';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import { openCaseStore } from '../../lib/cases/store';
import { at, HOUR, NOW, reading } from './fixtures';
import { refreshWorker } from './refresh-worker';

const PRODUCTION = 'https://portal.kustom.co/disputes';
const PLAYGROUND = 'https://portal.playground.kustom.co/disputes';

const dispute = (id: string, dueInHours: number) => ({
  id,
  provider: 'card' as const,
  status: 'open' as const,
  createdAt: at(-24 * 5),
  amount: { amountMinor: 12_500, currency: 'EUR' },
  dueBy: at(dueInHours),
});

/** P-1 on the portal, due in 30 h; G-1 on the test portal, due in 5 h. */
async function seeded(hosts: Settings['hosts']) {
  const worker = refreshWorker(NOW);
  await worker.store.observe(reading([dispute('P-1', 30)], { pageUrl: PRODUCTION }));
  await worker.store.observe(reading([dispute('G-1', 5)], { pageUrl: PLAYGROUND }));
  const updated = await worker.store.updateSettings({ hosts });
  expect(updated.ok).toBe(true);
  return worker;
}

describe('cases of a portal host turned off', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each<[string, Settings['hosts'], string, string, string | null, string[], number | null]>([
    ['both on: both count', { production: true, playground: true }, '2', 'red', 'G-1', ['S1|G-1#24', 'S1|P-1#72'], 3],
    ['the test portal off: its case does not count, notify or wake', { production: true, playground: false }, '1', 'amber', 'P-1', ['S1|P-1#72'], 6],
    ['the portal off: only the test portal\'s', { production: false, playground: true }, '1', 'red', 'G-1', ['S1|G-1#24'], 3],
    ['both off: nothing', { production: false, playground: false }, '', 'none', null, [], null],
  ])('%s', async (_name, hosts, text, tone, next, notified, alarmInHours) => {
    const worker = await seeded(hosts);
    const result = await worker.refresh();
    expect(result.badge).toMatchObject({ text, tone });
    expect(result.badge.next?.disputeId ?? null).toBe(next);
    expect(worker.shown.map((n) => `${n.key}#${n.hoursBefore}`).sort()).toEqual(notified);
    expect(result.nextAlarm).toEqual(alarmInHours === null ? null : new Date(NOW.getTime() + alarmInHours * HOUR));
    // kept: both cases are still stored
    expect((await worker.store.list()).cases.map((c) => c.key).sort()).toEqual(['S1|G-1', 'S1|P-1']);
  });

  it('turned on again: its case counts again, and what fell due while it was off is not shown late', async () => {
    const worker = await seeded({ production: true, playground: false });
    await worker.refresh();
    expect(worker.shown.map((n) => n.disputeId)).toEqual(['P-1']);
    await worker.store.updateSettings({ hosts: { playground: true } });
    const result = await worker.refresh();
    expect(result.badge).toMatchObject({ text: '2', tone: 'red' });
    expect(worker.shown.map((n) => n.disputeId)).toEqual(['P-1']);
  });

  it('a case entered by hand has no host and counts with both hosts off', async () => {
    const worker = await seeded({ production: false, playground: false });
    const added = await worker.store.addManual({ ...dispute('M-1', 10), storeId: 'S1' }, undefined);
    expect(added.ok).toBe(true);
    const result = await worker.refresh();
    expect(result.badge).toMatchObject({ text: '1', tone: 'red' });
    expect(worker.shown.map((n) => n.disputeId)).toEqual(['M-1']);
  });
});

describe('the background takes away the notifications of a host turned off', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('its notification on show is cleared, the other host\'s stays; the badge follows', async () => {
    const firstSeenAt = new Date(Date.now() - 48 * HOUR).toISOString();
    const due = (id: string, pageUrl: string) => ({
      key: `S1|${id}`,
      facts: { ...dispute(id, 0), dueBy: new Date(Date.now() + 10 * HOUR).toISOString(), createdAt: firstSeenAt, storeId: 'S1' },
      merchant: { ticks: {} },
      manual: false,
      firstSeenAt,
      lastSeenAt: firstSeenAt,
      pageUrl,
      pageKind: 'dispute_list' as const,
    });
    await fakeBrowser.storage.local.set({ cases: { 'S1|P-1': due('P-1', PRODUCTION), 'S1|G-1': due('G-1', PLAYGROUND) }, cases$: { v: 2 } });
    background.main();
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown>;
    const reply = vi.fn();
    const options = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    await trigger({ type: 'settings:update', patch: { hosts: { playground: false } } }, options, reply);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith(expect.objectContaining({ ok: true })));
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll()).map((id) => id.split('@')[0])).toEqual(['S1|P-1']));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).not.toContain('G-1');
  });
});

describe('the popup\'s due index with a portal host turned off', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const BUILD = '9.9.9';
  const ZONE = 'Europe/Stockholm';
  const openIndexed = () => openCaseStore({ rules: caseRules, now: () => NOW, dueIndex: { assess: assessForList, build: BUILD, browserZone: () => ZONE } });
  const stored = async () => {
    const got = await fakeBrowser.storage.local.get(['cases', 'cases$', 'dueIndex', 'settings']);
    return { head: { meta: got.cases$, index: got.dueIndex, settings: got.settings ?? null }, text: got.cases };
  };
  const firstFrame = async () => {
    const { head, text } = await stored();
    return loadInitialState({ head: Promise.resolve(head), cases: () => Promise.resolve(text) }, { assessDispute: assessForList, build: BUILD, browserZone: () => ZONE, rows: 8 }, () => NOW.getTime());
  };

  it.each<[string, Settings['hosts'], string[], number]>([
    ['both on', { production: true, playground: true }, ['S1|G-1', 'S1|P-1'], 0],
    ['the test portal off', { production: true, playground: false }, ['S1|P-1'], 1],
    ['the portal off', { production: false, playground: true }, ['S1|G-1'], 1],
  ])('%s: turning hosts on or off rewrites it; the first frame lists what the full list does', async (_name, hosts, listed, hidden) => {
    const store = openIndexed();
    await store.observe(reading([dispute('P-1', 30)], { pageUrl: PRODUCTION }));
    await store.observe(reading([dispute('G-1', 5)], { pageUrl: PLAYGROUND }));
    expect(decodeDueIndex((await stored()).head.index)?.keys.sort()).toEqual(['S1|G-1', 'S1|P-1']);
    expect((await store.updateSettings({ hosts })).ok).toBe(true);
    const index = decodeDueIndex((await stored()).head.index)!;
    expect([...index.keys].sort()).toEqual(listed);
    expect(index.hidden).toBe(hidden);
    expect(indexFits(index, (await stored()).head.meta, { build: BUILD, tz: ZONE, hosts, nowMs: NOW.getTime() })).toBe(true);
    const initial = await firstFrame();
    expect(initial.preview?.rows.map((r) => r.case.key).sort()).toEqual(listed);
    expect(initial.preview?.hidden).toBe(hidden);
    expect(await store.refreshDueIndex()).toEqual({ rewritten: false });
  });

  it('an index written with other hosts on does not fit: the first frame reads every case instead', async () => {
    const store = openIndexed();
    await store.observe(reading([dispute('P-1', 30)], { pageUrl: PRODUCTION }));
    await store.observe(reading([dispute('G-1', 5)], { pageUrl: PLAYGROUND }));
    const { index } = await stored().then((s) => ({ index: decodeDueIndex(s.head.index)! }));
    expect(indexFits(index, (await stored()).head.meta, { build: BUILD, tz: ZONE, hosts: { production: true, playground: false }, nowMs: NOW.getTime() })).toBe(false);
    // settings written by another path than updateSettings (another build): the index is not trusted
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hosts: { production: true, playground: false } } });
    const initial = await firstFrame();
    expect(initial.preview).toBeNull();
    expect(initial.cases?.map((c) => c.key).sort()).toEqual(['S1|G-1', 'S1|P-1']);
    // and the background's start rewrites it
    expect(await store.refreshDueIndex()).toEqual({ rewritten: true });
    expect(decodeDueIndex((await stored()).head.index)?.keys).toEqual(['S1|P-1']);
  });
});
