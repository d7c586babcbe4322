// case:remove removes only cases the merchant added by hand: a case read from the portal is refused
// with a problem in plain words and kept as it was (it would come back on the next visit anyway).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SenderLike } from '../../lib/cases/sender';
import { at, handlerSetup, popupSender, portalTabSender, reading } from './fixtures';

const popup = popupSender;
const portalTab = portalTabSender;

const manualFacts = (id: string, storeId?: string) => ({
  id,
  provider: 'klarna' as const,
  status: 'open' as const,
  createdAt: at(-48),
  amount: { amountMinor: 4990, currency: 'EUR' },
  dueBy: at(100),
  ...(storeId ? { storeId } : {}),
});

const setup = handlerSetup;

/** Every stored value: the cases' text, its meta, the due index, settings, quarantine. */
const everything = () => fakeBrowser.storage.local.get(null);

async function keys(store: ReturnType<typeof setup>['store']): Promise<string[]> {
  return (await store.list()).cases.map((c) => c.key).sort();
}

describe('case:remove', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('removes a case added by hand, keeps every other case, and refreshes the badge', async () => {
    const { store, handle, afterChange } = setup();
    await store.observe(reading([{ id: 'dp_1', status: 'open', dueBy: at(5) }]));
    expect(await store.addManual(manualFacts('mail-1'), { notes: 'from an e-mail' })).toMatchObject({ ok: true, key: '-|mail-1' });
    expect(await store.addManual(manualFacts('mail-2', 'S1'), undefined)).toMatchObject({ ok: true, key: 'S1|mail-2' });

    expect(await handle({ type: 'case:remove', key: '-|mail-1' }, popup)).toEqual({ ok: true, removed: true });
    expect(afterChange).toHaveBeenCalledTimes(1);
    expect(await keys(store)).toEqual(['S1|dp_1', 'S1|mail-2']);

    expect(await handle({ type: 'case:remove', key: 'S1|mail-2' }, popup)).toEqual({ ok: true, removed: true });
    expect(await keys(store)).toEqual(['S1|dp_1']);
  });

  it.each([
    ['a chargeback read from the portal', { id: 'dp_1', status: 'open' as const, dueBy: at(5) }],
    ['an enquiry read from the portal', { id: 'dp_1', status: 'warning_needs_response' as const }],
    ['a closed case read from the portal', { id: 'dp_1', status: 'lost' as const }],
  ])('refuses %s: a problem naming the dispute, nothing written, no refresh', async (_name, dispute) => {
    const { store, handle, afterChange } = setup();
    await store.observe(reading([dispute]));
    const before = await everything();
    const reply = await handle({ type: 'case:remove', key: 'S1|dp_1' }, popup);
    expect(reply).toEqual({ ok: false, problem: 'dispute dp_1 is tracked from the portal; only cases added by hand can be removed' });
    expect(await everything()).toEqual(before);
    expect(afterChange).not.toHaveBeenCalled();
    expect(await keys(store)).toEqual(['S1|dp_1']);
  });

  it('a key no longer stored (removed already, from another window) answers removed: false and writes nothing', async () => {
    const { store, handle } = setup();
    await store.addManual(manualFacts('mail-1'), undefined);
    expect(await handle({ type: 'case:remove', key: '-|mail-1' }, popup)).toEqual({ ok: true, removed: true });
    const before = await everything();
    expect(await handle({ type: 'case:remove', key: '-|mail-1' }, popup)).toEqual({ ok: true, removed: false });
    expect(await everything()).toEqual(before);
  });

  it('removes by exact key: the portal case with the same dispute ID in another store stays', async () => {
    const { store } = setup();
    await store.observe(reading([{ id: 'dup', status: 'open', dueBy: at(5) }]));
    await store.addManual(manualFacts('dup', 'S2'), undefined);
    expect(await store.remove('S2|dup')).toEqual({ ok: true, removed: true });
    expect(await keys(store)).toEqual(['S1|dup']);
    expect(await store.remove('S1|dup')).toMatchObject({ ok: false });
    expect(await keys(store)).toEqual(['S1|dup']);
  });

  it.each<[string, unknown, SenderLike]>([
    ['from a portal page', { type: 'case:remove', key: '-|mail-1' }, portalTab],
    ['without a key', { type: 'case:remove' }, popup],
    ['with an empty key', { type: 'case:remove', key: '' }, popup],
    ['with a key that is not text', { type: 'case:remove', key: 7 }, popup],
  ])('refuses a request %s and keeps the case', async (_name, message, sender) => {
    const { store, handle, afterChange } = setup();
    await store.addManual(manualFacts('mail-1'), undefined);
    const before = await everything();
    expect(await handle(message, sender)).toMatchObject({ ok: false, problem: expect.any(String) });
    expect(await everything()).toEqual(before);
    expect(afterChange).not.toHaveBeenCalled();
  });
});
