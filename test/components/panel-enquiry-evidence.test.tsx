// @vitest-environment happy-dom
// A Klarna enquiry's panel listed evidence marked REQUIRED ("Customer's full name REQUIRED", "0 of 13
// ready") while its advice said "Klarna accepts no evidence during the enquiry": a merchant could
// not tell whether to send it now. The evidence section now says what the list is for during the
// enquiry: what to have ready if it escalates. A chargeback's list (evidence due now) and a card
// dispute's say nothing of the kind.
import { describe, expect, it } from 'vitest';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';
import { drawPanel } from './draw-panel';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');
// The sandbox's dp_pin_enquiry_12d: a Klarna enquiry, 35 days to escalation.
const ENQUIRY: DisputeFacts = {
  id: 'dp_enq', provider: 'klarna', status: 'warning_needs_response', createdAt: '2026-10-30T18:15:00Z',
  amount: { amountMinor: 8_990, currency: 'EUR' }, reason: 'Goods not received', buyerCountry: 'DE',
};
const CHARGEBACK: DisputeFacts = { ...ENQUIRY, id: 'dp_cb', status: 'open', escalatedAt: '2026-11-20T10:00:00Z', dueBy: '2026-12-01T22:18:00Z' };
const CARD: DisputeFacts = { ...ENQUIRY, id: 'dp_card', provider: 'card', network: 'visa', reason: '13.1', status: 'open', dueBy: '2026-11-24T20:15:00Z' };

const evidenceSection = (facts: DisputeFacts, locale: Locale = 'en'): Element =>
  drawPanel(facts, { now: NOW, locale, timeZone: 'Europe/Berlin' }).querySelector('[data-section="evidence"]')!;

const note = (section: Element) => section.querySelector('[data-part="evidence-later"]')?.textContent ?? null;

describe('the evidence list of a Klarna enquiry', () => {
  it.each(LOCALES)('%s: says it is what to have ready if the enquiry escalates, above the list', (locale) => {
    const section = evidenceSection(ENQUIRY, locale);
    expect(note(section)).toBe(t(locale, 'content.evidence.ifEscalates'));
    expect(section.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(0);
  });

  it.each([
    ['a Klarna chargeback', CHARGEBACK],
    ['a card dispute', CARD],
  ] as const)('%s: no such note', (_name, facts) => {
    expect(note(evidenceSection(facts))).toBeNull();
  });
});
