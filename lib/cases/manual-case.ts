// The "Add a case" form: disputes known only from e-mail (Klarna writes to merchants without portal
// access). Turns what the merchant typed into DisputeFacts, or into one message per field that is
// wrong (i18n keys, area popup). Pure: the caller passes the clock, the zone and how to make an id.
import { computedEscalationAhead } from '../rules/deadlines';
import { disputeFactsSchema } from '../rules/schema';
import { statusInfo } from '../rules/statuses';
import { isValidInstant, zone } from '../rules/time';
import type { DisputeFacts, DisputeStatus, Provider } from '../rules/types';
import { countryCodes } from './countries';
import { minorDigits } from './export-csv';

export interface ManualCaseForm {
  provider: string;
  status: string;
  /** the dispute ID from the e-mail; empty = one is made up */
  disputeId: string;
  storeId: string;
  orderId: string;
  merchantReference: string;
  /** "YYYY-MM-DD" (start of that day) or "YYYY-MM-DDTHH:mm", in the merchant's zone */
  createdAt: string;
  /** when the enquiry became a chargeback, if the e-mail says so */
  escalatedAt: string;
  /** "49.90", "49,90", "1 234,50", "1,234.50" */
  amount: string;
  currency: string;
  buyerCountry: string;
  reason: string;
  /** the deadline the e-mail or portal states: "YYYY-MM-DD" (end of that day) or with a time */
  dueBy: string;
}

export type ManualField = keyof ManualCaseForm;

export const EMPTY_MANUAL_FORM: ManualCaseForm = {
  provider: 'klarna',
  status: 'warning_needs_response',
  disputeId: '',
  storeId: '',
  orderId: '',
  merchantReference: '',
  createdAt: '',
  escalatedAt: '',
  amount: '',
  currency: 'EUR',
  buyerCountry: '',
  reason: '',
  dueBy: '',
};

/** The statuses a case known from e-mail can be in: an open enquiry or a chargeback to answer. */
export const MANUAL_STATUSES: readonly DisputeStatus[] = ['warning_needs_response', 'open'];
export const MANUAL_PROVIDERS: readonly Provider[] = ['klarna', 'card', 'billie'];

/**
 * Reasons as the portal and the providers' e-mails name them (shown in English in every locale;
 * ../shared/design/portal-vocabulary.md "Reasons"), offered as suggestions: free text stays allowed.
 */
export const REASON_SUGGESTIONS: Record<Provider, readonly string[]> = {
  klarna: ['Return', 'Goods not received', 'Faulty goods', 'Incorrect invoice', 'Already paid', 'Unauthorized purchase', 'High risk order'],
  billie: ['Goods not received', 'Returns', 'Incorrect invoice', 'Faulty goods', 'Already paid', 'Unauthorized order'],
  card: ['Fraudulent', 'Product not received', 'Product unacceptable', 'Subscription canceled', 'Credit not processed', 'Duplicate', 'Unrecognized', 'General', 'Noncompliant'],
};

export type ManualErrors = Partial<Record<ManualField, string>>;
export type ManualResult = { ok: true; facts: DisputeFacts } | { ok: false; errors: ManualErrors };

export interface ManualOptions {
  now: Date;
  timeZone: string;
  /** a fresh id for a case whose e-mail gave none */
  newId: () => string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A date typed into the form as an instant in `timeZone`. A date without a time is the start of that
 * day, or its end (23:59:59.999) for a deadline, as the portal reader reads dates (architecture.md).
 * The wall time becomes an instant as the reader's and the rules' do (lib/rules/time): a time the
 * clocks repeat is its first occurrence, one they skip the moment of the change, so a deadline typed
 * from an e-mail is the one the dispute's page gives, never an hour later.
 */
export function parseLocalDate(value: string, timeZone: string, endOfDay: boolean): Date | null {
  const v = value.trim();
  const m = DATE_TIME.exec(v) ?? DATE_ONLY.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const withTime = m.length > 4 && m[4] !== undefined;
  const h = withTime ? Number(m[4]) : endOfDay ? 23 : 0;
  const mi = withTime ? Number(m[5]) : endOfDay ? 59 : 0;
  const s = withTime ? Number(m[6] ?? 0) : endOfDay ? 59 : 0;
  const ms = withTime ? 0 : endOfDay ? 999 : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const z = zone(timeZone);
  if (!z) return null;
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // 31 February rolls over to March in Date arithmetic (a year below 100 to the 1900s): reject
  // instead of guessing.
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d) return null;
  const t = z.wallToInstant(wall.getTime());
  return isValidInstant(t) ? new Date(t) : null;
}

