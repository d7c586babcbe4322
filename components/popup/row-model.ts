// What one due case's row says, worked out once for both renderers of a row: CaseRow (Preact) and
// the first frame drawn with plain DOM (./first-paint.ts), which must show the same texts. No Preact
// here: the first frame's chunk carries none.
import { t, type Locale } from '../../lib/i18n';
import type { CaseRow as Row } from '../../lib/cases/group';
import type { Urgency } from '../../lib/rules/types';
import { feeAwaitsCountry } from '../../lib/rules/fees';
import { withVatNote } from '../../lib/cases/fee-vat';
import { formatCountdown, formatDateTime, formatMoney } from '../format';

export interface RowTexts {
  urgency: Urgency;
  /** the chip: time left to the next deadline, or "unknown" */
  countdown: string;
  amount: string | null;
  provider: string;
  status: string;
  store: string;
  /** the fee at stake, or why none is shown */
  fee: string;
  /** the next deadline; `estimateTitle` only when the rules estimated it (not the portal's date) */
  due: { at: string; text: string; estimateTitle: string | null } | null;
}

export function rowTexts(row: Row, locale: Locale, timeZone: string, now: number): RowTexts {
  const f = row.case.facts;
  const a = row.assessment;
  const next = a?.next ?? null;
  const fee = a?.fee ?? null;
  let due: RowTexts['due'] = null;
  if (next) {
    const at = formatDateTime(locale, next.at, timeZone);
    // An enquiry's next deadline is its escalation, not a response due then.
    const escalation = next.kind === 'escalation';
    const estimateTitle =
      next.source !== 'rule'
        ? null
        : next.latest
          ? t(locale, 'popup.row.estimateRange.title', { earliest: at, latest: formatDateTime(locale, next.latest, timeZone) })
          : t(locale, escalation ? 'popup.row.estimate.title.escalation' : 'popup.row.estimate.title');
    due = { at: next.at, text: t(locale, escalation ? 'popup.row.escalates' : 'popup.row.due', { date: at }), estimateTitle };
  }
  return {
    urgency: a?.urgency ?? 'none',
    countdown: next ? formatCountdown(locale, Date.parse(next.at) - now, next.kind) : t(locale, 'popup.row.unknown'),
    amount: f.amount ? formatMoney(locale, f.amount) : null,
    provider: f.provider ? t(locale, `popup.provider.${f.provider}`) : '',
    status: f.status ? t(locale, `popup.status.${f.status}`) : t(locale, 'popup.status.unknown'),
    store: row.storeId ? t(locale, 'popup.row.store', { store: row.storeId }) : t(locale, 'popup.row.noStore'),
    fee: fee
      ? withVatNote(locale, t(locale, fee.charged === 'if_lost' ? 'popup.row.feeIfLost' : 'popup.row.fee', { fee: formatMoney(locale, fee.fee) }), fee)
      : t(locale, feeAwaitsCountry(f, f.buyerCountry ?? row.case.merchant.buyerCountry) ? 'popup.row.feeNoCountry' : 'popup.row.noFee'),
    due,
  };
}
