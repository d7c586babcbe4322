// "excl. VAT" after a fee, in one place for every view outside the portal page that words a fee:
// the popup row (components/popup/row-model) and the iCalendar export (./ical). Kustom's current
// card fee table gives its amounts without VAT (article 395539; lib/rules marks those rows
// excludesVat); a fee whose table does not say (Klarna's, the older card table) gets nothing.
// The CSV export says it in a column of its own (./export-csv); the portal page's panel in a
// sentence of its own (content.fee.exclVatNote).
import { t, type Locale } from '../i18n';
import type { FeeRule } from '../rules/types';

/** `text` (the fee in words) followed by "excl. VAT" when the fee's table excludes VAT. */
export function withVatNote(locale: Locale, text: string, fee: Pick<FeeRule, 'excludesVat'>): string {
  return fee.excludesVat ? `${text} ${t(locale, 'popup.row.exclVat')}` : text;
}
