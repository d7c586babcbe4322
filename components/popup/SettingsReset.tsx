// The popup's line naming the settings put back to their defaults (lib/cases/settings-salvage: stored
// settings that did not parse as a whole keep every field that does), with a way to the options
// page. A merchant rarely opens the options page, the only place that named them: a "notify me 48 h
// before" gone back to the default went unnoticed. The popup only names them: the options page marks
// them seen (settings:reset-seen) once it has named them, and the line goes with the stored list.
//
// The names are the options page's own labels (components/options/settings-form SETTING_LABELS), in
// its texts file: the popup's texts, built into its script, hold the popup's keys only (their count
// is kept under a third of the catalog, test/popup/page-texts), so that file is fetched when there
// is something to name, after the first frame, which never waits for it.
import { useEffect, useState } from 'preact/hooks';
import { hasText, t, type Locale } from '../../lib/i18n';
import { inPageOrder, SETTING_LABELS } from '../options/settings-form';
import { createPageTexts, textFiles, type PageTexts } from './page-texts';

/** A label only the options page's texts hold: present = they are in the catalog for that language. */
const LABEL_PROBE = SETTING_LABELS.timeZone ?? '';

/** The options page's texts file, loaded into the catalog on demand (English if the language's cannot be). */
export function settingLabelTexts(load = textFiles('options')): PageTexts {
  return createPageTexts(load, LABEL_PROBE);
}

/**
 * The settings at `paths`, as the options page names them and in its order; a path whose label is
 * not in the catalog (a hand edit naming no setting, or the texts file could not be loaded) as it is.
 */
export function resetNames(locale: Locale, paths: readonly string[]): string[] {
  return inPageOrder(paths).map((path) => {
    const label = SETTING_LABELS[path];
    return label !== undefined && (hasText(locale, label) || hasText('en', label)) ? t(locale, label) : path;
  });
}

/** The names of `paths` once the labels of `locale` are loaded (or could not be); none meanwhile. */
export function useResetNames(paths: readonly string[], locale: Locale, texts: PageTexts): string[] {
  const any = paths.length > 0;
  const [loaded, setLoaded] = useState<Locale | null>(() => (any && texts.has(locale) ? locale : null));
  useEffect(() => {
    if (!any || loaded === locale) return;
    let live = true;
    void texts.ensure(locale).then(() => live && setLoaded(locale));
    return () => {
      live = false;
    };
  }, [any, locale]);
  return any && loaded === locale ? resetNames(locale, paths) : [];
}

export interface SettingsResetProps {
  /** the settings' names (useResetNames); no line when empty */
  names: readonly string[];
  locale: Locale;
  /** opens the options page */
  onSettings: () => void;
}

export function SettingsReset({ names, locale, onSettings }: SettingsResetProps) {
  if (names.length === 0) return null;
  return (
    <p class="notice bad settings-reset" role="status">
      {/* (a semicolon between names: some labels hold a comma, "Kritisch, wenn weniger Stunden …") */}
      <span>{t(locale, 'popup.settingsReset', { settings: names.join('; ') })}</span>
      <button type="button" class="btn" onClick={onSettings}>
        {t(locale, 'popup.settingsReset.check')}
      </button>
    </p>
  );
}
