// Dates: whatever Intl.DateTimeFormat prints in the six portal locales (dateStyle short, medium,
// long, full; with no time, a short/medium time, or a time with its zone name) must read back to
// the instant it came from, in the merchant's zone — including around the DST changes in
// Europe/Stockholm. The expected start/end of day comes from @date-fns/tz, not from the reader.
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, readDate } from '../../lib/portal/date';

const LOCALES = ['en-GB', 'de-DE', 'sv-SE', 'fi-FI', 'nb-NO', 'da-DK'];
const ZONES = ['Europe/Stockholm', 'Europe/London', 'Europe/Helsinki', 'UTC', 'America/New_York'];
const HOUR = 3_600_000;
// DST changes in Europe/Stockholm (01:00 UTC, last Sunday of March and October)
const STOCKHOLM_CHANGES = [
  Date.UTC(2024, 2, 31, 1),
  Date.UTC(2024, 9, 27, 1),
  Date.UTC(2025, 2, 30, 1),
  Date.UTC(2025, 9, 26, 1),
  Date.UTC(2026, 2, 29, 1),
  Date.UTC(2026, 9, 25, 1),
];

const anyInstant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) });
const nearDstChange = fc
  .tuple(fc.constantFrom(...STOCKHOLM_CHANGES), fc.integer({ min: -4 * 60, max: 4 * 60 }), fc.integer({ min: 0, max: 59 }))
  .map(([at, minutes, seconds]) => at + minutes * 60_000 + seconds * 1000);
const instant = fc.oneof(anyInstant, nearDstChange);
const locale = fc.constantFrom(...LOCALES);
const dateStyle = fc.constantFrom('short', 'medium', 'long', 'full' as const);

function wallDate(epoch: number, tz: string): [number, number, number] {
  const p = new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(epoch)
    .reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.type]: Number(x.value) }), {});
  return [p.year!, p.month!, p.day!];
}

