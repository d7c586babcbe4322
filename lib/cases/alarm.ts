// When the worker must wake next: the next moment any case crosses an urgency threshold, a
// notification threshold or its deadline. Pure. A periodic safety alarm (SAFETY_PERIOD_MINUTES)
// runs as well, so a missed or clamped alarm is made good within minutes.
import { HOUR_MS } from './instants';
import { notificationThresholds } from './notifications';
import type { Settings } from './schema';
import type { TimedCase } from './timing';

export const SAFETY_PERIOD_MINUTES = 15;

export function planNextAlarm(
  timed: readonly TimedCase[],
  now: Date,
  settings: Pick<Settings, 'criticalHours' | 'soonHours' | 'notifications'>,
): Date | null {
  const offsetsMs = new Set<number>([settings.soonHours * HOUR_MS, settings.criticalHours * HOUR_MS, 0]);
  for (const h of notificationThresholds(settings)) offsetsMs.add(h * HOUR_MS);
  const nowMs = now.getTime();
  let earliest = Infinity;
  for (const t of timed) {
    if (t.phase === 'closed') continue;
    for (const deadline of t.deadlines) {
      const atMs = Date.parse(deadline.at);
      if (Number.isNaN(atMs)) continue;
      for (const offset of offsetsMs) {
        const moment = atMs - offset;
        if (moment > nowMs && moment < earliest) earliest = moment;
      }
    }
  }
  return Number.isFinite(earliest) ? new Date(earliest) : null;
}
