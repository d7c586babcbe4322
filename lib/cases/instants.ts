// Instants in the store are kept as UTC ISO strings ("…Z"), so that comparing two of them as
// strings orders them in time (pruning, "last seen", export). Readings may carry any offset.

/** The same instant as a UTC ISO string; a string that is not an instant is returned unchanged. */
export function toUtcIso(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}

export function laterIso(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

export function earlierIso(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
