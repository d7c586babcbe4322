// The popup's and the options page's read-only access to the store (lib/cases/read.ts) read nothing
// when their modules load. Its items were @wxt-dev/storage items, and such an item reads its whole
// value when it is defined: loading the popup's app read the cases' whole text once more (it only
// watches that item), and the options page the same, before either asked for anything.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const KEYS = ['cases', 'settings', 'settingsReset'] as const;

const reads = (get: { mock: { calls: unknown[][] } }, key: string) =>
  get.mock.calls.filter(([keys]) => (Array.isArray(keys) ? keys : [keys]).includes(key)).length;

describe('lib/cases/read.ts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it.each(KEYS)('loading it reads no %s', async (key) => {
    await fakeBrowser.storage.local.set({ cases: '{}', settings: {}, settingsReset: ['language'] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    vi.resetModules();
    await import('../../lib/cases/read');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads(get, key)).toBe(0);
  });

  it.each([
    ['the cases', 'casesReadItem', 'cases', '{"x":1}'],
    ['the settings', 'settingsReadItem', 'settings', { retentionDays: 30 }],
  ] as const)('%s: read and watched as before', async (_name, item, key, value) => {
    const read = await import('../../lib/cases/read');
    const seen: unknown[] = [];
    const unwatch = read[item].watch((raw: unknown) => void seen.push(raw));
    expect(await read[item].getValue()).toBeNull();
    await fakeBrowser.storage.local.set({ [key]: value });
    await vi.waitFor(() => expect(seen).toEqual([value]));
    expect(await read[item].getValue()).toEqual(value);
    unwatch();
    await fakeBrowser.storage.local.set({ [key]: null });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([value]);
  });

  it('the settings put back to their defaults: read and watched', async () => {
    const read = await import('../../lib/cases/read');
    const seen: string[][] = [];
    const unwatch = read.watchSettingsReset((paths) => void seen.push(paths));
    expect(await read.readSettingsReset()).toEqual([]);
    await fakeBrowser.storage.local.set({ settingsReset: ['language', 7] });
    await vi.waitFor(() => expect(seen).toEqual([['language']]));
    expect(await read.readSettingsReset()).toEqual(['language']);
    unwatch();
  });
});