/**
 * An amount as typed, in the currency's minor units, or null. Spaces (also no-break ones) and
 * apostrophes group digits; with both "." and "," the last one is the decimal mark; with only one of
 * them, it is the decimal mark when at most the currency's minor digits follow it, and a thousands
 * separator when exactly three follow (so "1,234" EUR is 1234 and "12,34" is 12.34).
 */
export function parseAmount(value: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const v = value.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(v)) return null;
  const lastDot = v.lastIndexOf('.');
  const lastComma = v.lastIndexOf(',');
  let whole: string;
  let frac = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const mark = Math.max(lastDot, lastComma);
    const group = mark === lastDot ? ',' : '.';
    const head = v.slice(0, mark);
    if (head.includes(v[mark]!)) return null;
    whole = head.split(group).join('');
    frac = v.slice(mark + 1);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = v.split(sep);
    const tail = parts[parts.length - 1]!;
    if (parts.length === 2 && tail.length <= digits && tail.length > 0) {
      whole = parts[0]!;
      frac = tail;
    } else if (parts.slice(1).every((p) => p.length === 3) && parts[0]!.length >= 1 && parts[0]!.length <= 3) {
      whole = parts.join('');
    } else {
      return null;
    }
  } else {
    whole = v;
  }
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(frac) || frac.length > digits) return null;
  const minor = Number(whole + frac.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

let knownCurrencies: Set<string> | null = null;
function isCurrency(code: string): boolean {
  if (!knownCurrencies) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    knownCurrencies = new Set(intl.supportedValuesOf ? intl.supportedValuesOf('currency') : []);
  }
  return knownCurrencies.size === 0 ? /^[A-Z]{3}$/.test(code) : knownCurrencies.has(code);
}


function isCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countryCodes().includes(code);
}

