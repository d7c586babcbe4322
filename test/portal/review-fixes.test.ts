// @vitest-environment happy-dom
// Defects found by reviewing the session's reader fixes (e043c05..d3d3745): cases the fixes read wrongly.
import { describe, expect, it } from 'vitest';
import { readDate } from '../../lib/portal/date';

const TZ = 'Europe/Stockholm';

// feb5f6d drops the time left after a date ("(in 14 days)"); a time of day written as a number and
// a word is no time left: dropped, the date was read without its time (the day's end, hours later
// than the portal's deadline) where it had been reported as unread.
describe('a date with a time of day in words after it stays unread, not read as the day\'s end', () => {
  it.each([
    ['02.02.2026 (14 Uhr)', 'de'],
    ['02.02.2026 (14 Uhr MEZ)', 'de'],
    ['2 Feb 2026 (12 noon)', 'en'],
    ['2 Feb 2026 (12 midnight)', 'en'],
  ])('%s', (text, locale) => {
    expect(readDate(text, locale, { timeZone: TZ }).ok).toBe(false);
  });

  // (the time left is still dropped)
  it.each([
    ['2 Feb 2026 (in 14 days)', 'en'],
    ['02.02.2026 (noch 14 Tage)', 'de'],
  ])('%s is a date', (text, locale) => {
    expect(readDate(text, locale, { timeZone: TZ })).toMatchObject({ ok: true, iso: '2026-02-01T23:00:00.000Z' });
  });
});
