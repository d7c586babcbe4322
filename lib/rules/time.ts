// Calendar-day arithmetic in a time zone: "N calendar days later, same local time of day" (so a
// window moves by 23 or 25 hours across a DST change).
//
// Why our own Intl-based helper and not date-fns + @date-fns/tz: the library must assess 100,000
// disputes in ≤ 300 ms (≈ 3 µs each, test/bench/rules.bench.ts), and each assessment computes two
// to four zoned dates. @date-fns/tz's TZDate asks Intl.DateTimeFormat for the zone offset on every
// date operation (it caches the formatter, not the offset): measured on this project's machine,
// `addDays(new TZDate(t, zone), 35)` took ~20 µs, our `addCalendarDays` ~0.1 µs.
//
// How offsets are found: Intl has no API for a zone's transitions (Temporal has, but not every
// runtime we run in), so Intl is asked for the offset at probe instants and the answers are cached.
// The probes are the boundaries of 4-day periods (UTC, from the epoch): when both ends of a period
// have the same offset the whole period has it, else the one change inside it is found by
// bisection, on whole hours first, then quarter hours, minutes and seconds (changes are almost
// always on a whole hour or quarter hour, so ~10 probes find one). That rests on one fact of the
// tz database: two changes of a zone's offset are never within 4 days of each other — the
// closest pair anywhere, 1800–2200, is 167 hours apart (America/Noronha and Recife in Oct 2000,
// Asia/Gaza's predicted Ramadan changes; counted with Temporal's getTimeZoneTransition over every
// zone of Chromium 156's ICU). A list page's disputes span a few months: a few dozen probes
// instead of the two per UTC day an earlier version asked for (~390 for a 500-row page), which was
// most of an assessment's cost in a fresh JS context (the cold pass of the content script and the
// popup). Correctness across changes and gaps is tested against Intl itself (test/rules/time.test.ts).
//
// Disambiguation: a local time that exists twice (autumn overlap) takes the earlier instant (as
// Temporal's "compatible" and Date do; date-fns/tz 1.5 takes the later one — the earlier is the
// safer reading of a deadline). A local time that never shows on the clock (spring-forward gap)
// is the instant of the change itself: the first moment the clock reads that time or later.
// Temporal's "compatible" moves it forward by the gap instead (02:15 in a 02:00 → 03:00 gap
// becomes 03:15), which is later than the change and not monotonic: 02:15 would then fall after
// 03:00, so a later anchor could give an earlier deadline (found by the property test in
// test/rules/time.test.ts, on Lord Howe's 30-minute gap).

const SECOND = 1000;
/** (also components/format's, for countdowns: one definition of each) */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** the probe period: shorter than the closest two offset changes of any zone (see above) */
const PERIOD = 4 * DAY;
/** bisection grids, coarse to fine: each finer one divides the one before it */
const GRIDS = [HOUR, 15 * MINUTE, MINUTE, SECOND];
/** ECMAScript's valid Date range */
const MAX_MS = 8.64e15;

/** A period's offset change: the first instant with the new offset. */
interface Change {
  change: number;
  before: number;
  after: number;
}

const CHUNK_DAYS = 256;
/** bound on cached chunks per table (each 2 KiB), so a long-lived worker cannot grow without limit */
const MAX_CHUNKS = 512;
/** bound on remembered changes per zone (a cache: a dropped one is found again) */
const MAX_CHANGES = 4096;

/** A chunk of a DayTable: the values of 256 consecutive indexes. */
type Chunk<V> = { [i: number]: V };

/**
 * A value per index (UTC day, probe period, …): a number per index, NaN where not yet known, in
 * Float64Arrays of 256 (the zones' offsets), or any chunk `empty` makes (isoString's day prefixes),
 * found through a small Map and a one-chunk memo. Much faster than a Map keyed by index once
 * thousands are cached (the hashing and cache misses of a large Map were the top cost of an
 * assessment).
 */
interface DayTable<V> {
  /** the chunk that holds `day`, made if missing when `create`; null when missing */
  chunk(day: number, create: boolean): Chunk<V> | null;
  /** (the offset tables': NaN where not yet known) */
  get(day: number): V;
  set(day: number, value: V): void;
}

