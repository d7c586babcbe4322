// The popup's container: reads the case store and the settings (read-only; the background is the
// only writer), watches both so a change shows at once, and wires the view to the browser.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLocale } from '../../lib/i18n';
import { casesReadItem, parseSettings, settingsReadItem } from '../../lib/cases/read';
import { sendRequest } from '../../lib/cases/messages';
import { DEFAULT_SETTINGS, type Settings, type TrackedCase } from '../../lib/cases/schema';
import { parseDueCases, type AssessFn } from '../../lib/cases/group';
import type { AssessOptions, Assessment, DisputeFacts } from '../../lib/rules/types';
import { browserTimeZone } from '../format';
import { PopupView } from './PopupView';
import { downloadText } from './download';
import { caseUrl, portalListUrl } from './portal-link';
import { FIRST_LIST_MARK, PARSED_MARK, READ_MARK, ASSESSED_MARK, markOnce } from './marks';

/** Countdowns move; a minute is the smallest unit they show. */
const TICK_MS = 30_000;

export interface PopupProps {
  assessDispute: (d: DisputeFacts, opts: AssessOptions) => Assessment;
  /** the stored cases and settings, read as early as the page starts (see main.tsx) */
  initial?: Promise<[unknown, unknown]>;
}

/** Starts reading storage; call before rendering so the read overlaps with setting up the view. */
export function readStoredState(): Promise<[unknown, unknown]> {
  return Promise.all([casesReadItem.getValue(), settingsReadItem.getValue()]);
}

export function Popup({ assessDispute, initial }: PopupProps) {
  const [cases, setCases] = useState<TrackedCase[] | null>(null);
  const [bad, setBad] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    (initial ?? readStoredState())
      .then(([rawCases, rawSettings]) => {
        if (!live) return;
        markOnce(READ_MARK);
        const stored = parseDueCases(rawCases);
        markOnce(PARSED_MARK);
        setSettings(parseSettings(rawSettings));
        setBad(stored.bad);
        setCases(stored.cases);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setLoadError(error instanceof Error ? error.message : String(error));
        setCases([]);
      });
    const unwatchCases = casesReadItem.watch((raw) => {
      const parsed = parseDueCases(raw);
      setBad(parsed.bad);
      setCases(parsed.cases);
    });
    const unwatchSettings = settingsReadItem.watch((raw) => setSettings(parseSettings(raw)));
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      live = false;
      unwatchCases();
      unwatchSettings();
      clearInterval(timer);
    };
  }, []);

  const locale = settings.language ?? resolveLocale(navigator.language);
  const timeZone = settings.timeZone ?? browserTimeZone();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const assess = useMemo<AssessFn>(() => {
    const thresholds = { criticalMs: settings.criticalHours * 3_600_000, soonMs: settings.soonHours * 3_600_000 };
    const at = new Date(now);
    return (facts, goods) => assessDispute(facts, { now: at, timeZone, thresholds, ...(goods ? { goods } : {}) });
  }, [now, timeZone, settings.criticalHours, settings.soonHours, assessDispute]);

  return (
    <PopupView
      cases={cases}
      quarantined={bad}
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
        const reply = await sendRequest({ type: 'case:add-manual', facts });
        return reply.ok ? null : reply.problem;
      }}
      onOpenPortal={() => {
        void browser.tabs.create({ url: portalListUrl(settings) }).then(() => window.close());
      }}
      onSettings={() => {
        void browser.runtime.openOptionsPage().then(() => window.close());
      }}
      onDownload={(name, mime, text, bom) => downloadText(document, name, mime, text, { bom })}
      onAssessed={() => markOnce(ASSESSED_MARK)}
      onFirstList={() => {
        // The list is in the document; the next animation frame is the one that paints it.
        requestAnimationFrame(() => markOnce(FIRST_LIST_MARK));
      }}
    />
  );
}
