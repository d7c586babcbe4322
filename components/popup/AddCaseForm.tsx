// "Add a case" for disputes known only from e-mail. Validation is lib/cases/manual-case; this form
// shows one message per field (tied to it with aria-describedby), moves focus to the first wrong
// field, and sends the facts to the background, which is the only writer.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PORTAL_LOCALE_TAGS, t, tn, type Locale } from '../../lib/i18n';
import { countryCodes } from '../../lib/cases/countries';
import {
  EMPTY_MANUAL_FORM,
  MANUAL_PROVIDERS,
  MANUAL_STATUSES,
  manualProblemCount,
  REASON_SUGGESTIONS,
  validateManualCase,
  type ManualCaseForm,
  type ManualErrors,
  type ManualField,
} from '../../lib/cases/manual-case';
import type { DisputeFacts, Provider } from '../../lib/rules/types';

/** Currencies of the fee tables first (seed articles: EUR, SEK, NOK, DKK, GBP, CHF, PLN, USD). */
const COMMON_CURRENCIES = ['EUR', 'SEK', 'NOK', 'DKK', 'GBP', 'CHF', 'PLN', 'USD', 'CZK', 'AUD', 'CAD', 'NZD'];

export interface AddCaseFormProps {
  locale: Locale;
  timeZone: string;
  stores: string[];
  now: () => Date;
  /** resolves to null on success, else the background's problem in plain words */
  onSubmit: (facts: DisputeFacts) => Promise<string | null>;
  onDone: (id: string) => void;
  onCancel: () => void;
}


