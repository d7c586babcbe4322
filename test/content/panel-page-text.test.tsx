// @vitest-environment happy-dom
// What the page gave stays text in the panel: a dispute ID or reason that looks like HTML is shown
// as written, never parsed into elements (no innerHTML with page data).
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { DisputePanel } from '../../components/dispute-panel';
import { ruleTexts } from '../../components/rule-texts';
import { assessDispute } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const HTML = '<img src=x onerror="alert(1)"><b>x</b>';
const vc = { locale: 'en' as const, timeZone: 'Europe/Stockholm', now: NOW, scheme: 'light' as const };

function draw(facts: Partial<DisputeFacts> & { id: string }, assessed: boolean): HTMLElement {
  const div = document.createElement('div');
  const assessment = assessed ? assessDispute(facts as DisputeFacts, { now: new Date(NOW), timeZone: vc.timeZone }) : null;
  render(<DisputePanel view={{ key: `M1|${facts.id}`, storeId: 'M1', facts, assessment, missing: assessed ? [] : ['amount', 'createdAt'], merchant: null }} vc={vc} texts={ruleTexts} saveError={null} onChange={() => {}} />, div);
  return div;
}

describe('page text in the panel', () => {
  it.each([
    ['an assessed dispute', { id: HTML, provider: 'klarna', status: 'open', createdAt: '2026-03-01T10:00:00Z', amount: { amountMinor: 100, currency: 'EUR' }, reason: HTML } as DisputeFacts, true],
    ['a dispute missing facts', { id: HTML }, false],
  ])('%s: an ID that looks like HTML is shown as text', (_name, facts, assessed) => {
    const div = draw(facts, assessed);
    expect(div.querySelector('img, b')).toBeNull();
    expect(div.querySelector('h2')!.textContent).toBe(`Dispute Radar · dispute ${HTML}`);
  });
});
