// The due cases as CSV (RFC 4180): one row per case, CRLF line ends, fields quoted when they hold
// the separator, a quote, CR or LF, quotes doubled. Column titles, the separator and the decimal
// mark follow the UI language (csvDialect: a spreadsheet in that language opens the file as it is);
// instants stay ISO 8601 in UTC, and local times "2026-11-22 14:05", which spreadsheets read in any
// language.
import { t, type Locale } from '../i18n';
import { minorUnitDigits } from '../rules/currency';
import type { Money } from '../rules/types';
import type { CaseRow } from './group';

const CRLF = '\r\n';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is prefixed with
 * an apostrophe: dispute data comes from a web page and from e-mail, so it is not trusted (OWASP
 * "CSV injection"). Numbers we write ourselves are not touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined, opts: { text?: boolean; separator?: CsvSeparator } = {}): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (opts.text !== false && typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /["\r\n]/.test(s) || s.includes(opts.separator ?? ',') ? `"${s.replace(/"/g, '""')}"` : s;
}

type CsvSeparator = ',' | ';';

/** How a spreadsheet in a UI language reads a CSV file: its field separator and decimal mark. */
export interface CsvDialect {
  separator: CsvSeparator;
  decimal: '.' | ',';
}

/**
 * The UI language's spreadsheet conventions. Where the language writes decimals with a comma
 * (German and the Nordic languages, as Intl formats them), spreadsheets separate fields with
 * semicolons: Excel in those languages opened the comma-separated file as one column, and took a
 * decimal with a dot for something else ("12.05" for 12 May, "1.234" for a thousand).
 */
export function csvDialect(locale: Locale): CsvDialect {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/**
 * Digits of a currency's minor unit as ISO 4217 defines them (JPY 0, EUR 2, HUF 2): the scale of
 * `Money.amountMinor`. Not Intl's digits, which are CLDR's display digits (HUF 0 there, so a HUF
 * amount would come out 100× too large).
 */
export function minorDigits(currency: string): number {
  return minorUnitDigits(currency);
}

/** 123456 EUR → "1234.56"; integer arithmetic, no float rounding. */
export function decimalAmount(money: Money): string {
  const digits = minorDigits(money.currency);
  const negative = money.amountMinor < 0;
  const abs = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  const frac = digits === 0 ? '' : `.${abs.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** "2026-11-22 14:05" in the given zone (a spreadsheet reads it as a local date-time). */
export function localDateTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const COLUMNS = [
  'group',
  'store',
  'disputeId',
  'orderId',
  'merchantReference',
  'provider',
  'status',
  'deadlineKind',
  'deadlineUtc',
  'deadlineLocal',
  'estimate',
  'latestUtc',
  'hoursLeft',
  'amount',
  'currency',
  'fee',
  'feeCurrency',
  'feeExcludesVat',
  'feeCharged',
  'buyerCountry',
  'reason',
  'manual',
  'pageUrl',
] as const;

export interface CsvOptions {
  locale: Locale;
  timeZone: string;
  now: Date;
}

/** The rows (already grouped and sorted, see group.ts) as a CSV document ending in CRLF. */
export function casesToCsv(rows: readonly CaseRow[], opts: CsvOptions): string {
  const { locale, timeZone, now } = opts;
  const { separator, decimal } = csvDialect(locale);
  const field = (value: string | null | undefined) => csvField(value, { separator });
  // numbers we write ourselves (never a formula), with the language's decimal mark
  const number = (value: string | null) => csvField(value === null ? null : value.replace('.', decimal), { text: false, separator });
  const yesNo = (b: boolean) => t(locale, b ? 'popup.csv.yes' : 'popup.csv.no');
  const line = (fields: readonly string[]) => fields.join(separator);
  const lines = [line(COLUMNS.map((c) => field(t(locale, `popup.csv.col.${c}`))))];
  for (const row of rows) {
    const f = row.case.facts;
    const a = row.assessment;
    const next = a?.next ?? null;
    // (in tenths, rounded down: never more time than there is, and a case overdue by minutes below
    // zero, -0.1, where rounding said "-0.0", which a spreadsheet reads as 0)
    const hoursLeft = next ? (Math.floor((Date.parse(next.at) - now.getTime()) / 360_000) / 10).toFixed(1) : null;
    const values: Record<(typeof COLUMNS)[number], string> = {
      group: field(t(locale, `popup.group.${row.group}`)),
      store: field(row.storeId),
      disputeId: field(f.id),
      orderId: field(f.orderId),
      merchantReference: field(f.merchantReference),
      provider: field(f.provider),
      status: field(f.status),
      deadlineKind: field(next ? t(locale, `popup.deadline.${next.kind}`) : null),
      deadlineUtc: field(next ? new Date(next.at).toISOString() : null),
      deadlineLocal: field(next ? localDateTime(next.at, timeZone) : null),
      estimate: field(next ? yesNo(next.source === 'rule') : null),
      latestUtc: field(next?.latest ? new Date(next.latest).toISOString() : null),
      hoursLeft: number(hoursLeft),
      amount: number(f.amount ? decimalAmount(f.amount) : null),
      currency: field(f.amount?.currency),
      fee: number(a?.fee ? decimalAmount(a.fee.fee) : null),
      feeCurrency: field(a?.fee?.fee.currency),
      // Kustom's current card table gives its fees without VAT (article 395539). Empty, not "no",
      // where the fee's table does not say: that would claim the fee includes VAT.
      feeExcludesVat: field(a?.fee?.excludesVat ? yesNo(true) : null),
      feeCharged: field(a?.fee ? t(locale, `popup.fee.${a.fee.charged}`) : null),
      buyerCountry: field(f.buyerCountry ?? row.case.merchant.buyerCountry),
      reason: field(f.reason),
      manual: field(yesNo(row.case.manual)),
      pageUrl: field(row.case.pageUrl),
    };
    lines.push(line(COLUMNS.map((c) => values[c])));
  }
  return lines.join(CRLF) + CRLF;
}