function newId(): string {
  // Readable and unique enough for one merchant's hand-entered cases.
  return `manual-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export function AddCaseForm({ locale, timeZone, stores, now, onSubmit, onDone, onCancel }: AddCaseFormProps) {
  const [form, setForm] = useState<ManualCaseForm>(EMPTY_MANUAL_FORM);
  const [errors, setErrors] = useState<ManualErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const refocusSubmit = useRef(false);

  const countries = useMemo(() => {
    const names = new Intl.DisplayNames(PORTAL_LOCALE_TAGS[locale], { type: 'region' });
    return countryCodes()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((x, y) => x.name.localeCompare(y.name, PORTAL_LOCALE_TAGS[locale]));
  }, [locale]);

  const set = (field: ManualField) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setForm((f) => ({ ...f, [field]: value }));
  };

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    setProblem(null);
    const result = validateManualCase(form, { now: now(), timeZone, newId });
    if (!result.ok) {
      setErrors(result.errors);
      // the first wrong field as the form shows them, top to bottom (its controls in document order)
      const controls = Array.from(formRef.current?.elements ?? []) as HTMLInputElement[];
      controls.find((el) => el.name !== '' && el.name in result.errors)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    let failure: string | null;
    try {
      failure = await onSubmit(result.facts);
    } catch {
      // No answer at all: the messages' chunk could not be loaded (the extension was updated while
      // the popup was open). Without this the button stayed on "Saving…" for good, with no word.
      failure = t(locale, 'popup.appLoadError');
    }
    setSaving(false);
    if (failure) {
      setProblem(failure);
      // The send button was disabled while saving, which takes focus from it: give it back.
      refocusSubmit.current = true;
    } else onDone(result.facts.id);
  }

  // The form replaces the list, and the button that opened it: focus starts at its first field.
  useLayoutEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[name]')?.focus();
  }, []);

  useLayoutEffect(() => {
    if (!refocusSubmit.current || saving) return;
    refocusSubmit.current = false;
    submitRef.current?.focus();
  }, [saving, problem]);

  const problemCount = manualProblemCount(errors);

  /** A labelled control with its hint and its message, wired for screen readers. */
  const field = (name: ManualField, control: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => preact.JSX.Element, hint?: string) => {
    const id = `add-${name}`;
    const error = errors[name];
    const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label for={id}>{t(locale, `popup.add.${name}`)}</label>
        {control({ id, describedBy: described, invalid: Boolean(error) })}
        {hint ? (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span class="error" id={`${id}-error`}>
            {t(locale, error)}
          </span>
        ) : null}
      </div>
    );
  };

  const text = (name: ManualField, extra: Record<string, string> = {}) =>
    field(name, ({ id, describedBy, invalid }) => (
      <input
        id={id}
        name={name}
        type="text"
        value={form[name]}
        onInput={set(name)}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        {...extra}
      />
    ));

  const date = (name: ManualField, hint?: string) =>
    field(name, ({ id, describedBy, invalid }) => (
      <input
        id={id}
        name={name}
        type="date"
        value={form[name]}
        onInput={set(name)}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        aria-required={name === 'createdAt' ? 'true' : undefined}
      />
    ), hint);

  const provider = (MANUAL_PROVIDERS as readonly string[]).includes(form.provider) ? (form.provider as Provider) : 'klarna';

  return (
    <form class="add-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="add-title">
      <h2 id="add-title">{t(locale, 'popup.add.title')}</h2>
      <p class="hint">{t(locale, 'popup.add.intro')}</p>
      {problemCount > 0 ? (
        <p class="notice bad" role="alert">
          {tn(locale, 'popup.add.errorSummary', problemCount)}
        </p>
      ) : null}
      <div class="grid2">
        {field('provider', ({ id, describedBy, invalid }) => (
          <select id={id} name="provider" value={form.provider} onChange={set('provider')} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
            {MANUAL_PROVIDERS.map((p) => (
              <option value={p} key={p}>
                {t(locale, `popup.provider.${p}`)}
              </option>
            ))}
          </select>
        ))}
        {field('status', ({ id, describedBy, invalid }) => (
          <select id={id} name="status" value={form.status} onChange={set('status')} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
            {MANUAL_STATUSES.map((s) => (
              <option value={s} key={s}>
                {t(locale, `popup.status.${s}`)}
              </option>
            ))}
          </select>
        ))}
      </div>
      {field('disputeId', ({ id, describedBy, invalid }) => (
        <input id={id} name="disputeId" type="text" value={form.disputeId} onInput={set('disputeId')} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy} />
      ), t(locale, 'popup.add.disputeId.hint'))}
      <div class="grid2">
        {date('createdAt')}
        {date('escalatedAt')}
      </div>
      <div class="grid2">
        {text('amount', { inputMode: 'decimal', autocomplete: 'off', 'aria-required': 'true' })}
        {text('currency', { list: 'add-currencies', autocomplete: 'off', maxLength: '3', 'aria-required': 'true' })}
      </div>
      <datalist id="add-currencies">
        {COMMON_CURRENCIES.map((c) => (
          <option value={c} key={c} />
        ))}
      </datalist>
      {field('buyerCountry', ({ id, describedBy, invalid }) => (
        <select id={id} name="buyerCountry" value={form.buyerCountry} onChange={set('buyerCountry')} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy} aria-required="true">
          <option value="">{t(locale, 'popup.add.chooseCountry')}</option>
          {countries.map((c) => (
            <option value={c.code} key={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      ))}
      {text('reason', { list: `add-reasons-${provider}`, autocomplete: 'off', 'aria-required': 'true' })}
      <datalist id={`add-reasons-${provider}`}>
        {REASON_SUGGESTIONS[provider].map((r) => (
          <option value={r} key={r} />
        ))}
      </datalist>
      {/* The hint says "Optional": not while the field's message asks for this date or the chargeback's start. */}
      {date('dueBy', errors.dueBy ? undefined : t(locale, 'popup.add.dueBy.hint'))}
      <div class="grid2">
        {text('storeId', stores.length > 0 ? { list: 'add-stores', autocomplete: 'off' } : { autocomplete: 'off' })}
        {text('orderId', { autocomplete: 'off' })}
      </div>
      <datalist id="add-stores">
        {stores.map((s) => (
          <option value={s} key={s} />
        ))}
      </datalist>
      {text('merchantReference', { autocomplete: 'off' })}
      {problem ? (
        <p class="notice bad" role="alert">
          {t(locale, 'popup.add.failed', { problem })}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="btn primary" disabled={saving} ref={submitRef}>
          {saving ? t(locale, 'popup.add.saving') : t(locale, 'popup.add.submit')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t(locale, 'popup.add.cancel')}
        </button>
      </div>
    </form>
  );
}
