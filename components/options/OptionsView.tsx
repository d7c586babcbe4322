// The options page. Every change is saved at once through the background (settings:update); the
// other views watch the stored settings, so they change at once too. Data actions (export, import,
// clear with a confirmation step) go through the background as well: it is the only writer.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatCount, LOCALES, PORTAL_LOCALE_TAGS, t, tn, type Locale } from '../../lib/i18n';
import type { Settings } from '../../lib/cases/schema';
import type { ImportReport, Problem, SettingsPatch } from '../../lib/cases/messages';
import { looksLikeExport } from '../../lib/cases/export-format';
import { problemText } from '../popup/add-problem';
import {
  checkUrgency,
  hoursListText,
  hoursText,
  MAX_URGENCY_HOURS,
  parseHours,
  parseHoursList,
  parseRetention,
  settingLabels,
  timeZones,
  type FieldCheck,
} from './settings-form';

type Result<T> = ({ ok: true } & T) | Problem;

export interface OptionsViewProps {
  /** null while loading */
  settings: Settings | null;
  caseCount: number;
  /** the settings put back to their defaults since the page last named them (paths: lib/cases/settings-salvage resetFields) */
  reset?: readonly string[];
  locale: Locale;
  browserZone: string;
  browserLocale: Locale;
  now: () => Date;
  /** resolves to null when saved, else the problem in plain words */
  onUpdate: (patch: SettingsPatch) => Promise<string | null>;
  onExport: () => Promise<Result<{ json: string; count: number }>>;
  onImport: (json: string) => Promise<Result<{ report: ImportReport }>>;
  onClear: () => Promise<Result<{ removed: number }>>;
  onDownload: (fileName: string, mime: string, text: string) => void;
}

type Status = { text: string; good: boolean; details?: string[] } | null;

