// What a new merchant sees before any case is known: how cases appear, and the e-mail route.
import { t, type Locale } from '../../lib/i18n';

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
