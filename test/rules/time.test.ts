import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isoString, isValidTimeZone, offsetProbes, parseLongOffset, wallOf, zone, zoneOffset } from '../../lib/rules/time';

/**
 * An instant in the second run of an hour the clocks repeat (autumn overlap). Its wall time also
 * names an earlier instant, and "the same local time N days later" cannot tell them apart: both
 * take the earlier occurrence, so monotonicity is only asked of the other instants.
 */
const isRepeatedWallTime = (ms: number, tz: string) => {
  const z = zone(tz)!;
  return z.wallToInstant(wallOf(z, ms)) !== ms;
};

const ZONES = [
  'Europe/Stockholm',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // +12:45 / +13:45
  'America/Santiago', // southern hemisphere, DST at local midnight
  'Asia/Kolkata',
  'Asia/Kathmandu', // +05:45
  'America/Noronha', // two changes 167 h apart in Oct 2000, the closest pair in the tz database
  'Asia/Gaza', // Ramadan changes predicted a week apart
  'Africa/Casablanca', // an hour back for each Ramadan
  'Australia/Sydney',
  'Africa/Monrovia', // -00:44:30 until 1972
  'UTC',
];

/** local wall-clock fields of an instant in a zone, straight from Intl (the reference) */
const referenceFormats = new Map<string, Intl.DateTimeFormat>();
function wall(ms: number, timeZone: string) {
  let format = referenceFormats.get(timeZone);
  if (!format) referenceFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })));
  const parts = format.formatToParts(ms);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${p.hour}:${p.minute}:${p.second}`,
    asUtc: Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!),
  };
}
const referenceOffset = (ms: number, tz: string) => wall(ms, tz).asUtc - Math.floor(ms / 1000) * 1000;
const addDaysToDate = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const H = 3_600_000;

describe('zoneOffset agrees with Intl', () => {
  it('on every hour of the DST change days (Stockholm, New York, Lord Howe, 2025)', () => {
    const days = [
      ['Europe/Stockholm', '2025-03-30'],
      ['Europe/Stockholm', '2025-10-26'],
      ['America/New_York', '2025-03-09'],
      ['America/New_York', '2025-11-02'],
      ['Australia/Lord_Howe', '2025-04-06'],
      ['Australia/Lord_Howe', '2025-10-05'],
    ];
    for (const [tz, day] of days) {
      const start = Date.parse(`${day}T00:00:00Z`) - 24 * H;
      for (let t = start; t < start + 72 * H; t += 15 * 60_000) {
        expect(zoneOffset(t, tz!), `${tz} ${new Date(t).toISOString()}`).toBe(referenceOffset(t, tz!));
      }
    }
  });

  it('at any instant in any zone (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1950-01-01'), max: Date.parse('2100-01-01') }), fc.constantFrom(...ZONES), (t, tz) => {
        expect(zoneOffset(t, tz)).toBe(referenceOffset(t, tz));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('offsets probed per period, changes found by bisection', () => {
  // The offsets are probed at the ends of 4-day periods and a change is bisected for; these check
  // every quarter hour (and odd minutes) around the changes where that is hardest: changes a week
  // apart, half-hour and 45-minute offsets, a 30-minute DST, a skipped day, changes at odd seconds.
  it.each([
    ['America/Noronha', '2000-10-05', '2000-10-18'], // 2000-10-08 and 2000-10-15: 167 h apart
    ['America/Recife', '2000-10-05', '2000-10-25'],
    ['America/Argentina/Tucuman', '2004-05-29', '2004-06-16'], // 12 days of -04
    ['Asia/Gaza', '2040-10-17', '2040-10-30'], // predicted, a week apart
    ['Africa/Casablanca', '2026-02-10', '2026-03-28'], // Ramadan: an hour back and forth
    ['Australia/Lord_Howe', '2025-04-04', '2025-04-08'], // 30-minute DST
    ['Australia/Lord_Howe', '2025-10-03', '2025-10-07'],
    ['Pacific/Chatham', '2025-04-04', '2025-04-08'], // +13:45 → +12:45
    ['Asia/Kathmandu', '1985-12-28', '1986-01-04'], // +05:30 → +05:45
    ['Asia/Kolkata', '1945-10-12', '1945-10-17'], // war time ends
    ['America/Santiago', '2025-04-03', '2025-04-08'], // southern hemisphere, at local midnight
    ['America/Sao_Paulo', '2018-11-01', '2018-11-06'],
    ['Pacific/Apia', '2011-12-27', '2012-01-02'], // the day that was skipped
    ['Africa/Monrovia', '1972-01-05', '1972-01-09'], // -00:44:30 → +00:00, at an odd second
    ['America/New_York', '1883-11-16', '1883-11-20'], // local mean time -04:56:02 → -05:00
    ['Europe/Moscow', '2014-10-24', '2014-10-29'], // a one-off change of standard time
    ['Europe/Stockholm', '1980-04-04', '1980-04-08'], // the first DST of the current rules
  ])('%s from %s to %s: every quarter hour as Intl says', (tz, from, to) => {
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    for (let t = start; t < end; t += 15 * 60_000) {
      expect(zoneOffset(t, tz), `${tz} ${new Date(t).toISOString()}`).toBe(referenceOffset(t, tz));
      expect(zoneOffset(t + 7 * 60_000 + 1_234, tz), `${tz} ${new Date(t + 421_234).toISOString()}`).toBe(referenceOffset(t + 421_234, tz));
    }
  });

  it.each([
    ['Asia/Kolkata', '1905-12-31T18:38:50Z'], // +05:21:10 → +05:30
    ['Africa/Monrovia', '1972-01-07T00:44:30Z'], // -00:44:30 → +00:00
    ['America/New_York', '1883-11-18T17:00:00Z'], // -04:56:02 → -05:00
    ['Asia/Kathmandu', '1985-12-31T18:30:00Z'], // +05:30 → +05:45
  ])('%s: every second around the change at %s', (tz, at) => {
    const change = Date.parse(at);
    expect(zoneOffset(change - 1, tz)).not.toBe(zoneOffset(change, tz));
    for (let t = change - 90_000; t <= change + 90_000; t += 1000) {
      expect(zoneOffset(t, tz), `${tz} ${new Date(t).toISOString()}`).toBe(referenceOffset(t, tz));
      expect(zoneOffset(t + 999, tz), `${tz} ${new Date(t + 999).toISOString()}`).toBe(referenceOffset(t, tz));
    }
  });

  it('in every zone the runtime knows, 1800–2200 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1800-01-01'), max: Date.parse('2200-01-01') }),
        fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
        (t, tz) => {
          expect(zoneOffset(t, tz)).toBe(referenceOffset(t, tz));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('at the ends of the Date range, as Intl says', () => {
    for (const tz of ZONES) {
      for (const t of [-8.64e15, -8.64e15 + 1, 8.64e15 - 1, 8.64e15]) {
        const text = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }).format(t);
        expect(zoneOffset(t, tz), `${tz} ${t} ${text}`).toBe(parseLongOffset(text));
        expect(Number.isFinite(zoneOffset(t, tz))).toBe(true);
      }
    }
  });

  it('asks Intl a few dozen times for a year of offsets, not twice a day', () => {
    const tz = 'Europe/Riga'; // used by no other test here: its cache starts empty
    const before = offsetProbes(tz);
    const start = Date.parse('2031-01-01T00:00:00Z');
    for (let t = start; t < start + 365 * 86_400_000; t += H) expect(zoneOffset(t, tz)).toBe(referenceOffset(t, tz));
    // 92 periods of 4 days, plus ~10 probes for each of the 2 changes
    expect(offsetProbes(tz) - before).toBeLessThanOrEqual(130);
  });

  it.each(
    ['Etc/GMT+5', 'Etc/GMT-14', 'Etc/GMT-5', 'Etc/GMT+12', 'Etc/GMT', 'GMT', 'Etc/UCT', 'Zulu', 'Etc/Greenwich', 'UTC', 'Etc/UTC', '+05:30', '-03:30'].filter((tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz }); // offset zones ("+05:30") are newer than some runtimes
        return true;
      } catch {
        return false;
      }
    }),
  )('%s has one offset for all time: no probing, as Intl says', (tz) => {
    for (const t of [-8.64e15, Date.parse('1800-01-01'), Date.parse('1945-10-14T17:30:00Z'), 0, Date.parse('2026-03-29T01:00:00Z'), Date.parse('2200-07-01'), 8.64e15]) {
      const text = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }).format(t);
      expect(zoneOffset(t, tz), `${tz} ${t}`).toBe(parseLongOffset(text));
    }
    expect(offsetProbes(tz)).toBe(0);
    const t = Date.parse('2026-03-28T12:00:00Z');
    expect(addCalendarDays(t, 35, tz)).toBe(t + 35 * 86_400_000);
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each([
    ['GMT', 0],
    ['13, GMT+01:00', 3_600_000],
    ['1/1/1970, GMT-05:00', -5 * 3_600_000],
    ['GMT+05:45', (5 * 60 + 45) * 60_000],
    ['GMT+13:45', (13 * 60 + 45) * 60_000],
    ['4/19/271822, GMT-00:16:08', -(16 * 60 + 8) * 1000],
    ['GMT+00:19:32', (19 * 60 + 32) * 1000],
    ['GMT\u221203:00', -3 * 3_600_000], // a minus sign, as some ICU versions print it
    ['GMT+1', 3_600_000],
    ['UTC+01:00', NaN],
    ['GMT+01:00 extra', NaN],
    ['', NaN],
  ])('reads the longOffset text %j as %d ms', (text, ms) => {
    expect(parseLongOffset(text)).toBe(ms);
  });
});

describe('addCalendarDays: same local time, N calendar days later', () => {
  /** an instant of 1990–2090, a day count of ±400 and a zone of ZONES */
  const instantDaysZone = [
    fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }),
    fc.integer({ min: -400, max: 400 }),
    fc.constantFrom(...ZONES),
  ] as const;

  it.each([
    // Stockholm spring forward 2025-03-30 02:00 → 03:00: 23 h
    ['Europe/Stockholm', '2025-03-29T10:15:00+01:00', 1, '2025-03-30T10:15:00+02:00', 23],
    // Stockholm autumn back 2025-10-26 03:00 → 02:00: 25 h
    ['Europe/Stockholm', '2025-10-25T10:15:00+02:00', 1, '2025-10-26T10:15:00+01:00', 25],
    // a 35-day Klarna window across the autumn change
    ['Europe/Stockholm', '2025-10-01T09:00:00+02:00', 35, '2025-11-05T09:00:00+01:00', 35 * 24 + 1],
    // New York spring forward 2025-03-09 02:00 → 03:00
    ['America/New_York', '2025-03-08T18:00:00-05:00', 1, '2025-03-09T18:00:00-04:00', 23],
    // New York autumn back 2025-11-02 02:00 → 01:00
    ['America/New_York', '2025-11-01T18:00:00-04:00', 1, '2025-11-02T18:00:00-05:00', 25],
    ['America/New_York', '2025-10-20T08:00:00-04:00', 14, '2025-11-03T08:00:00-05:00', 14 * 24 + 1],
    // no DST: exactly 24 h a day
    ['UTC', '2025-03-29T10:15:00Z', 1, '2025-03-30T10:15:00Z', 24],
    ['Asia/Kolkata', '2025-03-29T10:15:00+05:30', 7, '2025-04-05T10:15:00+05:30', 7 * 24],
  ])('%s %s + %i d = %s (%i h)', (tz, from, days, to, hours) => {
    const result = addCalendarDays(Date.parse(from), days, tz);
    expect(new Date(result).toISOString()).toBe(new Date(to).toISOString());
    expect((result - Date.parse(from)) / H).toBe(hours);
  });

  it.each([
    // Samoa skipped 2011-12-30: a time on that day is the change itself, midnight of the 31st
    ['Pacific/Apia', '2011-12-29T10:00:00-10:00', 1, '2011-12-31T00:00:00+14:00'],
    ['Pacific/Apia', '2011-12-29T10:00:00-10:00', 2, '2011-12-31T10:00:00+14:00'],
    ['Pacific/Apia', '2011-12-28T23:30:00-10:00', 4, '2012-01-01T23:30:00+14:00'],
    // Lord Howe's 30-minute DST: 02:00 → 02:30 in spring, 02:00 → 01:30 in autumn
    ['Australia/Lord_Howe', '2025-10-04T02:15:00+10:30', 1, '2025-10-05T02:30:00+11:00'],
    ['Australia/Lord_Howe', '2025-04-05T01:45:00+11:00', 1, '2025-04-06T01:45:00+11:00'],
    // Chile (southern hemisphere) moves at local midnight: 2025-09-07 00:00 does not exist
    ['America/Santiago', '2025-09-06T00:00:00-04:00', 1, '2025-09-07T01:00:00-03:00'],
    ['Asia/Kathmandu', '1985-12-31T12:00:00+05:30', 1, '1986-01-01T12:00:00+05:45'],
  ])('%s %s + %i d = %s (gaps, odd offsets)', (tz, from, days, to) => {
    expect(new Date(addCalendarDays(Date.parse(from), days, tz)).toISOString()).toBe(new Date(to).toISOString());
  });

  it.each([
    // the target local time does not exist (spring gap): the instant of the change, when the
    // clock first reads that time or later
    ['Europe/Stockholm', '2025-03-29T02:30:00+01:00', '2025-03-30T03:00:00+02:00'],
    ['America/New_York', '2025-03-08T02:30:00-05:00', '2025-03-09T03:00:00-04:00'],
    ['America/New_York', '2025-03-08T02:59:59-05:00', '2025-03-09T03:00:00-04:00'],
    ['America/New_York', '2025-03-08T01:59:59-05:00', '2025-03-09T01:59:59-05:00'],
    ['America/New_York', '2025-03-08T03:00:00-05:00', '2025-03-09T03:00:00-04:00'],
    ['America/New_York', '2025-03-08T03:00:01-05:00', '2025-03-09T03:00:01-04:00'],
    // the target local time exists twice (autumn overlap): the earlier instant
    ['Europe/Stockholm', '2025-10-25T02:30:00+02:00', '2025-10-26T02:30:00+02:00'],
    ['America/New_York', '2025-11-01T01:30:00-04:00', '2025-11-02T01:30:00-04:00'],
  ])('%s %s + 1 d = %s', (tz, from, to) => {
    expect(new Date(addCalendarDays(Date.parse(from), 1, tz)).toISOString()).toBe(new Date(to).toISOString());
  });

  it('keeps the local time of day and lands on the right calendar date (property)', () => {
    fc.assert(
      fc.property(
        ...instantDaysZone,
        (t, n, tz) => {
          const result = addCalendarDays(t, n, tz);
          expect(Number.isFinite(result)).toBe(true);
          const a = wall(t, tz);
          const b = wall(result, tz);
          expect(b.date).toBe(addDaysToDate(a.date, n));
          // Same wall time, unless that time fell into a gap on the target day (then it moves on
          // by the gap: at most an hour).
          const drift = b.asUtc - (a.asUtc + n * 86_400_000);
          expect(drift === 0 || (drift > 0 && drift <= H)).toBe(true);
          if (drift !== 0) expect(zoneOffset(result, tz)).not.toBe(zoneOffset(result - 2 * H, tz));
        },
      ),
      { numRuns: 3000 },
    );
  });

  // An oracle written by others: date-fns's addDays on a @date-fns/tz TZDate (the library
  // lib/rules/time.ts replaced for speed, see its header). Both keep the local time of day; they
  // differ by design only where that time exists twice or never on the target day (date-fns/tz
  // takes the later run of a repeated hour and moves a skipped time on by the gap), so elsewhere
  // the two must give the same instant.
  it('gives the instant date-fns + @date-fns/tz give, away from an offset change (property)', () => {
    fc.assert(
      fc.property(
        ...instantDaysZone,
        (t, n, tz) => {
          const ours = addCalendarDays(t, n, tz);
          const theirs = addDays(new TZDate(t, tz), n).getTime();
          const nearChange = zoneOffset(ours - 3 * H, tz) !== zoneOffset(ours + 3 * H, tz);
          const fromRepeated = isRepeatedWallTime(t, tz);
          if (!nearChange && !fromRepeated) expect(new Date(ours).toISOString()).toBe(new Date(theirs).toISOString());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never yields an invalid date: NaN for inputs it cannot handle, never a throw', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.constantFrom(...ZONES, 'Not/AZone', ''), (t, n, tz) => {
        const result = addCalendarDays(t, n, tz);
        if (!Number.isNaN(result)) {
          expect(Number.isFinite(result)).toBe(true);
          expect(() => new Date(result).toISOString()).not.toThrow();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    // found by the property below: 02:17 falls in Lord Howe's 02:00 → 02:30 gap 58 days on, 02:30
    // does not; the later anchor must not give the earlier result
    [1533829636610, 763390, 58, 'Australia/Lord_Howe'],
    [Date.parse('2025-03-28T02:15:00+01:00'), 45 * 60_000, 2, 'Europe/Stockholm'],
  ])('is monotonic across a gap: %i + %i ms, %i d, %s', (t, delta, n, tz) => {
    expect(addCalendarDays(t + delta, n, tz)).toBeGreaterThanOrEqual(addCalendarDays(t, n, tz));
  });

  it.each([
    // the second 02:30 of Stockholm's repeated hour (2025-10-26 03:00 CEST → 02:00 CET)
    ['Europe/Stockholm', '2025-10-26T02:30:00+01:00'],
    ['Europe/Stockholm', '2025-10-26T02:30:00+02:00'],
    ['Australia/Lord_Howe', '2019-04-07T01:45:00+10:30'],
    ['America/New_York', '2025-03-09T03:00:00-04:00'],
  ])('%s %s + 0 d is the same instant', (tz, from) => {
    expect(addCalendarDays(Date.parse(from), 0, tz)).toBe(Date.parse(from));
  });

  it('is monotonic around the gaps and overlaps themselves, outside the repeated hour (property)', () => {
    // the random anchors below rarely land next to a change; these start within two hours of one
    const changes = [
      ['Australia/Lord_Howe', '2018-10-07T02:00:00+10:30'],
      ['Australia/Lord_Howe', '2019-04-07T02:00:00+11:00'],
      ['Europe/Stockholm', '2025-03-30T02:00:00+01:00'],
      ['Europe/Stockholm', '2025-10-26T03:00:00+02:00'],
      ['America/New_York', '2025-03-09T02:00:00-05:00'],
      ['America/Santiago', '2025-09-07T00:00:00-04:00'],
      ['Pacific/Chatham', '2025-09-28T02:45:00+12:45'],
      ['Pacific/Apia', '2011-12-30T00:00:00-10:00'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -2 * H, max: 2 * H }),
        fc.integer({ min: 0, max: 2 * H }),
        ([tz, change], n, from, delta) => {
          const t = Date.parse(change) - n * 86_400_000 + from;
          fc.pre(!isRepeatedWallTime(t, tz) && !isRepeatedWallTime(t + delta, tz));
          expect(addCalendarDays(t + delta, n, tz)).toBeGreaterThanOrEqual(addCalendarDays(t, n, tz));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is monotonic in its anchor (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }),
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...ZONES),
        (t, delta, n, tz) => {
          fc.pre(!isRepeatedWallTime(t, tz) && !isRepeatedWallTime(t + delta, tz));
          expect(addCalendarDays(t + delta, n, tz)).toBeGreaterThanOrEqual(addCalendarDays(t, n, tz));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/Stockholm', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    [undefined, false],
  ])('%s valid: %s', (tz, valid) => {
    expect(isValidTimeZone(tz)).toBe(valid);
  });

  it('an unknown zone counts in UTC instead of throwing', () => {
    const t = Date.parse('2025-03-29T10:15:00Z');
    expect(addCalendarDays(t, 1, 'Not/AZone')).toBe(t + 86_400_000);
  });
});

describe('isoString', () => {
  it('formats exactly like Date#toISOString (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => {
        expect(isoString(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it.each([0, -1, 1, 1.5, -0.5, 1234567890123.9, Date.parse('2025-12-31T23:59:59.999Z'), new Date(0).setUTCFullYear(0, 0, 1), new Date(0).setUTCFullYear(0, 0, 1) - 1, Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 1, 8.64e15, -8.64e15])(
    'edge %i',
    (t) => {
      expect(isoString(t)).toBe(new Date(t).toISOString());
    },
  );
});
