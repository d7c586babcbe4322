// The popup's container: reads the case store and the settings (read-only; the background is the
// only writer), watches both so a change shows at once, and wires the view to the browser.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { casesReadItem, parseStoredSettings, settingsReadItem, watchSettingsReset } from '../../lib/cases/read';
import { makeAssess, readRest, type AssessDispute, type InitialState } from './first-frame';
import { settingsLocale, settingsTimeZone, type Settings, type TrackedCase } from '../../lib/cases/schema';
import { parseDueCases, type AssessFn } from '../../lib/cases/group';
import { useShownLocale, type PageTexts } from './page-texts';
import { browserTimeZone } from '../format';
import { PopupView } from './PopupView';
import { settingLabelTexts, useResetNames } from './SettingsReset';
import { FIRST_FRAME_ROWS } from './rows';
import { downloadText } from './download';
import { caseUrl, portalListUrl } from './portal-link';
import { preloadLater } from './later';
import { addProblemText } from './add-problem';
import { hostShown } from '../../lib/cases/case-host';
import { t } from '../../lib/i18n';
import { MINUTE } from '../../lib/rules/time';
import { FIRST_LIST_MARK, FULL_LIST_MARK, ASSESSED_MARK, markOnce } from './marks';

/**
 * When the clock is next read: just after the next whole minute. Countdowns count whole minutes down
 * and deadlines fall on the minute (or its last millisecond, 23:59:59.999), so their texts change
 * then, as the page's chips do (entrypoints/content/manager's tick); a clock read every 30 s from
 * the popup's opening still said "< 1 min to respond" up to 30 s after a deadline.
 */
const untilNextMinute = (nowMs: number) => MINUTE - (nowMs % MINUTE) + 20;

/**
 * lib/cases/messages, loaded on first use; null when its chunk cannot be loaded (the extension was
 * updated while the popup was open), which the popup says in the merchant's language rather than
 * with the browser's English error.
 */
const loadMessages = () => import('../../lib/cases/messages').catch(() => null);

/** The options page's names of settings, loaded once something is to be named (./SettingsReset.tsx). */
const SETTING_LABEL_TEXTS = settingLabelTexts();

export interface PopupProps {
  /** lib/cases/list-assessment's assessForList (or lib/rules' assessDispute): what the list needs */
  assessDispute: AssessDispute;
  /** the stored state, read and checked before the first render (see ./first-frame.ts) */
  initial: InitialState;
  /** the page's texts, loaded per language (the popup's build carries none) */
  texts: PageTexts;
  /** the options page's names of settings (default: its texts file, ./SettingsReset.tsx settingLabelTexts) */
  labelTexts?: PageTexts;
}

