// The popup's container: reads the case store and the settings (read-only; the background is the
// only writer), watches both so a change shows at once, and wires the view to the browser.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLocale, type Locale } from '../../lib/i18n';
import { casesReadItem, parseSettings, settingsReadItem } from '../../lib/cases/read';
import { sendRequest } from '../../lib/cases/messages';
import { DEFAULT_SETTINGS, type Settings, type TrackedCase } from '../../lib/cases/schema';
import { parseDueCases, type AssessFn, type CaseAssessment } from '../../lib/cases/group';
import type { AssessOptions, DisputeFacts } from '../../lib/rules/types';
import { useShownLocale, type PageTexts } from './page-texts';
import { browserTimeZone } from '../format';
import { PopupView } from './PopupView';
import { FIRST_FRAME_ROWS } from './rows';
import { downloadText } from './download';
import { caseUrl, portalListUrl } from './portal-link';
import { FIRST_LIST_MARK, PARSED_MARK, READ_MARK, ASSESSED_MARK, markOnce } from './marks';

/** Countdowns move; a minute is the smallest unit they show. */
const TICK_MS = 30_000;

export interface PopupProps {
  /** lib/cases/list-assessment's assessForList (or lib/rules' assessDispute): what the list needs */
  assessDispute: (d: DisputeFacts, opts: AssessOptions) => CaseAssessment;
  /** the stored state, read and checked before the first render (see loadInitialState) */
  initial: InitialState;
  /** the page's texts, loaded per language (the popup's build carries none) */
  texts: PageTexts;
}

export interface InitialState {
  /** the stored cases that may be due, checked with zod */
  cases: TrackedCase[];
  /** stored entries that did not parse */
  bad: number;
  settings: Settings;
  loadError: string | null;
}

/** Starts reading storage (when the popup's first script could not). */
export function readStoredState(): Promise<[unknown, unknown]> {
  return Promise.all([casesReadItem.getValue(), settingsReadItem.getValue()]);
}

/** The stored state once read, checked with zod: what the popup's first render shows. */
export async function loadInitialState(read: Promise<[unknown, unknown]>): Promise<InitialState> {
  try {
    const [rawCases, rawSettings] = await read;
    markOnce(READ_MARK);
    const stored = parseDueCases(rawCases);
    const settings = parseSettings(rawSettings);
    markOnce(PARSED_MARK);
    return { cases: stored.cases, bad: stored.bad, settings, loadError: null };
  } catch (error) {
    return { cases: [], bad: 0, settings: DEFAULT_SETTINGS, loadError: error instanceof Error ? error.message : String(error) };
  }
}

/** The UI language: the one chosen in the options, else the browser's. */
export function popupLocale(settings: Settings): Locale {
  return settings.language ?? resolveLocale(navigator.language);
}

export function Popup({ assessDispute, initial, texts }: PopupProps) {
  const [cases, setCases] = useState<TrackedCase[]>(initial.cases);
  const [bad, setBad] = useState(initial.bad);
  const [settings, setSettings] = useState<Settings>(initial.settings);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const unwatchCases = casesReadItem.watch((raw) => {
      const parsed = parseDueCases(raw);
      setBad(parsed.bad);
      setCases(parsed.cases);
    });
    const unwatchSettings = settingsReadItem.watch((raw) => setSettings(parseSettings(raw)));
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      unwatchCases();
      unwatchSettings();
      clearInterval(timer);
    };
  }, []);

  const wanted = popupLocale(settings);
  const locale = useShownLocale(wanted, texts);
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
      loadError={initial.loadError}
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
      firstRows={FIRST_FRAME_ROWS}
      onAssessed={() => markOnce(ASSESSED_MARK)}
      onFirstList={() => {
        // The list is in the document; the next animation frame is the one that paints it.
        requestAnimationFrame(() => markOnce(FIRST_LIST_MARK, { rows: document.querySelectorAll('.row').length }));
      }}
    />
  );
}
