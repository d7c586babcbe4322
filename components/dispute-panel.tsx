// The panel on a dispute's own page: live countdown, phase timeline, exposure, evidence checklist
// with goods type and ticks, advice, and the facts the page lacks.
import { t } from '../lib/i18n';
import type { GoodsType } from '../lib/rules/types';
import { EVIDENCE_LATER_ADVICE } from '../lib/rules/data/advice-rules';
import type { MerchantPatch } from '../lib/cases/messages';
import { AdviceList } from './advice-list';
import { CaseInputs } from './case-inputs';
import { EvidenceChecklist } from './evidence-checklist';
import { ExposureTable } from './exposure-table';
import { formatDateTime } from './format';
import { PhaseTimeline } from './phase-timeline';
import type { RuleTexts } from './rule-texts';
import { countdownText, estimateText, feeNeedsCountry, missingText, feeExcludesVat, panelFeeText, type DisputeView, type ViewContext } from './view-model';

export interface PanelProps {
  view: DisputeView;
  vc: ViewContext;
  texts: RuleTexts;
  /** a save that failed, in plain words; null when all is saved */
  saveError: string | null;
  onChange: (patch: MerchantPatch) => void;
}

export function DisputePanel({ view, vc, texts, saveError, onChange }: PanelProps) {
  const { locale } = vc;
  const a = view.assessment;
  const merchant = view.merchant;
  const askCountry = !view.facts.buyerCountry;
  const goods: GoodsType | null = merchant?.goods ?? a?.goods ?? null;
  // A closed dispute takes no evidence and no inputs; an open one shows its checklist, if any.
  const open = a?.phase !== 'closed';
  const checklist = open && (a?.checklist.length ?? 0) > 0;
  const inputs = (
    <CaseInputs
      vc={vc}
      askCountry={askCountry}
      country={merchant?.buyerCountry ?? null}
      goods={goods}
      onCountry={(code) => onChange({ buyerCountry: code })}
      onGoods={(g) => onChange({ goods: g })}
    />
  );
  // Said on either panel: a dispute too short of facts to assess still has inputs to save.
  const error = saveError ? (
    <p class="error" role="alert">
      {saveError}
    </p>
  ) : null;
  const titleId = 'dr-panel-title';
  return (
    <section class="panel" aria-labelledby={titleId} tabIndex={0}>
      <h2 id={titleId}>
        <span class="brand">{t(locale, 'app.name')}</span>
        {' · '}
        {t(locale, 'content.panel.dispute', { id: view.facts.id })}
      </h2>
      {a ? (
        <>
          <div class="head">
            <span class={`big u-${a.urgency}`} role="timer" aria-live="off" data-part="countdown">
              {a.next && a.next.source === 'rule' ? (
                <span class="est" title={estimateText(a.next, vc)} aria-label={estimateText(a.next, vc)}>
                  {t(locale, 'content.estimate.mark')}{' '}
                </span>
              ) : null}
              {countdownText(a, vc)}
            </span>
            {a.next ? (
              <p class="due" data-part="due">
                {t(locale, `content.next.${a.next.kind}`, {
                  date: formatDateTime(locale, a.next.at, vc.timeZone),
                })}
                {a.next.source === 'rule' ? ` (${t(locale, 'content.timeline.estimate')})` : ''}
              </p>
            ) : null}
            <p class="due" data-part="fee">
              {panelFeeText(view, a, locale)}
            </p>
            {feeExcludesVat(a) ? (
              <p class="due" data-part="fee-vat">
                {t(locale, 'content.fee.exclVatNote')}
              </p>
            ) : null}
          </div>
          {error}
          <details open data-section="timeline">
            <summary>{t(locale, 'content.panel.timeline')}</summary>
            <PhaseTimeline points={a.timeline} vc={vc} />
          </details>
          {/* What accepting or challenging would cost: nothing is at stake once the dispute is closed. */}
          {a.phase !== 'closed' ? (
            <details open data-section="exposure">
              <summary>{t(locale, 'content.panel.exposure')}</summary>
              <ExposureTable exposure={a.exposure} vc={vc} />
              {!a.exposure.feeKnown && feeNeedsCountry(view) ? (
                <p class="src" data-part="fee-unknown">
                  {t(locale, 'content.exposure.feeUnknown')}
                </p>
              ) : null}
            </details>
          ) : null}
          <details open data-section="evidence">
            <summary>{t(locale, 'content.panel.evidence')}</summary>
          {/* Nothing can be sent once the dispute is closed: no checklist to work through. */}
          {open ? inputs : null}
          {/* While the rules say no evidence is taken yet (a Klarna enquiry), the list is what to have ready. */}
          {checklist && a.advice.some((i) => i.id === EVIDENCE_LATER_ADVICE) ? (
            <p class="src" data-part="evidence-later">
              {t(locale, 'content.evidence.ifEscalates')}
            </p>
          ) : null}
          {checklist ? (
            <EvidenceChecklist
              items={a.checklist}
              ticks={merchant?.ticks ?? {}}
              vc={vc}
              texts={texts}
              onTick={(id, ticked) => onChange({ ticks: { [id]: ticked } })}
            />
          ) : (
            <p class="src">{t(locale, 'content.evidence.none')}</p>
          )}
          </details>
          {a.advice.length > 0 ? (
            <details open data-section="advice">
              <summary>{t(locale, 'content.panel.advice')}</summary>
              <AdviceList items={a.advice} vc={vc} texts={texts} />
            </details>
          ) : null}
        </>
      ) : (
        <>
          <p data-part="missing">{missingText(view.missing, locale)}</p>
          {error}
          {inputs}
        </>
      )}
    </section>
  );
}
