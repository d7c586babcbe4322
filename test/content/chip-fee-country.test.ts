// The chip's text alternative (its aria-label and tooltip) about the fee: a card or Klarna dispute
// whose buyer country the list does not show may cost a fee the rules cannot name, so it must not
// say "no published fee" (which tells the merchant nothing is charged); it says the fee is unknown
// for want of the country, as the panel and the popup do. Billie (no published fee) and a country
// without a fee row (JP) still say "no published fee".
import { describe, expect, it } from 'vitest';
import { chipModel, type DisputeView, type ViewContext } from '../../components/view-model';
import { t, type Locale } from '../../lib/i18n';
import { assessDispute } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const H = 3_600_000;
const at = (ms: number) => new Date(NOW + ms).toISOString();
const LOCALES: Locale[] = ['en', 'de', 'sv', 'fi', 'nb', 'da'];

function view(facts: Partial<DisputeFacts> & { id: string }, merchantCountry?: string): DisputeView {
  return {
    key: `M|${facts.id}`,
    storeId: 'M',
    facts,
    assessment: assessDispute(facts as DisputeFacts, { now: new Date(NOW), timeZone: 'Europe/Stockholm' }),
    missing: [],
    merchant: merchantCountry ? ({ buyerCountry: merchantCountry } as DisputeView['merchant']) : null,
  };
}

const base = { status: 'open', createdAt: at(-48 * H), dueBy: at(72 * H), amount: { amountMinor: 196_750, currency: 'CAD' } } as const;
const cardNoCountry = { ...base, id: 'C1', provider: 'card', network: 'visa', reason: '13.1' } as const;
const klarnaNoCountry = { ...base, id: 'K1', provider: 'klarna', reason: 'Goods not received' } as const;
const billieNoCountry = { ...base, id: 'B1', provider: 'billie', reason: 'Goods not received' } as const;
const cardJapan = { ...cardNoCountry, id: 'C2', buyerCountry: 'JP' } as const;

const vc = (locale: Locale): ViewContext => ({ locale, timeZone: 'Europe/Stockholm', now: NOW, scheme: 'light' });
const lastSentence = (label: string) => label.split('. ').at(-1)!.replace(/\.$/, '');

describe('chip label: fee when the buyer country is not known', () => {
  it.each(LOCALES.flatMap((l) => [[l, cardNoCountry], [l, klarnaNoCountry]] as const))('%s: %o says the fee is unknown', (locale, facts) => {
    const m = chipModel(view(facts), vc(locale));
    expect(m.fee).toBeNull();
    expect(lastSentence(m.label)).toBe(t(locale, 'content.fee.noCountry'));
  });

  it.each(LOCALES.flatMap((l) => [[l, billieNoCountry], [l, cardJapan]] as const))('%s: %o has no published fee', (locale, facts) => {
    const m = chipModel(view(facts), vc(locale));
    expect(m.fee).toBeNull();
    expect(lastSentence(m.label)).toBe(t(locale, 'content.fee.none'));
  });

  it('a country on the page names the fee', () => {
    const v = view({ ...cardNoCountry, buyerCountry: 'CA' });
    expect(lastSentence(chipModel(v, vc('en')).label).replace(/[\u00a0\u202f]/g, ' ')).toBe('fee CA$15.00 if lost');
  });
});