// (The day tables and zones are closures, not class instances: a class's `this.` before each of
// its fields costs the content script bytes, whose size is limited: issue 3, ≤ 40 KB gzipped.)
function dayTable<V>(empty: () => Chunk<V>): DayTable<V> {
  const chunks = new Map<number, Chunk<V>>();
  let lastKey = NaN;
  let last: Chunk<V> | null = null;
  const chunk = (day: number, create: boolean): Chunk<V> | null => {
    const key = Math.floor(day / CHUNK_DAYS);
    if (key === lastKey) return last;
    let c = chunks.get(key);
    if (c === undefined) {
      if (!create) return null;
      if (chunks.size >= MAX_CHUNKS) chunks.clear();
      c = empty();
      chunks.set(key, c);
    }
    lastKey = key;
    last = c;
    return c;
  };
  return {
    chunk,
    get(day) {
      const c = chunk(day, false);
      return c === null ? (NaN as V) : c[day - Math.floor(day / CHUNK_DAYS) * CHUNK_DAYS]!;
    },
    set(day, value) {
      chunk(day, true)![day - Math.floor(day / CHUNK_DAYS) * CHUNK_DAYS] = value;
    },
  };
}

/** an empty chunk of an offset table */
const unknownOffsets = (): Chunk<number> => new Float64Array(CHUNK_DAYS).fill(NaN);

/** in the table of period offsets: the period has a change (see changingZone's changes) */
const VARIES = Infinity;

