// The due index (lib/cases/due-index.ts): written by the store with every write of the cases, always
// consistent with the text written beside it, rebuilt when stale; and the first frame it selects is
// the first rows of the full list at any clock, deadlines a minute before or after included.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assessCases, groupRows, parseDueCases, type AssessFn, type CaseAssessment } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { caseRules } from '../../lib/cases/rules-real';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import type { TrackedCase } from '../../lib/cases/schema';
import { CASES_VERSION } from '../../lib/cases/migrations';
import { sandboxCases as sandboxTrackedCases } from '../fixtures/sandbox-cases';
import {
  decodeDueIndex,
  dueOf,
  encodeDueIndex,
  encodeWithDueIndex,
  HEAD_ROWS,
  indexFits,
  indexHoldsAt,
  selectFirstFrame,
  type DueIndex,
} from '../../lib/cases/due-index';
import type { Deadline } from '../../lib/rules/types';
import { at, HOUR, NOW, reading, trackedCase } from './fixtures';

/** A case added by hand (stored under '-|m_1'). */
const MANUAL = { id: 'm_1', provider: 'card', status: 'open', createdAt: at(-48), amount: { amountMinor: 500, currency: 'EUR' } } as const;

const ZONE = 'Europe/Stockholm';
const BUILD = '9.9.9';
const MINUTE = 60_000;
const DAY = 24 * HOUR;

function openIndexed(now = NOW, zone = ZONE) {
  return openCaseStore({ rules: caseRules, now: () => now, dueIndex: { assess: assessForList, build: BUILD, browserZone: () => zone } });
}

const assessAt = (nowMs: number, zone = ZONE): AssessFn => (facts, goods) => assessForList(facts, { now: new Date(nowMs), timeZone: zone, ...(goods ? { goods } : {}) });

async function storedState() {
  const got = await fakeBrowser.storage.local.get(['cases', 'cases$', 'dueIndex']);
  return { text: got.cases as string, meta: got.cases$, rawIndex: got.dueIndex, index: decodeDueIndex(got.dueIndex) };
}

/** The index fits the text beside it: revision, listed keys, copies of the first rows. */
async function expectConsistent(zone = ZONE): Promise<DueIndex> {
  const { text, meta, index } = await storedState();
  expect(typeof text).toBe('string');
  expect(index).not.toBeNull();
  expect(indexFits(index!, meta, { build: BUILD, tz: zone, nowMs: NOW.getTime() })).toBe(true);
  const record = JSON.parse(text) as Record<string, TrackedCase>;
  const listed = assessCases(parseDueCases(text).cases, assessAt(NOW.getTime(), zone)).map((r) => r.case.key);
  expect([...index!.keys].sort()).toEqual(listed.sort());
  const firstRows = selectFirstFrame(index!, NOW.getTime(), HEAD_ROWS).rows.map((r) => r.key);
  expect(Object.keys(index!.heads).sort()).toEqual(firstRows.sort());
  for (const [key, value] of Object.entries(index!.heads)) expect(value).toEqual(record[key]);
  return index!;
}

function sandboxCases(count: number, now = NOW): TrackedCase[] {
  return sandboxTrackedCases({ count, now, seed: 11 });
}

const importJson = (cases: TrackedCase[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: NOW.toISOString(), cases, quarantine: [] });

