// One way of addressing the merchant in the advice and evidence texts, the ones that speak to them:
// German "Sie", Finnish "te" (imperatives in -kaa/-kää: "Tarkistakaa"). A checklist row that says
// "Hyväksy maksu … jos voitatte" mixes the singular imperative with the plural in one sentence. The
// forms below are the informal ones that translators reach for first; lookarounds on letters
// because \b does not know ä or ö. Swedish, Norwegian and Danish address the merchant as "du"
// everywhere: address.test.ts checks that no plural or formal form is left there.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/i18n';
import { advice } from '../../lib/i18n/messages/advice';
import { evidence } from '../../lib/i18n/messages/evidence';

const word = (alternatives: string, notAfter = '') =>
  new RegExp(`(?<!\\p{L})${notAfter}(${alternatives})(?!\\p{L})`, 'iu');

const INFORMAL: Partial<Record<Locale, RegExp>> = {
  de: word('du|dich|dir|dein|deine|deinen|deinem|deiner|deines'),
  // "sinä" forms, and the singular imperatives of the verbs these texts use (the plural is -kaa/-kää);
  // after a negation verb the same form is no imperative ("Visa ei ota vastaan", "ette voi").
  fi: word(
    'sinä|sinun|sinulla|voit|olet|haluat|tiedät|' +
      'kerro|kuvaile|älä|hyväksy|ilmoita|liitä|korosta|tarkista|lähetä|lataa|anna|ota|ratkaise|rekisteröi|hyvitä|pyydä|paina',
    '(?<!(?<!\\p{L})(?:ei|en|et|emme|ette|eivät)\\s)',
  ),
};

describe.each([
  ['advice', advice],
  ['evidence', evidence],
] as const)('%s texts address the merchant one way', (_area, messages) => {
  it.each(Object.entries(INFORMAL))('%s', (locale, informal) => {
    const texts = messages[locale as Locale];
    const mixed = Object.entries(texts)
      .filter(([, text]) => informal.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(mixed).toEqual([]);
  });
});
