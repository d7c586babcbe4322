// The service worker's wiring (entrypoints/background) on the fake browser: a wake recomputes
// badge, alarms and notifications from storage; messages get replies; a notification click opens
// the dispute's portal page and never anything else.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { BADGE_COLORS } from '../../lib/cases/badge';
import { HOUR, trackedCase } from './fixtures';

const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

async function settle(): Promise<void> {
  // The worker's start-up refresh is asynchronous; wait until the badge has been written.
  await vi.waitFor(async () => {
    expect(await fakeBrowser.action.getTitle({})).toMatch(/Dispute Radar/);
  });
}

function seed(...cases: ReturnType<typeof trackedCase>[]) {
  return fakeBrowser.storage.local.set({ cases: Object.fromEntries(cases.map((c) => [c.key, c])), cases$: { v: 2 } });
}

describe('background wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('on wake: badge, tooltip, alarms and the due notification, from storage alone', async () => {
    const due = trackedCase('dp_1', 'open', null, { facts: { ...trackedCase('dp_1', 'open', null).facts, dueBy: at(10) }, firstSeenAt: at(-48) });
    const later = trackedCase('dp_2', 'open', null, { facts: { ...trackedCase('dp_2', 'open', null).facts, dueBy: at(200) }, firstSeenAt: at(-48) });
    await seed(due, later);
    background.main();
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb4, 0x23, 0x18, 255]);
    expect(BADGE_COLORS.red.background).toBe('#b42318');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/2 cases need action\nNext: dispute dp_1, respond by .+ \((?:10 h|9 h 59 min) to respond\)$/);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`S1|dp_1@${new Date(Date.parse(due.facts.dueBy!)).toISOString()}#24`]));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual(['dispute-radar:next', 'dispute-radar:safety', 'dispute-radar:title']);
    expect(alarms.find((a) => a.name === 'dispute-radar:next')?.scheduledTime).toBe(Date.parse(due.facts.dueBy!) - 2 * HOUR);
  });

  it('is started with the browser (runtime.onStartup) and sets badge and alarms before that event is done', async () => {
    // The browser starts a service worker or event page at its own start only for an onStartup
    // listener; a restart keeps no badge text (and, in Firefox, no alarm).
    await seed(trackedCase('dp_1', 'open', null, { facts: { ...trackedCase('dp_1', 'open', null).facts, dueBy: at(10) }, firstSeenAt: at(-48) }));
    const listen = vi.spyOn(fakeBrowser.runtime.onStartup, 'addListener');
    background.main();
    expect(listen).toHaveBeenCalledTimes(1);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['dispute-radar:next', 'dispute-radar:safety', 'dispute-radar:title']);
  });

  it('a start whose prune and due-index write fail (storage full) still sets badge and alarms', async () => {
    const closedLongAgo = trackedCase('dp_0', 'won', null, { closedAt: at(-24 * 400) });
    await seed(trackedCase('dp_1', 'open', null, { facts: { ...trackedCase('dp_1', 'open', null).facts, dueBy: at(10) }, firstSeenAt: at(-48) }), closedLongAgo);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('cases' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    vi.restoreAllMocks();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['dispute-radar:next', 'dispute-radar:safety', 'dispute-radar:title']);
  });

  it('answers messages through sendResponse (return true) and refuses strangers', async () => {
    background.main();
    await settle();
    // The typings know (message, sender) only; the real event passes sendResponse as well.
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown>;
    const reply = vi.fn();
    const ours = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    await trigger({ type: 'cases:list' }, ours, reply);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ ok: true, cases: [], quarantined: 0 }));
    const refused = vi.fn();
    await trigger({ type: 'cases:clear', confirm: true }, { id: 'another-extension' }, refused);
    await vi.waitFor(() => expect(refused).toHaveBeenCalledWith(expect.objectContaining({ ok: false })));
  });

  it.each([
    ['its stored portal page', 'https://portal.kustom.co/disputes/dp_1', 'https://portal.kustom.co/disputes/dp_1'],
    // (as a click on its row in the popup: test/cases/notification-click.test.ts)
    ['the portal\'s dispute list searched for its ID when no page is known', undefined, 'https://portal.kustom.co/disputes?q=dp_1'],
  ])('a notification click opens %s', async (_name, pageUrl, opened) => {
    const c = trackedCase('dp_1', 'open', null, { facts: { ...trackedCase('dp_1', 'open', null).facts, dueBy: at(10) }, ...(pageUrl ? { pageUrl } : {}) });
    await seed(c);
    background.main();
    await settle();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: opened }));
  });
});
