// @vitest-environment happy-dom
// The panel of a closed dispute. The fee line spoke of the future ("fee €15.00 if lost") on a dispute
// already lost or accepted, already won, or an enquiry that closed without escalating; and the
// evidence checklist asked for 22 items ("0 of 22 ready") though nothing can be sent any more. Now
// the fee line says what became of the fee, from the dispute's outcome and the fee's charging rule
// (Kustom article 483942: from 2 Dec 2025 charged only when lost; earlier charged on opening and
// refunded on a win), and the evidence section says no evidence is needed. Open disputes unchanged.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../components/format';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';
import { CARD, ENQUIRY, NOW, OLD_CARD } from '../fixtures/closed-disputes';
import { drawPanel } from './draw-panel';


const draw = (facts: DisputeFacts, locale: Locale = 'en'): HTMLElement => drawPanel(facts, { now: NOW, locale });

const feeLine = (div: HTMLElement) => div.querySelector('[data-part="fee"]')!.textContent;
const amount = (locale: Locale, amountMinor: number, currency: string) => formatMoney(locale, { amountMinor, currency });

describe('the fee line of a closed dispute', () => {
  it.each(LOCALES)('%s: lost (or accepted): the fee was charged', (locale) => {
    expect(feeLine(draw(CARD, locale))).toBe(t(locale, 'content.fee.charged', { amount: amount(locale, 1500, 'EUR') }));
  });

  it.each(LOCALES)('%s: won, fee charged only if lost: no fee was charged', (locale) => {
    expect(feeLine(draw({ ...CARD, status: 'won' }, locale))).toBe(t(locale, 'content.fee.notCharged'));
  });

  it.each(LOCALES)('%s: an enquiry closed without escalating: no fee was charged', (locale) => {
    expect(feeLine(draw(ENQUIRY, locale))).toBe(t(locale, 'content.fee.notCharged'));
  });

  it.each(LOCALES)('%s: opened before 2 Dec 2025 and won: the fee charged on opening was refunded', (locale) => {
    expect(feeLine(draw({ ...OLD_CARD, status: 'won' }, locale))).toBe(t(locale, 'content.fee.refunded', { amount: amount(locale, 15_000, 'SEK') }));
  });

  it.each(LOCALES)('%s: opened before 2 Dec 2025 and lost: the fee was charged', (locale) => {
    expect(feeLine(draw(OLD_CARD, locale))).toBe(t(locale, 'content.fee.charged', { amount: amount(locale, 15_000, 'SEK') }));
  });

  it('an open dispute still says what a loss would cost', () => {
    expect(feeLine(draw({ ...CARD, status: 'open' }))!.replace(/[\u00a0\u202f]/g, ' ')).toBe('fee €15.00 if lost');
  });
});

describe('the evidence section of a closed dispute', () => {
  it.each([
    ['lost', CARD],
    ['won', { ...CARD, status: 'won' }],
    ['an enquiry closed', ENQUIRY],
  ] as const)('%s: no checklist, no goods question; "no evidence is needed"', (_name, facts) => {
    const div = draw(facts as DisputeFacts);
    const section = div.querySelector('[data-section="evidence"]')!;
    expect(section.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(section.querySelector('select')).toBeNull();
    expect(section.textContent).toContain(t('en', 'content.evidence.none'));
  });

  it.each([
    ['open', 'open'],
    ['under review', 'under_review'],
  ] as const)('%s: the checklist is there', (_name, status) => {
    const div = draw({ ...CARD, status });
    expect(div.querySelectorAll('[data-section="evidence"] input[type="checkbox"]').length).toBeGreaterThan(0);
  });
});