describe('the store writes the due index with every write of the cases', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, (store: ReturnType<typeof openIndexed>) => Promise<unknown>]>([
    ['a reading', (s) => s.observe(reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }, { id: 'dp_2', status: 'warning_needs_response' }]))],
    ['a merchant update', (s) => s.updateMerchant('S1', 'dp_1', { buyerCountry: 'SE', notes: 'x' })],
    ['a manual case', (s) => s.addManual(MANUAL, undefined)],
    // Only a case added by hand can be removed (a portal case is refused): the removal's own write.
    ['a removal', async (s) => {
      await s.addManual(MANUAL, undefined);
      const added = (await storedState()).index!.rev;
      expect(await s.remove('-|m_1')).toEqual({ ok: true, removed: true });
      expect((await storedState()).index!.rev).not.toBe(added);
    }],
    ['an import', (s) => s.importJson(importJson(sandboxCases(120)))],
    ['a prune', async () => expect((await openIndexed(new Date(NOW.getTime() + 100 * DAY)).prune()).removed).toEqual(['S1|dp_3'])],
    ['a clear', (s) => s.clear()],
  ])('after %s the index fits the new text', async (_name, change) => {
    const store = openIndexed();
    await store.observe(reading([{ id: 'dp_1', status: 'open', dueBy: at(30) }, { id: 'dp_2', status: 'warning_needs_response' }, { id: 'dp_3', status: 'won' }]));
    const before = (await storedState()).index!.rev;
    await change(store);
    const index = await expectConsistent();
    expect(index.rev).not.toBe(before);
  });

  it('lists what the popup lists (enquiries, responses due, incomplete facts), not closed or under-review cases', async () => {
    const store = openIndexed();
    await store.observe(
      reading([
        { id: 'open', status: 'open', dueBy: at(5) },
        { id: 'enq', status: 'warning_needs_response', dueBy: at(50) },
        { id: 'won', status: 'won' },
        { id: 'review', status: 'under_review' },
      ]),
    );
    const index = await expectConsistent();
    expect(index.keys).toEqual(['S1|enq', 'S1|open']);
    expect(index.stores).toEqual(['S1']);
  });

  it('the quarantine of a bad stored case writes the index of what is kept', async () => {
    const good = trackedCase('dp_1', 'open', 3);
    const bad = { ...trackedCase('dp_bad', 'open', 3), facts: { id: 'dp_bad', amount: { amountMinor: 1.5, currency: 'eur' } } };
    await fakeBrowser.storage.local.set({ cases: JSON.stringify({ [good.key]: good, [bad.key]: bad }), cases$: { v: CASES_VERSION } });
    const store = openIndexed();
    await store.list();
    const index = await expectConsistent();
    expect(index.keys).toEqual([good.key]);
  });

  it('a migrated store (v2, no index) gets its index when the background starts; a current one is left alone', async () => {
    const cases = sandboxCases(40);
    await fakeBrowser.storage.local.set({ cases: Object.fromEntries(cases.map((c) => [c.key, c])), cases$: { v: 2 } });
    const store = openIndexed();
    expect(await store.refreshDueIndex()).toEqual({ rewritten: true });
    await expectConsistent();
    expect(await store.refreshDueIndex()).toEqual({ rewritten: false });
  });

  it.each<[string, () => Promise<void>]>([
    ['missing', () => fakeBrowser.storage.local.remove('dueIndex')],
    ['not JSON', () => fakeBrowser.storage.local.set({ dueIndex: '{"v":1,' })],
    ['of another revision', async () => fakeBrowser.storage.local.set({ cases$: { v: CASES_VERSION, rev: 'someone-else' } })],
    ['of another build', async () => {
      const { index } = await storedState();
      await fakeBrowser.storage.local.set({ dueIndex: encodeDueIndex({ ...index!, build: '0.0.1' }) });
    }],
    ['of another zone', async () => {
      const { index } = await storedState();
      await fakeBrowser.storage.local.set({ dueIndex: encodeDueIndex({ ...index!, tz: 'America/New_York' }) });
    }],
  ])('an index %s is rebuilt when the background starts', async (_name, spoil) => {
    const store = openIndexed();
    await store.importJson(importJson(sandboxCases(60)));
    await spoil();
    expect(await store.refreshDueIndex()).toEqual({ rewritten: true });
    await expectConsistent();
  });

  it('a new time zone in the settings rewrites the index in that zone', async () => {
    const store = openIndexed();
    await store.importJson(importJson(sandboxCases(60)));
    expect((await store.updateSettings({ timeZone: 'America/New_York' })).ok).toBe(true);
    await expectConsistent('America/New_York');
  });

  it('without the index deps (a store opened by tests) the index is cleared, never left stale', async () => {
    const store = openIndexed();
    await store.importJson(importJson(sandboxCases(30)));
    await store.addManual(MANUAL, undefined);
    const plain = openCaseStore({ rules: caseRules, now: () => NOW });
    expect(await plain.remove('-|m_1')).toEqual({ ok: true, removed: true });
    expect((await storedState()).index).toBeNull();
  });
});

