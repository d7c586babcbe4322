// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://portal.playground.kustom.co/disputes"}
// Settings.hosts: on a portal host the merchant switched off, the content script reads nothing,
// shows nothing and sends nothing, and it follows the setting at once when it changes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MountManager } from '../../entrypoints/content/manager';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, usePageLife, settle, allPresent } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
/** Until the expectation holds (a loaded machine can take longer than settle() to read and draw). */
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 5 });
const row = (id: string) => `<li data-id="${id}" data-due="${new Date(NOW + 2 * DAY).toISOString()}"><span>${id}</span></li>`;
const hosts = () => document.querySelectorAll('dispute-radar-chip,dispute-radar-summary,dispute-radar-panel,dispute-radar-marker').length;

let life: FakeLife;
let bridge: FakeBridge;
let manager: MountManager;

async function start(): Promise<void> {
  document.body.innerHTML = `<main><h1>Disputes</h1><ul id="list">${row('D1')}${row('D2')}</ul></main>`;
  fakeRead.calls = 0;
  manager = new MountManager({ ...allPresent, doc: document, read: fakeRead, assess: fakeAssess, bridge, life, now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100 });
  await manager.start();
}

const pageLife = usePageLife();
beforeEach(() => {
  life = pageLife();
  bridge = new FakeBridge();
});

describe('the portal hosts setting', () => {
  it('runs on the playground host here (the test page is on it)', () => {
    expect(location.origin).toBe('https://portal.playground.kustom.co');
  });

  it.each([
    ['both hosts on', { production: true, playground: true }, 3, 1],
    ['only production switched off', { production: false, playground: true }, 3, 1],
    ['the playground (this page) switched off', { production: true, playground: false }, 0, 0],
  ])('%s (%o): %i hosts, %i readings', async (_name, setting, hostCount, readings) => {
    bridge.settingsValue = { ...bridge.settingsValue, hosts: setting };
    await start();
    const done = () => {
      expect(hosts()).toBe(hostCount);
      expect(fakeRead.calls).toBe(readings);
      expect(bridge.observedMessages).toHaveLength(readings);
    };
    if (readings > 0) await until(done);
    // and nothing more after a while
    await settle();
    done();
  });

  it('removes its annotations at once when switched off, and stays idle while the page changes', async () => {
    await start();
    expect(hosts()).toBe(3);
    bridge.changeSettings({ hosts: { production: true, playground: false } });
    expect(hosts()).toBe(0);
    const calls = fakeRead.calls;
    document.querySelector('ul')!.insertAdjacentHTML('beforeend', row('D3'));
    life.navigate('https://portal.playground.kustom.co/disputes?tab=all');
    await settle();
    expect(fakeRead.calls).toBe(calls);
    expect(hosts()).toBe(0);
    expect(life.long.size).toBe(0);
  });

  it('reads and annotates again as soon as it is switched back on', async () => {
    bridge.settingsValue = { ...bridge.settingsValue, hosts: { production: true, playground: false } };
    await start();
    expect(hosts()).toBe(0);
    bridge.changeSettings({ hosts: { production: true, playground: true } });
    const done = () => {
      expect(hosts()).toBe(3);
      expect(fakeRead.calls).toBe(1);
      expect(bridge.observedMessages).toHaveLength(1);
    };
    await until(done);
    await settle();
    done();
  });
});
