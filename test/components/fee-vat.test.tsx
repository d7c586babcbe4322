// @vitest-environment happy-dom
// Kustom's current card fee table gives its amounts excluding VAT (article 395539 "Card disputes";
// lib/rules marks those rows excludesVat). The panel said "fee SEK 150.00 if lost" and the exposure
// "Accept now SEK 1,399.00" as if that were all, though a Swedish merchant pays SEK 150 plus VAT. A
// note under the fee line now says the fee excludes VAT, wherever the fee's table row says so and
// the line names its amount; Klarna's table and the card table before 2 Dec 2025 (the seed's, which
// says nothing of VAT) stay as they were.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../components/format';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';
import { drawPanel } from './draw-panel';

const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const CARD: DisputeFacts = {
  id: 'dp_card', provider: 'card', network: 'visa', status: 'open', createdAt: '2026-11-15T10:00:00Z', dueBy: '2026-11-24T20:15:00Z',
  amount: { amountMinor: 124_900, currency: 'SEK' }, reason: 'Product not received', buyerCountry: 'SE',
};
const KLARNA: DisputeFacts = { ...CARD, id: 'dp_klarna', provider: 'klarna', network: undefined, reason: 'Goods not received' };
const OLD_CARD: DisputeFacts = { ...CARD, id: 'dp_old', createdAt: '2025-11-01T10:00:00Z', dueBy: '2026-11-24T20:15:00Z' };

const draw = (facts: DisputeFacts, locale: Locale = 'en'): HTMLElement => drawPanel(facts, { now: NOW, locale });

const feeLine = (div: HTMLElement) => div.querySelector('[data-part="fee"]')!.textContent;
const vatNote = (div: HTMLElement) => div.querySelector('[data-part="fee-vat"]')?.textContent ?? null;

describe('a card fee from the table that excludes VAT', () => {
  it.each(LOCALES)('%s: a note under the fee line says so', (locale) => {
    const div = draw(CARD, locale);
    expect(feeLine(div)).toBe(t(locale, 'content.fee.ifLost', { amount: formatMoney(locale, { amountMinor: 15_000, currency: 'SEK' }) }));
    expect(vatNote(div)).toBe(t(locale, 'content.fee.exclVatNote'));
  });

  it.each([
    ['lost: the fee was charged', 'lost', true],
    ['won: no fee was charged', 'won', false],
  ] as const)('closed and %s: the note only beside an amount', (_name, status, note) => {
    expect(vatNote(draw({ ...CARD, status })) !== null).toBe(note);
  });

  it.each([
    ['Klarna’s table', KLARNA],
    ['the card table before 2 Dec 2025', OLD_CARD],
  ] as const)('%s: no VAT words', (_name, facts) => {
    const div = draw(facts);
    expect(feeLine(div)).toMatch(/^fee \S/);
    expect(vatNote(div)).toBeNull();
  });
});
