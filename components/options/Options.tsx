// The options page's container: reads and watches the settings and the case count (read-only), and
// sends every change to the background.
import { useEffect, useState } from 'preact/hooks';
import { resolveLocale, t } from '../../lib/i18n';
import {
  casesReadItem,
  parseCases,
  parseStoredSettings,
  readCases,
  readSettingsReset,
  settingsReadItem,
  watchSettingsReset,
} from '../../lib/cases/read';
import { sendRequest } from '../../lib/cases/messages';
import { settingsLocale, settingsSchema, type Settings } from '../../lib/cases/schema';
import { browserTimeZone } from '../format';
import { downloadText } from '../popup/download';
import { problemText } from '../popup/add-problem';
import { OptionsView } from './OptionsView';
import { useShownLocale, type PageTexts } from '../popup/page-texts';

export interface OptionsProps {
  /** the page's texts, loaded per language (the page's build carries none) */
  texts: PageTexts;
}

export function Options({ texts }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [caseCount, setCaseCount] = useState(0);
  // The settings put back to their defaults: named while this page is open, and only on this
  // opening (the background forgets them once told, so the list stays here after it is gone).
  const [reset, setReset] = useState<string[]>([]);

  useEffect(() => {
    const named = (paths: string[]) => {
      if (paths.length > 0) setReset((shown) => [...new Set([...shown, ...paths])]);
    };
    const stored = (raw: unknown) => {
      setSettings(parseStoredSettings(raw));
      // Settings that do not parse as a whole: the background puts the bad fields back to their
      // defaults when it reads them, and says which (named above); ask it now, not at its next wake.
      if (raw != null && !settingsSchema.safeParse(raw).success) void sendRequest({ type: 'settings:get' });
    };
    void settingsReadItem.getValue().then(stored);
    void readCases().then((c) => setCaseCount(c.cases.length));
    void readSettingsReset().then(named);
    const unwatchSettings = settingsReadItem.watch(stored);
    const unwatchCases = casesReadItem.watch((raw) => setCaseCount(parseCases(raw).cases.length));
    const unwatchReset = watchSettingsReset(named);
    return () => {
      unwatchSettings();
      unwatchCases();
      unwatchReset();
    };
  }, []);
  useEffect(() => {
    if (reset.length > 0) void sendRequest({ type: 'settings:reset-seen' });
  }, [reset]);

  const browserLocale = resolveLocale(navigator.language);
  const wanted = settingsLocale(settings);
  const locale = useShownLocale(wanted, texts);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'options.title');
  }, [locale]);

  // No answer from the background is said in the page's language.
  const noAnswer = t(locale, 'options.noAnswer');

  return (
    <OptionsView
      settings={settings}
      caseCount={caseCount}
      reset={reset}
      locale={locale}
      browserZone={browserTimeZone()}
      browserLocale={browserLocale}
      now={() => new Date()}
      onUpdate={async (patch) => {
        const reply = await sendRequest({ type: 'settings:update', patch }, undefined, noAnswer);
        if (!reply.ok) return problemText(locale, reply);
        setSettings(reply.settings);
        return null;
      }}
      onExport={() => sendRequest({ type: 'cases:export' }, undefined, noAnswer)}
      onImport={(json) => sendRequest({ type: 'cases:import', json }, undefined, noAnswer)}
      onClear={() => sendRequest({ type: 'cases:clear', confirm: true }, undefined, noAnswer)}
      onDownload={(name, mime, text) => downloadText(document, name, mime, text)}
    />
  );
}