describe('parseDate reads back what Intl prints', () => {
  it('date only: start of that day in the merchant zone (createdAt), end of it for deadlines', () => {
    fc.assert(
      fc.property(instant, locale, dateStyle, fc.constantFrom(...ZONES), (at, l, ds, tz) => {
        const text = new Intl.DateTimeFormat(l, { dateStyle: ds as 'short', timeZone: tz }).format(at);
        const [y, m, d] = wallDate(at, tz);
        const start = new TZDate(y, m - 1, d, 0, 0, 0, 0, tz).getTime();
        const end = new TZDate(y, m - 1, d, 23, 59, 59, 999, tz).getTime();
        expect(parseDate(text, l, { timeZone: tz }), text).toBe(new Date(start).toISOString());
        expect(parseDate(text, l, { timeZone: tz, endOfDay: true }), text).toBe(new Date(end).toISOString());
      }),
      { numRuns: 400 },
    );
  });

  it('with a time zone name (timeStyle long/full): exact to the second, even in the repeated hour', () => {
    fc.assert(
      fc.property(instant, locale, dateStyle, fc.constantFrom('long', 'full' as const), fc.constantFrom(...ZONES), (at, l, ds, ts, tz) => {
        const text = new Intl.DateTimeFormat(l, { dateStyle: ds as 'short', timeStyle: ts as 'long', timeZone: tz }).format(at);
        // the merchant zone given to the reader is deliberately another one: the page's zone wins
        expect(parseDate(text, l, { timeZone: 'Asia/Tokyo' }), text).toBe(new Date(at - (at % 1000)).toISOString());
      }),
      { numRuns: 400 },
    );
  });

  it('without a zone (timeStyle short/medium): the wall time in the merchant zone', () => {
    fc.assert(
      fc.property(instant, locale, dateStyle, fc.constantFrom('short', 'medium' as const), fc.constantFrom(...ZONES), (at, l, ds, ts, tz) => {
        const f = new Intl.DateTimeFormat(l, { dateStyle: ds as 'short', timeStyle: ts as 'short', timeZone: tz });
        const text = f.format(at);
        const truncated = ts === 'short' ? at - (at % 60_000) : at - (at % 1000);
        const read = parseDate(text, l, { timeZone: tz });
        expect(read, text).not.toBeNull();
        const got = Date.parse(read!);
        // In the hour that repeats when clocks go back the text names two instants: the earlier one.
        if (got !== truncated) {
          expect(got, text).toBe(truncated - HOUR);
          expect(f.format(got)).toBe(text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('ISO 8601, with and without zone', () => {
    fc.assert(
      fc.property(anyInstant, (at) => {
        const iso = new Date(at).toISOString();
        expect(parseDate(iso, 'de-DE', { timeZone: 'Asia/Tokyo' })).toBe(iso);
        expect(parseDate(iso.replace('Z', '+00:00'), null, { timeZone: 'Asia/Tokyo' })).toBe(iso);
        const local = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Stockholm' })
          .format(at)
          .replace(' ', 'T');
        const got = Date.parse(parseDate(local, 'en-GB', { timeZone: 'Europe/Stockholm' })!);
        expect([at - (at % 1000), at - (at % 1000) - HOUR]).toContain(got);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDate examples', () => {
  const tz = 'Europe/Stockholm';
  it.each([
    ['30.03.25, 03:30', 'de-DE', '2025-03-30T01:30:00.000Z'],
    ['30. März 2025 um 03:30:05 Mitteleuropäische Sommerzeit', 'de-DE', '2025-03-30T01:30:05.000Z'],
    ['30. maaliskuuta 2025 klo 3.30.05 UTC+2', 'fi-FI', '2025-03-30T01:30:05.000Z'],
    ['søndag den 30. marts 2025 kl. 03.30.05 CEST', 'da-DK', '2025-03-30T01:30:05.000Z'],
    ['2025-03-30 03:30:05 CEST', 'sv-SE', '2025-03-30T01:30:05.000Z'],
    ['29 March 2025 at 21:30:05 GMT\u22124', 'en-GB', '2025-03-30T01:30:05.000Z'],
    ['3/30/2025, 3:30 PM', 'en-US', '2025-03-30T13:30:00.000Z'],
    ['30 Sept 2025', 'en-GB', '2025-09-29T22:00:00.000Z'],
    ['2025-10-26 02:30', 'sv-SE', '2025-10-26T00:30:00.000Z'],
    ['5.9.2025', 'fi-FI', '2025-09-04T22:00:00.000Z'],
    ['2025-09-05T10:00:00Z', 'nb-NO', '2025-09-05T10:00:00.000Z'],
    ['5 Sep 2025', null, '2025-09-04T22:00:00.000Z'],
  ])('%s (%s)', (text, l, iso) => {
    expect(parseDate(text, l, { timeZone: tz })).toBe(iso);
  });

  // English names are learnt only when the page's own do not read a date: such a date still reads,
  // on pages of every language, with or without a time, and the page's own names still win.
  it.each([
    ['30 March 2025', 'de-DE', '2025-03-29T23:00:00.000Z'],
    ['March 30, 2025 at 3:30 PM', 'fi-FI', '2025-03-30T13:30:00.000Z'],
    ['Sunday 30 March 2025, 15:30', 'sv-SE', '2025-03-30T13:30:00.000Z'],
    ['30. März 2025', 'de-DE', '2025-03-29T23:00:00.000Z'],
    ['30 Mar 2025', 'nb-NO', '2025-03-29T23:00:00.000Z'],
    ['Mar 30, 2025, 13:00 PM', 'da-DK', null],
  ])('%s on a %s page', (text, l, iso) => {
    expect(parseDate(text, l, { timeZone: tz })).toBe(iso);
  });

  it('a date without a time is the end of the day for deadlines', () => {
    expect(parseDate('26.10.2025', 'de-DE', { timeZone: tz, endOfDay: true })).toBe('2025-10-26T22:59:59.999Z');
  });

  it.each([
    ['', /no date/],
    ['yesterday', /not a date/],
    ['31.02.2025', /not a date/],
    ['30.03.2025 25:00', /not a date|impossible/],
    ['14:03', /not a date/],
  ])('%s is a problem', (text, problem) => {
    const r = readDate(text, 'de-DE', { timeZone: tz });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it('an unknown merchant zone is a problem, not a throw', () => {
    const r = readDate('30.03.2025', 'de-DE', { timeZone: 'Mars/Olympus' });
    expect(r.ok).toBe(false);
  });
});