const LONG_OFFSET = /GMT(?:([+\u2212-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/**
 * The offset in ms of an Intl `timeZoneName: 'longOffset'` text ("…GMT+01:00", "…GMT-00:16:08",
 * "…GMT" for zero); NaN for a text of another form (the caller then asks formatToParts).
 */
export function parseLongOffset(text: string): number {
  const m = LONG_OFFSET.exec(text);
  if (m === null) return NaN;
  if (m[1] === undefined) return 0;
  const ms = Number(m[2]) * HOUR + Number(m[3] ?? 0) * MINUTE + Number(m[4] ?? 0) * SECOND;
  return m[1] === '+' ? ms : -ms;
}

const PARTS_OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/** A zone's offsets, from any instant's to the instant of a wall-clock time. */
export interface AnyZone {
  /** offset from UTC in ms at an instant (local = utc + offset) */
  offsetAt(ms: number): number;
  /** the instant of a wall-clock time (as "UTC ms of the same fields") */
  wallToInstant(wall: number): number;
  /** Intl calls made, for tests and benchmarks (a zone with changes only) */
  probes?: number;
}

/**
 * A zone with changes of offset. `long`: a `timeZoneName: 'longOffset'` formatter, or null where
 * the runtime lacks that option.
 */
function changingZone(timeZone: string, long: Intl.DateTimeFormat | null): AnyZone {
  /** period index → the offset of the whole period, or VARIES */
  const periods = dayTable(unknownOffsets);
  const changes = new Map<number, Change>();
  /** boundary index k → the offset at the instant k × PERIOD */
  const bounds = dayTable(unknownOffsets);
  /** formatToParts, only where the longOffset text cannot be read (none seen in practice) */
  let parts: Intl.DateTimeFormat | null = null;

  const z = {
    probes: 0,
    offsetAt(ms: number): number {
      const k = Math.floor(ms / PERIOD);
      const fixed = periods.get(k);
      if (fixed === fixed && fixed !== VARIES) return fixed; // not NaN, not a period with a change
      const entry = fixed === VARIES ? (changes.get(k) ?? remember(k)) : remember(k);
      if (typeof entry === 'number') return entry;
      return ms < entry.change ? entry.before : entry.after;
    },
    /**
     * The instant lies within 16 h of `wall`: when the offsets a day either side agree, no change
     * lies between them (two changes are never that close) and the answer is immediate.
     */
    wallToInstant(wall: number): number {
      const before = z.offsetAt(wall - DAY);
      const after = z.offsetAt(wall + DAY);
      return before === after ? wall - before : fromWall(z, wall, before, after);
    },
  };

  function remember(k: number): number | Change {
    const entry = computePeriod(k);
    if (typeof entry === 'number') periods.set(k, entry);
    else {
      periods.set(k, VARIES);
      if (changes.size >= MAX_CHANGES) changes.clear();
      changes.set(k, entry);
    }
    return entry;
  }

  function bound(k: number): number {
    let offset = bounds.get(k);
    if (offset !== offset) {
      offset = exactOffset(k * PERIOD);
      bounds.set(k, offset);
    }
    return offset;
  }

  function computePeriod(k: number): number | Change {
    const before = bound(k);
    const after = bound(k + 1);
    if (before === after) return before;
    // One change in the period: bisect for its first second with the new offset, on the coarsest
    // grid first. `lo` has `before` and stays on every grid (periods start on whole hours);
    // `hi` has `after`.
    let lo = k * PERIOD;
    let hi = lo + PERIOD;
    for (const step of GRIDS) {
      while (hi - lo > step) {
        // at least one step past `lo` (and so still below `hi`): the loop always narrows
        const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / step)) * step;
        if (exactOffset(mid) === before) lo = mid;
        else hi = mid;
      }
      if (step === SECOND || exactOffset(hi - SECOND) === before) break; // the change is at `hi`
      hi -= SECOND;
    }
    return { change: hi, before, after };
  }

  /** offset at an instant, straight from Intl */
  function exactOffset(ms: number): number {
    z.probes++;
    // Intl throws outside the Date range; the edges of the range only ever meet the cache here.
    const whole = Math.floor(Math.min(MAX_MS, Math.max(-MAX_MS, ms)) / SECOND) * SECOND;
    if (long !== null) {
      const offset = parseLongOffset(long.format(whole));
      if (offset === offset) return offset;
    }
    parts ??= new Intl.DateTimeFormat('en-US', { ...PARTS_OPTIONS, timeZone });
    const p: Record<string, string> = {};
    for (const part of parts.formatToParts(whole)) p[part.type] = part.value;
    let year = Number(p.year);
    if (p.era === 'BC' || p.era === 'B') year = 1 - year;
    const local = new Date(0);
    local.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
    local.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
    return local.getTime() - whole;
  }

  return z;
}

/** A zone whose offset never changes: UTC and its aliases, Etc/GMT±N, offset zones ("+05:30"). */
const fixedZone = (offset: number): AnyZone => ({ offsetAt: () => offset, wallToInstant: (wall) => wall - offset });

const UTC = fixedZone(0);
const zones = new Map<string, AnyZone | null>();

/** names Intl gives (resolvedOptions) to zones that have one offset for all time */
const FIXED_NAME = /^(?:UTC|Etc\/UTC|Etc\/GMT(?:[+-]\d{1,2})?|[+-]\d{2}(?::?\d{2})?)$/;

function newZone(timeZone: string): AnyZone {
  let long: Intl.DateTimeFormat | null = null;
  try {
    long = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', timeZoneName: 'longOffset' });
  } catch {
    // A runtime without longOffset (it came with ES2021), or a zone the runtime does not know:
    // this throws for the latter.
    new Intl.DateTimeFormat('en-US', { ...PARTS_OPTIONS, timeZone });
  }
  if (long !== null && FIXED_NAME.test(long.resolvedOptions().timeZone)) {
    // No changes ever: one Intl call for the offset, and no cache to look in afterwards.
    const offset = parseLongOffset(long.format(0));
    if (offset === 0) return UTC;
    if (offset === offset) return fixedZone(offset);
  }
  return changingZone(timeZone, long);
}

/** The zone, or null if the runtime does not know the name. Cached, including misses. */
export function zone(timeZone: string): AnyZone | null {
  let z = zones.get(timeZone);
  if (z !== undefined) return z;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    z = UTC;
  } else {
    try {
      z = newZone(timeZone);
    } catch {
      z = null;
    }
  }
  zones.set(timeZone, z);
  return z;
}

/** Intl calls made so far for a zone's offsets (0 for UTC and unknown zones): for tests and benchmarks */
export function offsetProbes(timeZone: string): number {
  return zones.get(timeZone)?.probes ?? 0;
}

let runtimeZone: string | null = null;
let zoneAskedAt = 0;

