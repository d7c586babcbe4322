// @vitest-environment happy-dom
// A dispute whose facts are too few to assess still asks for the buyer country and what was sold:
// a change there that the background could not save must say so, as it does on a full panel.
import { beforeEach, describe, expect, it } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { FakeBridge, FakeLife, fakeAssess, fakeRead, usePageLife, settle, allPresent, moduleRules } from './fakes';

let life: FakeLife;
let bridge: FakeBridge;

const pageLife = usePageLife();
beforeEach(() => {
  life = pageLife();
  bridge = new FakeBridge();
});

async function start(): Promise<ShadowRoot> {
  // data-broken: the reader finds the ID only (no provider, status, created date or amount)
  document.body.innerHTML = '<main><article data-id="D9" data-broken><h1>D9</h1></article></main>';
  history.replaceState(null, '', '/disputes/D9');
  const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge, life, now: () => Date.parse('2026-03-02T12:00:00.000Z'), debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
  await manager.start();
  return document.querySelector('dispute-radar-panel')!.shadowRoot!;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the panel of a dispute it cannot assess', () => {
  it.each([
    ['what was sold', 0, 'digital'],
    ['the buyer country', 1, 'SE'],
  ])('says when %s could not be saved, and shows it unchosen', async (_what, index, value) => {
    bridge.failUpdates = true;
    const root = await start();
    expect(root.querySelector('[data-part="missing"]')).not.toBeNull();
    choose(root.querySelectorAll<HTMLSelectElement>('select')[index]!, value);
    await settle();
    expect(bridge.updates).toHaveLength(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not save this change. Please try again.');
    expect(root.querySelectorAll<HTMLSelectElement>('select')[index]!.value).toBe('');
  });

  it('says nothing of the kind when the change was saved', async () => {
    const root = await start();
    choose(root.querySelectorAll<HTMLSelectElement>('select')[1]!, 'SE');
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelectorAll<HTMLSelectElement>('select')[1]!.value).toBe('SE');
  });
});

// The change message is checked with zod where it is made (the panel, in the module loaded on
// demand; the content script carries no schema of it): a change for a dispute whose ID the case
// store would refuse (longer than 200 characters, as a page can show) is never sent.
describe('a change that is not a valid message', () => {
  it('is not sent, says it could not be saved, and shows the choice as it was', async () => {
    const id = 'D'.repeat(201);
    document.body.innerHTML = `<main><article data-id="${id}" data-broken><h1>${id}</h1></article></main>`;
    history.replaceState(null, '', `/disputes/${id}`);
    const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge, life, now: () => Date.parse('2026-03-02T12:00:00.000Z'), debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
    await manager.start();
    const root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    choose(root.querySelectorAll<HTMLSelectElement>('select')[0]!, 'digital');
    await settle();
    expect(bridge.updates).toHaveLength(0);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not save this change. Please try again.');
    expect(root.querySelectorAll<HTMLSelectElement>('select')[0]!.value).toBe('');
  });
});
