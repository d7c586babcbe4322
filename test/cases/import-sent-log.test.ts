// A merchant who moves to another computer (or browser profile) exports the cases and imports them
// there. The file held the cases but not which notifications had been shown, so the new browser
// showed every one due at once again: "Respond to dp_1 within 24 h", and "passed" for each deadline
// passed in the last week (the imported cases were tracked then). The export now carries the
// sent-log, and an import adds it to the log here: what was shown there is not shown again; what
// comes after is shown once. A file without it (older versions) imports as before.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PlannedNotification } from '../../lib/cases/notifications';
import { createRefresh } from '../../lib/cases/refresh';
import { openCaseStore } from '../../lib/cases/store';
import type { TrackedCase } from '../../lib/cases/schema';
import { HOUR, NOW, portalOnlyRules, trackedCase } from './fixtures';

function browserAt(now: Date) {
  const shown: PlannedNotification[] = [];
  const store = openCaseStore({ rules: portalOnlyRules, now: () => now });
  const refresh = createRefresh(
    store,
    portalOnlyRules,
    { setBadge: async () => undefined, setNextAlarm: async () => undefined, notify: async (n) => void shown.push(n), notifySeveral: async (list) => void shown.push(...list) },
    () => now,
    () => 'UTC',
  );
  return { store, refresh, shown };
}

const seed = (...cases: TrackedCase[]) => fakeBrowser.storage.local.set({ cases: JSON.stringify(Object.fromEntries(cases.map((c) => [c.key, c]))), cases$: { v: 3 } });

describe('export on one computer, import on another', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each<[string, TrackedCase]>([
    ['a response due in 10 h (its 24 h notification shown there)', trackedCase('dp_1', 'open', 10)],
    ['a deadline passed 3 h ago (its "passed" notification shown there)', trackedCase('dp_1', 'open', -3)],
    ['an enquiry escalating in 50 h (its 72 h notification shown there)', trackedCase('dp_1', 'warning_needs_response', 50)],
  ])('%s: not shown again after the import; the next one once', async (_name, c) => {
    await seed(c);
    const there = browserAt(NOW);
    await there.refresh();
    expect(there.shown).toHaveLength(1);
    const { json } = await there.store.exportJson();

    fakeBrowser.reset(); // the other computer
    const here = browserAt(new Date(NOW.getTime() + HOUR));
    expect(await here.store.importJson(json)).toMatchObject({ ok: true, report: { added: 1, skipped: [] } });
    await here.refresh();
    expect(here.shown).toEqual([]);

    // The next threshold (where there is one ahead) comes here, once.
    const due = Date.parse(c.facts.dueBy!);
    if (due > NOW.getTime() + 3 * HOUR) {
      const later = browserAt(new Date(due - 2 * HOUR + 60_000));
      await later.refresh();
      await later.refresh();
      expect(later.shown.map((n) => n.hoursBefore)).toEqual([2]);
    }
  });

  it('what was shown here is kept; the file\'s log only adds', async () => {
    const c = trackedCase('dp_1', 'open', 10);
    await seed(c);
    const there = browserAt(NOW);
    await there.refresh();
    const { json } = await there.store.exportJson();
    const here = browserAt(NOW);
    const before = (await fakeBrowser.storage.local.get('sentNotifications')).sentNotifications;
    await here.store.importJson(json);
    expect((await fakeBrowser.storage.local.get('sentNotifications')).sentNotifications).toEqual(before);
  });

  it('a file with a log that is not one imports its cases and reports nothing lost', async () => {
    const c = trackedCase('dp_1', 'open', 10);
    await seed(c);
    const { json } = await browserAt(NOW).store.exportJson();
    fakeBrowser.reset();
    const file = { ...JSON.parse(json), sentNotifications: 'garbage' };
    const here = browserAt(NOW);
    expect(await here.store.importJson(JSON.stringify(file))).toMatchObject({ ok: true, report: { added: 1, skipped: [] } });
    await here.refresh();
    expect(here.shown.map((n) => n.hoursBefore)).toEqual([24]);
  });
});
