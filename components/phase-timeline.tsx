// created → escalation → response due → expected decision, with what is past and what is estimated.
import { t } from '../lib/i18n';
import type { TimelinePoint } from '../lib/rules/types';
import { formatDateTime } from './format';
import { ruleDescription } from './rule-description';
import type { ViewContext } from './view-model';

export function pointDate(p: TimelinePoint, vc: ViewContext): string {
  const from = formatDateTime(vc.locale, p.at, vc.timeZone);
  if (!p.latest) return from;
  return t(vc.locale, 'content.timeline.range', { from, to: formatDateTime(vc.locale, p.latest, vc.timeZone) });
}

export function PhaseTimeline({ points, vc }: { points: TimelinePoint[]; vc: ViewContext }) {
  const { locale } = vc;
  return (
    <ol class="timeline">
      {points.map((p) => {
        const source =
          p.source === 'rule'
            ? t(locale, 'content.timeline.estimate')
            : p.source === 'portal'
              ? t(locale, 'content.timeline.portal')
              : t(locale, 'content.timeline.page');
        return (
          <li key={p.kind} class={p.passed ? 'passed' : 'upcoming'} data-kind={p.kind}>
            <span class="what">{t(locale, `content.timeline.${p.kind}`)}</span>
            {': '}
            <span class="when">{pointDate(p, vc)}</span>{' '}
            <span class="src" title={p.ruleId && p.source === 'rule' ? t(locale, 'content.estimate.rule', { rule: ruleDescription(p.ruleId, locale) }) : undefined}>
              ({source}
              {p.passed ? `, ${t(locale, 'content.timeline.passed')}` : ''})
            </span>
          </li>
        );
      })}
    </ol>
  );
}
