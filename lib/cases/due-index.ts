// The due index: a small summary of the case store, written by the background with every write of
// the store (in the same storage.local.set call), so the popup's first frame needs only a few
// checked cases instead of every due one. Per case the popup lists, in the order of compareRows'
// tie-break (dispute ID): its key, what kind of row it is and the instants of its current deadlines.
// With the clock, that is enough to say which group each case is in, which rows the first frame
// shows and how many rows each group has; those few cases are taken from the copies the index holds
// of the first rows at the time of writing (`heads`), checked with zod and assessed in full. The
// popup reads the index (a small text) apart from the store's large one, so its first frame waits
// for neither the large read nor its JSON.parse. A first frame with a row that has no copy (the
// order moved a lot since the write) takes the full path.
//
// The popup trusts the index only when it is tied to the exact text it was computed from: the
// store writes a fresh revision into the cases' meta item (`cases$`, the item's format version
// lives there too) and into the index in one set call; an older build's or another zone's index, one
// written while other portal hosts were turned off (their cases are not listed: ./case-host.ts),
// a migration of the store (new format version), a case that does not check, or a row whose full
// assessment disagrees, all send the popup down the full path (every due case checked).
// Either way the full list follows right after the first frame and is authoritative.
import * as z from 'zod/mini';
import { assessCases, CASE_GROUPS, compareDue, groupOf, mayBeDue, type AssessFn, type CaseGroup, type CaseRow } from './group';
import { hostShown } from './case-host';
import { DEFAULT_SETTINGS, type Settings, type TrackedCase } from './schema';
import { deadlinesChangeAt } from '../rules/deadlines';
import type { DisputeFacts } from '../rules/types';
import { encodeStoredCases } from './stored-form';

/** The storage key of the index (Chromium: `dueIndex` in storage.local). */
export const DUE_INDEX_KEY = 'local:dueIndex';
/** The cases item's meta key, where @wxt-dev/storage keeps its format version (`v`); the revision (`rev`) goes there too. */
export const CASES_META_KEY = 'local:cases$';

/** Bumped when the index's shape or meaning changes: an index of another version is ignored. */
export const DUE_INDEX_VERSION = 4;

/**
 * Rows whose cases are copied into the index. The order of rows changes with the clock only when a
 * case with several deadlines passes one (it moves back), so the first frame's rows stay among the
 * first 30 of the time of writing for long; when they do not, the popup takes the full path.
 */
export const HEAD_ROWS = 30;

/** u: facts too few for the rules ("later", deadline unknown); e: enquiry; a: a chargeback that needs a response */
export type DueKind = 'u' | 'e' | 'a';

export const dueIndexSchema = z
  .object({
    v: z.literal(DUE_INDEX_VERSION),
    /** the revision written into the cases' meta item in the same set call */
    rev: z.string().check(z.minLength(1)),
    /** the cases item's format version the text is in (its meta `v`) */
    format: z.int(),
    /** the extension version whose rules computed the deadlines */
    build: z.string(),
    /** the time zone the deadlines were computed in */
    tz: z.string(),
    /** the portal hosts turned off in the settings it was written with (offHosts): their cases are not listed */
    off: z.string(),
    /** the cases of those hosts the popup would list otherwise (it says how many it leaves out) */
    hidden: z.int(),
    /** the stores among the listed cases, sorted (the popup's store filter) */
    stores: z.array(z.string()),
    /** the listed cases' keys, by dispute ID */
    keys: z.array(z.string()),
    /** one DueKind per key */
    kinds: z.string().check(z.regex(/^[uea]*$/)),
    /**
     * The clocks (epoch ms) at which the deadlines below hold: from `from`, before `until` (lib/rules
     * deadlinesChangeAt: a Klarna chargeback with no known escalation has its response counted to
     * the clock before the rules' escalation, their date from it on); null: no bound. At other
     * clocks the index is not used (indexFits).
     */
    from: z.nullable(z.number()),
    until: z.nullable(z.number()),
    /** per key: its current deadlines' instants (epoch ms), soonest first */
    at: z.array(z.array(z.number())),
    /** per key: each of those deadlines' kind, one letter each (e: escalation, r: response) */
    atKinds: z.array(z.string().check(z.regex(/^[er]*$/))),
    /**
     * The cases of the first HEAD_ROWS rows at the time of writing, as stored (each is checked with
     * zod when shown): the first frame needs no byte of the whole text while its rows are among them.
     */
    heads: z.record(z.string(), z.unknown()),
  })
  .check(
    z.refine(
      (i) =>
        i.kinds.length === i.keys.length &&
        i.at.length === i.keys.length &&
        i.atKinds.length === i.keys.length &&
        i.at.every((at, n) => at.length === i.atKinds[n]!.length),
      'columns of different lengths',
    ),
  );
