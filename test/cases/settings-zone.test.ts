// One answer to "which zone are deadlines counted in", for the content script, popup, background
// and due index alike.
import { describe, expect, it } from 'vitest';
import { settingsTimeZone } from '../../lib/cases/schema';

describe('settingsTimeZone', () => {
  const browser = () => 'Europe/Helsinki';
  it.each([
    ['a zone the runtime knows', { timeZone: 'America/New_York' }, 'America/New_York'],
    ['a zone with a 45-minute offset', { timeZone: 'Asia/Kathmandu' }, 'Asia/Kathmandu'],
    ['no zone chosen', { timeZone: null }, 'Europe/Helsinki'],
    ['a zone this runtime does not know', { timeZone: 'Mars/Olympus_Mons' }, 'Europe/Helsinki'],
    ['an empty name', { timeZone: '' }, 'Europe/Helsinki'],
    ['no settings yet', null, 'Europe/Helsinki'],
  ] as const)('%s', (_, settings, zone) => {
    expect(settingsTimeZone(settings, browser)).toBe(zone);
  });
});
