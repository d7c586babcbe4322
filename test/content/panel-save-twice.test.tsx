// @vitest-environment happy-dom
// Two changes made before the background answered the first: whatever it answers, the panel ends
// showing what is stored, never a change that was not saved.
import { beforeEach, describe, expect, it } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import type { CaseMerchantUpdate } from '../../lib/cases/messages';
import type { Assessment, DisputeFacts } from '../../lib/rules/types';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, usePageLife, settle, allPresent, moduleRules } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');

/** Replies wait for `answer(ok…)`, one per change, in the order sent (as the background handles them). */
class SlowBridge extends FakeBridge {
  private held: ((ok: boolean) => void)[] = [];
  override update(message: CaseMerchantUpdate) {
    return new Promise<Awaited<ReturnType<FakeBridge['update']>>>((resolve) => {
      this.held.push((ok) => {
        if (ok) void super.update(message).then(resolve);
        else resolve({ problem: 'no reply from the background' });
      });
    });
  }
  async answer(...oks: boolean[]): Promise<void> {
    for (const ok of oks) {
      this.held.shift()!(ok);
      await settle();
    }
  }
}

/** The fake assessment with two checklist items. */
function assessTwo(facts: DisputeFacts, opts: { now: Date }): Assessment {
  const a = fakeAssess(facts, opts);
  return { ...a, checklist: [...a.checklist, { id: 'pod.delivery_date', level: 'recommended', titleKey: 'T2', explanationKey: 'E2', acceptanceKey: 'A2', source: 's' }] };
}

let life: FakeLife;
let bridge: SlowBridge;
const pageLife = usePageLife();
beforeEach(() => {
  life = pageLife();
  bridge = new SlowBridge();
});

async function start(): Promise<ShadowRoot> {
  document.body.innerHTML = `<main><article data-id="D1" data-due="${new Date(NOW + 2 * DAY).toISOString()}"><h1>D1</h1></article></main>`;
  history.replaceState(null, '', '/disputes/D1');
  const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: assessTwo, bridge, life, now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
  await manager.start();
  await settle();
  return document.querySelector('dispute-radar-panel')!.shadowRoot!;
}

const ticked = (root: ShadowRoot) => Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).map((b) => b.checked);

describe('two ticks before the first is answered', () => {
  it.each([
    ['both saved', [true, true], [true, true], false],
    ['the first saved, the second not', [true, false], [true, false], true],
    ['the first not saved, the second saved', [false, true], [false, true], true],
    ['neither saved', [false, false], [false, false], true],
  ])('%s: shows what is stored', async (_name, oks, shown, error) => {
    const root = await start();
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0]!.click();
    await settle();
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!.click();
    await settle();
    expect(ticked(root)).toEqual([true, true]);
    expect(bridge.updates).toHaveLength(0);
    await bridge.answer(...oks);
    expect(bridge.updates).toHaveLength(oks.filter(Boolean).length);
    expect(ticked(root)).toEqual(shown);
    expect(root.querySelector('[role="alert"]') !== null).toBe(error);
  });
});

// The first save lands in storage while the second tick is still on its way: the storage watch
// (another change in the store, as every tab sees it) brought the stored inputs, with the first
// tick only, and the second box showed unticked until its own save came back.
describe('the storage watch while a change is unanswered', () => {
  it.each([
    ['the second saved', [true], [true, true]],
    ['the second not saved', [false], [true, false]],
  ])('keeps showing the unanswered tick; %s: shows what is stored', async (_name, secondOk, shown) => {
    const root = await start();
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0]!.click();
    await settle();
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!.click();
    await settle();
    await bridge.answer(true);
    for (const watch of bridge.merchantWatchers) watch(new Map(bridge.stored));
    await settle();
    expect(ticked(root)).toEqual([true, true]);
    await bridge.answer(...secondOk);
    expect(ticked(root)).toEqual(shown);
    // once everything is answered, the watch is followed again (another tab unticks the first)
    expect(bridge.stored.size).toBe(1);
    const [key, stored] = [...bridge.stored][0]!;
    const unticked = Object.fromEntries(Object.keys(stored.ticks).map((id) => [id, false]));
    for (const watch of bridge.merchantWatchers) watch(new Map([[key, { ...stored, ticks: unticked }]]));
    await settle();
    expect(ticked(root)).toEqual([false, false]);
  });
});
