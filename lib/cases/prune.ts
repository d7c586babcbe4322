// Closed cases are kept for Settings.retentionDays after closedAt, then removed. Open cases and
// manual cases that are still open are never pruned.
import { DAY_MS } from './instants';
import type { CaseRecord } from './merge';

export function pruneClosed(
  store: CaseRecord,
  now: Date,
  retentionDays: number,
): { store: CaseRecord; removed: string[] } {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const kept: CaseRecord = {};
  const removed: string[] = [];
  for (const [key, tracked] of Object.entries(store)) {
    const closedAt = tracked.closedAt ? Date.parse(tracked.closedAt) : Number.NaN;
    // Strictly older than the retention period: a case closed exactly 90 days ago stays today.
    if (!Number.isNaN(closedAt) && closedAt < cutoff) removed.push(key);
    else kept[key] = tracked;
  }
  return { store: kept, removed };
}