describe('the first frame the index selects is the full list’s first rows', () => {
  beforeEach(() => fakeBrowser.reset());

  it('at many clocks, deadlines a minute before and after included: rows, groups, counts, total and stores', async () => {
    const store = openIndexed();
    await store.importJson(importJson(sandboxCases(400)));
    const index = await expectConsistent();
    const text = (await storedState()).text;
    const all = parseDueCases(text).cases;
    const deadlines = [...new Set(index.at.flat())].sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(deadlines.length / 12));
    const clocks = [NOW.getTime(), NOW.getTime() + 3 * DAY, NOW.getTime() + 40 * DAY, NOW.getTime() - 5 * DAY];
    for (let i = 0; i < deadlines.length; i += step) clocks.push(deadlines[i]! - MINUTE, deadlines[i]!, deadlines[i]! + MINUTE);
    // (the index's bounds, the minute before, at and after each: lib/rules deadlinesChangeAt)
    for (const bound of [index.from, index.until]) if (bound !== null) clocks.push(bound - MINUTE, bound, bound + MINUTE);
    let held = 0;
    for (const nowMs of clocks) {
      // Before its `from` or from its `until` on, the index is not used: the popup takes the full path (indexFits).
      if (!indexHoldsAt(index, nowMs)) {
        expect(nowMs < index.from! || nowMs >= index.until!).toBe(true);
        continue;
      }
      held++;
      const full = groupRows(assessCases(all, assessAt(nowMs)));
      const expected = full.groups.flatMap((g) => g.rows.map((r) => [r.case.key, g.group]));
      for (const rows of [8, 30]) {
        const picked = selectFirstFrame(index, nowMs, rows);
        expect(picked.rows.map((r) => [r.key, r.group])).toEqual(expected.slice(0, rows));
        expect(picked.total).toBe(full.total);
        expect(picked.stores).toEqual(full.stores);
        for (const g of full.groups) expect(picked.counts[g.group]).toBe(g.rows.length);
      }
    }
    expect(held).toBeGreaterThan(clocks.length / 2);
  });

  // A Klarna chargeback shown before the rules' escalation has its response counted to the clock
  // until that escalation (lib/rules/deadlines.ts): the index written at NOW holds until the
  // earliest such escalation among the listed cases, and no longer.
  it("holds until the earliest rules' escalation of a Klarna chargeback shown before it, and says so", async () => {
    const store = openIndexed();
    const klarna = (id: string, createdHoursAgo: number) =>
      trackedCase(id, 'open', null, { facts: { id, provider: 'klarna', status: 'open', reason: 'Goods not received', createdAt: at(-createdHoursAgo), amount: { amountMinor: 12_500, currency: 'EUR' }, storeId: 'S1' } });
    const cases = [klarna('K-EARLY-1', 48), klarna('K-EARLY-2', 10 * 24), klarna('K-LATE', 40 * 24)];
    await store.importJson(importJson(cases));
    const index = await expectConsistent();
    // (the rules' escalation of each, as the same dispute still an enquiry faces it; the one opened 10 days ago first)
    const escalation = (c: TrackedCase) => Date.parse(assessForList({ ...c.facts, status: 'warning_needs_response' } as never, { now: NOW, timeZone: ZONE }).next!.at);
    expect(escalation(cases[1]!)).toBeLessThan(escalation(cases[0]!));
    expect(index.until).toBe(escalation(cases[1]!));
    expect(indexHoldsAt(index, index.until! - MINUTE)).toBe(true);
    expect(indexHoldsAt(index, index.until!)).toBe(false);
    // (K-LATE's escalation passed before NOW: the index's deadlines are not those of a clock before it)
    expect(index.from).toBe(escalation(cases[2]!));
    expect(indexHoldsAt(index, index.from!)).toBe(true);
    expect(indexHoldsAt(index, index.from! - MINUTE)).toBe(false);
    // a store with no such case: an index for any clock
    fakeBrowser.reset();
    await openIndexed().importJson(importJson([trackedCase('C-1', 'open', null)]));
    expect(await expectConsistent()).toMatchObject({ from: null, until: null });
  });
});

