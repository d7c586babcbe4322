// What the add-case form says when the background refuses a case: a refusal with a code in the
// merchant's language, any other in the background's own plain words (shown inside
// 'popup.add.failed', which is translated).
import { t, type Locale } from '../../lib/i18n';
import type { Problem } from '../../lib/cases/messages';

export function addProblemText(locale: Locale, refusal: Problem, disputeId: string): string {
  if (refusal.code === 'tracked-from-portal') return t(locale, 'popup.add.error.trackedFromPortal', { id: disputeId });
  return refusal.problem;
}