export type DueIndex = z.infer<typeof dueIndexSchema>;

/** What ties an index to one text and one set of rules. */
export interface DueIndexStamp {
  rev: string;
  format: number;
  build: string;
  tz: string;
}

/** The hosts turned off, as the index names them ("" when none): an index written with others does not fit. */
export function offHosts(hosts: Settings['hosts']): string {
  return (Object.keys(hosts) as (keyof Settings['hosts'])[]).filter((h) => !hosts[h]).sort().join(',');
}

/** The extension's version (whose rules compute the index), or "" where the manifest cannot be read (unit tests' fake browser). */
export function extensionBuild(runtime: { getManifest?: () => { version?: string } }): string {
  try {
    return runtime.getManifest?.().version ?? '';
  } catch {
    return '';
  }
}

/** A fresh revision: unique enough that two writes never share one. */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The store's text (the same JSON as JSON.stringify(record)) and its due index, from one pass.
 * `assess` is the popup's list assessment bound to the clock `nowMs` and the index's zone (deadlines
 * do not depend on it but for a Klarna chargeback with no known escalation, on either side of the
 * rules' escalation: the index's `from` and `until`); which cases are listed and of what kind does not depend on the clock either
 * (lib/cases/group's groupOf: closed, under review and chargebacks without deadlines never are).
 */
export function encodeWithDueIndex(
  record: Readonly<Record<string, TrackedCase>>,
  assess: AssessFn,
  stamp: DueIndexStamp,
  nowMs: number,
  /** the settings' portal hosts: the cases of one turned off are not listed (./case-host.ts) */
  hosts: Settings['hosts'] = DEFAULT_SETTINGS.hosts,
): { text: string; index: DueIndex } {
  const text = encodeStoredCases(record);

  // Listed rows, as the popup's full path finds them (parseDueCases skips what mayBeDue rules out,
  // then assessCases, then the hosts turned off), in compareRows' tie order (dispute ID; equal IDs
  // keep the record's order).
  const candidates = Object.values(record).filter((c) => mayBeDue(c.facts.status));
  const assessed = assessCases(candidates, assess);
  const rows = assessed.filter((r) => hostShown(r.case, hosts)).sort((a, b) => (a.case.facts.id < b.case.facts.id ? -1 : a.case.facts.id > b.case.facts.id ? 1 : 0));
  const keys: string[] = [];
  let kinds = '';
  const at: number[][] = [];
  const atKinds: string[] = [];
  const stores = new Set<string>();
  let from: number | null = null;
  let until: number | null = null;
  for (const row of rows) {
    if (record[row.case.key] !== row.case) continue; // a case stored under another key than its own is never listed from the index
    const changes = deadlinesChangeAt(row.case.facts as DisputeFacts, { timeZone: stamp.tz });
    if (changes !== null && changes > nowMs) until = until === null ? changes : Math.min(until, changes);
    else if (changes !== null) from = from === null ? changes : Math.max(from, changes);
    keys.push(row.case.key);
    kinds += kindOf(row);
    const deadlines = row.assessment?.deadlines ?? [];
    at.push(deadlines.map((d) => Date.parse(d.at)));
    atKinds.push(deadlines.map((d) => (d.kind === 'response' ? 'r' : 'e')).join(''));
    if (row.storeId !== null) stores.add(row.storeId);
  }
  const hidden = assessed.length - rows.length;
  const index: DueIndex = { v: DUE_INDEX_VERSION, ...stamp, off: offHosts(hosts), hidden, stores: [...stores].sort(), keys, kinds, from, until, at, atKinds, heads: {} };
  for (const row of selectFirstFrame(index, nowMs, HEAD_ROWS).rows) index.heads[row.key] = record[row.key];
  return { text, index };
}

/**
 * How the index is stored: one JSON text, like the cases (Chromium hands a page a string far faster
 * than the same data as objects and arrays).
 */
export function encodeDueIndex(index: DueIndex): string {
  return JSON.stringify(index);
}

/** The stored index, checked; null when missing, not JSON or not an index of this version. */
export function decodeDueIndex(stored: unknown): DueIndex | null {
  if (typeof stored !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = dueIndexSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function kindOf(row: CaseRow): DueKind {
  if (!row.assessment) return 'u';
  return row.assessment.phase === 'enquiry' ? 'e' : 'a';
}

/** Index of the deadline to watch, as lib/rules' schedule picks it: the soonest still ahead, else the last one passed. */
function nextIndex(at: readonly number[], nowMs: number): number {
  for (let i = 0; i < at.length; i++) if (at[i]! > nowMs) return i;
  return at.length - 1;
}

/**
 * The group and next deadline of an index entry at `nowMs`, as assessCases would give them; null: not listed.
 * `atKinds`: the kind of each deadline in `at` (e: escalation, r: response).
 */
export function dueOf(kind: DueKind, at: readonly number[], atKinds: string, nowMs: number): { group: CaseGroup; dueAt: number | null } | null {
  if (kind === 'u') return { group: 'later', dueAt: null };
  const i = nextIndex(at, nowMs);
  const dueAt = i >= 0 ? at[i]! : null;
  const next = i >= 0 ? { kind: atKinds[i] === 'r' ? ('response' as const) : ('escalation' as const) } : null;
  const group = groupOf({ phase: kind === 'e' ? 'enquiry' : 'chargeback', actionRequired: kind === 'a', msLeft: dueAt === null ? null : dueAt - nowMs, next });
  return group === null ? null : { group, dueAt };
}

export interface FirstFrameSelection {
  /** the first `rows` entries in display order: key, group and next deadline */
  rows: { key: string; group: CaseGroup; dueAt: number | null }[];
  /** rows per group at `nowMs` */
  counts: Record<CaseGroup, number>;
  total: number;
  stores: string[];
  /** cases of the hosts turned off, not listed */
  hidden: number;
}

/** Which rows the popup's first frame shows at `nowMs` (no filter yet), and every group's count. */
export function selectFirstFrame(index: DueIndex, nowMs: number, rows: number): FirstFrameSelection {
  const buckets = new Map<CaseGroup, { n: number; dueAt: number | null }[]>(CASE_GROUPS.map((g) => [g, []]));
  const counts = Object.fromEntries(CASE_GROUPS.map((g) => [g, 0])) as Record<CaseGroup, number>;
  let total = 0;
  for (let n = 0; n < index.keys.length; n++) {
    const due = dueOf(index.kinds[n] as DueKind, index.at[n]!, index.atKinds[n]!, nowMs);
    if (!due) continue;
    buckets.get(due.group)!.push({ n, dueAt: due.dueAt });
    counts[due.group] += 1;
    total += 1;
  }
  const picked: FirstFrameSelection['rows'] = [];
  for (const group of CASE_GROUPS) {
    if (picked.length >= rows) break;
    // In the group's order (compareDue: soonest first, unknown last, the overdue latest passed
    // first); the index's order (dispute ID) breaks ties, as compareRows does.
    const sorted = buckets.get(group)!.sort((a, b) => compareDue(group, a.dueAt, b.dueAt));
    for (const { n, dueAt } of sorted.slice(0, rows - picked.length)) {
      picked.push({ key: index.keys[n]!, group, dueAt });
    }
  }
  return { rows: picked, counts, total, stores: index.stores, hidden: index.hidden };
}

/**
 * Whether the index belongs to the stored text (the revision and format version in the cases' meta,
 * written in the same set call), this build, this zone and these hosts turned on (see the top of
 * this file), and its deadlines still hold at the clock `nowMs`.
 */
export function indexFits(index: DueIndex, meta: unknown, expect: { build: string; tz: string; hosts?: Settings['hosts']; nowMs: number }): boolean {
  const m = meta as { v?: unknown; rev?: unknown } | null;
  return (
    indexHoldsAt(index, expect.nowMs) &&
    m !== null &&
    typeof m === 'object' &&
    m.rev === index.rev &&
    m.v === index.format &&
    index.build === expect.build &&
    index.tz === expect.tz &&
    index.off === offHosts(expect.hosts ?? DEFAULT_SETTINGS.hosts)
  );
}

/** Whether the deadlines the index holds are those of the clock `nowMs` (its `from` and `until`). */
export function indexHoldsAt(index: DueIndex, nowMs: number): boolean {
  return (index.from === null || nowMs >= index.from) && (index.until === null || nowMs < index.until);
}

/** The row an assessed case gives, compared with what the index said of it: any difference means the index is stale. */
export function rowAgrees(row: CaseRow, expected: { key: string; group: CaseGroup; dueAt: number | null }): boolean {
  return row.case.key === expected.key && row.group === expected.group && row.dueAt === expected.dueAt;
}
