// One due case in the popup list: countdown, amount, fee at stake, provider and status, store, and
// whether the deadline is an estimate. The whole row is one button that opens the dispute; a case
// added by hand also has a small "Remove" button beside it (not inside: a button holds no button),
// which asks in the row before anything is removed.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type Locale } from '../../lib/i18n';
import type { CaseRow as Row } from '../../lib/cases/group';
import { rowTexts } from './row-model';

export interface CaseRowProps {
  row: Row;
  locale: Locale;
  timeZone: string;
  now: number;
  onOpen: (row: Row) => void;
  /** removes a case added by hand: resolves true once it is gone, false when it was not removed */
  onRemove: (row: Row) => Promise<boolean>;
}

export function CaseRow({ row, locale, timeZone, now, onOpen, onRemove }: CaseRowProps) {
  const id = row.case.facts.id;
  const r = rowTexts(row, locale, timeZone, now);
  return (
    <li class="row" data-case-key={row.case.key}>
      <button type="button" class="row-btn" onClick={() => onOpen(row)}>
        <span class="row-line">
          <span class={`chip u-${r.urgency}`}>{r.countdown}</span>
          {r.amount !== null ? <span class="amount">{r.amount}</span> : null}
        </span>
        <span class="row-line">
          <span class="id">{id}</span>
          <span class="muted">
            {r.provider}
            {' · '}
            {r.status}
          </span>
        </span>
        <span class="row-line small muted">
          <span>{r.store}</span>
          <span>{r.fee}</span>
        </span>
        {r.due ? (
          <span class="row-line small muted">
            <time dateTime={r.due.at}>{r.due.text}</time>
            {r.due.estimateTitle !== null ? (
              <span class="estimate" title={r.due.estimateTitle}>
                ≈ {t(locale, 'popup.row.estimate')}
                <span class="sr-only">: {r.due.estimateTitle}</span>
              </span>
            ) : null}
            {row.case.manual ? <span class="manual">{t(locale, 'popup.row.manual')}</span> : null}
          </span>
        ) : null}
        <span class="sr-only">{t(locale, 'popup.row.open', { id })}</span>
      </button>
      {row.case.manual ? <RemoveControl row={row} locale={locale} onRemove={onRemove} /> : null}
    </li>
  );
}

/**
 * "Remove" on a manual case's row. A click turns it into "Remove case X? Yes / No" in the row (focus
 * on "No"; Escape or "No" go back, focus on "Remove"); "Yes" asks the background, which removes it
 * from the store, and the list follows the store. Drawn the same by ./first-paint.ts while idle.
 */
function RemoveControl({ row, locale, onRemove }: { row: Row; locale: Locale; onRemove: CaseRowProps['onRemove'] }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const box = useRef<HTMLDivElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  // Focus follows the step only after the merchant's own action, never on a plain render.
  const moveFocus = useRef(false);
  const questionId = useId();
  const id = row.case.facts.id;

  // A layout effect: focus moves in the same frame the question (or "Remove") is drawn, not one later.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (step === 'confirm') noButton.current?.focus();
    else if (step === 'idle') removeButton.current?.focus();
  }, [step]);

  const go = (next: 'idle' | 'confirm') => {
    moveFocus.current = true;
    setStep(next);
  };

  const confirm = async () => {
    if (step !== 'confirm') return;
    // Where focus goes once this row leaves the list: the next row, else the one before.
    const others = rowButtonsAround(box.current);
    setStep('busy');
    const gone = await onRemove(row).catch(() => false);
    if (gone) {
      const li = box.current?.closest('li');
      const active = document.activeElement;
      if (!li || !li.isConnected || active === document.body || (active !== null && li.contains(active))) {
        const target = others.find((b) => b.isConnected) ?? document.querySelector<HTMLElement>('.bar .btn.primary');
        target?.focus();
      }
      // Until the store's change takes the row away (it usually came before this reply).
      setStep('idle');
    } else go('idle');
  };

  if (step === 'idle') {
    return (
      <div class="row-remove" ref={box}>
        <button type="button" class="btn row-remove-btn" aria-label={t(locale, 'popup.row.remove.label', { id })} onClick={() => go('confirm')} ref={removeButton}>
          {t(locale, 'popup.row.remove')}
        </button>
      </div>
    );
  }
  const busy = step === 'busy';
  return (
    <div
      class="row-remove confirm"
      role="group"
      aria-labelledby={questionId}
      aria-busy={busy ? 'true' : undefined}
      ref={box}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape answers "No" here; it must not also close the popup.
        e.preventDefault();
        e.stopPropagation();
        if (!busy) go('idle');
      }}
    >
      <span id={questionId} class="row-remove-q">
        {t(locale, 'popup.row.remove.confirm', { id })}
      </span>
      <span class="row-remove-actions">
        <button type="button" class="btn danger" disabled={busy} onClick={() => void confirm()}>
          {t(locale, 'popup.row.remove.yes')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => go('idle')} ref={noButton}>
          {t(locale, 'popup.row.remove.no')}
        </button>
      </span>
    </div>
  );
}

/** The other rows' open buttons, the ones after `inside`'s row first, then the ones before it (nearest first). */
function rowButtonsAround(inside: HTMLElement | null): HTMLElement[] {
  const li = inside?.closest('li');
  const list = li?.closest('.groups');
  if (!li || !list) return [];
  const buttons = [...list.querySelectorAll<HTMLElement>('.row-btn')];
  const at = buttons.findIndex((b) => li.contains(b));
  return at < 0 ? [] : [...buttons.slice(at + 1), ...buttons.slice(0, at).reverse()];
}