/**
 * This runtime's own zone (the browser's), asked at most once a minute (an answer costs a quarter
 * of a millisecond, the first one more): a portal tab stays open for days, and a computer that
 * travels wakes in another zone, which the browser then gives; kept for the tab's life, that tab
 * read the portal's dates in the old zone while every other part read them in the new one.
 */
export function runtimeTimeZone(): string {
  const now = Date.now();
  if (runtimeZone === null || Math.abs(now - zoneAskedAt) >= MINUTE) {
    zoneAskedAt = now;
    try {
      runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      runtimeZone = 'UTC';
    }
  }
  return runtimeZone;
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && zone(timeZone) !== null;
}

/** offset of `timeZone` from UTC at an instant, in ms; unknown zones read as UTC */
export function zoneOffset(ms: number, timeZone: string): number {
  return (zone(timeZone) ?? UTC).offsetAt(ms);
}

/**
 * The instant of a local wall-clock time near a change of offset (the general case), given the
 * offsets a day before and after `wall`.
 */
function fromWall(z: AnyZone, wall: number, before: number, after: number): number {
  const early = wall - before;
  const late = wall - after;
  const earlyValid = z.offsetAt(early) === before;
  const lateValid = z.offsetAt(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late); // overlap: the earlier instant
  if (earlyValid) return early;
  if (lateValid) return late;
  // Gap: `late` has the offset from before the change and `early` the one after it, so the change
  // lies in (late, early]; its instant is found on the cached offsets (gaps are rare, ~22 steps).
  let lo = late;
  let hi = early;
  if (!(hi > lo)) return early;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (z.offsetAt(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
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

/**
 * addCalendarDays with the zone already looked up (zone(name)). Zero days is the instant itself:
 * through its wall time, an instant in the second run of a repeated hour would come back as the
 * first run's (an hour early), as Temporal's add() also avoids.
 */
export function addCalendarDaysIn(z: AnyZone, ms: number, days: number): number {
  if (days === 0) return isValidInstant(ms) ? ms : NaN;
  return addDaysToWall(z, wallOf(z, ms), days);
}

/** The local wall-clock time of an instant, as "UTC ms of the same fields"; NaN when invalid. */
export function wallOf(z: AnyZone, ms: number): number {
  return isValidInstant(ms) ? ms + z.offsetAt(ms) : NaN;
}

/** The instant `days` calendar days after a wall-clock time (from wallOf), NaN when invalid. */
function addDaysToWall(z: AnyZone, wall: number, days: number): number {
  if (!Number.isFinite(wall) || !Number.isInteger(days)) return NaN;
  const target = wall + days * DAY;
  if (!isValidInstant(target)) return NaN;
  const result = z.wallToInstant(target);
  return isValidInstant(result) ? result : NaN;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/**
 * "HH:MM:" per minute of the day, "SS." per second, "sssZ" per millisecond: three joins per
 * instant. Each filled on first need: building all 2,500 when the module loads cost a fresh page
 * more than the few dozen a page uses (its instants are mostly whole minutes).
 */
const HOUR_MINUTE: (string | undefined)[] = new Array<string | undefined>(1440).fill(undefined);
const SECOND_DOT: (string | undefined)[] = new Array<string | undefined>(60).fill(undefined);
const MILLI_Z: (string | undefined)[] = new Array<string | undefined>(1000).fill(undefined);
/** "YYYY-MM-DDT" per UTC day: formatting the date is the slow half */
const PREFIXES = dayTable<string | undefined>(() => new Array<string | undefined>(CHUNK_DAYS).fill(undefined));

function dayPrefix(day: number): string {
  return (PREFIXES.chunk(day, true)![day - Math.floor(day / CHUNK_DAYS) * CHUNK_DAYS] ??= new Date(day * DAY).toISOString().slice(0, 11));
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
  const minute = (seconds - sec) / 60;
  return (
    prefix +
    (HOUR_MINUTE[minute] ??= `${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:`) +
    (SECOND_DOT[sec] ??= `${pad(sec, 2)}.`) +
    (MILLI_Z[milli] ??= `${pad(milli, 3)}Z`)
  );
}
