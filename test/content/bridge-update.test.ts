// @vitest-environment happy-dom
// The merchant's change from the detail panel reaches the background through the runtime's
// messages (bridge.ts sendMerchantUpdate), which only the module loaded on demand carries: the
// content script's own bridge has no update, and the panel sends the change itself. Its reply is
// checked with zod (parseMerchant) as before: stored inputs, or a problem in words.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionBridge, sendMerchantUpdate } from '../../entrypoints/content/bridge';
import type { CaseMerchantUpdate } from '../../lib/cases/messages';
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { FakeBridge, fakeAssess, fakeRead, usePageLife, settle, allPresent, moduleRules } from './fakes';

const message: CaseMerchantUpdate = { type: 'case:merchant-update', storeId: 'M1', disputeId: 'D1', patch: { buyerCountry: 'SE' } };

function answer(reply: unknown): unknown[] {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    received.push(m);
    return Promise.resolve(reply);
  });
  return received;
}

beforeEach(() => fakeBrowser.reset());

describe('sendMerchantUpdate', () => {
  it('sends the message and gives the stored inputs the background answers (checked: defaults filled)', async () => {
    const received = answer({ ok: true, key: 'M1|D1', merchant: { buyerCountry: 'SE' } });
    expect(await sendMerchantUpdate(message)).toEqual({ merchant: { buyerCountry: 'SE', ticks: {} } });
    expect(received).toEqual([message]);
  });

  it.each<[string, unknown, string]>([
    ['a refusal: its problem', { ok: false, problem: 'storage full' }, 'storage full'],
    ['inputs that do not parse', { ok: true, merchant: { buyerCountry: 'Sweden' } }, 'the background sent an unreadable reply'],
    ['no inputs', { ok: true }, 'the background sent an unreadable reply'],
    ['no reply', undefined, 'no reply from the background'],
  ])('%s', async (_name, reply, problem) => {
    answer(reply);
    expect(await sendMerchantUpdate(message)).toEqual({ problem });
  });

  it("is not the content script's bridge's: the panel sends it itself", () => {
    expect(extensionBridge.update).toBeUndefined();
  });
});

describe('the panel with a bridge that has no update (the content script\'s own)', () => {
  const pageLife = usePageLife();
  it('sends the change through the runtime and shows the stored inputs', async () => {
    const received = answer({ ok: true, key: 'M1|D9', merchant: { goods: 'digital' } });
    const bridge = new FakeBridge();
    Object.defineProperty(bridge, 'update', { value: undefined });
    document.body.innerHTML = '<main><article data-id="D9" data-broken><h1>D9</h1></article></main>';
    history.replaceState(null, '', '/disputes/D9');
    const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge, life: pageLife(), now: () => Date.parse('2026-03-02T12:00:00.000Z'), debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
    await manager.start();
    const select = document.querySelector('dispute-radar-panel')!.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')[0]!;
    select.value = 'digital';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(received).toEqual([{ type: 'case:merchant-update', storeId: 'M1', disputeId: 'D9', patch: { goods: 'digital' } }]);
    expect(bridge.updates).toEqual([]);
    expect(document.querySelector('dispute-radar-panel')!.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')[0]!.value).toBe('digital');
    manager.destroy();
  });
});