const TEXT_MAX = 200;
/** A day of slack: an e-mail's "today" in another zone can be tomorrow here. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Checks the form; every wrong field gets its own message key. */
export function validateManualCase(form: ManualCaseForm, opts: ManualOptions): ManualResult {
  const errors: ManualErrors = {};
  const text = (field: ManualField): string | undefined => {
    const v = form[field].trim();
    if (v.length > TEXT_MAX) errors[field] = 'popup.add.error.tooLong';
    return v.length > 0 ? v : undefined;
  };

  const provider = form.provider as Provider;
  if (!MANUAL_PROVIDERS.includes(provider)) errors.provider = 'popup.add.error.provider';
  const status = form.status as DisputeStatus;
  if (!MANUAL_STATUSES.includes(status)) errors.status = 'popup.add.error.status';

  const id = text('disputeId');
  const storeId = text('storeId');
  const orderId = text('orderId');
  const merchantReference = text('merchantReference');
  const reason = text('reason');
  if (!reason && !errors.reason) errors.reason = 'popup.add.error.required';

  let created: Date | null = null;
  if (!form.createdAt.trim()) errors.createdAt = 'popup.add.error.required';
  else {
    created = parseLocalDate(form.createdAt, opts.timeZone, false);
    if (!created) errors.createdAt = 'popup.add.error.date';
    else if (created.getTime() > opts.now.getTime() + FUTURE_SLACK_MS) errors.createdAt = 'popup.add.error.future';
  }

  let escalated: Date | null = null;
  if (form.escalatedAt.trim()) {
    escalated = parseLocalDate(form.escalatedAt, opts.timeZone, false);
    if (!escalated) errors.escalatedAt = 'popup.add.error.date';
    else if (created && escalated < created) errors.escalatedAt = 'popup.add.error.beforeCreated';
    else if (escalated.getTime() > opts.now.getTime() + FUTURE_SLACK_MS) errors.escalatedAt = 'popup.add.error.future';
  }

  let due: Date | null = null;
  if (form.dueBy.trim()) {
    due = parseLocalDate(form.dueBy, opts.timeZone, true);
    if (!due) errors.dueBy = 'popup.add.error.date';
    else if (created && due < created) errors.dueBy = 'popup.add.error.beforeCreated';
  }

  const currency = form.currency.trim().toUpperCase();
  if (!currency) errors.currency = 'popup.add.error.required';
  else if (!isCurrency(currency)) errors.currency = 'popup.add.error.currency';

  let amountMinor: number | null = null;
  if (!form.amount.trim()) errors.amount = 'popup.add.error.required';
  else if (!errors.currency) {
    amountMinor = parseAmount(form.amount, currency);
    if (amountMinor === null) errors.amount = 'popup.add.error.amount';
    else if (amountMinor <= 0) errors.amount = 'popup.add.error.amountPositive';
  }

  const buyerCountry = form.buyerCountry.trim().toUpperCase();
  if (!buyerCountry) errors.buyerCountry = 'popup.add.error.required';
  else if (!isCountry(buyerCountry)) errors.buyerCountry = 'popup.add.error.country';

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const facts: DisputeFacts = {
    id: id ?? opts.newId(),
    provider,
    status,
    createdAt: created!.toISOString(),
    amount: { amountMinor: amountMinor!, currency },
    buyerCountry,
    reason: reason!,
  };
  if (escalated) facts.escalatedAt = escalated.toISOString();
  if (due) facts.dueBy = due.toISOString();
  if (orderId) facts.orderId = orderId;
  if (merchantReference) facts.merchantReference = merchantReference;
  if (storeId) facts.storeId = storeId;
  // The same schema the background checks with: what passes here is accepted there.
  const parsed = disputeFactsSchema.safeParse(facts);
  if (!parsed.success) return { ok: false, errors: { disputeId: 'popup.add.error.invalid' } };
  const start = chargebackStartErrors(facts, opts);
  return start ? { ok: false, errors: start } : { ok: true, facts };
}

/**
 * A chargeback added by hand must say when it started when the rules cannot know it. The rules
 * anchor a chargeback's response deadline on its escalation, computed from the opening when the
 * merchant gives none (architecture.md "Deadline semantics"). If that computed escalation is still
 * ahead, the dispute the merchant calls a chargeback escalated earlier than the rules assume (often:
 * the chargeback e-mail's date typed as "Opened on"), and the estimated response deadline, with the
 * notifications built on it, would come weeks after the real one. Which disputes escalate when is
 * the rules' business (lib/rules computedEscalationAhead); this only asks. Messages for the two
 * fields that would tell them; null when the facts can be saved as they are.
 */
function chargebackStartErrors(facts: DisputeFacts, opts: Pick<ManualOptions, 'now' | 'timeZone'>): ManualErrors | null {
  if (statusInfo(facts.status).phase !== 'chargeback' || facts.dueBy !== undefined) return null;
  return computedEscalationAhead(facts, opts) ? { ...CHARGEBACK_START_ERRORS } : null;
}

/** The chargeback start's messages: one problem, shown beside both fields that can settle it. */
const CHARGEBACK_START_ERRORS = { escalatedAt: 'popup.add.error.chargebackStart', dueBy: 'popup.add.error.chargebackDeadline' } as const;

/**
 * How many problems the form has, for its summary line: one per marked field, except that the
 * chargeback start's two messages are one problem (filling in either field settles both).
 */
export function manualProblemCount(errors: ManualErrors): number {
  const marked = Object.keys(errors).length;
  const pair = errors.escalatedAt === CHARGEBACK_START_ERRORS.escalatedAt && errors.dueBy === CHARGEBACK_START_ERRORS.dueBy;
  return pair ? marked - 1 : marked;
}
