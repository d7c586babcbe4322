// The options page's container: reads and watches the settings and the case count (read-only), and
// sends every change to the background.
import { useEffect, useState } from 'preact/hooks';
import { resolveLocale, t } from '../../lib/i18n';
import { casesReadItem, parseCases, parseStoredSettings, readCases, readSettings, settingsReadItem } from '../../lib/cases/read';
import { sendRequest } from '../../lib/cases/messages';
import { settingsLocale, type Settings } from '../../lib/cases/schema';
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

  useEffect(() => {
    void readSettings().then(setSettings);
    void readCases().then((c) => setCaseCount(c.cases.length));
    const unwatchSettings = settingsReadItem.watch((raw) => setSettings(parseStoredSettings(raw)));
    const unwatchCases = casesReadItem.watch((raw) => setCaseCount(parseCases(raw).cases.length));
    return () => {
      unwatchSettings();
      unwatchCases();
    };
  }, []);

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