describe('dueOf: group and next deadline at the clock', () => {
  const d = Date.parse('2026-03-12T09:00:00.000Z');
  it.each([
    ['a minute before the deadline', d - MINUTE, 'due24h', d],
    ['at the deadline', d, 'due24h', d],
    ['a minute after the deadline', d + MINUTE, 'overdue', d],
    ['exactly a day before', d - DAY, 'due24h', d],
    ['a day and a minute before', d - DAY - MINUTE, 'dueWeek', d],
    ['a week and a minute before', d - 7 * DAY - MINUTE, 'later', d],
  ] as const)('a response due: %s', (_name, nowMs, group, dueAt) => {
    expect(dueOf('a', [d], 'r', nowMs)).toEqual({ group, dueAt });
    // an enquiry whose next deadline is a response (a Klarna unauthorized purchase) is due the same way
    expect(dueOf('e', [d], 'r', nowMs)).toEqual({ group, dueAt });
  });

  it.each([
    ['a minute before the first', d - MINUTE, 'due24h', d],
    ['a minute after the first', d + MINUTE, 'dueWeek', d + 3 * DAY],
    ['a minute after the last', d + 3 * DAY + MINUTE, 'overdue', d + 3 * DAY],
  ] as const)('two deadlines: %s', (_name, nowMs, group, dueAt) => {
    expect(dueOf('a', [d, d + 3 * DAY], 'rr', nowMs)).toEqual({ group, dueAt });
  });

  it.each([
    ['a minute before its escalation: watched', d - MINUTE, 'enquiries', d],
    ['a minute after its escalation: its response is due', d + MINUTE, 'dueWeek', d + 3 * DAY],
    ['a minute after its response deadline: overdue', d + 3 * DAY + MINUTE, 'overdue', d + 3 * DAY],
  ] as const)('an enquiry, escalation then response: %s', (_name, nowMs, group, dueAt) => {
    expect(dueOf('e', [d, d + 3 * DAY], 'er', nowMs)).toEqual({ group, dueAt });
  });

  it('an enquiry past its only escalation stays an enquiry, facts too few are "later" with no deadline, a response without one is not listed', () => {
    expect(dueOf('e', [d], 'e', d + DAY)).toEqual({ group: 'enquiries', dueAt: d });
    expect(dueOf('e', [], '', d)).toEqual({ group: 'enquiries', dueAt: null });
    expect(dueOf('u', [], '', d)).toEqual({ group: 'later', dueAt: null });
    expect(dueOf('a', [], '', d)).toBeNull();
  });
});

describe('encodeWithDueIndex', () => {
  /** The portal's dueBy as the one deadline; a second one a day later when the case says so. */
  const twoDeadlines: AssessFn = (facts) => {
    const list: Deadline[] = facts.dueBy ? [{ kind: 'response', at: facts.dueBy, source: 'portal', ruleId: 'portal' }] : [];
    if (facts.dueBy && facts.reason === 'two') list.push({ kind: 'response', at: new Date(Date.parse(facts.dueBy) + DAY).toISOString(), source: 'portal', ruleId: 'portal' });
    const a: CaseAssessment = { phase: 'chargeback', actionRequired: true, deadlines: list, next: list[0] ?? null, msLeft: list[0] ? 0 : null, urgency: 'none', fee: null };
    return a;
  };

  it('writes the same text as JSON.stringify, and a case that moves back when its first deadline passes', () => {
    const a = trackedCase('a', 'open', 1, { facts: { ...trackedCase('a', 'open', 1).facts, reason: 'two' } });
    const b = trackedCase('b', 'open', 2);
    const record = { [a.key]: a, [b.key]: b };
    const { text, index } = encodeWithDueIndex(record, twoDeadlines, { rev: 'r', format: CASES_VERSION, build: BUILD, tz: ZONE }, NOW.getTime());
    expect(text).toBe(JSON.stringify(record));
    const before = selectFirstFrame(index, NOW.getTime() + HOUR - MINUTE, 2).rows.map((r) => r.key);
    const after = selectFirstFrame(index, NOW.getTime() + HOUR + MINUTE, 2).rows.map((r) => r.key);
    expect(before).toEqual([a.key, b.key]);
    expect(after).toEqual([b.key, a.key]);
  });
});
