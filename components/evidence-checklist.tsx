// The evidence this dispute needs, with ticks the merchant keeps per dispute.
import { t } from '../lib/i18n';
import type { EvidenceItem } from '../lib/rules/types';
import type { RuleTexts } from './rule-texts';
import type { ViewContext } from './view-model';

export function EvidenceChecklist(props: {
  items: readonly EvidenceItem[];
  ticks: Record<string, boolean>;
  vc: ViewContext;
  texts: RuleTexts;
  onTick: (id: string, ticked: boolean) => void;
}) {
  const { locale } = props.vc;
  const done = props.items.filter((i) => props.ticks[i.id]).length;
  return (
    <>
      <p class="src" aria-live="polite">
        {t(locale, 'content.evidence.progress', { done, total: props.items.length })}
      </p>
      <ul class="check">
        {props.items.map((item) => {
          const text = props.texts.evidence(item, locale);
          const id = `dr-ev-${item.id}`;
          return (
            <li key={item.id} data-item={item.id}>
              <label for={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={props.ticks[item.id] === true}
                  aria-describedby={`${id}-hint`}
                  onChange={(e) => props.onTick(item.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>
                  <span class="title">{text.title}</span>{' '}
                  <span class="lvl">{t(locale, `content.evidence.${item.level}`)}</span>
                </span>
              </label>
              <p class="hint" id={`${id}-hint`}>
                {text.explanation} {text.acceptance}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
