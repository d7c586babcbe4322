// A notification sent while its dispute was known without a store ("-|dp_1", read from a page that
// names none) and clicked after a later reading filed it under its store ("S1|dp_1"): the click
// looked for a case under the notification's key, found none, and opened the portal's start page
// instead of the dispute's own page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { caseOfNotification, notificationId } from '../../lib/cases/notifications';
import { caseKey, type TrackedCase } from '../../lib/cases/schema';
import { at, trackedCase } from './fixtures';

const PAGE = 'https://portal.kustom.co/disputes/dp_1';
const filed = trackedCase('dp_1', 'open', 10, { pageUrl: PAGE, pageKind: 'dispute_detail' });
const other = { ...trackedCase('dp_1', 'open', 10), key: 'S2|dp_1', facts: { ...trackedCase('dp_1', 'open', 10).facts, storeId: 'S2' } };

describe('caseOfNotification', () => {
  it.each<[string, TrackedCase[], string, string | null]>([
    ['under its own key', [filed], 'S1|dp_1', 'S1|dp_1'],
    ['sent without a store, filed under its store since', [filed], '-|dp_1', 'S1|dp_1'],
    ['sent without a store, the dispute ID under two stores: unknown which', [filed, other], '-|dp_1', null],
    ['sent under a store the case is no longer under', [filed], 'S9|dp_1', null],
    ['a case that is gone', [], 'S1|dp_1', null],
  ])('%s', (_name, cases, key, found) => {
    expect(caseOfNotification(cases, notificationId(key, at(10), 24))?.key ?? null).toBe(found);
  });
});

describe('a click on a notification sent under the store-less key', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('opens the dispute\'s page', async () => {
    await fakeBrowser.storage.local.set({ cases: { [filed.key]: filed }, cases$: { v: 2 } });
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toMatch(/Dispute Radar/));
    const id = notificationId(caseKey(null, 'dp_1'), filed.facts.dueBy!, 2);
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '/icon/128.png', title: 't', message: 'm' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: PAGE }));
  });
});

// A click on a notification of a case entered by hand (no portal page yet), of a case no longer
// stored, or of a dispute ID under two stores opened the portal's start page, where the merchant had
// to find the dispute again; a click on the same case's row in the popup opens the dispute list
// searched for its ID. The click now goes where the row's does.
describe('a click on a notification of a case with no page to open', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const manual: TrackedCase = { ...trackedCase('dp_7', 'open', 10), manual: true };
  const SEARCH = (id: string, origin = 'https://portal.kustom.co') => `${origin}/disputes?q=${id}`;

  it.each<[string, TrackedCase[], string, Record<string, unknown>, string]>([
    ['a case entered by hand', [manual], 'S1|dp_7', {}, SEARCH('dp_7')],
    ['a case entered by hand, only the test portal on', [manual], 'S1|dp_7', { hosts: { production: false, playground: true } }, SEARCH('dp_7', 'https://portal.playground.kustom.co')],
    ['a case no longer stored', [], 'S1|dp_9', {}, SEARCH('dp_9')],
    ['sent without a store, the dispute ID under two stores', [filed, other], '-|dp_1', {}, SEARCH('dp_1')],
    ['an ID that needs escaping', [], 'S1|a b&c', {}, SEARCH('a%20b%26c')],
    ['a case read from the portal: its page, as before', [filed], 'S1|dp_1', {}, PAGE],
  ])('%s: opens where its row in the popup does', async (_name, cases, key, settings, url) => {
    await fakeBrowser.storage.local.set({ cases: Object.fromEntries(cases.map((c) => [c.key, c])), cases$: { v: 2 }, settings });
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toMatch(/Dispute Radar/));
    const id = notificationId(key, at(10), 2);
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '/icon/128.png', title: 't', message: 'm' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url }));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain(id);
  });
});
