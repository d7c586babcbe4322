// Calendar-day arithmetic in a time zone: "N calendar days later, same local time of day" (so a
// window moves by 23 or 25 hours across a DST change).
//
// Why our own Intl-based helper and not date-fns + @date-fns/tz: the library must assess 100,000
// disputes in ≤ 300 ms (≈ 3 µs each, test/bench/rules.bench.ts), and each assessment computes two
// to four zoned dates. @date-fns/tz's TZDate asks Intl.DateTimeFormat for the zone offset on every
// date operation (it caches the formatter, not the offset): measured on this project's machine,
// `addDays(new TZDate(t, zone), 35)` took ~20 µs, our `addCalendarDays` ~0.1 µs. Here the offset is looked up once per zone and UTC day and
// cached: a lookup is a Map hit, and Intl is asked only for days not seen before (plus ~20 times
// on a day with a transition, to find its exact instant). Correctness across DST gaps and overlaps
// is tested against Intl itself (test/rules/time.test.ts).
//
// Disambiguation follows Temporal's "compatible":
// a local time in a spring-forward gap moves forward by the gap; one in an autumn overlap takes the
// earlier instant (as Temporal and Date do; date-fns/tz 1.5 takes the later one — the earlier is
// the safer reading of a deadline).

const SECOND = 1000;
const DAY = 86_400_000;
/** ECMAScript's valid Date range */
const MAX_MS = 8.64e15;

/** A UTC day's offset change: the first instant with the new offset. */
interface Change {
  change: number;
  before: number;
  after: number;
}
type DayOffsets = number | Change;

const CHUNK_DAYS = 256;
/** bound on cached chunks per table (each 2 KiB), so a long-lived worker cannot grow without limit */
const MAX_CHUNKS = 512;

/**
 * A number per UTC day, NaN where not yet known: Float64Arrays of 256 days, found through a small
 * Map and a one-chunk memo. Much faster than a Map keyed by day once thousands of days are cached
 * (the hashing and cache misses of a large Map were the top cost of an assessment).
 */
class DayTable {
  private readonly chunks = new Map<number, Float64Array>();
  private lastKey = NaN;
  private last: Float64Array | null = null;

  private chunk(day: number, create: boolean): Float64Array | null {
    const key = Math.floor(day / CHUNK_DAYS);
    if (key === this.lastKey) return this.last;
    let c = this.chunks.get(key);
    if (c === undefined) {
      if (!create) return null;
      if (this.chunks.size >= MAX_CHUNKS) this.chunks.clear();
      c = new Float64Array(CHUNK_DAYS).fill(NaN);
      this.chunks.set(key, c);
    }
    this.lastKey = key;
    this.last = c;
    return c;
  }

  get(day: number): number {
    const c = this.chunk(day, false);
    return c === null ? NaN : c[day - Math.floor(day / CHUNK_DAYS) * CHUNK_DAYS]!;
  }

  set(day: number, value: number): void {
    this.chunk(day, true)![day - Math.floor(day / CHUNK_DAYS) * CHUNK_DAYS] = value;
  }
}

/** in a DayTable of offsets: the day has a change (see Zone.changes); in `stable`: not stable */
const VARIES = Infinity;

class Zone {
  /** UTC day → its fixed offset, or VARIES */
  private readonly offsets = new DayTable();
  private readonly changes = new Map<number, Change>();
  /** UTC day → the offset when it and both neighbours share that fixed offset, else VARIES */
  private readonly stable = new DayTable();
  constructor(private readonly fmt: Intl.DateTimeFormat) {}

  /** offset from UTC in ms at an instant (local = utc + offset) */
  offsetAt(ms: number): number {
    const day = Math.floor(ms / DAY);
    const fixed = this.offsets.get(day);
    if (fixed === fixed && fixed !== VARIES) return fixed; // not NaN, not a change day
    const entry = this.day(day);
    if (typeof entry === 'number') return entry;
    return ms < entry.change ? entry.before : entry.after;
  }

  /**
   * The instant of a wall-clock time (as "UTC ms of the same fields"). The instant lies within
   * 14 h of `wall`, so within the UTC days before, of and after it: when those three days share one
   * fixed offset the answer is immediate (one cached lookup).
   */
  wallToInstant(wall: number): number {
    const day = Math.floor(wall / DAY);
    let fixed = this.stable.get(day);
    if (fixed !== fixed) {
      const a = this.day(day - 1);
      const b = this.day(day);
      const c = this.day(day + 1);
      fixed = typeof a === 'number' && a === b && b === c ? a : VARIES;
      this.stable.set(day, fixed);
    }
    return fixed !== VARIES ? wall - fixed : fromWall(this, wall);
  }

  private day(day: number): DayOffsets {
    const fixed = this.offsets.get(day);
    if (fixed === fixed) return fixed === VARIES ? this.changes.get(day) ?? this.remember(day) : fixed;
    return this.remember(day);
  }

  private remember(day: number): DayOffsets {
    const entry = this.computeDay(day);
    if (typeof entry === 'number') this.offsets.set(day, entry);
    else {
      this.offsets.set(day, VARIES);
      this.changes.set(day, entry);
    }
    return entry;
  }

