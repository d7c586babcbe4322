// What chips and the summary say for real assessments (lib/rules), at a fixed instant.
import { describe, expect, it } from 'vitest';
import { chipModel, joinSentences, summaryModel, sumByCurrency, type DisputeView, type ViewContext } from '../../components/view-model';
import { assessDispute } from '../../lib/rules';
import { t } from '../../lib/i18n';
import type { DisputeFacts } from '../../lib/rules/types';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const at = (ms: number) => new Date(NOW + ms).toISOString();
const vc = (locale: ViewContext['locale'] = 'en'): ViewContext => ({ locale, timeZone: 'Europe/Stockholm', now: NOW, scheme: 'light' });
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function view(facts: DisputeFacts): DisputeView {
  return {
    key: `M|${facts.id}`,
    storeId: 'M',
    facts,
    assessment: assessDispute(facts, { now: new Date(NOW), timeZone: 'Europe/Stockholm' }),
    missing: [],
    merchant: null,
  };
}

const card: DisputeFacts = {
  id: 'C1', provider: 'card', status: 'open', network: 'visa', reason: '13.1', buyerCountry: 'SE',
  createdAt: at(-5 * D), amount: { amountMinor: 124_900, currency: 'SEK' }, dueBy: at(2 * D + 4 * H + 30 * MIN),
};
const overdue: DisputeFacts = {
  id: 'C2', provider: 'card', status: 'open', network: 'mastercard', reason: '4855', buyerCountry: 'GB',
  createdAt: at(-10 * D), amount: { amountMinor: 24_000, currency: 'GBP' }, dueBy: at(-(3 * H + 30 * MIN)),
};
const billie: DisputeFacts = {
  id: 'B1', provider: 'billie', status: 'open', reason: 'Goods not received', buyerCountry: 'DE',
  createdAt: at(-(3 * D + 21 * H + 30 * MIN)), amount: { amountMinor: 56_050, currency: 'EUR' },
};
const won: DisputeFacts = { ...card, id: 'C3', status: 'won' };

describe('chipModel', () => {
  it.each([
    [card, 'en', '2 d 4 h to respond', 'fee SEK 150.00 if lost', null, 'soon'],
    [overdue, 'en', 'overdue by 3 h 30 min', 'fee £15.00 if lost', null, 'overdue'],
    [won, 'en', 'closed', 'no fee charged', null, 'none'],
    [card, 'sv', '2 d 4 tim kvar att svara', 'avgift 150,00 kr vid förlust', null, 'soon'],
  ] as const)('%o in %s', (facts, locale, text, fee, estimate, urgency) => {
    const m = chipModel(view(facts), vc(locale));
    expect(m.text).toBe(text);
    expect(nbsp(m.fee ?? '')).toBe(fee);
    expect(m.estimate).toBe(estimate);
    expect(m.urgency).toBe(urgency);
    expect(m.problem).toBe(false);
  });

  it('marks a rule estimate and names the rule in the text alternative', () => {
    const m = chipModel(view(billie), vc());
    expect(m.text).toBe('8 d 2 h to respond');
    expect(m.fee).toBeNull();
    expect(m.estimate).toBe('Estimated: the portal does not show this date, so it follows the rule: 12 calendar days after the dispute was opened (billie.response.12d).');
    expect(m.label).toBe(`Dispute B1: 8 d 2 h to respond. Respond by 10 Mar 2026, 15:30. ${m.estimate} no published fee.`);
  });

  // An enquiry's next date is its escalation into a chargeback, not a deadline to respond by:
  // the text alternative (screen readers, the tooltip) said "Deadline 22 Mar 2026, 13:00".
  const enquiry: DisputeFacts = {
    id: 'K1', provider: 'klarna', status: 'warning_needs_response', reason: 'Goods not received', buyerCountry: 'SE',
    createdAt: at(-15 * D), amount: { amountMinor: 49_900, currency: 'SEK' },
  };
  const ESTIMATE = {
    en: 'Estimated: the portal does not show this date, so it follows the rule: 35 calendar days after the dispute was opened (for a return: the return tracking was uploaded, if it was) (klarna.escalation.35d).',
    de: 'Geschätzt: Das Portal zeigt dieses Datum nicht, daher gilt die Regel: 35 Kalendertage nach der Eröffnung des Streitfalls (bei einer Rücksendung: dem Hochladen der Rücksendeverfolgung, falls erfolgt) (klarna.escalation.35d).',
    sv: 'Uppskattat: portalen visar inte detta datum, så regeln gäller: 35 kalenderdagar efter att tvisten öppnades (vid retur: att returspårningen laddades upp, om den finns) (klarna.escalation.35d).',
    fi: 'Arvio: portaali ei näytä tätä päivämäärää, joten sovelletaan sääntöä: 35 kalenteripäivää kiistan avaamisesta (palautuksessa: palautuksen seurantatiedon lataamisesta, jos se on ladattu) lukien (klarna.escalation.35d).',
    nb: 'Anslått: portalen viser ikke denne datoen, så regelen gjelder: 35 kalenderdager etter at tvisten ble åpnet (ved retur: at retursporingen ble lastet opp, hvis den finnes) (klarna.escalation.35d).',
    da: 'Anslået: portalen viser ikke denne dato, så reglen gælder: 35 kalenderdage efter at tvisten blev åbnet (ved returnering: at retursporingen blev uploadet, hvis den findes) (klarna.escalation.35d).',
  } as const;
  it.each([
    ['en', 'Dispute K1: escalates in 20 d. Escalates to a chargeback on 22 Mar 2026, 13:00.'],
    ['de', 'Streitfall K1: eskaliert in 20 T. Wird am 22.03.2026, 13:00 zur Rückbuchung.'],
    ['sv', 'Tvist K1: eskaleras om 20 d. Blir en återdebitering 22 mars 2026 13:00.'],
    ['fi', 'Kiista K1: eskaloituu 20 pv päästä. Muuttuu takaisinveloitukseksi 22.3.2026 klo 13.00.'],
    ['nb', 'Tvist K1: eskaleres om 20 d. Blir en tilbakeføring 22. mars 2026, 13:00.'],
    ['da', 'Tvist K1: eskaleres om 20 d. Bliver en tilbageførsel 22. mar. 2026, 13.00.'],
  ] as const)('%s: an enquiry\'s text alternative names its escalation, not a deadline', (locale, start) => {
    const m = chipModel(view(enquiry), vc(locale));
    expect(nbsp(m.label).startsWith(start), m.label).toBe(true);
    // (its estimate says the portal does not show the date, not that it shows no deadline)
    expect(m.estimate).toBe(ESTIMATE[locale]);
  });

  it('names what is missing when a dispute cannot be assessed', () => {
    const m = chipModel({ key: 'M|X', storeId: 'M', facts: { id: 'X' }, assessment: null, missing: ['status', 'amount'], merchant: null }, vc());
    expect(m).toMatchObject({ text: 'not enough data', problem: true, urgency: 'none' });
    expect(m.label).toBe('Dispute X: not enough data. Dispute Radar could not read: status, amount.');
  });
});

