// The words of the badge tooltip and the notifications, in the merchant's language and zone.
import { browserTimeZone, formatCountdown, formatDateTime, formatDuration } from '../../components/format';
import type { BadgePlan } from '../../lib/cases/badge';
import type { PlannedNotification } from '../../lib/cases/notifications';
import { settingsLocale, settingsTimeZone, type Settings } from '../../lib/cases/schema';
import { t, tn } from '../../lib/i18n';

export function zoneOf(settings: Settings): string {
  return settingsTimeZone(settings, browserTimeZone);
}

/**
 * The tooltip: how many cases need action, then the next deadline the merchant can still act on,
 * then the overdue ones. A passed deadline is not "next": a missed response deadline is lost
 * already, so naming a months-old one first hid the deadline that could still be met.
 */
export function badgeTitle(plan: BadgePlan, settings: Settings, now: Date): string {
  const locale = settingsLocale(settings);
  if (plan.count === 0) return t(locale, 'bg.badge.none');
  const zone = zoneOf(settings);
  const lines = [tn(locale, 'bg.badge.count', plan.count)];
  if (plan.next) {
    const { deadline, disputeId } = plan.next;
    lines.push(
      t(locale, deadline.kind === 'escalation' ? 'bg.badge.next.escalation' : 'bg.badge.next.response', {
        id: disputeId,
        date: formatDateTime(locale, deadline.at, zone),
        countdown: formatCountdown(locale, Date.parse(deadline.at) - now.getTime(), deadline.kind),
      }),
    );
  }
  const { count, latest } = plan.overdue;
  if (latest) lines.push(tn(locale, 'bg.badge.overdue', count, { id: latest.disputeId, date: formatDateTime(locale, latest.deadline.at, zone) }));
  if (lines.length === 1) lines.push(t(locale, 'bg.badge.next.none'));
  return lines.join('\n');
}

export function notificationText(n: PlannedNotification, settings: Settings, now: Date): { title: string; message: string } {
  const locale = settingsLocale(settings);
  const kind = n.deadline.kind;
  // A response deadline the rules estimate as a range counts down to its earliest date: once that
  // has passed, the deadline may still be ahead (up to `latest`), so it is not "passed" (a merchant
  // told so might give up a dispute that can still be answered).
  const latest = kind === 'response' && n.deadline.source === 'rule' ? n.deadline.latest : undefined;
  const title =
    n.hoursBefore === 0
      ? t(locale, latest ? 'bg.notify.passedEarliest.response' : kind === 'escalation' ? 'bg.notify.passed.escalation' : 'bg.notify.passed.response', { id: n.disputeId })
      : t(locale, kind === 'escalation' ? 'bg.notify.before.escalation' : 'bg.notify.before.response', {
          id: n.disputeId,
          time: formatDuration(locale, Date.parse(n.deadline.at) - now.getTime()),
        });
  const store = n.key.startsWith('-|') ? t(locale, 'bg.notify.noStore') : (n.key.split('|')[0] ?? '');
  // An enquiry's deadline is its escalation to a chargeback, not a response due then.
  const estimate = n.deadline.source === 'rule';
  const body = latest
    ? 'bg.notify.bodyEstimateRange'
    : kind === 'escalation'
      ? estimate ? 'bg.notify.bodyEstimate.escalation' : 'bg.notify.body.escalation'
      : estimate ? 'bg.notify.bodyEstimate' : 'bg.notify.body';
  const zone = zoneOf(settings);
  const message = t(locale, body, {
    date: formatDateTime(locale, n.deadline.at, zone),
    ...(latest ? { latest: formatDateTime(locale, latest, zone) } : {}),
    store,
  });
  return { title, message };
}

/**
 * A burst's one notification (lib/cases/notifications SHOWN_ONE_BY_ONE): how many, then the most
 * urgent one's own words (`list` is by urgency) and where the others are.
 */
export function severalNotificationText(list: readonly PlannedNotification[], settings: Settings, now: Date): { title: string; message: string } {
  const locale = settingsLocale(settings);
  const first = notificationText(list[0]!, settings, now);
  return { title: tn(locale, 'bg.notify.several', list.length), message: `${first.title}\n${tn(locale, 'bg.notify.severalMore', list.length - 1)}` };
}