export function Popup({ assessDispute, initial, texts, labelTexts = SETTING_LABEL_TEXTS }: PopupProps) {
  const [cases, setCases] = useState<TrackedCase[] | null>(initial.cases);
  const [bad, setBad] = useState(initial.bad);
  const [settled, setSettled] = useState(initial.settled ?? 0);
  const [loadError, setLoadError] = useState(initial.loadError);
  const [settings, setSettings] = useState<Settings>(initial.settings);
  // Named here, never marked seen: the options page does that once it has named them.
  const [reset, setReset] = useState<string[]>(initial.reset ?? []);
  // The first frame's clock: the full list that follows it is assessed at the same instant.
  const [now, setNow] = useState(initial.now);
  // Set once every due case is read: a change from storage or the rest of the first read.
  const complete = useRef(initial.cases !== null);

  useEffect(() => {
    const unwatchCases = casesReadItem.watch((raw) => {
      const parsed = parseDueCases(raw);
      complete.current = true;
      setBad(parsed.bad);
      setSettled(parsed.settled);
      setCases(parsed.cases);
    });
    const unwatchSettings = settingsReadItem.watch((raw) => setSettings(parseStoredSettings(raw)));
    // Removed (the options page named them) or written (the background's next read): the line follows.
    const unwatchReset = watchSettingsReset(setReset);
    let timer = setTimeout(function tick() {
      const nowMs = Date.now();
      setNow(nowMs);
      timer = setTimeout(tick, untilNextMinute(nowMs));
    }, untilNextMinute(Date.now()));
    return () => {
      unwatchCases();
      unwatchSettings();
      unwatchReset();
      clearTimeout(timer);
    };
  }, []);

  const wanted = settingsLocale(settings);
  const locale = useShownLocale(wanted, texts);
  const timeZone = settingsTimeZone(settings, browserTimeZone);
  const resetNames = useResetNames(reset, locale, labelTexts);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'popup.title');
  }, [locale]);

  const assess = useMemo<AssessFn>(
    () => makeAssess(assessDispute, now, timeZone, settings),
    [now, timeZone, settings.criticalHours, settings.soonHours, assessDispute],
  );

  // After a first frame from the due index: once the full list is in the document, its frame is marked.
  useLayoutEffect(() => {
    if (cases !== null && initial.preview)
      requestAnimationFrame(() => {
        markOnce(FULL_LIST_MARK);
        // The add-case form and the exports come in once every list is painted (./later.ts).
        setTimeout(preloadLater, 0);
      });
  }, [cases !== null]);

  return (
    <PopupView
      cases={cases}
      preview={initial.preview}
      quarantined={bad}
      settled={settled}
      loadError={loadError}
      settings={settings}
      locale={locale}
      timeZone={timeZone}
      now={now}
      assess={assess}
      onOpen={(row) => {
        void browser.tabs.create({ url: caseUrl(row.case, settings) }).then(() => window.close());
      }}
      onAddManual={async (facts) => {
        // lib/cases/messages (zod schemas of every message) is only needed here: loaded with the form.
        const messages = await loadMessages();
        if (!messages) return t(locale, 'popup.appLoadError');
        const { sendRequest } = messages;
        const reply = await sendRequest({ type: 'case:add-manual', facts }, undefined, t(locale, 'popup.noAnswer'));
        if (reply.ok) return null;
        const onHostOff = (cases ?? []).some((c) => c.facts.id === facts.id && !hostShown(c, settings.hosts));
        return addProblemText(locale, reply, facts.id, onHostOff);
      }}
      onRemove={async (key) => {
        // The same chunk as for the form (lib/cases/messages), loaded on first use.
        const messages = await loadMessages();
        if (!messages) return { ok: false, problem: t(locale, 'popup.appLoadError') };
        const { sendRequest } = messages;
        return sendRequest({ type: 'case:remove', key }, undefined, t(locale, 'popup.noAnswer'));
      }}
      onOpenPortal={() => {
        void browser.tabs.create({ url: portalListUrl(settings) }).then(() => window.close());
      }}
      onSettings={() => {
        void browser.runtime.openOptionsPage().then(() => window.close());
      }}
      settingsReset={resetNames}
      onDownload={(name, mime, text, bom) => downloadText(document, name, mime, text, { bom })}
      firstRows={FIRST_FRAME_ROWS}
      onAssessed={() => markOnce(ASSESSED_MARK)}
      onFirstList={() => {
        // The list is in the document; the next animation frame is the one that paints it.
        requestAnimationFrame(() => {
          markOnce(FIRST_LIST_MARK, { rows: document.querySelectorAll('.row').length, fromIndex: initial.preview !== null });
          // The first frame came from the due index: every due case is read and checked in the next
          // task, after this frame is painted, and the full list replaces the first one.
          if (!initial.preview) setTimeout(preloadLater, 0);
          if (!complete.current) {
            setTimeout(() => {
              void readRest(initial.stored).then((rest) => {
                if (complete.current) return;
                complete.current = true;
                if (rest.loadError) setLoadError(rest.loadError);
                setBad(rest.bad);
                setSettled(rest.settled);
                setCases(rest.cases);
              });
            }, 0);
          }
        });
      }}
    />
  );
}
