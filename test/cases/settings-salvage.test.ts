// Stored settings with one value that does not parse (a language or a bound of a newer version the
// Web Store rolled back from, a hand edit): they were set aside whole and the defaults applied, so a
// merchant who had turned notifications off got them again, and deadlines were counted in the
// browser's zone instead of the one chosen. Now the stored value is still set aside whole (nothing
// lost), and every field that parses on its own is kept and written back: only the bad one goes
// back to its default, in the background, the popup and the options page alike.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings } from '../../lib/cases/read';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/cases/schema';
import { openCaseStore } from '../../lib/cases/store';
import { NOW, portalOnlyRules } from './fixtures';

const CHOSEN = {
  timeZone: 'America/New_York',
  language: 'de',
  criticalHours: 12,
  soonHours: 48,
  notifications: { enabled: false, hoursBefore: [48, 4] },
  retentionDays: 30,
  hosts: { production: true, playground: false },
} as const;

describe('stored settings with one value that does not parse', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['a language this version does not know', { ...CHOSEN, language: 'pl' }, { language: null }],
    ['a threshold out of bounds', { ...CHOSEN, soonHours: 5000 }, { soonHours: 72 }],
    ['one reminder out of bounds', { ...CHOSEN, notifications: { enabled: false, hoursBefore: [48, -1] } }, { notifications: { enabled: false, hoursBefore: [72, 24, 2] } }],
    ['a host switch that is not a switch', { ...CHOSEN, hosts: { production: 'yes', playground: false } }, { hosts: { production: true, playground: false } }],
    ['a retention of a fraction of a day', { ...CHOSEN, retentionDays: 1.5 }, { retentionDays: 90 }],
    ['a critical threshold above the soon one once the soon one is back to its default', { ...CHOSEN, criticalHours: 100, soonHours: 'lots' }, { criticalHours: 24, soonHours: 72 }],
  ])('%s: set aside whole, every other choice kept', async (_name, stored, changed) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    const expected = { ...DEFAULT_SETTINGS, ...CHOSEN, notifications: { ...CHOSEN.notifications, hoursBefore: [...CHOSEN.notifications.hoursBefore] }, ...changed };
    expect(await store.getSettings()).toEqual(expected);
    expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toEqual([expect.objectContaining({ key: 'settings', value: stored })]);
    // Written back: the popup and the options page (which read storage themselves) see the same.
    expect(await readSettings()).toEqual(expected);
    // Set aside once.
    await store.getSettings();
    expect(((await fakeBrowser.storage.local.get('quarantine')).quarantine as unknown[]).length).toBe(1);
  });
});
