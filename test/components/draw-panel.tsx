// The detail panel drawn for a dispute as assessDispute sees it at `now`, with no merchant input:
// what the panel's behaviour tests look at.
import { render } from 'preact';
import { DisputePanel } from '../../components/dispute-panel';
import { ruleTexts } from '../../components/rule-texts';
import type { Locale } from '../../lib/i18n';
import { assessDispute } from '../../lib/rules';
import type { DisputeFacts } from '../../lib/rules/types';

export function drawPanel(facts: DisputeFacts, opts: { now: number; locale?: Locale; timeZone?: string }): HTMLElement {
  const vc = { locale: opts.locale ?? 'en', timeZone: opts.timeZone ?? 'Europe/Stockholm', now: opts.now, scheme: 'light' as const };
  const assessment = assessDispute(facts, { now: new Date(opts.now), timeZone: vc.timeZone });
  const div = document.createElement('div');
  render(<DisputePanel view={{ key: `M1|${facts.id}`, storeId: 'M1', facts, assessment, missing: [], merchant: null }} vc={vc} texts={ruleTexts} saveError={null} onChange={() => {}} />, div);
  return div;
}
