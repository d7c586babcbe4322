// The traps and advice that apply to this dispute, most severe first.
import { t } from '../lib/i18n';
import type { AdviceItem } from '../lib/rules/types';
import type { RuleTexts } from './rule-texts';
import type { ViewContext } from './view-model';

const ORDER = { critical: 0, warning: 1, info: 2 } as const;

export function AdviceList({ items, vc, texts }: { items: readonly AdviceItem[]; vc: ViewContext; texts: RuleTexts }) {
  const sorted = [...items].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul class="adv">
      {sorted.map((item) => (
        <li key={item.id} data-advice={item.id}>
          <span class={`sev-${item.severity}`}>{t(vc.locale, `content.severity.${item.severity}`)}</span>{' '}
          {texts.advice(item, vc.locale, vc.timeZone)}
        </li>
      ))}
    </ul>
  );
}
