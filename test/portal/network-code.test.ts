// @vitest-environment happy-dom
// A detail page shows the card network's reason code beside the reason in words: both are kept
// (the words give the category, the code its own evidence and advice: test/rules/assess.test.ts).
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';

const page = (rows: [string, string][]) => `<main><dl>${rows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl></main>`;

describe('the network reason code beside the reason', () => {
  it.each([
    // (reasons are shown in English in every locale: portal-vocabulary.md "Reasons")
    ['en-GB', [['Dispute ID', 'dp_code1'], ['Reason', 'Fraudulent'], ['Network reason code', '10.4']], 'Fraudulent', '10.4'],
    ['de-DE', [['Streitfall-ID', 'dp_code1'], ['Grund', 'fraudulent'], ['Netzwerk-Grundcode', '4837']], 'Fraudulent', '4837'],
    ['fi-FI', [['Kiistan tunnus', 'dp_code1'], ['Syy', 'Product not received'], ['Verkon syykoodi', '13.1']], 'Product not received', '13.1'],
    ['en-GB', [['Dispute ID', 'dp_code1'], ['Network reason code', '13.1']], '13.1', '13.1'],
    ['en-GB', [['Dispute ID', 'dp_code1'], ['Reason', 'Fraudulent']], 'Fraudulent', undefined],
  ] as const)('%s %j', (lang, rows, reason, code) => {
    document.documentElement.lang = lang;
    document.body.innerHTML = page(rows as unknown as [string, string][]);
    const r = readPortalPage(document, 'https://portal.kustom.co/disputes/dp_code1');
    expect(r.disputes).toHaveLength(1);
    expect(r.disputes[0]!.facts.reason).toBe(reason);
    expect(r.disputes[0]!.facts.networkReasonCode).toBe(code);
  });
});
