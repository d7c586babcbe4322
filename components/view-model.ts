// What the in-page annotations show, as plain data computed from an assessment: the components
// only lay it out. Pure functions of their arguments, so they are tested without a DOM.
import type { Locale } from '../lib/i18n';
import { hasText, t, tn } from '../lib/i18n';
import type { Assessment, Deadline, DisputeFacts, Money, Urgency } from '../lib/rules/types';
import { responseDue } from '../lib/rules/response-due';
import { feeAwaitsCountry } from '../lib/rules/fees';
import type { MerchantInput } from '../lib/cases/schema';
import { formatCountdown, formatDateTime, formatMoney, type ColorScheme } from './format';
import { deadlineRuleDescription } from './rule-description';

export interface ViewContext {
  locale: Locale;
  timeZone: string;
  /** epoch ms the texts are computed for */
  now: number;
  scheme: ColorScheme;
}

/** One dispute as the page shows it, with what the merchant added and the rules' verdict. */
export interface DisputeView {
  /** caseKey(storeId, id): the identity of chips and panels */
  key: string;
  storeId: string | null;
  facts: Partial<DisputeFacts> & { id: string };
  /** null when the facts are not enough to assess (see `missing`) */
  assessment: Assessment | null;
  /** names of DisputeFacts fields the assessment needs and the page did not give */
  missing: string[];
  merchant: MerchantInput | null;
}

export interface ChipModel {
  urgency: Urgency;
  text: string;
  fee: string | null;
  /** the estimate mark's explanation; null when the deadline is the portal's own */
  estimate: string | null;
  /** the whole chip in one sentence, for screen readers and the tooltip */
  label: string;
  problem: boolean;
}

/** Sentences joined for a screen reader, each ending in one full stop. */
export function joinSentences(parts: string[]): string {
  return parts.map((p) => p.trim().replace(/[.。]+$/, '')).filter(Boolean).join('. ') + '.';
}

/** "≈ 2 d 4 h to respond" → the countdown part, from `now`, or a state when there is no deadline. */
export function countdownText(a: Assessment, vc: ViewContext): string {
  if (a.next) return formatCountdown(vc.locale, msLeftAt(a.next, vc.now), a.next.kind);
  return t(vc.locale, a.phase === 'closed' ? 'content.chip.closed' : 'content.chip.noDeadline');
}

export function msLeftAt(deadline: Deadline, now: number): number {
  return Date.parse(deadline.at) - now;
}

/** Why a deadline is an estimate, naming the rule; with a range, its latest end too. */
export function estimateText(d: Deadline, vc: ViewContext): string {
  const base = t(vc.locale, 'content.estimate.rule', { rule: deadlineRuleDescription(d.ruleId, vc.locale) });
  if (!d.latest) return base;
  return `${base} ${t(vc.locale, 'content.estimate.range', {
    from: formatDateTime(vc.locale, d.at, vc.timeZone),
    to: formatDateTime(vc.locale, d.latest, vc.timeZone),
  })}`;
}

/**
 * The words of the fee. Open: the fee at stake, charged on opening or if lost. Closed: what became
 * of it, not what a loss would cost. Lost (or accepted): charged. Won (or partially won): a fee
 * charged only on a loss was not charged, one charged on opening was refunded if its rule refunds
 * it (Kustom article 483942: before 2 Dec 2025). An enquiry that closed without escalating costs
 * no fee (seed: "won't incur fees unless escalated"). Null when no fee rule applies: the open
 * dispute's words say why (no published fee, country unknown).
 */
function feeKey(a: Assessment): string | null {
  if (!a.fee) return null;
  const { charged, refundedIfWon } = a.fee;
  if (a.phase !== 'closed') return charged === 'on_open' ? 'content.fee.charged' : 'content.fee.ifLost';
  if (a.status === 'warning_closed' || (a.status === 'won' && charged === 'if_lost')) return 'content.fee.notCharged';
  return a.status === 'won' && refundedIfWon ? 'content.fee.refunded' : 'content.fee.charged';
}

// A list holds hundreds of disputes and a handful of different fees: each fee text is built once.
const feeTexts = new Map<string, string>();

/** A chip's fee and the panel's fee line (feeKey): null when no amount is named. */
export function feeText(a: Assessment, locale: Locale): string | null {
  const key = feeKey(a);
  if (!key) return null;
  const { fee } = a.fee!;
  const cacheKey = `${locale}|${key}|${fee.amountMinor}|${fee.currency}`;
  let text = feeTexts.get(cacheKey);
  if (text === undefined) {
    text = t(locale, key, { amount: formatMoney(locale, fee) });
    // Drawn in English while the language's texts load (content script): keep only the language's own.
    if (hasText(locale, key)) feeTexts.set(cacheKey, text);
  }
  return text;
}

/** Why no amount is named: no published fee, or the buyer's country not known. */
function noFeeText(view: Pick<DisputeView, 'facts' | 'merchant'>, locale: Locale): string {
  return t(locale, feeNeedsCountry(view) ? 'content.fee.noCountry' : 'content.fee.none');
}

/**
 * The detail panel's fee line: the fee at stake (or, once closed, what became of it), or why no
 * amount is named (no published fee; buyer country not known).
 */
export function panelFeeText(view: DisputeView, a: Assessment, locale: Locale): string {
  return feeText(a, locale) ?? noFeeText(view, locale);
}

/**
 * Whether the panel's fee line names an amount from a table that gives its fees without VAT
 * (Kustom's current card table, article 395539): the merchant pays that amount plus VAT.
 */
