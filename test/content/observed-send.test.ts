// @vitest-environment happy-dom
// What the content script sends of a page's reading is checked with zod by the extension's own
// module, content-rules/observed.js (entrypoints/content/observed-check.ts), which the bridge loads
// once before its first sending: a reading it checks goes out with its odd rows left out, and where
// the module cannot be loaded nothing is sent unchecked.
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CasesObserved } from '../../lib/cases/messages';
import { observedMessage } from './fakes';

const CHECK_MODULE = resolve(__dirname, '../../entrypoints/content/observed-check.ts');

const reading = (disputes: unknown[]): CasesObserved => observedMessage(disputes) as CasesObserved;

/** The bridge afresh (its module loaded once per page), the extension's files where `getURL` says. */
async function bridgeWith(getURL: (path: string) => string) {
  vi.resetModules();
  fakeBrowser.reset();
  fakeBrowser.runtime.getURL = getURL as typeof fakeBrowser.runtime.getURL;
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    received.push(m);
    return Promise.resolve({ ok: true, merchant: { 'M1|D1': { buyerCountry: 'SE' } } });
  });
  const { extensionBridge, OBSERVED_CHECK_PATH } = await import('../../entrypoints/content/bridge');
  return { bridge: extensionBridge, received, OBSERVED_CHECK_PATH };
}

beforeEach(() => fakeBrowser.reset());

describe("the bridge's sending of a page's reading", () => {
  it('loads the check from the extension path the build writes it to, and sends what it passes', async () => {
    const asked: string[] = [];
    const { bridge, received, OBSERVED_CHECK_PATH } = await bridgeWith((path) => (asked.push(path), CHECK_MODULE));
    const message = reading([{ id: 'D1', status: 'open' }]);
    expect(await bridge.observed(message)).toEqual({ 'M1|D1': { buyerCountry: 'SE', ticks: {} } });
    expect(received).toEqual([message]);
    expect(asked).toEqual([OBSERVED_CHECK_PATH]);
    expect(OBSERVED_CHECK_PATH).toBe('/content-rules/observed.js');
    // once per page: the second sending asks for no module again
    await bridge.observed(message);
    expect(asked).toHaveLength(1);
  });

  it('leaves a row that does not pass out and sends the others', async () => {
    const { bridge, received } = await bridgeWith(() => CHECK_MODULE);
    await bridge.observed(reading([{ id: 'D1', status: 'open' }, { id: 'D2', buyerCountry: 'se' }]));
    expect(received).toEqual([reading([{ id: 'D1', status: 'open' }])]);
  });

  it('sends nothing for a reading that does not pass (another site)', async () => {
    const { bridge, received } = await bridgeWith(() => CHECK_MODULE);
    expect(await bridge.observed({ ...reading([{ id: 'D1' }]), pageUrl: 'https://example.com/disputes' })).toBeNull();
    expect(received).toEqual([]);
  });

  it('sends nothing unchecked where the module cannot be loaded', async () => {
    const { bridge, received } = await bridgeWith(() => '/no/such/module.js');
    expect(await bridge.observed(reading([{ id: 'D1', status: 'open' }]))).toBeNull();
    expect(received).toEqual([]);
  });
});
