// The "Overdue" group listed the oldest first: a missed deadline is lost already, so disputes whose
// deadline passed months ago filled the top of the popup (and its first frame's few rows), and the
// one that passed an hour ago (an estimate whose range may still be open, a portal date to check
// now) came last. The overdue ones now come latest passed first; every other group stays soonest
// first; the first frame from the due index shows the same order as the full list.
import { describe, expect, it } from 'vitest';
import { makeAssess, previewFromIndex } from '../../components/popup/first-frame';
import { encodeDueIndex, encodeWithDueIndex } from '../../lib/cases/due-index';
import { assessCases, dueRows, groupRows } from '../../lib/cases/group';
import { assessForList } from '../../lib/cases/list-assessment';
import { CASES_VERSION } from '../../lib/cases/migrations';
import { DEFAULT_SETTINGS, type TrackedCase } from '../../lib/cases/schema';
import { BUILD, fakeAssess, makeCase, NOW, ZONE } from './fixtures';

const DAY = 24;

describe('the order of the overdue cases', () => {
  it.each<[string, [string, number][], string[]]>([
    ['months old, weeks old, an hour ago', [['OLD', -DAY * 120], ['WEEKS', -DAY * 21], ['HOUR', -1]], ['HOUR', 'WEEKS', 'OLD']],
    ['the same instant: by dispute ID', [['B', -5], ['A', -5], ['C', -50]], ['A', 'B', 'C']],
    ['beside cases still due: those soonest first after them', [['OLD', -DAY * 90], ['D-5', 5], ['HOUR', -1], ['D-2', 2], ['W', DAY * 3]], ['HOUR', 'OLD', 'D-2', 'D-5', 'W']],
  ])('%s', (_name, due, order) => {
    const rows = assessCases(due.map(([id, hours]) => makeCase(id, { hoursLeft: hours })), fakeAssess);
    expect(dueRows(groupRows(rows)).map((r) => r.case.facts.id)).toEqual(order);
  });

  it('the first frame from the due index has the full list\'s first rows, in its order', () => {
    const cases: TrackedCase[] = [
      ...Array.from({ length: 12 }, (_, i) => makeCase(`OLD-${String(i).padStart(2, '0')}`, { hoursLeft: -DAY * (30 + i * 7) })),
      makeCase('HOUR', { hoursLeft: -1 }),
      makeCase('SOON', { hoursLeft: 3 }),
    ];
    const record = Object.fromEntries(cases.map((c) => [c.key, c]));
    const nowMs = NOW.getTime();
    const assess = makeAssess(assessForList, nowMs, ZONE, DEFAULT_SETTINGS);
    const { index } = encodeWithDueIndex(record, assess, { rev: 'r', format: CASES_VERSION, build: BUILD, tz: ZONE }, nowMs);
    const preview = previewFromIndex({ meta: { v: CASES_VERSION, rev: 'r' }, index: encodeDueIndex(index), settings: null }, nowMs, ZONE, assess, { build: BUILD, rows: 8 });
    const full = dueRows(groupRows(assessCases(cases, assess))).map((r) => r.case.facts.id);
    expect(full.slice(0, 3)).toEqual(['HOUR', 'OLD-00', 'OLD-01']);
    expect(preview?.rows.map((r) => r.case.facts.id)).toEqual(full.slice(0, 8));
  });
});
