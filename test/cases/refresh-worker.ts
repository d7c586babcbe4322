// A service worker's refresh over the fake browser's storage, as the background runs it, with what
// it shows recorded instead: notifications, badge plans and alarm times (portal dates only, UTC).
// `shown`: the notifications shown one by one; `several`: the bursts shown as one, each its list.
import type { BadgePlan } from '../../lib/cases/badge';
import type { PlannedNotification } from '../../lib/cases/notifications';
import { createRefresh } from '../../lib/cases/refresh';
import { openCaseStore } from '../../lib/cases/store';
import { portalOnlyRules } from './fixtures';

export function refreshWorker(now: Date) {
  const shown: PlannedNotification[] = [];
  const several: PlannedNotification[][] = [];
  const badges: BadgePlan[] = [];
  const alarms: (Date | null)[] = [];
  const store = openCaseStore({ rules: portalOnlyRules, now: () => now });
  const refresh = createRefresh(
    store,
    portalOnlyRules,
    {
      setBadge: async (plan) => void badges.push(plan),
      setNextAlarm: async (when) => void alarms.push(when),
      notify: async (n) => void shown.push(n),
      notifySeveral: async (list) => void several.push(list),
    },
    () => now,
    () => 'UTC',
  );
  return { store, refresh, shown, several, badges, alarms };
}
