// One due case in the popup list: countdown, amount, fee at stake, provider and status, store, and
// whether the deadline is an estimate. The whole row is one button that opens the dispute.
import { formatCountdown, formatDateTime, formatMoney } from '../format';
import { t, type Locale } from '../../lib/i18n';
import type { CaseRow as Row } from '../../lib/cases/group';

export interface CaseRowProps {
  row: Row;
  locale: Locale;
  timeZone: string;
  now: number;
  onOpen: (row: Row) => void;
}

export function CaseRow({ row, locale, timeZone, now, onOpen }: CaseRowProps) {
  const f = row.case.facts;
  const a = row.assessment;
  const next = a?.next ?? null;
  const msLeft = next ? Date.parse(next.at) - now : null;
  const urgency = a?.urgency ?? 'none';
  const fee = a?.fee ?? null;
  const estimateTitle = next?.latest
    ? t(locale, 'popup.row.estimateRange.title', {
        earliest: formatDateTime(locale, next.at, timeZone),
        latest: formatDateTime(locale, next.latest, timeZone),
      })
    : t(locale, 'popup.row.estimate.title');
  return (
    <li class="row" data-case-key={row.case.key}>
      <button type="button" class="row-btn" onClick={() => onOpen(row)}>
        <span class="row-line">
          <span class={`chip u-${urgency}`}>
            {next && msLeft !== null ? formatCountdown(locale, msLeft, next.kind) : t(locale, 'popup.row.unknown')}
          </span>
          {f.amount ? <span class="amount">{formatMoney(locale, f.amount)}</span> : null}
        </span>
        <span class="row-line">
          <span class="id">{f.id}</span>
          <span class="muted">
            {f.provider ? t(locale, `popup.provider.${f.provider}`) : ''}
            {' · '}
            {f.status ? t(locale, `popup.status.${f.status}`) : t(locale, 'popup.status.unknown')}
          </span>
        </span>
        <span class="row-line small muted">
          <span>{row.storeId ? t(locale, 'popup.row.store', { store: row.storeId }) : t(locale, 'popup.row.noStore')}</span>
          <span>
            {fee
              ? t(locale, fee.charged === 'if_lost' ? 'popup.row.feeIfLost' : 'popup.row.fee', { fee: formatMoney(locale, fee.fee) })
              : t(locale, f.provider !== 'billie' && !f.buyerCountry && !row.case.merchant.buyerCountry ? 'popup.row.feeNoCountry' : 'popup.row.noFee')}
          </span>
        </span>
        {next ? (
          <span class="row-line small muted">
            <time dateTime={next.at}>{t(locale, 'popup.row.due', { date: formatDateTime(locale, next.at, timeZone) })}</time>
            {next.source === 'rule' ? (
              <span class="estimate" title={estimateTitle}>
                ≈ {t(locale, 'popup.row.estimate')}
                <span class="sr-only">: {estimateTitle}</span>
              </span>
            ) : null}
            {row.case.manual ? <span class="manual">{t(locale, 'popup.row.manual')}</span> : null}
          </span>
        ) : null}
        <span class="sr-only">{t(locale, 'popup.row.open', { id: f.id })}</span>
      </button>
    </li>
  );
}
