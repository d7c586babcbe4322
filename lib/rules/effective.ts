// Effective dates of table rows: [from, until) as instants. Rows are compiled once, so a lookup
// compares numbers only.
import type { Effective } from './types';

export interface Window {
  fromMs: number;
  untilMs: number;
}

export function window(effective: Effective): Window {
  return {
    fromMs: effective.from === undefined ? -Infinity : Date.parse(effective.from),
    untilMs: effective.until === undefined ? Infinity : Date.parse(effective.until),
  };
}

export function inWindow(w: Window, ms: number): boolean {
  return ms >= w.fromMs && ms < w.untilMs;
}

/** Date.parse that yields null instead of NaN, for anything that is not a string date. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const fast = parseIsoFast(value);
  if (fast !== null) return fast;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

const DIGIT_0 = 48;
/** days before each month in a non-leap year */
const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The ISO 8601 forms the portal reader and the store write — "YYYY-MM-DDTHH:MM:SS[.sss](Z|±HH:MM)"
 * — parsed without Date.parse, which is the slowest step of an assessment. Anything else (and any
 * day past the 28th, to leave month lengths to Date) returns null, and the caller uses Date.parse.
 * test/rules/time.test.ts checks it gives Date.parse's result.
 */
export function parseIsoFast(s: string): number | null {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return null;
  }
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return null;
  }
  let i = 19;
  let milli = 0;
  if (s.charCodeAt(i) === 46) {
    if (n < 24) return null;
    milli = digits(s, 20, 3);
    if (milli < 0) return null;
    i = 23;
  }
  let offsetMin: number;
  const sign = s.charCodeAt(i);
  if (sign === 90 && n === i + 1) offsetMin = 0;
  else if ((sign === 43 || sign === 45) && n === i + 6 && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
    offsetMin = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return null;
  // days from 1970-01-01 to the start of `year`, then of the month
  const y = year - 1;
  const yearDays = 365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) - 477;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = yearDays + CUMULATIVE_DAYS[month - 1]! + (leap && month > 2 ? 1 : 0) + day - 1;
  return ((days * 24 + hour) * 60 + minute - offsetMin) * 60_000 + second * 1000 + milli;
}
