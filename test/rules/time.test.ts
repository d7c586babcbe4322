import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isoString, isValidTimeZone, zoneOffset } from '../../lib/rules/time';

const ZONES = [
  'Europe/Stockholm',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // +12:45 / +13:45
  'America/Santiago', // southern hemisphere, DST at local midnight
  'Asia/Kolkata',
  'UTC',
];

/** local wall-clock fields of an instant in a zone, straight from Intl (the reference) */
function wall(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
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

describe('addCalendarDays: same local time, N calendar days later', () => {
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
    // the target local time does not exist (spring gap): moved forward by the gap
    ['Europe/Stockholm', '2025-03-29T02:30:00+01:00', '2025-03-30T03:30:00+02:00'],
    ['America/New_York', '2025-03-08T02:30:00-05:00', '2025-03-09T03:30:00-04:00'],
    // the target local time exists twice (autumn overlap): the earlier instant
    ['Europe/Stockholm', '2025-10-25T02:30:00+02:00', '2025-10-26T02:30:00+02:00'],
    ['America/New_York', '2025-11-01T01:30:00-04:00', '2025-11-02T01:30:00-04:00'],
  ])('%s %s + 1 d = %s', (tz, from, to) => {
    expect(new Date(addCalendarDays(Date.parse(from), 1, tz)).toISOString()).toBe(new Date(to).toISOString());
  });

  it('keeps the local time of day and lands on the right calendar date (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(...ZONES),
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

  it('is monotonic in its anchor (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2090-01-01') }),
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...ZONES),
        (t, delta, n, tz) => {
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
