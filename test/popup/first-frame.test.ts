// The popup's first frame from the due index (components/popup/first-frame.ts): the first rows of
// the full list, checked and assessed; a missing, stale or corrupt index, or a case that does not
// check, gives today's full path (every due case checked), never wrong rows.
import { describe, expect, it, vi } from 'vitest';
import { loadInitialState, makeAssess, previewFromIndex, readRest } from '../../components/popup/first-frame';
import { parseSettings } from '../../lib/cases/schema';
import type { HeadState, StoredState } from '../../components/popup/prefetch';
import { decodeDueIndex, encodeDueIndex, encodeWithDueIndex, type DueIndex } from '../../lib/cases/due-index';
import { assessCases, groupRows, parseDueCases } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { CASES_VERSION } from '../../lib/cases/migrations';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { sandboxCases } from '../fixtures/sandbox-cases';
import { BUILD, NOW, ZONE } from './fixtures';

const ROWS = 8;
const ctx = { assessDispute: assessForList, build: BUILD, browserZone: () => ZONE, rows: ROWS };

function sandbox(count: number): Record<string, TrackedCase> {
  return Object.fromEntries(sandboxCases({ count, now: NOW, seed: 5 }).map((c) => [c.key, c]));
}

const RECORD = sandbox(300);
const assess = makeAssess(assessForList, NOW.getTime(), ZONE, DEFAULT_SETTINGS);
const WRITTEN = encodeWithDueIndex(RECORD, assess, { rev: 'rev-1', format: CASES_VERSION, build: BUILD, tz: ZONE }, NOW.getTime());
const META = { v: CASES_VERSION, rev: 'rev-1' };

function stored(over: Partial<HeadState> = {}, text: unknown = WRITTEN.text): StoredState & { reads: () => number } {
  let reads = 0;
  return {
    head: Promise.resolve({ meta: META, index: encodeDueIndex(WRITTEN.index), settings: null, ...over }),
    cases: () => {
      reads += 1;
      return Promise.resolve(text);
    },
    reads: () => reads,
  };
}

const fullList = () => groupRows(assessCases(parseDueCases(WRITTEN.text).cases, assess));
const firstKeys = () => fullList().groups.flatMap((g) => g.rows.map((r) => r.case.key)).slice(0, ROWS);
const withIndex = (change: (i: DueIndex) => DueIndex) => encodeDueIndex(change(structuredClone(WRITTEN.index)));

