// @vitest-environment happy-dom
// A portal may show a dispute's amount as a debit from the merchant's balance: "−€12.50",
// "-12,50 €", "(€12.50)". The amount disputed is €12.50 all the same. With its sign the facts said
// −€12.50, and the detail panel's exposure and the popup's "at stake" counted it as money gained.
// (lib/portal/amount.ts's readAmount keeps the sign: amount.test.ts; the dispute's facts do not.)
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

function detail(lang: string, amount: string): string {
  return `<main><dl><dt>Dispute ID</dt><dd>dp_debit1</dd><dt>${lang === 'de-DE' ? 'Betrag' : 'Amount'}</dt><dd>${amount}</dd></dl></main>`;
}

describe("a dispute's amount shown as a debit", () => {
  it.each([
    ['en-GB', '−€12.50', 1250, 'EUR'],
    ['en-GB', '-€12.50', 1250, 'EUR'],
    ['en-GB', '€-12.50', 1250, 'EUR'],
    ['en-GB', '(€12.50)', 1250, 'EUR'],
    ['en-GB', '€12.50', 1250, 'EUR'],
    ['de-DE', '-1.234,50 €', 123450, 'EUR'],
    ['de-DE', '−12,50 €', 1250, 'EUR'],
  ])('%s "%s" is the amount disputed, %i minor units of %s', (lang, amount, amountMinor, currency) => {
    document.documentElement.lang = lang;
    document.body.innerHTML = detail(lang, amount);
    const r = readPortalPage(document, 'https://portal.kustom.co/disputes/dp_debit1');
    expect(r.problems).toEqual([]);
    expect(r.disputes.map((d) => d.facts.amount)).toEqual([{ amountMinor, currency }]);
  });
});
