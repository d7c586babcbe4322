// What a new merchant sees before any case is known: how cases appear, and the e-mail route; and
// what a merchant whose every case is closed or answered sees instead: nothing is due.
import { t, tn, type Locale } from '../../lib/i18n';

export function EmptyState({ locale, onAdd, onOpenPortal }: { locale: Locale; onAdd: () => void; onOpenPortal: () => void }) {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t(locale, 'popup.empty.title')}</h2>
      <p>{t(locale, 'popup.empty.body')}</p>
      <p>
        <button type="button" class="btn primary" onClick={onOpenPortal}>
          {t(locale, 'popup.empty.openPortal')}
        </button>
      </p>
      <p>{t(locale, 'popup.empty.manual')}</p>
      <button type="button" class="btn" onClick={onAdd}>
        {t(locale, 'popup.action.add')}
      </button>
    </section>
  );
}

/**
 * No case is due, though `settled` cases are stored (won, lost, closed, answered): the new merchant's
 * "No cases yet, open the Disputes page" read as if every case read had been lost.
 */
export function NoneDue({ locale, settled, onOpenPortal }: { locale: Locale; settled: number; onOpenPortal: () => void }) {
  return (
    <section class="empty none-due" aria-labelledby="none-due-title">
      <h2 id="none-due-title">{t(locale, 'popup.noneDue.title')}</h2>
      <p>{tn(locale, 'popup.noneDue.body', settled)}</p>
      <button type="button" class="btn" onClick={onOpenPortal}>
        {t(locale, 'popup.empty.openPortal')}
      </button>
    </section>
  );
}
