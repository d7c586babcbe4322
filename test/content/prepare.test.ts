// @vitest-environment happy-dom
// The reader's preparation in idle time (lib/portal preparePortalReader) and the merchant's zone
// as the manager hands it to the reader: asked once per setting, following a change of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MountManager, type PrepareReader, type ReadPage } from '../../entrypoints/content/manager';
import { browserTimeZone } from '../../components/format';
import { DAY, FakeBridge, FakeLife, fakeAssess, fakeRead, settle, allPresent } from './fakes';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const row = (id: string) => `<li data-id="${id}" data-due="${new Date(NOW + DAY).toISOString()}"><span>${id}</span></li>`;
const listPage = (rows: string) => `<main><h1>Disputes</h1><ul id="list">${rows}</ul></main>`;
const chips = () => document.querySelectorAll('dispute-radar-chip');

/** A lifecycle whose idle callbacks wait until the test runs them. */
class IdleLife extends FakeLife {
  idles: (() => void)[] = [];
  override idle(fn: () => void): void {
    this.idles.push(fn);
  }
  runIdle(): number {
    const due = this.idles.splice(0);
    for (const fn of due) fn();
    return due.length;
  }
}

let life: IdleLife;
let bridge: FakeBridge;
let manager: MountManager;
let zones: string[];
const read: ReadPage = (doc, url, opts) => {
  zones.push(opts.timeZone);
  return fakeRead(doc, url, opts);
};

async function start(html: string, prepare: PrepareReader | null): Promise<void> {
  document.body.innerHTML = html;
  history.replaceState(null, '', '/disputes');
  manager = new MountManager({ ...allPresent, doc: document, read, prepare, assess: fakeAssess, bridge, life, now: () => NOW, debounceMs: 0, settingsTimeoutMs: 100 });
  await manager.start();
}

beforeEach(() => {
  life = new IdleLife();
  bridge = new FakeBridge();
  zones = [];
  performance.clearMeasures('dispute-radar:prepare');
});
afterEach(() => {
  life.invalidate();
  document.body.innerHTML = '';
});

describe('preparing the reader while the page shows no disputes', () => {
  it('prepares once, in idle time, with the merchant\'s zone, and times it as its own measure', async () => {
    bridge.settingsValue = { ...bridge.settingsValue, timeZone: 'Europe/Stockholm' };
    const calls: { doc: Document; timeZone: string }[] = [];
    await start(listPage(''), (doc, opts) => calls.push({ doc, timeZone: opts.timeZone }));
    // Not in the first reading's task: only once the page is idle.
    expect(calls).toHaveLength(0);
    expect(life.runIdle()).toBeGreaterThan(0);
    expect(calls).toEqual([{ doc: document, timeZone: 'Europe/Stockholm' }]);
    expect(performance.getEntriesByName('dispute-radar:prepare')).toHaveLength(1);
    // Rows arrive, the page changes again: no second preparation.
    document.getElementById('list')!.innerHTML = row('D1');
    await settle();
    document.getElementById('list')!.insertAdjacentHTML('beforeend', row('D2'));
    await settle();
    life.runIdle();
    expect(chips()).toHaveLength(2);
    expect(calls).toHaveLength(1);
  });

  it('prepares once per page load: not again for a second start, nor after the rows come and go', async () => {
    let calls = 0;
    await start(listPage(''), () => (calls += 1));
    life.runIdle();
    expect(calls).toBe(1);
    await manager.start();
    document.getElementById('list')!.innerHTML = row('D1');
    await settle();
    document.getElementById('list')!.innerHTML = '';
    await settle();
    manager.refresh();
    life.runIdle();
    expect(chips()).toHaveLength(0);
    expect(calls).toBe(1);
  });

  it('does not prepare a page whose disputes it has read already', async () => {
    let calls = 0;
    await start(listPage(row('D1')), () => (calls += 1));
    life.runIdle();
    expect(chips()).toHaveLength(1);
    expect(calls).toBe(0);
  });

  it('skips the preparation when the rows were read before the page was idle', async () => {
    let calls = 0;
    await start(listPage(''), () => (calls += 1));
    document.getElementById('list')!.innerHTML = row('D1');
    await settle();
    expect(chips()).toHaveLength(1);
    life.runIdle();
    expect(calls).toBe(0);
  });

  it('never lets a preparation that throws reach the page; the rows are annotated as before', async () => {
    let calls = 0;
    await start(listPage(''), () => {
      calls += 1;
      throw new Error('ICU missing');
    });
    expect(() => life.runIdle()).not.toThrow();
    expect(calls).toBe(1);
    document.getElementById('list')!.innerHTML = row('D1');
    await settle();
    expect(chips()).toHaveLength(1);
  });
});

describe("the merchant's zone", () => {
  it('follows a change of the setting, and falls back to the browser\'s zone for one this browser does not know', async () => {
    bridge.settingsValue = { ...bridge.settingsValue, timeZone: 'Europe/Stockholm' };
    await start(listPage(row('D1')), null);
    expect(zones).toEqual(['Europe/Stockholm']);
    bridge.changeSettings({ timeZone: 'America/New_York' });
    await settle();
    expect(zones.at(-1)).toBe('America/New_York');
    bridge.changeSettings({ timeZone: 'Mars/Olympus_Mons' });
    await settle();
    expect(zones.at(-1)).toBe(browserTimeZone());
    bridge.changeSettings({ timeZone: 'Asia/Tokyo' });
    await settle();
    expect(zones.at(-1)).toBe('Asia/Tokyo');
  });

  it('checks a zone once, not on every reading', async () => {
    bridge.settingsValue = { ...bridge.settingsValue, timeZone: 'Europe/Stockholm' };
    await start(listPage(row('D1')), null);
    const Real = Intl.DateTimeFormat;
    let built = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built += 1;
      return new Real(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(counting, Real);
    Intl.DateTimeFormat = counting;
    try {
      for (let i = 0; i < 3; i++) manager.refresh();
    } finally {
      Intl.DateTimeFormat = Real;
    }
    expect(zones).toEqual(['Europe/Stockholm', 'Europe/Stockholm', 'Europe/Stockholm', 'Europe/Stockholm']);
    expect(built).toBe(0);
  });
});
