// The service worker: the only writer of the case store. Thin wiring of lib/cases to the browser:
// messages in, badge / alarm / notifications out. Nothing is kept in memory between events; every
// wake recomputes from storage.
import { browser } from 'wxt/browser';
import { BADGE_COLORS } from '../../lib/cases/badge';
import { createMessageHandler } from '../../lib/cases/handle';
import { caseKeyOfNotification, caseOfNotification, SEVERAL_NOTIFICATION_ID } from '../../lib/cases/notifications';
import { keyParts } from '../../lib/cases/schema';
import { caseUrl, disputeSearchUrl, portalListUrl } from '../../components/popup/portal-link';
import { createRefresh } from '../../lib/cases/refresh';
import { caseRules } from '../../lib/cases/rules-real';
import { SAFETY_PERIOD_MINUTES } from '../../lib/cases/alarm';
import { openCaseStore } from '../../lib/cases/store';
import { assessForList } from '../../lib/cases/list-assessment';
import { extensionBuild } from '../../lib/cases/due-index';
import { browserTimeZone } from '../../components/format';
import { badgeTitle, notificationText, severalNotificationText } from './texts';

const NEXT_ALARM = 'dispute-radar:next';
const SAFETY_ALARM = 'dispute-radar:safety';
/** the badge tooltip's countdown changes (each minute within a day of the next deadline, each hour beyond) */
const TITLE_ALARM = 'dispute-radar:title';
const ICON = '/icon/128.png';

type ActionApi = typeof browser.action & { setBadgeTextColor?: (details: { color: string }) => Promise<void> };

export default defineBackground(() => {
  const now = () => new Date();
  // The due index (lib/cases/due-index.ts) lets the popup's first frame read only the rows it shows.
  const store = openCaseStore({
    rules: caseRules,
    now,
    dueIndex: { assess: assessForList, build: extensionBuild(browser.runtime), browserZone: browserTimeZone },
  });
  // Firefox MV2 builds have browserAction only.
  const action = (browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction) as ActionApi;

  async function setAlarm(name: string, when: Date | null): Promise<void> {
    if (!when) await browser.alarms.clear(name);
    else await browser.alarms.create(name, { when: Math.max(when.getTime(), Date.now() + 1000) });
  }

  const refresh = createRefresh(
    store,
    caseRules,
    {
      async setBadge(plan, settings) {
        await action.setBadgeText({ text: plan.text });
        if (plan.tone !== 'none') {
          const colors = BADGE_COLORS[plan.tone];
          await action.setBadgeBackgroundColor({ color: colors.background });
          await action.setBadgeTextColor?.({ color: colors.text });
        }
        await action.setTitle({ title: badgeTitle(plan, settings, now()) });
      },
      async setNextAlarm(when) {
        await setAlarm(NEXT_ALARM, when);
      },
      async setTitleAlarm(when) {
        await setAlarm(TITLE_ALARM, when);
      },
      async notify(notification, settings) {
        const { title, message } = notificationText(notification, settings, now());
        await browser.notifications.create(notification.id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL(ICON),
          title,
          message,
          priority: notification.hoursBefore <= 2 ? 2 : 1,
        });
      },
      async notifySeveral(notifications, settings) {
        const { title, message } = severalNotificationText(notifications, settings, now());
        // (one id: a newer burst replaces this one on screen; a click opens the dispute list)
        await browser.notifications.create(SEVERAL_NOTIFICATION_ID, {
          type: 'basic',
          iconUrl: browser.runtime.getURL(ICON),
          title,
          message,
          priority: notifications.some((n) => n.hoursBefore <= 2) ? 2 : 1,
        });
      },
      async displayedNotifications() {
        return Object.keys(await browser.notifications.getAll());
      },
      async clearNotification(id) {
        await browser.notifications.clear(id);
      },
    },
    now,
    browserTimeZone,
  );
  // Every start of the worker (a wake for any event, or the browser's start) runs this once: the
  // steps before its refresh.
  const prepared = (async () => {
    // The periodic safety check survives restarts in the browser; create it only if missing, so
    // a wake does not push it back.
    if (!(await browser.alarms.get(SAFETY_ALARM))) {
      await browser.alarms.create(SAFETY_ALARM, { periodInMinutes: SAFETY_PERIOD_MINUTES, delayInMinutes: 1 });
    }
    // After an update (new rules) or a move to another zone, the popup's due index is rebuilt (it
    // reads the cases' text only then). An index that cannot be written (storage full) must not keep
    // the badge and the next alarm from being set. (Closed cases are pruned by every refresh.)
    await store.refreshDueIndex().catch((error: unknown) => console.error('[dispute-radar] due index rebuild failed', error));
  })().catch((error: unknown) => console.error('[dispute-radar] start failed', error));

  // Every refresh waits for the start's steps, so the start's and the waking event's requests are
  // made together and share one (createRefresh joins a request to one queued and not yet reading;
  // after a change written, to one running too).
  const refreshNow = (written = false) =>
    prepared.then(() => refresh(written)).then(
      () => undefined,
      (error: unknown) => console.error('[dispute-radar] refresh failed', error),
    );

  const handle = createMessageHandler({
    store,
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    afterChange: () => refreshNow(true),
  });

  // sendResponse + `return true`: works in Chrome, Firefox and the polyfill alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handle(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, problem: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SAFETY_ALARM || alarm.name === NEXT_ALARM || alarm.name === TITLE_ALARM) void refreshNow();
  });

  browser.notifications.onClicked.addListener((id) => {
    void openNotified(id);
  });

  async function openNotified(id: string): Promise<void> {
    const [{ cases }, settings] = await Promise.all([store.list(), store.getSettings()]);
    const tracked = caseOfNotification(cases, id);
    // Where a click on the case's row in the popup goes (components/popup/portal-link): the page it
    // was read from, else, for a case entered by hand, the dispute list searched for its ID; for a
    // case no longer stored or not known for sure (one ID under two stores), that search too. Only
    // portal pages are ever opened (the store refuses other URLs; caseUrl checks again).
    const parts = keyParts(caseKeyOfNotification(id) ?? '');
    const url = tracked ? caseUrl(tracked, settings) : parts ? disputeSearchUrl(parts.disputeId, settings) : portalListUrl(settings);
    await browser.tabs.create({ url });
    await browser.notifications.clear(id);
  }

  const started = refreshNow();

  // A service worker or event page is started with the browser only when it listens for
  // runtime.onStartup. The badge text is not kept across browser sessions and Firefox keeps no
  // alarm either, so without this listener a restarted browser showed no badge and raised no
  // notification until the merchant opened the popup or a portal page. The listener waits for the
  // start above, so the event keeps the worker up until badge and alarms are set.
  browser.runtime.onStartup.addListener(() => started);
});