export function feeExcludesVat(a: Assessment): boolean {
  return a.fee?.excludesVat === true && feeKey(a) !== 'content.fee.notCharged';
}

/**
 * Whether a fee may apply that the rules cannot name because the buyer's country is not known
 * (neither on the page nor entered by the merchant): then the panel says so instead of "no
 * published fee" (the chips' text alternative and the detail panel).
 */
export function feeNeedsCountry(view: Pick<DisputeView, 'facts' | 'merchant'>): boolean {
  return feeAwaitsCountry(view.facts, view.facts.buyerCountry ?? view.merchant?.buyerCountry);
}

export function missingText(missing: string[], locale: Locale): string {
  const fields = missing.map((f) => t(locale, `content.field.${f}`)).join(', ');
  return t(locale, 'content.chip.missing', { fields });
}

export function chipModel(view: DisputeView, vc: ViewContext): ChipModel {
  const { locale } = vc;
  const a = view.assessment;
  if (!a) {
    const text = t(locale, 'content.chip.unreadable');
    const why = missingText(view.missing, locale);
    return {
      urgency: 'none',
      text,
      fee: null,
      estimate: null,
      label: joinSentences([t(locale, 'content.chip.label', { id: view.facts.id, text }), why]),
      problem: true,
    };
  }
  const text = countdownText(a, vc);
  // (a closed dispute's fee is decided: what became of it, as the panel says)
  const fee = feeText(a, locale);
  const estimate = a.next && a.next.source === 'rule' ? estimateText(a.next, vc) : null;
  const sentences = [t(locale, 'content.chip.label', { id: view.facts.id, text })];
  // "Respond by …", or "Escalates to a chargeback on …" (an enquiry's next date is no deadline),
  // as the detail panel says it
  if (a.next) sentences.push(t(locale, `content.next.${a.next.kind}`, { date: formatDateTime(locale, a.next.at, vc.timeZone) }));
  if (estimate) sentences.push(estimate);
  // Not "no published fee" while the fee only waits for the buyer's country (the list may not show it).
  sentences.push(fee ?? noFeeText(view, locale));
  return { urgency: a.urgency, text, fee, estimate, label: joinSentences(sentences), problem: false };
}

/** Amounts per currency, in first-seen order: never a sum across currencies. */
export function sumByCurrency(amounts: Money[]): Money[] {
  const byCurrency = new Map<string, number>();
  for (const m of amounts) byCurrency.set(m.currency, (byCurrency.get(m.currency) ?? 0) + m.amountMinor);
  return [...byCurrency].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

export function moneyList(amounts: Money[], locale: Locale): string {
  return sumByCurrency(amounts)
    .map((m) => formatMoney(locale, m))
    .join(', ');
}

export interface SummaryModel {
  needResponse: string;
  /** "2 overdue", or null when none is */
  overdue: string | null;
  next: { text: string; urgency: Urgency; id: string } | null;
  fees: string;
  label: string;
}

/** A fee that is still to be decided: not yet charged, or charged but refunded on a win. */
function feeAtRisk(a: Assessment): Money | null {
  if (!a.fee || a.phase === 'closed') return null;
  if (a.fee.charged === 'on_open' && !a.fee.refundedIfWon) return null;
  return a.fee.fee;
}

export function summaryModel(views: DisputeView[], vc: ViewContext): SummaryModel {
  const { locale } = vc;
  let count = 0;
  let overdue = 0;
  let unknown = 0;
  let soonest: { view: DisputeView; a: Assessment; at: number } | null = null;
  const fees: Money[] = [];
  for (const view of views) {
    const a = view.assessment;
    if (!a) continue;
    if (responseDue(a)) count += 1;
    // The next deadline is the soonest one still ahead; those already passed are counted apart.
    if (a.next && a.phase !== 'closed') {
      const at = Date.parse(a.next.at);
      if (at <= vc.now) overdue += 1;
      else if (!soonest || at < soonest.at) soonest = { view, a, at };
    }
    const fee = feeAtRisk(a);
    if (fee) fees.push(fee);
    // A fee the rules cannot name without the buyer's country (a list may not show it): counted apart.
    else if (!a.fee && a.phase !== 'closed' && feeNeedsCountry(view)) unknown += 1;
  }
  const needResponse = tn(locale, 'content.summary.needResponse', count);
  const next = soonest
    ? {
        text: t(locale, 'content.summary.next', { countdown: countdownText(soonest.a, vc), id: soonest.view.facts.id }),
        urgency: soonest.a.urgency,
        id: soonest.view.facts.id,
      }
    : null;
  // "€30.00 + 7 unknown"; "no fees at risk" only when none is unknown either
  // (no fees: moneyList gives '')
  const amounts = [moneyList(fees, locale), unknown > 0 ? tn(locale, 'content.summary.feesUnknown', unknown) : ''].filter(Boolean).join(' + ');
  const feesText = amounts ? t(locale, 'content.summary.fees', { amounts }) : t(locale, 'content.summary.noFees');
  const nextText = next ? next.text : t(locale, 'content.summary.noNext');
  const overdueText = overdue > 0 ? tn(locale, 'content.summary.overdue', overdue) : null;
  return {
    needResponse,
    overdue: overdueText,
    next,
    fees: feesText,
    // (joinSentences leaves out an empty part: no overdue sentence when none is)
    label: joinSentences([t(locale, 'app.name'), needResponse, overdueText ?? '', nextText, feesText]),
  };
}
