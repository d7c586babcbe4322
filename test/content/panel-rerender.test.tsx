// @vitest-environment happy-dom
// The portal draws a dispute's element again (a re-render of its page, a refreshed status) while
// the merchant works in the panel: the panel is the same one afterwards, right before the dispute,
// with keyboard focus where it was and the sections the merchant closed still closed.
import { beforeEach, describe, expect, it } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, usePageLife, settle, allPresent, moduleRules } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const article = (id = 'D1') => `<article data-id="${id}" data-due="${new Date(NOW + 2 * DAY).toISOString()}"><h1>${id}</h1></article>`;
const fresh = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content.firstElementChild!;
};

let life: FakeLife;
const pageLife = usePageLife();
beforeEach(() => {
  life = pageLife();
});

async function start(path = '/disputes/D1'): Promise<Element> {
  document.body.innerHTML = `<main><div id="wrap">${article()}</div></main>`;
  history.replaceState(null, '', path);
  const manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge: new FakeBridge(), life, now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
  await manager.start();
  return document.querySelector('dispute-radar-panel')!;
}

function workIn(host: Element): HTMLInputElement {
  const root = host.shadowRoot!;
  root.querySelector<HTMLDetailsElement>('details[data-section="advice"]')!.open = false;
  const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  box.focus();
  expect(root.activeElement).toBe(box);
  return box;
}

describe('the panel when the portal draws the dispute again', () => {
  it.each([
    ['in place', true, () => document.querySelector('article')!.replaceWith(fresh(article()))],
    [
      'further down, the panel left where it was',
      true,
      () => {
        document.querySelector('article')!.remove();
        document.querySelector('main')!.append(fresh(article()));
      },
    ],
    // the panel went with the old container: focus went with it (the browser's), the panel comes back
    ['in a new container', false, () => document.getElementById('wrap')!.replaceWith(fresh(`<section>${article()}</section>`))],
  ])('%s: keeps the same panel and its closed sections, and focus while the panel stayed', async (_how, focusKept, redraw) => {
    const host = await start();
    const box = workIn(host);
    redraw();
    await settle();
    const panels = document.querySelectorAll('dispute-radar-panel');
    expect(panels).toHaveLength(1);
    expect(panels[0]).toBe(host);
    expect(host.nextElementSibling).toBe(document.querySelector('article'));
    if (focusKept) expect(host.shadowRoot!.activeElement).toBe(box);
    expect(host.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-section="advice"]')!.open).toBe(false);
  });

  it('draws a new panel for another dispute', async () => {
    const host = await start();
    workIn(host);
    history.pushState(null, '', '/disputes/D2');
    document.querySelector('article')!.replaceWith(fresh(article('D2')));
    life.navigate(location.href);
    await settle();
    const panels = document.querySelectorAll('dispute-radar-panel');
    expect(panels).toHaveLength(1);
    expect(panels[0]).not.toBe(host);
    expect(panels[0]!.getAttribute('data-key')).toBe('M1|D2');
    expect(panels[0]!.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-section="advice"]')!.open).toBe(true);
  });
});
