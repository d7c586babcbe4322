// @vitest-environment happy-dom
// Typing and clicking in the detail panel and the unread marker stay in them: the portal's own
// shortcuts and click handlers must not react. The chips and the summary line have no controls and
// leave the page's events alone. (The panel and the marker make their hosts with
// createIsolatedHost, in the module loaded on demand; the content script's own hosts with createHost.)
import { afterEach, describe, expect, it } from 'vitest';
import { createHost, createIsolatedHost, type HostKind } from '../../entrypoints/content/hosts';
import { MountManager } from '../../entrypoints/content/manager';
import { createUnreadMarker } from '../../entrypoints/content/unread-marker';
import { FakeBridge, fakeAssess, usePageLife, allPresent, moduleRules } from './fakes';
import { realReaderPage } from './real-page';

const EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'click'];

/** The events of EVENTS that reach the document when sent from inside `host`'s shadow root. */
function reachingThePage(host: Element): string[] {
  const reached: string[] = [];
  const listen = (e: Event) => reached.push(e.type);
  for (const type of EVENTS) document.addEventListener(type, listen);
  try {
    const inside = host.shadowRoot!.lastElementChild!;
    for (const type of EVENTS) inside.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  } finally {
    for (const type of EVENTS) document.removeEventListener(type, listen);
  }
  return reached;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hosts', () => {
  it.each<HostKind>(['panel', 'marker'])('a %s host made with createIsolatedHost keeps its events', (kind) => {
    const host = createIsolatedHost(document, kind, 'k', 'light', '');
    document.body.append(host.el);
    expect(reachingThePage(host.el)).toEqual([]);
  });

  it.each<HostKind>(['chip', 'summary'])('a %s host lets them through', (kind) => {
    const host = createHost(document, kind, 'k', 'light');
    document.body.append(host.el);
    expect(reachingThePage(host.el)).toEqual(EVENTS);
  });
});

describe('on a page', () => {
  const page = realReaderPage(Date.parse('2026-03-02T12:00:00.000Z'));
  const life = usePageLife();

  it('the detail panel keeps its events', async () => {
    await page.start(
      '<main><h1>Dispute N-1</h1><dl><dt>Dispute ID</dt><dd>N-1</dd><dt>Payment method</dt><dd>Klarna</dd><dt>Status</dt><dd>Response required</dd><dt>Amount</dt><dd>€12.50</dd><dt>Created</dt><dd>2026-03-01</dd><dt>Respond by</dt><dd>2026-03-09</dd></dl></main>',
      '/disputes/N-1',
    );
    const panel = document.querySelector('dispute-radar-panel');
    expect(panel).not.toBeNull();
    expect(reachingThePage(panel!)).toEqual([]);
  });

  it('the unread marker keeps its events', async () => {
    document.body.innerHTML = '<main><p>Disputes</p></main>';
    history.replaceState(null, '', '/disputes');
    const read = () => ({ page: 'unknown' as const, storeId: null, locale: null, disputes: [], problems: ['nothing to read'] });
    const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life: life(), debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ marker: createUnreadMarker }) });
    await manager.start();
    const marker = document.querySelector('dispute-radar-marker');
    expect(marker).not.toBeNull();
    expect(reachingThePage(marker!)).toEqual([]);
  });

  it('a chip lets them through', async () => {
    await page.start(
      '<main><table><thead><tr><th>Dispute ID</th><th>Status</th><th>Amount</th><th>Created</th><th>Respond by</th></tr></thead><tbody><tr><td>N-1</td><td>Response required</td><td>€12.50</td><td>2026-03-01</td><td>2026-03-09</td></tr><tr><td>N-2</td><td>Response required</td><td>€10.00</td><td>2026-03-01</td><td>2026-03-10</td></tr></tbody></table></main>',
      '/disputes',
    );
    const chip = document.querySelector('dispute-radar-chip');
    expect(chip).not.toBeNull();
    expect(reachingThePage(chip!)).toEqual(EVENTS);
  });
});
