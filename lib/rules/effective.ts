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
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
