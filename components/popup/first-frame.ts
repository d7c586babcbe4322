// What the popup's first render shows, from the stored state as read: with a due index that fits
// the stored text (lib/cases/due-index.ts), only the rows the first frame shows are cut from the
// text, checked with zod and assessed; the group counts come from the index. Without one (missing,
// stale, corrupt, or a row that disagrees with it), every due case is checked first, as before.
// Either way every case drawn has passed trackedCaseSchema, and nothing is written.
import { DEFAULT_SETTINGS, settingsTimeZone, trackedCaseSchema, type Settings, type TrackedCase } from '../../lib/cases/schema';
import { parseSettingsReset, parseStoredSettings } from '../../lib/cases/settings-salvage';
import { assessCases, parseDueCases, type AssessFn, type CaseAssessment, type PreviewRows } from '../../lib/cases/group';
import { decodeDueIndex, indexFits, rowAgrees, selectFirstFrame } from '../../lib/cases/due-index';
import type { AssessOptions, DisputeFacts } from '../../lib/rules/types';
import type { HeadState, StoredState } from './prefetch';
import { ASSESSED_MARK, INDEX_MARK, PARSED_MARK, READ_MARK, markOnce } from './marks';


export type AssessDispute = (d: DisputeFacts, opts: AssessOptions) => CaseAssessment;

export interface InitialState {
  settings: Settings;
  /**
   * the settings put back to their defaults, as stored paths ("timeZone", "notifications.hoursBefore"),
   * checked with zod (lib/cases/settings-salvage parseSettingsReset); absent or [] when none
   */
  reset?: string[];
  /** the clock the first frame was assessed at (epoch ms) */
  now: number;
  /** every stored case that may be due, checked with zod; null while the first frame shows `preview` */
  cases: TrackedCase[] | null;
  /** the first frame from the due index; the rest is read by readRest once it is painted */
  preview: PreviewRows | null;
  /** stored entries that did not parse */
  bad: number;
  /** stored cases that need nothing now (closed or answered; lib/cases/group parseDueCases); 0 while `preview` shows */
  settled?: number;
  loadError: string | null;
  /** the read of the store's text, for readRest after a first frame from the index */
  stored: (() => Promise<unknown>) | null;
}

export interface FirstFrameContext {
  /** lib/cases/list-assessment's assessForList */
  assessDispute: AssessDispute;
  /** this extension's version: an index of another build is not used */
  build: string;
  /** the zone when the settings name none */
  browserZone: () => string;
  /** rows in the first frame */
  rows: number;
  /** called when the index cannot give the first frame, before the store's text is read (the popup starts loading its app then) */
  onFullPath?: () => void;
}

/** The list's assessment bound to a clock, a zone and the settings' thresholds. */
export function makeAssess(assessDispute: AssessDispute, nowMs: number, timeZone: string, settings: Pick<Settings, 'criticalHours' | 'soonHours'>): AssessFn {
  const thresholds = { criticalMs: settings.criticalHours * 3_600_000, soonMs: settings.soonHours * 3_600_000 };
  const at = new Date(nowMs);
  return (facts, goods) => assessDispute(facts, { now: at, timeZone, thresholds, ...(goods ? { goods } : {}) });
}

/**
 * The first frame from the due index, or null when the index cannot be used: missing, not valid,
 * not for this text, build, zone or hosts turned on, past its `until`, no listed case, a row without a copy in the index, a copy that
 * is not a valid case under its key, or a row whose full assessment differs from what the index says.
 */
export function previewFromIndex(
  head: HeadState,
  nowMs: number,
  timeZone: string,
  assess: AssessFn,
  ctx: Pick<FirstFrameContext, 'build' | 'rows'>,
  hosts: Settings['hosts'] = DEFAULT_SETTINGS.hosts,
): PreviewRows | null {
  const index = decodeDueIndex(head.index);
  if (!index || !indexFits(index, head.meta, { build: ctx.build, tz: timeZone, hosts, nowMs })) return null;
  const selection = selectFirstFrame(index, nowMs, ctx.rows);
  markOnce(INDEX_MARK);
  // Nothing listed: the full path decides between the empty state and an empty list.
  if (selection.total === 0) return null;
  const picked: TrackedCase[] = [];
  for (const pick of selection.rows) {
    const checked = trackedCaseSchema.safeParse(index.heads[pick.key]);
    if (!checked.success || checked.data.key !== pick.key) return null;
    picked.push(checked.data);
  }
  markOnce(PARSED_MARK);
  const rows = assessCases(picked, assess);
  markOnce(ASSESSED_MARK);
  if (rows.length !== selection.rows.length || !rows.every((row, i) => rowAgrees(row, selection.rows[i]!))) return null;
  return { rows, counts: selection.counts, total: selection.total, stores: selection.stores, hidden: selection.hidden };
}

/** The stored state once read, checked with zod: what the popup's first render shows. */
export async function loadInitialState(read: StoredState, ctx: FirstFrameContext, clock: () => number = Date.now): Promise<InitialState> {
  let settings = DEFAULT_SETTINGS;
  let reset: string[] = [];
  let now = clock();
  try {
    const head = await read.head;
    markOnce(READ_MARK);
    settings = parseStoredSettings(head.settings);
    reset = parseSettingsReset(head.reset);
    now = clock();
    const timeZone = settingsTimeZone(settings, ctx.browserZone);
    const assess = makeAssess(ctx.assessDispute, now, timeZone, settings);
    const preview = previewFromIndex(head, now, timeZone, assess, ctx, settings.hosts);
    if (preview) {
      return { settings, reset, now, cases: null, preview, bad: 0, loadError: null, stored: read.cases };
    }
    ctx.onFullPath?.();
    const stored = parseDueCases(await read.cases());
    markOnce(PARSED_MARK);
    return { settings, reset, now, cases: stored.cases, preview: null, bad: stored.bad, settled: stored.settled, loadError: null, stored: null };
  } catch (error) {
    return { settings, reset, now, cases: [], preview: null, bad: 0, loadError: error instanceof Error ? error.message : String(error), stored: null };
  }
}

/** Every due case of the stored state, after a first frame from the index (the authoritative list). */
export async function readRest(stored: (() => Promise<unknown>) | null): Promise<{ cases: TrackedCase[]; bad: number; settled: number; loadError: string | null }> {
  try {
    return { ...parseDueCases(stored ? await stored() : null), loadError: null };
  } catch (error) {
    return { cases: [], bad: 0, settled: 0, loadError: error instanceof Error ? error.message : String(error) };
  }
}
