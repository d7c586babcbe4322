// Groups tracked cases for the toolbar popup: what is overdue, due within a day, due this week,
// later, and enquiries to watch; soonest first inside each group (the overdue ones: the one that
// passed last first). Pure: the caller passes the clock and the assessment function (lib/rules'
// assessDispute at render time), so a rule update changes the popup at once and tests can pass
// their own.
import { cleanText } from '../portal/text';
import { isKnownStatus, statusInfo } from '../rules/statuses';
import { responseDue, type ResponseDueInput } from '../rules/response-due';
import type { Assessment, DisputeFacts, GoodsType } from '../rules/types';
import { trackedCaseSchema, type TrackedCase } from './schema';
import { decodeStoredCases } from './stored-form';

export const CASE_GROUPS = ['overdue', 'due24h', 'dueWeek', 'later', 'enquiries'] as const;
export type CaseGroup = (typeof CASE_GROUPS)[number];

/** Group boundaries as the issue names them ("due within 24 h", "due this week"): fixed windows. */
const DAY_MS = 24 * 60 * 60 * 1000;
export const GROUP_WINDOWS_MS = { due24h: DAY_MS, dueWeek: 7 * DAY_MS } as const;

/** What the popup needs of an assessment. */
export type CaseAssessment = Pick<
  Assessment,
  'phase' | 'actionRequired' | 'next' | 'deadlines' | 'msLeft' | 'urgency' | 'fee'
>;
export type AssessFn = (facts: DisputeFacts, goods: GoodsType | undefined) => CaseAssessment;

export interface CaseRow {
  case: TrackedCase;
  /** null when the stored facts lack what a rule needs (status, dates, amount); `assessment` may still be there (assessableFacts) */
  facts: DisputeFacts | null;
  assessment: CaseAssessment | null;
  group: CaseGroup;
  /** epoch ms of the next deadline, null when unknown */
  dueAt: number | null;
  storeId: string | null;
}

export interface GroupedCases {
  /** `count`: the group's rows; more than `rows` holds while the popup shows its first frame (see previewGroups) */
  groups: { group: CaseGroup; rows: CaseRow[]; count: number }[];
  /** every store seen among the rows, sorted, for the store filter */
  stores: string[];
  /** rows that passed the filter and search */
  total: number;
}

/**
 * The facts of a stored case in the shape the rules need, or null if something required is missing.
 * The case has passed trackedCaseSchema (every present field is valid), so only presence is left
 * to check: a second zod pass per case would double the popup's start-up cost.
 */
export function completeFacts(c: TrackedCase): DisputeFacts | null {
  const f = c.facts;
  if (f.provider === undefined || f.status === undefined || f.createdAt === undefined || f.amount === undefined) return null;
  return withBuyerCountry(c);
}

/** The stored facts, with the buyer country the merchant entered where the page showed none. */
function withBuyerCountry(c: TrackedCase): DisputeFacts {
  const f = c.facts;
  const buyerCountry = f.buyerCountry ?? c.merchant.buyerCountry;
  return (buyerCountry === undefined ? f : { ...f, buyerCountry }) as DisputeFacts;
}

/**
 * What the rules can assess of a stored case: its complete facts; or, where a page showed only a
 * status and the portal's own deadline (a list page may show no more), those facts as they are: the
 * portal's deadline wins over every rule, and lib/rules gives it without an amount, an opening date
 * or a provider (no fee then). The badge and the notifications count down to that deadline
 * (./timing.ts timeCase asks the rules the same), so the popup must not list it as unknown.
 */
export function assessableFacts(c: TrackedCase): DisputeFacts | null {
  return completeFacts(c) ?? (c.facts.status !== undefined && c.facts.dueBy !== undefined ? withBuyerCountry(c) : null);
}

/** The store a case belongs to: its storeId, else the store part of its key ("-" means none). */
export function caseStore(c: TrackedCase): string | null {
  if (c.facts.storeId) return c.facts.storeId;
  const part = c.key.split('|')[0];
  return part && part !== '-' ? part : null;
}

