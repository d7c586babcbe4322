// The words merchants act on are the same in every text of a language: the portal's word for an
// enquiry (its "Dispute inquiries" section and warning_* statuses, design/portal-vocabulary.md and
// seed 001 "Localized labels") and one word for a chargeback (the one the detail panel's timeline
// uses). A notification that says "henvendelse" while the portal and the panel say
// "forespørsel", or advice that says "Chargeback" where the panel says "Rückbuchung", reads as a
// different thing. Checked on every area: annotations, advice, evidence, notifications, popup and
// options page.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/i18n';
import { LOCALES } from '../../lib/i18n';
import type { Messages } from '../../lib/i18n/messages/types';
import { advice } from '../../lib/i18n/messages/advice';
import { background } from '../../lib/i18n/messages/background';
import { common } from '../../lib/i18n/messages/common';
import { content } from '../../lib/i18n/messages/content';
import { evidence } from '../../lib/i18n/messages/evidence';
import { format } from '../../lib/i18n/messages/format';
import { options } from '../../lib/i18n/messages/options';
import { popup } from '../../lib/i18n/messages/popup';

const AREAS: Record<string, Messages> = { advice, background, common, content, evidence, format, popup, options };

type Term = { english: RegExp; stem: Record<Locale, RegExp>; never: Partial<Record<Locale, RegExp>> };

const TERMS: Record<string, Term> = {
  // The portal's own word: Streitanfragen, Tvisteförfrågningar, Kiistakyselyt, Tvisteforespørsler,
  // Tvisteforespørgsler; "Anfrage offen", "Förfrågan öppen", "Kysely avoinna", …
  enquiry: {
    english: /\b(en|in)quir(y|ies)\b/i,
    stem: { en: /(en|in)quir/i, de: /anfrage/i, sv: /förfrå/i, fi: /kysely/i, nb: /forespørs/i, da: /forespørg/i },
    never: { fi: /tiedustel/i, nb: /henvendels/i, da: /henvendels/i },
  },
  // One word per language, as in content.timeline.escalation (commit a35c449 chose them).
  chargeback: {
    english: /\bchargebacks?\b/i,
    stem: { en: /chargeback/i, de: /rückbuchung/i, sv: /återdebitering/i, fi: /takaisinveloitu/i, nb: /tilbakeføring/i, da: /tilbageførsel/i },
    // nb keeps "(chargeback)" as a gloss after its own word; elsewhere the English word is not used.
    never: { de: /chargeback/i, sv: /chargeback|återkrav|återbetalningskrav/i, fi: /chargeback|takaisinperi/i, da: /chargeback/i },
  },
  // The fee is "gebyr" in Norwegian and Danish, "avgift" in Swedish; compounds with "tvist" take
  // the portal's linking -e- (Tvisteförfrågningar, Tvisteforespørsler).
  fee: {
    english: /\bfees?\b/i,
    stem: { en: /fee/i, de: /gebühr/i, sv: /avgift/i, fi: /maksu/i, nb: /gebyr/i, da: /gebyr/i },
    never: { sv: /tvistavgift/i, nb: /avgift|tvistgebyr/i },
  },
};

const rows = Object.entries(AREAS).flatMap(([area, messages]) =>
  Object.keys(messages.en).map((key) => [area, key, messages] as const),
);

describe.each(Object.entries(TERMS))('the word for %s', (_name, term) => {
  it.each(rows.filter(([, key, m]) => term.english.test(m.en[key] ?? '')))('%s %s: every language uses its word', (_a, key, m) => {
    for (const locale of LOCALES) expect(m[locale][key], `${locale}:${key}`).toMatch(term.stem[locale]);
  });

  it.each(LOCALES.filter((l) => term.never[l]))('%s: no other word for it', (locale) => {
    const bad = rows.filter(([, key, m]) => term.never[locale]!.test(m[locale][key] ?? '')).map(([, key, m]) => `${key}: ${m[locale][key]}`);
    expect(bad).toEqual([]);
  });
});