/** A language's own name for itself ("Deutsch", "suomi"). */
function languageName(locale: Locale): string {
  try {
    return new Intl.DisplayNames(PORTAL_LOCALE_TAGS[locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export function OptionsView(props: OptionsViewProps) {
  const { settings, locale } = props;
  const [status, setStatus] = useState<Status>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [confirmClear, setConfirmClear] = useState(false);
  const [busy, setBusy] = useState(false);
  // Focus follows the "delete all" question: to "Keep" when it opens, back to "Delete all cases…"
  // when it closes (the button that had it leaves the page). Set only by the merchant's own action.
  const clearButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const focusClear = useRef(false);
  const askClear = (open: boolean) => {
    focusClear.current = true;
    setConfirmClear(open);
  };
  useLayoutEffect(() => {
    if (!focusClear.current) return;
    focusClear.current = false;
    (confirmClear ? keepButton : clearButton).current?.focus();
  }, [confirmClear]);
  const zones = useMemo(() => timeZones([props.browserZone, 'UTC']), [props.browserZone]);

  // A stored change (from here or elsewhere) replaces what is typed but not yet valid, and with it
  // the messages about it (they would stand beside the stored values, marking them invalid).
  useEffect(() => {
    setDrafts({});
    setErrors({});
  }, [settings]);

  if (!settings) return <main class="options"><p>{t(locale, 'options.loading')}</p></main>;

  const save = async (patch: SettingsPatch) => {
    const problem = await props.onUpdate(patch);
    setStatus(problem ? { text: t(locale, 'options.saveFailed', { problem }), good: false } : { text: t(locale, 'options.saved'), good: true });
  };

  const errorText = (check: FieldCheck<unknown>) => (check.ok ? '' : t(locale, check.error, check.params));

  /** Validates a typed field; saves it when valid, else shows its message and keeps the draft. */
  const commit = <T,>(field: string, check: FieldCheck<T>, toPatch: (v: T) => SettingsPatch | string) => {
    if (!check.ok) {
      setErrors((e) => ({ ...e, [field]: errorText(check) }));
      return;
    }
    const patch = toPatch(check.value);
    if (typeof patch === 'string') {
      setErrors((e) => ({ ...e, [field]: t(locale, patch) }));
      return;
    }
    setErrors((e) => {
      const { [field]: _gone, ...rest } = e;
      return rest;
    });
    void save(patch);
  };

  const draft = (field: string, stored: string) => drafts[field] ?? stored;
  const onDraft = (field: string) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setDrafts((d) => ({ ...d, [field]: value }));
  };

  const numberField = (field: string, label: string, stored: string, onCommit: (text: string) => void, hintId?: string, hint?: string) => (
    <div class="field">
      <label for={`opt-${field}`}>{label}</label>
      <input
        id={`opt-${field}`}
        name={field}
        type="text"
        inputMode="decimal"
        value={draft(field, stored)}
        onInput={onDraft(field)}
        onChange={(e) => onCommit((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={[hintId, errors[field] ? `opt-${field}-error` : null].filter(Boolean).join(' ') || undefined}
      />
      {hint && hintId ? (
        <span class="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {errors[field] ? (
        <span class="error" id={`opt-${field}-error`}>
          {errors[field]}
        </span>
      ) : null}
    </div>
  );

  async function exportCases() {
    setBusy(true);
    const reply = await props.onExport();
    setBusy(false);
    if (!reply.ok) return setStatus({ text: t(locale, 'options.export.failed', { problem: problemText(locale, reply) }), good: false });
    const day = props.now().toISOString().slice(0, 10);
    props.onDownload(`dispute-radar-cases-${day}.json`, 'application/json', reply.json);
    setStatus({ text: tn(locale, 'options.export.done', reply.count), good: true });
  }

  async function importFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ text: t(locale, 'options.import.readFailed'), good: false });
      return;
    } finally {
      input.value = '';
    }
    if (!looksLikeExport(text)) {
      setStatus({ text: t(locale, 'options.import.notExport'), good: false });
      return;
    }
    setBusy(true);
    const reply = await props.onImport(text);
    setBusy(false);
    if (!reply.ok) {
      const text =
        reply.code === 'newer-format'
          ? t(locale, 'options.import.newerFormat')
          : reply.code === 'not-export'
            ? t(locale, 'options.import.notExport')
            : t(locale, 'options.import.failed', { problem: problemText(locale, reply) });
      return setStatus({ text, good: false });
    }
    const r = reply.report;
    setStatus({
      text: t(locale, 'options.import.report', { added: formatCount(locale, r.added), merged: formatCount(locale, r.merged), skipped: formatCount(locale, r.skipped.length) }),
      good: r.skipped.length === 0,
      // (the background's own words are English: the page says each reason in the merchant's language)
      details: r.skipped
        .slice(0, 20)
        .map((s) => t(locale, `options.import.skipped.${s.reason}`, { key: s.key ?? '—', fields: s.fields?.join(', ') ?? '', dispute: s.dispute ?? '' })),
    });
  }

  async function clearAll() {
    setBusy(true);
    const reply = await props.onClear();
    setBusy(false);
    askClear(false);
    if (!reply.ok) return setStatus({ text: t(locale, 'options.clear.failed', { problem: problemText(locale, reply) }), good: false });
    setStatus({ text: tn(locale, 'options.clear.done', reply.removed), good: true });
  }

  return (
    <main class="options">
      <h1>{t(locale, 'options.title')}</h1>
      <p class="hint">{t(locale, 'options.intro')}</p>
      {props.reset && props.reset.length > 0 ? (
        <div class="notice bad settings-reset" role="alert">
          {t(locale, 'options.settingsReset')}
          <ul>
            {settingLabels(props.reset).map((label) => (
              <li key={label}>{t(locale, label)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="status-line" role="status" aria-live="polite">
        {status ? (
          <div class={`notice ${status.good ? 'good' : 'bad'}`}>
            {status.text}
            {status.details && status.details.length > 0 ? (
              <ul>
                {status.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      <section aria-labelledby="sec-general">
        <h2 id="sec-general">{t(locale, 'options.section.general')}</h2>
        <div class="field">
          <label for="opt-timeZone">{t(locale, 'options.timeZone')}</label>
          <select
            id="opt-timeZone"
            value={settings.timeZone ?? ''}
            aria-describedby="opt-timeZone-hint"
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              void save({ timeZone: v === '' ? null : v });
            }}
          >
            <option value="">{t(locale, 'options.timeZone.browser', { zone: props.browserZone })}</option>
            {zones.map((z) => (
              <option value={z} key={z}>
                {z}
              </option>
            ))}
          </select>
          <span class="hint" id="opt-timeZone-hint">
            {t(locale, 'options.timeZone.hint')}
          </span>
        </div>
        <div class="field">
          <label for="opt-language">{t(locale, 'options.language')}</label>
          <select
            id="opt-language"
            value={settings.language ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Locale | '';
              void save({ language: v === '' ? null : v });
            }}
          >
            <option value="">{t(locale, 'options.language.browser', { language: languageName(props.browserLocale) })}</option>
            {LOCALES.map((l) => (
              <option value={l} key={l} lang={PORTAL_LOCALE_TAGS[l]}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="sec-urgency">
        <h2 id="sec-urgency">{t(locale, 'options.section.urgency')}</h2>
        <p class="hint" id="opt-urgency-hint">
          {t(locale, 'options.urgency.hint')}
        </p>
        <div class="grid2">
          {numberField('criticalHours', t(locale, 'options.criticalHours'), hoursText(settings.criticalHours, locale), (text) =>
            commit('criticalHours', parseHours(text, MAX_URGENCY_HOURS.critical), (v) => checkUrgency(v, settings.soonHours) ?? { criticalHours: v }),
            'opt-urgency-hint',
          )}
          {numberField('soonHours', t(locale, 'options.soonHours'), hoursText(settings.soonHours, locale), (text) =>
            commit('soonHours', parseHours(text, MAX_URGENCY_HOURS.soon), (v) => checkUrgency(settings.criticalHours, v) ?? { soonHours: v }),
            'opt-urgency-hint',
          )}
        </div>
      </section>

      <section aria-labelledby="sec-notifications">
        <h2 id="sec-notifications">{t(locale, 'options.section.notifications')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.notifications.enabled}
            onChange={(e) => void save({ notifications: { enabled: (e.currentTarget as HTMLInputElement).checked } })}
          />
          {t(locale, 'options.notifications.enabled')}
        </label>
        {numberField('hoursBefore', t(locale, 'options.notifications.hoursBefore'), hoursListText(settings, locale), (text) =>
          commit('hoursBefore', parseHoursList(text, locale), (v) => ({ notifications: { hoursBefore: v } })),
          'opt-hoursBefore-hint',
          t(locale, 'options.notifications.hoursBefore.hint'),
        )}
      </section>

      <section aria-labelledby="sec-retention">
        <h2 id="sec-retention">{t(locale, 'options.section.retention')}</h2>
        {numberField('retentionDays', t(locale, 'options.retentionDays'), String(settings.retentionDays), (text) =>
          commit('retentionDays', parseRetention(text), (v) => ({ retentionDays: v })),
        )}
      </section>

      <section aria-labelledby="sec-hosts">
        <h2 id="sec-hosts">{t(locale, 'options.section.hosts')}</h2>
        <p class="hint">{t(locale, 'options.hosts.intro')}</p>
        <p class="hint">{t(locale, 'options.hosts.offKept')}</p>
        {(['production', 'playground'] as const).map((host) => (
          <label class="check" key={host}>
            <input
              type="checkbox"
              checked={settings.hosts[host]}
              onChange={(e) => void save({ hosts: { [host]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t(locale, `options.hosts.${host}`)}
          </label>
        ))}
        {!settings.hosts.production && !settings.hosts.playground ? <p class="notice bad">{t(locale, 'options.hosts.none')}</p> : null}
      </section>

      <section aria-labelledby="sec-data">
        <h2 id="sec-data">{t(locale, 'options.section.data')}</h2>
        <p class="hint">{t(locale, 'options.data.intro')}</p>
        <p>{tn(locale, 'options.caseCount', props.caseCount)}</p>
        <div class="actions">
          <button type="button" class="btn" onClick={exportCases} disabled={busy}>
            {t(locale, 'options.export')}
          </button>
        </div>
        <div class="field">
          <label for="opt-import">{t(locale, 'options.import')}</label>
          <input id="opt-import" type="file" accept="application/json,.json" onChange={importFile} disabled={busy} aria-describedby="opt-import-hint" />
          <span class="hint" id="opt-import-hint">
            {t(locale, 'options.import.hint')}
          </span>
        </div>
        {confirmClear ? (
          <div
            class="confirm"
            role="alertdialog"
            aria-labelledby="clear-question"
            onKeyDown={(e) => {
              // Escape answers "Keep", as in any dialog.
              if (e.key !== 'Escape' || busy) return;
              e.preventDefault();
              askClear(false);
            }}
          >
            <p id="clear-question">{tn(locale, 'options.clear.confirm', props.caseCount)}</p>
            <div class="actions">
              <button type="button" class="btn danger" onClick={clearAll} disabled={busy}>
                {t(locale, 'options.clear.yes')}
              </button>
              <button type="button" class="btn" onClick={() => askClear(false)} ref={keepButton}>
                {t(locale, 'options.clear.no')}
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button type="button" class="btn" onClick={() => askClear(true)} disabled={busy} ref={clearButton}>
              {t(locale, 'options.clear')}
            </button>
          </div>
        )}
      </section>
    </main>
  );
}
