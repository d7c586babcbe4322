// The badge's tooltip counts down to the next deadline ("Next: dispute DP-7, respond by 10 Mar
// 2026, 13:30 (1 h 29 min to respond)"). It was written only when the worker woke for a threshold
// (72 h, 24 h, 2 h, the deadline) or the 15-minute safety alarm, so in between it promised up to
// 15 minutes that were gone: "(20 min to respond)" with 5 left. The worker now also wakes when the
// countdown's words change (each minute within a day of the deadline, each hour beyond), so the
// tooltip says what the popup and the page's chips say at every moment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { formatCountdown } from '../../components/format';
import { DEFAULT_SETTINGS } from '../../lib/cases/schema';
import { LOCALES } from '../../lib/i18n';
import { trackedCase } from '../cases/fixtures';

const START = Date.parse('2026-03-10T12:00:20.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** alarms the worker sets for one moment (the periodic safety alarm is left out: it is the backstop) */
const ONE_SHOT = ['dispute-radar:next', 'dispute-radar:title'];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

const title = () => fakeBrowser.action.getTitle({});

/** Fires each one-shot alarm whose time has come, as the browser does. */
async function fireDueAlarms(): Promise<void> {
  for (const alarm of await fakeBrowser.alarms.getAll()) {
    if (!ONE_SHOT.includes(alarm.name) || alarm.scheduledTime > Date.now()) continue;
    await fakeBrowser.alarms.clear(alarm.name);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
}

describe.each(LOCALES.map((l) => [l] as const))('%s: the badge tooltip over half an hour', (locale) => {
  it.each<[string, number]>([
    ['a deadline within the hour ahead', 50 * MINUTE],
    ['a deadline a few hours ahead', 3 * HOUR + 40 * MINUTE],
    ['a deadline days ahead', 2 * 24 * HOUR + 5 * HOUR + 10 * MINUTE],
  ])('%s: the countdown is right at every moment', async (_name, dueIn) => {
    const dueMs = START - 20 * SECOND + dueIn;
    const c = trackedCase('DP-7', 'open', null, { firstSeenAt: new Date(START - 48 * HOUR).toISOString() });
    c.facts.dueBy = new Date(dueMs).toISOString();
    await fakeBrowser.storage.local.set({
      cases: { [c.key]: c },
      cases$: { v: 2 },
      settings: { ...DEFAULT_SETTINGS, language: locale, timeZone: 'Europe/Stockholm' },
    });
    background.main();
    await vi.waitFor(async () => expect(await title()).toContain('DP-7'));
    for (let t = START; t <= START + 30 * MINUTE; t += 20 * SECOND) {
      vi.setSystemTime(t);
      await fireDueAlarms();
      // (a refresh runs in the worker's queue: what it writes is waited for; a tooltip left as it was fails)
      await vi.waitFor(async () => expect(await title(), new Date(t).toISOString()).toContain(`(${formatCountdown(locale, dueMs - t, 'response')})`));
    }
  });
});
