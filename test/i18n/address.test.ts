// The Swedish, Norwegian and Danish texts speak to the merchant as one person, "du" (sv du/dig/din,
// nb du/deg/din, da du/dig/din), as the popup and the options page always did and as Nordic product
// UI does. The advice and evidence texts used the plural (sv ni/er/era, nb dere/deres, da I/jer/jeres),
// so the detail panel said "ni" beside a popup saying "du". For each language in NOT_DU, neither may
// come back, nor the old formal forms (nb/da De/Dem/Deres), in any area or key.
//
// Matched as whole words, case-sensitively: lookarounds on letters because \b does not know å, ä
// or ö ("öer" must not count as "er"), and case because Danish "i" is a preposition and lowercase
// nb "dem"/da "deres" are "them"/"their". A sentence-initial "De" is "They"/"The" in all three
// languages, so only a "De" inside a sentence is the formal pronoun. A word that matches but is no
// address goes in EXCEPTIONS with its key and why.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../lib/i18n';
import type { Messages } from '../../lib/i18n/messages/types';
import { advice } from '../../lib/i18n/messages/advice';
import { background } from '../../lib/i18n/messages/background';
import { common } from '../../lib/i18n/messages/common';
import { content } from '../../lib/i18n/messages/content';
import { evidence } from '../../lib/i18n/messages/evidence';
import { format } from '../../lib/i18n/messages/format';
import { options } from '../../lib/i18n/messages/options';
import { popup } from '../../lib/i18n/messages/popup';

const AREAS: Record<string, Messages> = { advice, background, common, content, evidence, format, options, popup };

const word = (alternatives: string) => `(?<!\\p{L})(?:${alternatives})(?!\\p{L})`;
// The formal pronoun "De" only where it cannot start a sentence: after a word, a number or a comma.
const midSentenceDe = '(?<=[\\p{L}\\p{N},)]\\s)De(?!\\p{L})';

type Nordic = Extract<Locale, 'sv' | 'nb' | 'da'>;

const NOT_DU: Record<Nordic, RegExp> = {
  // ni/er/era/ert and the old eder/edra/edert. ("era" the noun, "en ny era", is not used in these texts.)
  sv: new RegExp(word('[Nn]i|[Ee]r|[Ee]ra|[Ee]rt|[Ee]der|[Ee]dra|[Ee]dert'), 'u'),
  // Plural dere/deres; formal De/Dem/Deres.
  nb: new RegExp(`${word('[Dd]ere|[Dd]eres|Dem')}|${midSentenceDe}`, 'u'),
  // Plural I/jer/jeres (the preposition is lowercase "i"); formal De/Dem/Deres.
  da: new RegExp(`${word('I|[Jj]er|[Jj]eres|Dem|Deres')}|${midSentenceDe}`, 'u'),
};

// Matches that are not the merchant: [locale, key, the words as they stand, why].
const EXCEPTIONS: [Nordic, string, string, string][] = [
  ['nb', 'evidence.klarna.refund_explanation.acceptance', 'tilstanden deres', '"their condition": the returned items\''],
];

const allowed = (locale: Nordic, key: string, text: string) =>
  EXCEPTIONS.filter(([l, k]) => l === locale && k === key).reduce((rest, [, , words]) => rest.split(words).join(''), text);

describe('the patterns', () => {
  it.each([
    ['sv', 'Missar ni tidsfristen förloras tvisten automatiskt.', true],
    ['sv', 'Ni får bara svara en gång.', true],
    ['sv', 'Skriv Billies IBAN på era fakturor.', true],
    ['sv', 'Er återbetalningspolicy som fil.', true],
    ['sv', 'Visar vad kunden har skrivit till er, t.ex. att varan kom fram.', true],
    ['sv', 'Missar du tidsfristen förloras tvisten automatiskt.', false],
    ['sv', 'De här uppgifterna kan inte sparas som ett ärende.', false],
    ['sv', 'Köparen bor på öer i skärgården och köpte nio varor.', false],
    ['nb', 'Taper dere, belastes et tvistegebyr.', true],
    ['nb', 'Dere får bare svare én gang.', true],
    ['nb', 'Skriv Billies IBAN på fakturaene deres.', true],
    ['nb', 'Hvis De vinner, refunderes gebyret til Dem.', true],
    ['nb', 'Taper du, belastes et tvistegebyr.', false],
    ['nb', 'Eksporter dem for å ta vare på en kopi.', false],
    ['nb', 'De lagrede sakene kunne ikke leses.', false],
    ['da', 'Taber I, opkræves et tvistgebyr.', true],
    ['da', 'I kan kun svare én gang.', true],
    ['da', 'Skriv Billies IBAN på jeres fakturaer.', true],
    ['da', 'Viser, at kunden har skrevet til jer.', true],
    ['da', 'Hvis De vinder, refunderes gebyret.', true],
    ['da', 'Taber du, opkræves et tvistgebyr i alt.', false],
    ['da', 'De gemte sager kunne ikke læses.', false],
    ['da', 'Modtagne mod krævede varer, deres stand og IP-adresse.', false],
  ] as const)('%s: %s → %s', (locale, text, flagged) => {
    expect(NOT_DU[locale].test(text)).toBe(flagged);
  });
});

describe.each(Object.keys(NOT_DU) as Nordic[])('%s texts say "du"', (locale) => {
  it.each(Object.entries(AREAS))('%s', (_area, messages) => {
    const found = Object.entries(messages[locale])
      .filter(([key, text]) => NOT_DU[locale].test(allowed(locale, key, text)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });
});

describe('the exceptions', () => {
  it.each(EXCEPTIONS)('%s %s still says "%s" (%s)', (locale, key, words) => {
    const text = Object.values(AREAS).find((area) => key in area[locale])?.[locale][key];
    expect(text).toContain(words);
    expect(NOT_DU[locale].test(words)).toBe(true);
  });
});
