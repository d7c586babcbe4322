// The words of the badge tooltip and the notifications, in the merchant's language and zone.
import { browserTimeZone, formatCountdown, formatDateTime, formatDuration } from '../../components/format';
import type { BadgePlan } from '../../lib/cases/badge';
import type { PlannedNotification } from '../../lib/cases/notifications';
import { settingsLocale, settingsTimeZone, type Settings } from '../../lib/cases/schema';
import { t, tn } from '../../lib/i18n';

export function zoneOf(settings: Settings): string {
  return settingsTimeZone(settings, browserTimeZone);
}

export function badgeTitle(plan: BadgePlan, settings: Settings, now: Date): string {
  const locale = settingsLocale(settings);
  if (plan.count === 0) return t(locale, 'bg.badge.none');
  const head = tn(locale, 'bg.badge.count', plan.count);
  if (!plan.next) return `${head}\n${t(locale, 'bg.badge.next.none')}`;
  const { deadline, disputeId } = plan.next;
  const msLeft = Date.parse(deadline.at) - now.getTime();
  const line = t(locale, deadline.kind === 'escalation' ? 'bg.badge.next.escalation' : 'bg.badge.next.response', {
    id: disputeId,
    date: formatDateTime(locale, deadline.at, zoneOf(settings)),
    countdown: formatCountdown(locale, msLeft, deadline.kind),
  });
  return `${head}\n${line}`;
}

export function notificationText(n: PlannedNotification, settings: Settings, now: Date): { title: string; message: string } {
  const locale = settingsLocale(settings);
  const kind = n.deadline.kind;
  const title =
    n.hoursBefore === 0
      ? t(locale, kind === 'escalation' ? 'bg.notify.passed.escalation' : 'bg.notify.passed.response', { id: n.disputeId })
      : t(locale, kind === 'escalation' ? 'bg.notify.before.escalation' : 'bg.notify.before.response', {
          id: n.disputeId,
          time: formatDuration(locale, Date.parse(n.deadline.at) - now.getTime()),
        });
  const store = n.key.startsWith('-|') ? t(locale, 'bg.notify.noStore') : (n.key.split('|')[0] ?? '');
  // An enquiry's deadline is its escalation to a chargeback, not a response due then.
  const estimate = n.deadline.source === 'rule';
  const body =
    kind === 'escalation'
      ? estimate ? 'bg.notify.bodyEstimate.escalation' : 'bg.notify.body.escalation'
      : estimate ? 'bg.notify.bodyEstimate' : 'bg.notify.body';
  const message = t(locale, body, {
    date: formatDateTime(locale, n.deadline.at, zoneOf(settings)),
    store,
  });
  return { title, message };
}