describe('the first frame from the due index', () => {
  it('is the full list’s first rows, checked and assessed, with every group’s count, without reading the store’s text', async () => {
    const read = stored();
    const initial = await loadInitialState(read, ctx, () => NOW.getTime());
    expect(initial.cases).toBeNull();
    expect(initial.preview?.rows.map((r) => r.case.key)).toEqual(firstKeys());
    const full = fullList();
    expect(initial.preview?.total).toBe(full.total);
    for (const g of full.groups) expect(initial.preview?.counts[g.group]).toBe(g.rows.length);
    // Each row is the stored case itself, assessed in full.
    for (const row of initial.preview!.rows) {
      expect(row.case).toEqual(RECORD[row.case.key]);
      expect(row.assessment).toEqual(assess(row.facts!, row.case.merchant.goods));
    }
    expect(read.reads()).toBe(0);
    // Then every due case, authoritative.
    const rest = await readRest(initial.stored);
    expect(rest).toEqual({ ...parseDueCases(WRITTEN.text), loadError: null });
    expect(read.reads()).toBe(1);
  });

  it.each<[string, Partial<HeadState>]>([
    ['no index', { index: null }],
    ['an index that is not JSON', { index: '{"v":1,"rev"' }],
    ['an index of another shape', { index: JSON.stringify({ v: 1, rev: 'rev-1' }) }],
    ['an index kept as an object (not the stored form)', { index: WRITTEN.index }],
    ['an index of another version', { index: withIndex((i) => ({ ...i, v: (i.v - 1) as typeof i.v })) }],
    ['columns of different lengths', { index: withIndex((i) => ({ ...i, kinds: i.kinds.slice(1) })) }],
    ['deadline kinds of different lengths', { index: withIndex((i) => ({ ...i, atKinds: i.atKinds.map((k) => `${k}e`) })) }],
    ['a deadline kind that is no kind', { index: withIndex((i) => ({ ...i, atKinds: i.atKinds.map((k) => k.replace(/./g, 'x')) })) }],
    ['a first-frame row without a copy in the index', { index: withIndex((i) => ({ ...i, heads: Object.fromEntries(Object.entries(i.heads).slice(1)) })) }],
    ['no meta', { meta: null }],
    ['another revision in the meta (the text was written since)', { meta: { v: CASES_VERSION, rev: 'rev-2' } }],
    ['another format version (the store was migrated since)', { meta: { v: CASES_VERSION + 1, rev: 'rev-1' } }],
    ['another build (other rules)', { index: withIndex((i) => ({ ...i, build: '0.0.1' })) }],
    ['another zone', { index: withIndex((i) => ({ ...i, tz: 'America/New_York' })) }],
    ['a copy that is not a valid case', { index: withIndex((i) => ({ ...i, heads: Object.fromEntries(Object.keys(i.heads).map((k) => [k, { key: k, facts: { id: 1 } }])) })) }],
    ['a copy stored under another key', { index: withIndex((i) => ({ ...i, heads: Object.fromEntries(Object.entries(i.heads).map(([k, v], n, all) => [k, all[(n + 1) % all.length]![1]])) })) }],
    ['deadlines that disagree with the case’s assessment', { index: withIndex((i) => ({ ...i, at: i.at.map((list) => list.map((t) => t + 9 * 86_400_000)) })) }],
  ])('falls back to the full path with %s', async (_name, over) => {
    const read = stored(over);
    expect(previewFromIndex(await read.head, NOW.getTime(), ZONE, assess, ctx)).toBeNull();
    const initial = await loadInitialState(read, ctx, () => NOW.getTime());
    expect(initial.preview).toBeNull();
    expect(initial.cases).toEqual(parseDueCases(WRITTEN.text).cases);
    expect(initial.loadError).toBeNull();
    expect(read.reads()).toBe(1);
  });

  it('an index with nothing listed leaves the empty state to the full path', async () => {
    const empty = encodeWithDueIndex({}, assess, { rev: 'rev-1', format: CASES_VERSION, build: BUILD, tz: ZONE }, NOW.getTime());
    const read = stored({ index: encodeDueIndex(empty.index) }, empty.text);
    const initial = await loadInitialState(read, ctx, () => NOW.getTime());
    expect(initial).toMatchObject({ preview: null, cases: [], bad: 0 });
  });

  it('the settings’ zone decides which index fits', async () => {
    const read = stored({ settings: { timeZone: 'America/New_York' } });
    const initial = await loadInitialState(read, ctx, () => NOW.getTime());
    expect(initial.preview).toBeNull();
    expect(initial.cases).not.toBeNull();
  });

  it('a failed read is reported, not thrown', async () => {
    const read: StoredState = { head: Promise.reject(new Error('storage gone')), cases: vi.fn() };
    const initial = await loadInitialState(read, ctx, () => NOW.getTime());
    expect(initial).toMatchObject({ cases: [], preview: null, loadError: 'storage gone' });
    expect(await readRest(() => Promise.reject(new Error('gone too')))).toEqual({ cases: [], bad: 0, settled: 0, loadError: 'gone too' });
  });

  it.each<[string, unknown]>([
    ['nothing stored', null],
    ['an empty object', {}],
    ['a language and thresholds', { language: 'fi', criticalHours: 12, soonHours: 48 }],
    ['a zone and hosts', { timeZone: 'Europe/Oslo', hosts: { production: false } }],
    ['a value that does not parse', { criticalHours: -1 }],
    ['not an object', 'settings'],
  ])('reads the settings as lib/cases/read does: %s', async (_name, raw) => {
    const initial = await loadInitialState(stored({ settings: raw }), ctx, () => NOW.getTime());
    expect(initial.settings).toEqual(parseSettings(raw));
  });

  it.each<[string, unknown, string[]]>([
    ['nothing stored', null, []],
    ['two paths', ['timeZone', 'notifications.hoursBefore'], ['timeZone', 'notifications.hoursBefore']],
    ['not a list', 'timeZone', []],
    ['entries that are no path left out', [7, 'language', ''], ['language']],
  ])('reads the settings put back to their defaults with zod, in the same read: %s', async (_name, raw, reset) => {
    const initial = await loadInitialState(stored({ reset: raw }), ctx, () => NOW.getTime());
    expect(initial.reset).toEqual(reset);
    expect(initial.preview).not.toBeNull();
  });

  it('says when it takes the full path, before reading the store’s text, and only then', async () => {
    const onFullPath = vi.fn();
    const full = stored({ index: null });
    let readsWhenCalled = -1;
    onFullPath.mockImplementation(() => (readsWhenCalled = full.reads()));
    await loadInitialState(full, { ...ctx, onFullPath }, () => NOW.getTime());
    expect(onFullPath).toHaveBeenCalledTimes(1);
    expect(readsWhenCalled).toBe(0);
    const fromIndex = vi.fn();
    await loadInitialState(stored(), { ...ctx, onFullPath: fromIndex }, () => NOW.getTime());
    expect(fromIndex).not.toHaveBeenCalled();
  });

  it('decodes only the stored form (one JSON text)', () => {
    expect(decodeDueIndex(encodeDueIndex(WRITTEN.index))).toEqual(WRITTEN.index);
    expect(decodeDueIndex(WRITTEN.index)).toBeNull();
  });
});