/** What groupOf needs of an assessment: of the next deadline, only its kind. */
export interface GroupInput extends ResponseDueInput, Pick<CaseAssessment, 'msLeft'> {}

/**
 * The group of an assessed case now; null: not listed (closed, under review, or no deadline to answer).
 * An enquiry is watched while its next deadline is its escalation. When it is a response instead (a
 * Klarna unauthorized purchase, a chargeback from the start; a card enquiry with the portal's
 * "Respond by") it is due like a chargeback's: its row says "to respond", and an overdue response
 * belongs under "Overdue", not among the enquiries to watch.
 */
export function groupOf(a: GroupInput | null): CaseGroup | null {
  if (!a) return 'later';
  if (a.phase === 'closed') return null;
  const responds = responseDue(a);
  if (a.phase === 'enquiry' && !responds) return 'enquiries';
  if (!responds || a.msLeft === null) return null;
  if (a.msLeft < 0) return 'overdue';
  if (a.msLeft <= GROUP_WINDOWS_MS.due24h) return 'due24h';
  if (a.msLeft <= GROUP_WINDOWS_MS.dueWeek) return 'dueWeek';
  return 'later';
}

/**
 * Assesses every case once and keeps those that need the merchant's attention: chargebacks that
 * require a response, every enquiry that is not closed, and cases whose facts are incomplete: by
 * the portal's deadline where a status and that deadline are known (assessableFacts), else under
 * "later" with an unknown deadline rather than hidden.
 */
export function assessCases(cases: readonly TrackedCase[], assess: AssessFn): CaseRow[] {
  const rows: CaseRow[] = [];
  for (const c of cases) {
    const facts = completeFacts(c);
    const assessable = facts ?? assessableFacts(c);
    let assessment: CaseAssessment | null = null;
    if (assessable) {
      try {
        assessment = assess(assessable, c.merchant.goods);
      } catch {
        // A rule that cannot assess one case must not hide the others; it shows with an unknown deadline.
        assessment = null;
      }
    }
    const group = groupOf(assessment);
    if (group === null) continue;
    const at = assessment?.next ? Date.parse(assessment.next.at) : NaN;
    rows.push({ case: c, facts, assessment, group, dueAt: Number.isNaN(at) ? null : at, storeId: caseStore(c) });
  }
  return rows;
}

export interface CaseFilter {
  /** only this store; null or '' = all */
  store?: string | null;
  /** part of a dispute ID, order ID or merchant reference, in any letter case, spaces aside (matchesFilter) */
  search?: string;
}

/**
 * Spaces of every kind and invisible marks: nothing to a search. An e-mail groups an order number's
 * digits ("4711 0815" for "47110815"), text pasted from a page or a mail program carries no-break
 * spaces and zero-width marks, and a merchant types two spaces or none. (The page reader's cleanText
 * folds every space to one and drops the marks; the one space left is dropped here.)
 */
const searchForm = (text: string) => cleanText(text).replaceAll(' ', '').toLowerCase();

export function matchesFilter(row: CaseRow, filter: CaseFilter): boolean {
  if (filter.store && row.storeId !== filter.store) return false;
  const needle = filter.search ? searchForm(filter.search) : '';
  if (!needle) return true;
  const f = row.case.facts;
  return [f.id, f.orderId, f.merchantReference].some((v) => v !== undefined && searchForm(v).includes(needle));
}

/**
 * The order of two deadlines (epoch ms, null: unknown) inside `group`: soonest first, an unknown one
 * after every known one; under "Overdue", the one that passed last first. A missed deadline is lost
 * already, so the months-old ones filled the top of the list (and the first frame's few rows), and
 * the one that passed an hour ago (an estimate whose range may still be open, a portal date to check)
 * came last, above "Due within 24 h". The due index's first frame sorts the same (./due-index.ts).
 */
export function compareDue(group: CaseGroup, a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return group === 'overdue' ? b - a : a - b;
}

