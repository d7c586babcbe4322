// What the add-case form says when the background refuses a case: the portal refusal in the
// merchant's language, any other refusal in the background's own words.
import { describe, expect, it } from 'vitest';
import { addProblemText } from '../../components/popup/add-problem';
import { LOCALES, t } from '../../lib/i18n';

describe('addProblemText', () => {
  it.each(LOCALES)('a dispute tracked from the portal is said in the form language (%s), naming the dispute', (locale) => {
    const text = addProblemText(locale, { ok: false, problem: 'dispute KL-7 is already tracked from the portal (store S1)', code: 'tracked-from-portal' }, 'KL-7');
    expect(text).toBe(t(locale, 'popup.add.error.trackedFromPortal', { id: 'KL-7' }));
    expect(text).toContain('KL-7');
    if (locale !== 'en') expect(text).not.toBe(t('en', 'popup.add.error.trackedFromPortal', { id: 'KL-7' }));
  });

  // A dispute stored for a portal site turned off in the settings is not in the list: "already
  // tracked" alone left the merchant looking for it there in vain.
  it.each(LOCALES)('a dispute tracked from a portal site turned off says so (%s), naming the dispute', (locale) => {
    const refusal = { ok: false as const, problem: 'dispute KL-7 is already tracked from the portal (store S1)', code: 'tracked-from-portal' as const };
    const text = addProblemText(locale, refusal, 'KL-7', true);
    expect(text).toBe(t(locale, 'popup.add.error.trackedOnHostOff', { id: 'KL-7' }));
    expect(text).toContain('KL-7');
    expect(text).not.toBe(addProblemText(locale, refusal, 'KL-7'));
    if (locale !== 'en') expect(text).not.toBe(t('en', 'popup.add.error.trackedOnHostOff', { id: 'KL-7' }));
  });

  it('any other refusal keeps the background’s words', () => {
    expect(addProblemText('de', { ok: false, problem: 'no reply from the background' }, 'KL-7')).toBe('no reply from the background');
  });
});
