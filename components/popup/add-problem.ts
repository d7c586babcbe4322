// What the add-case form (and the other pages) say when the background refuses a change: a refusal
// with a code in the merchant's language, any other in the background's own plain words (shown
// inside 'popup.add.failed' and the like, which are translated).
import { t, type Locale } from '../../lib/i18n';
import type { Problem } from '../../lib/cases/messages';

/**
 * `onHostOff`: the dispute is stored for a portal site turned off in the settings, so the list does
 * not show it (the refusal's "already tracked" alone left the merchant looking for it in vain).
 */
export function addProblemText(locale: Locale, refusal: Problem, disputeId: string, onHostOff = false): string {
  if (refusal.code === 'tracked-from-portal') return t(locale, onHostOff ? 'popup.add.error.trackedOnHostOff' : 'popup.add.error.trackedFromPortal', { id: disputeId });
  return problemText(locale, refusal);
}

/**
 * A refusal in words for a page's sentence ("Not saved: …"): a full storage in the merchant's
 * language; any other in the background's own plain words.
 */
export function problemText(locale: Locale, refusal: Problem): string {
  return refusal.code === 'storage-full' ? t(locale, 'app.storageFull') : refusal.problem;
}
