// A page read by the real page reader and annotated with the real detail panel (the rest faked:
// assessment by the page's deadline, a recording bridge, a lifecycle the test ends).
import { MountManager } from '../../entrypoints/content/manager';
import { createDetailPanel } from '../../entrypoints/content/detail-panel';
import { readPortalPage } from '../../lib/portal';
import { FakeBridge, fakeAssess, usePageLife, allPresent, moduleRules } from './fakes';

/**
 * Each test gets an English page and a FakeLife, invalidated afterwards (the manager removes what
 * it drew), and the page is emptied. `start(html, path)` shows the page at `path` and starts a
 * manager on it at the clock `now`.
 */
export function realReaderPage(now: number): { start: (html: string, path: string) => Promise<MountManager> } {
  const life = usePageLife();
  return {
    async start(html, path) {
      document.body.innerHTML = html;
      history.replaceState(null, '', path);
      const read = (doc: Document, url: string, opts: { timeZone: string }) => readPortalPage(doc, url, opts);
      const manager = new MountManager({ ...allPresent, doc: document, read, assess: fakeAssess, bridge: new FakeBridge(), life: life(), now: () => now, debounceMs: 0, settingsTimeoutMs: 100, detailRules: moduleRules({ panel: createDetailPanel }) });
      await manager.start();
      return manager;
    },
  };
}