  private computeDay(day: number): DayOffsets {
    const start = day * DAY;
    const end = start + DAY - SECOND; // offsets change on whole seconds
    const before = this.exactOffset(start);
    const after = this.exactOffset(end);
    if (before === after) return before;
    // Binary search for the first second with the new offset.
    let lo = start; // has `before`
    let hi = end; // has `after`
    while (hi - lo > SECOND) {
      const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
      if (this.exactOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { change: hi, before, after };
  }

  /** offset at an instant, straight from Intl */
  private exactOffset(ms: number): number {
    // Intl throws outside the Date range; the edges of the range only ever meet the cache here.
    const whole = Math.floor(Math.min(MAX_MS, Math.max(-MAX_MS, ms)) / SECOND) * SECOND;
    const p: Record<string, string> = {};
    for (const part of this.fmt.formatToParts(whole)) p[part.type] = part.value;
    let year = Number(p.year);
    if (p.era === 'BC' || p.era === 'B') year = 1 - year;
    const local = new Date(0);
    local.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
    local.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
    return local.getTime() - whole;
  }
}

class Utc {
  offsetAt(): number {
    return 0;
  }
  wallToInstant(wall: number): number {
    return wall;
  }
}

export type AnyZone = Zone | Utc;
const UTC = new Utc();
const zones = new Map<string, AnyZone | null>();

/** The zone, or null if the runtime does not know the name. Cached, including misses. */
export function zone(timeZone: string): AnyZone | null {
  let z = zones.get(timeZone);
  if (z !== undefined) return z;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    z = UTC;
  } else {
    try {
      z = new Zone(
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          era: 'short',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      );
    } catch {
      z = null;
    }
  }
  zones.set(timeZone, z);
  return z;
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && zone(timeZone) !== null;
}

/** offset of `timeZone` from UTC at an instant, in ms; unknown zones read as UTC */
export function zoneOffset(ms: number, timeZone: string): number {
  return (zone(timeZone) ?? UTC).offsetAt(ms);
}

/** The instant of a local wall-clock time near a change of offset (the general case). */
function fromWall(z: Zone, wall: number): number {
  const before = z.offsetAt(wall - DAY);
  const after = z.offsetAt(wall + DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = z.offsetAt(early) === before;
  const lateValid = z.offsetAt(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late); // overlap: the earlier instant
  if (earlyValid) return early;
  if (lateValid) return late;
  return early; // gap: move forward by the gap (the offset from before the change)
}

export function isValidInstant(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS;
}

/**
 * `days` calendar days after the instant `ms`, at the same local time of day in `timeZone`.
 * Unknown zones count in UTC (the caller reports them). NaN when the result is not a valid Date
 * or `days` is not a whole number.
 */
export function addCalendarDays(ms: number, days: number, timeZone: string): number {
  return addCalendarDaysIn(zone(timeZone) ?? UTC, ms, days);
}

/** addCalendarDays with the zone already looked up (zone(name)) */
export function addCalendarDaysIn(z: AnyZone, ms: number, days: number): number {
  return addDaysToWall(z, wallOf(z, ms), days);
}

/** The local wall-clock time of an instant, as "UTC ms of the same fields"; NaN when invalid. */
export function wallOf(z: AnyZone, ms: number): number {
  return isValidInstant(ms) ? ms + z.offsetAt(ms) : NaN;
}

/** The instant `days` calendar days after a wall-clock time (from wallOf), NaN when invalid. */
export function addDaysToWall(z: AnyZone, wall: number, days: number): number {
  if (!Number.isFinite(wall) || !Number.isInteger(days)) return NaN;
  const target = wall + days * DAY;
  if (!isValidInstant(target)) return NaN;
  const result = z.wallToInstant(target);
  return isValidInstant(result) ? result : NaN;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** "HH:MM:" per minute of the day, "SS." per second, "sssZ" per millisecond: three joins per instant */
const HOUR_MINUTE: string[] = Array.from({ length: 1440 }, (_, i) => `${pad(Math.floor(i / 60), 2)}:${pad(i % 60, 2)}:`);
const SECOND_DOT: string[] = Array.from({ length: 60 }, (_, i) => `${pad(i, 2)}.`);
const MILLI_Z: string[] = Array.from({ length: 1000 }, (_, i) => `${pad(i, 3)}Z`);
/** "YYYY-MM-DDT" per UTC day, cached in chunks like DayTable: formatting the date is the slow half */
const PREFIX_CHUNKS = new Map<number, (string | undefined)[]>();
let lastPrefixKey = NaN;
let lastPrefixChunk: (string | undefined)[] = [];

function dayPrefix(day: number): string {
  const key = Math.floor(day / CHUNK_DAYS);
  let chunk = lastPrefixChunk;
  if (key !== lastPrefixKey) {
    let c = PREFIX_CHUNKS.get(key);
    if (c === undefined) {
      if (PREFIX_CHUNKS.size >= MAX_CHUNKS) PREFIX_CHUNKS.clear();
      c = new Array<string | undefined>(CHUNK_DAYS).fill(undefined);
      PREFIX_CHUNKS.set(key, c);
    }
    lastPrefixKey = key;
    lastPrefixChunk = chunk = c;
  }
  const i = day - key * CHUNK_DAYS;
  return (chunk[i] ??= new Date(day * DAY).toISOString().slice(0, 11));
}
/** years 0000–9999 format as YYYY; outside that Date#toISOString's ±YYYYYY form is used */
const MIN_FAST_MS = new Date(0).setUTCFullYear(0, 0, 1);
const MAX_FAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * `new Date(ms).toISOString()`, several times faster: the library formats a handful of instants
 * per assessment and Date#toISOString costs more than the rest of a lookup. Same output for every
 * valid instant (checked by test/rules/time.test.ts against toISOString).
 */
export function isoString(ms: number): string {
  if (!(ms >= MIN_FAST_MS && ms <= MAX_FAST_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY);
  const prefix = dayPrefix(day);
  const inDay = ms - day * DAY;
  const milli = inDay % 1000;
  const seconds = (inDay - milli) / 1000;
  const sec = seconds % 60;
  return prefix + HOUR_MINUTE[(seconds - sec) / 60] + SECOND_DOT[sec] + MILLI_Z[milli];
}
