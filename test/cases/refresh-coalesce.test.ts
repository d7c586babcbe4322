// Requests for a refresh coalesce (lib/cases/refresh.ts createRefresh): those made while one is
// queued and has not begun reading share it; those made while one is reading queue exactly one
// more, which reads what was written meanwhile; a refresh that fails leaves the next one to run.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BadgePlan } from '../../lib/cases/badge';
import { createRefresh } from '../../lib/cases/refresh';
import { openCaseStore } from '../../lib/cases/store';
import { NOW, portalOnlyRules, reading } from './fixtures';

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

function worker(setBadge: (plan: BadgePlan) => Promise<void>) {
  const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
  const refresh = createRefresh(store, portalOnlyRules, { setBadge, setNextAlarm: async () => {}, notify: async () => {}, notifySeveral: async () => {} }, () => NOW, () => 'UTC');
  return { store, refresh };
}

/** A worker whose first refresh, once reading, holds at its badge (`reached`) until `first` opens; every badge shown in `badges`. */
function heldWorker() {
  const badges: string[] = [];
  const first = gate();
  const reached = gate();
  let calls = 0;
  const { store, refresh } = worker(async (plan) => {
    badges.push(plan.text);
    if (calls++ === 0) {
      reached.open();
      await first.opened;
    }
  });
  return { badges, first, reached, store, refresh };
}

const open = (n: number) => reading(Array.from({ length: n }, (_, i) => ({ id: `dp_${i + 1}`, status: 'open' as const, dueBy: new Date(NOW.getTime() + (i + 5) * 3_600_000).toISOString() })));

describe('refresh requests coalesce', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([1, 2, 5])('%i request(s) made while one is queued and not yet reading: one refresh, one result', async (n) => {
    const badges: string[] = [];
    const { store, refresh } = worker(async (plan) => void badges.push(plan.text));
    await store.observe(open(2));
    const busy = gate();
    void store.run(() => busy.opened);
    const results = Array.from({ length: n }, () => refresh());
    busy.open();
    const done = await Promise.all(results);
    expect(badges).toEqual(['2']);
    expect(new Set(done).size).toBe(1);
  });

  it.each([1, 2, 5])('%i request(s) made while one is reading: exactly one more, which reads what was written meanwhile', async (n) => {
    const { badges, first, reached, store, refresh } = heldWorker();
    await store.observe(open(1));
    const running = refresh();
    await reached.opened;
    const written = store.observe(open(3));
    const later = Array.from({ length: n }, () => written.then(() => refresh()));
    first.open();
    await Promise.all([running, ...later]);
    expect(badges).toEqual(['1', '3']);
  });

  it('a refresh that fails fails its joiners only: the next request runs', async () => {
    const badges: string[] = [];
    let fail = true;
    const { store, refresh } = worker(async (plan) => {
      if (fail) throw new Error('no badge');
      badges.push(plan.text);
    });
    await store.observe(open(2));
    const failed = [refresh(), refresh()];
    for (const f of failed) await expect(f).rejects.toThrow('no badge');
    fail = false;
    await refresh();
    expect(badges).toEqual(['2']);
  });
});

describe('a request while a refresh is running', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['after a change written (the running one began after it): joins it', true, ['2']],
    ['for the clock (an alarm): queues one more', false, ['2', '2']],
  ] as const)('%s', async (_name, written, expected) => {
    const { badges, first, reached, store, refresh } = heldWorker();
    await store.observe(open(2));
    const running = refresh();
    await reached.opened;
    const asked = refresh(written);
    first.open();
    await Promise.all([running, asked]);
    expect(badges).toEqual(expected);
  });
});
