// @vitest-environment happy-dom
// Ticks belong to their dispute: made on one, then the portal shows another (SPA navigation) and
// comes back — each panel shows its own dispute's ticks and goods type, never another's.
import { beforeEach, describe, expect, it } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, usePageLife, settle, allPresent, moduleRules } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const article = (id: string) => `<article data-id="${id}" data-due="${new Date(NOW + 2 * DAY).toISOString()}"><h1>${id}</h1></article>`;

let life: FakeLife;
let bridge: FakeBridge;
const pageLife = usePageLife();
beforeEach(() => {
  life = pageLife();
  bridge = new FakeBridge();
});

async function go(id: string): Promise<ShadowRoot> {
  history.pushState(null, '', `/disputes/${id}`);
  document.querySelector('main')!.innerHTML = article(id);
  life.navigate(location.href);
  await settle();
  const panels = document.querySelectorAll('dispute-radar-panel');
  expect(panels).toHaveLength(1);
  expect(panels[0]!.getAttribute('data-key')).toBe(`M1|${id}`);
  return panels[0]!.shadowRoot!;
}

const box = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const goods = (root: ShadowRoot) => root.querySelector<HTMLSelectElement>('select')!;

describe('the panel across disputes', () => {
  it('shows each dispute its own ticks and goods type, there and back', async () => {
    document.body.innerHTML = `<main>${article('D1')}</main>`;
    history.replaceState(null, '', '/disputes/D1');
    await new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge, life, now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) }).start();
    let root = document.querySelector('dispute-radar-panel')!.shadowRoot!;
    box(root).click();
    goods(root).value = 'digital';
    goods(root).dispatchEvent(new Event('change', { bubbles: true }));
    await settle();

    root = await go('D2');
    expect(box(root).checked).toBe(false);
    expect(goods(root).value).toBe('');
    expect(root.textContent).toContain('0 of 1 ready');

    root = await go('D1');
    expect(box(root).checked).toBe(true);
    expect(goods(root).value).toBe('digital');
    expect(root.textContent).toContain('1 of 1 ready');
    expect(bridge.updates.map((u) => u.disputeId)).toEqual(['D1', 'D1']);
  });
});