describe('summaryModel', () => {
  it('counts, keeps overdue apart from the next deadline ahead, and sums fees per currency', () => {
    const second: DisputeFacts = { ...card, id: 'C4', dueBy: at(6 * D) };
    const s = summaryModel([card, overdue, billie, won, second].map(view), vc());
    expect(s.needResponse).toBe('4 disputes need a response');
    expect(s.overdue).toBe('1 overdue');
    expect(s.next).toEqual({ text: 'next: 2 d 4 h to respond (C1)', urgency: 'soon', id: 'C1' });
    expect(nbsp(s.fees)).toBe('fees at risk: SEK 300.00, £15.00');
    expect(nbsp(s.label)).toBe(
      'Dispute Radar. 4 disputes need a response. 1 overdue. next: 2 d 4 h to respond (C1). fees at risk: SEK 300.00, £15.00.',
    );
  });

  it.each([
    ['a Klarna unauthorized purchase shown as an enquiry (response due 5–14 days from creation)', { id: 'K1', provider: 'klarna', status: 'warning_needs_response', reason: 'Unauthorized purchase' }, 1],
    ['a card enquiry with the portal’s “Respond by”', { id: 'K2', provider: 'card', status: 'warning_needs_response', dueBy: at(3 * D) }, 1],
    ['a Klarna enquiry whose next deadline is its escalation', { id: 'K3', provider: 'klarna', status: 'warning_needs_response', reason: 'Goods not received' }, 0],
    ['a chargeback already answered (under review)', { id: 'K4', provider: 'card', status: 'under_review' }, 0],
  ] as const)('counts %s as needing a response: %i', (_name, over, count) => {
    const facts = { ...billie, buyerCountry: 'SE', createdAt: at(-2 * D), ...over } as DisputeFacts;
    const s = summaryModel([view(facts)], vc());
    expect(s.needResponse).toBe(count === 1 ? '1 dispute needs a response' : '0 disputes need a response');
  });

  it('says so when nothing is open', () => {
    const s = summaryModel([won].map(view), vc('de'));
    expect(s.needResponse).toBe('0 Streitfälle brauchen eine Antwort');
    expect(s.overdue).toBeNull();
    expect(s.next).toBeNull();
    expect(s.fees).toBe('keine Gebühren auf dem Spiel');
    // no overdue sentence, not an empty one
    expect(s.label).toBe(joinSentences([t('de', 'app.name'), s.needResponse, t('de', 'content.summary.noNext'), s.fees]));
    expect(s.label).not.toMatch(/\.\s*\./);
  });
});

describe('helpers', () => {
  it('sums per currency in first-seen order, never across currencies', () => {
    expect(
      sumByCurrency([
        { amountMinor: 1500, currency: 'EUR' },
        { amountMinor: 15000, currency: 'SEK' },
        { amountMinor: 1500, currency: 'EUR' },
      ]),
    ).toEqual([
      { currency: 'EUR', amountMinor: 3000 },
      { currency: 'SEK', amountMinor: 15000 },
    ]);
  });
  it('ends every sentence with one full stop', () => {
    expect(joinSentences(['A.', 'B', ' ', 'C..'])).toBe('A. B. C.');
  });
});