/** In `group`'s order (compareDue); ties by dispute ID for a stable order. */
export function compareRows(a: CaseRow, b: CaseRow, group: CaseGroup = a.group): number {
  const due = compareDue(group, a.dueAt, b.dueAt);
  if (due !== 0) return due;
  return a.case.facts.id < b.case.facts.id ? -1 : a.case.facts.id > b.case.facts.id ? 1 : 0;
}

/**
 * Whether a stored status can put a case in the popup: every enquiry that is not closed, and
 * chargebacks that need a response. An unknown or missing status keeps the case (it shows with an
 * unknown deadline). Mirrors groupOf for phase and actionRequired, from the status alone.
 */
export function mayBeDue(status: unknown): boolean {
  if (!isKnownStatus(status)) return true;
  const info = statusInfo(status);
  return info.phase === 'enquiry' || (info.phase === 'chargeback' && info.actionRequired);
}

/**
 * The stored cases the popup may list, checked with zod; entries whose status already rules them
 * out (closed, under review) are skipped before the costly check, so 2,000 stored cases with a
 * few hundred due ones open fast. `bad` counts entries that were checked and did not parse (the
 * background quarantines them; the popup only says so); `settled`, the entries skipped so (closed or
 * answered: nothing is due), which tell a store whose cases all need nothing now from an empty one.
 */
export function parseDueCases(stored: unknown): { cases: TrackedCase[]; bad: number; settled: number } {
  // One JSON text since format 3 (./stored-form.ts); an object before the background migrated it.
  const raw = decodeStoredCases(stored);
  if (raw === null || raw === undefined) return { cases: [], bad: 0, settled: 0 };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { cases: [], bad: 1, settled: 0 };
  const cases: TrackedCase[] = [];
  let bad = 0;
  let settled = 0;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const facts = (value as { facts?: { status?: unknown } } | null)?.facts;
    if (facts && typeof facts === 'object' && !mayBeDue(facts.status)) {
      settled += 1;
      continue;
    }
    const parsed = trackedCaseSchema.safeParse(value);
    if (parsed.success && parsed.data.key === key) cases.push(parsed.data);
    else bad += 1;
  }
  return { cases, bad, settled };
}

/** Filters and groups already assessed rows; empty groups are left out, groups keep CASE_GROUPS order. */
export function groupRows(rows: readonly CaseRow[], filter: CaseFilter = {}): GroupedCases {
  const stores = [...new Set(rows.map((r) => r.storeId).filter((s): s is string => s !== null))].sort();
  const buckets = new Map<CaseGroup, CaseRow[]>(CASE_GROUPS.map((g) => [g, []]));
  let total = 0;
  for (const row of rows) {
    if (!matchesFilter(row, filter)) continue;
    buckets.get(row.group)!.push(row);
    total++;
  }
  const groups = CASE_GROUPS.map((group) => {
    const list = buckets.get(group)!.sort((a, b) => compareRows(a, b, group));
    return { group, rows: list, count: list.length };
  }).filter((g) => g.rows.length > 0);
  return { groups, stores, total };
}

/**
 * The popup's first frame before every case is read (lib/cases/due-index.ts): the first rows,
 * already in display order, and each group's count, total and stores as the index gives them.
 */
export interface PreviewRows {
  rows: CaseRow[];
  counts: Record<CaseGroup, number>;
  total: number;
  stores: string[];
  /** due cases of the portal hosts turned off in the settings, not listed */
  hidden: number;
}

/** The preview in the shape of groupRows' result (no filter: the first frame has none yet). */
export function previewGroups(preview: PreviewRows): GroupedCases {
  const groups = CASE_GROUPS.filter((group) => preview.counts[group] > 0).map((group) => ({
    group,
    rows: preview.rows.filter((r) => r.group === group),
    count: preview.counts[group],
  }));
  return { groups, stores: preview.stores, total: preview.total };
}

/** Every row the popup shows, in display order (for exports of "the due cases"). */
export function dueRows(grouped: GroupedCases): CaseRow[] {
  return grouped.groups.flatMap((g) => g.rows);
}
