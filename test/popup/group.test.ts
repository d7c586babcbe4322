import { describe, expect, it } from 'vitest';
import { assessCases, groupRows, dueRows, caseStore } from '../../lib/cases/group';
import { fakeAssess, makeCase } from './fixtures';

const cases = [
  makeCase('D-later', { hoursLeft: 24 * 10 }),
  makeCase('D-overdue-2', { hoursLeft: -2 }),
  makeCase('D-overdue-30', { hoursLeft: -30 }),
  makeCase('D-23h', { hoursLeft: 23, store: 'M-2', orderId: 'ORD-777' }),
  makeCase('D-1h', { hoursLeft: 1, ref: 'Invoice 2026/44' }),
  makeCase('D-3d', { hoursLeft: 72 }),
  makeCase('D-7d', { hoursLeft: 24 * 7 }),
  makeCase('E-enquiry', { hoursLeft: 24 * 20, status: 'warning_needs_response', store: 'M-2' }),
  makeCase('C-review', { hoursLeft: 5, status: 'under_review' }),
  makeCase('C-won', { status: 'won' }),
  makeCase('E-closed', { status: 'warning_closed' }),
  makeCase('X-incomplete', { incomplete: true, store: null }),
];

describe('groupRows', () => {
  const rows = assessCases(cases, fakeAssess);

  it('puts each due case into its group, soonest first (the overdue: the one that passed last first), in the fixed group order', () => {
    const grouped = groupRows(rows);
    expect(grouped.groups.map((g) => [g.group, g.rows.map((r) => r.case.facts.id)])).toEqual([
      ['overdue', ['D-overdue-2', 'D-overdue-30']],
      ['due24h', ['D-1h', 'D-23h']],
      ['dueWeek', ['D-3d', 'D-7d']],
      ['later', ['D-later', 'X-incomplete']],
      ['enquiries', ['E-enquiry']],
    ]);
    expect(grouped.total).toBe(9);
  });

  it('leaves out closed cases and chargebacks that need no action', () => {
    const ids = dueRows(groupRows(rows)).map((r) => r.case.facts.id);
    expect(ids).not.toContain('C-review');
    expect(ids).not.toContain('C-won');
    expect(ids).not.toContain('E-closed');
  });

  it('keeps a case with incomplete facts, with an unknown deadline after the known ones', () => {
    const row = rows.find((r) => r.case.facts.id === 'X-incomplete')!;
    expect(row.assessment).toBeNull();
    expect(row.dueAt).toBeNull();
    expect(row.group).toBe('later');
  });

  it('lists the stores for the filter, sorted', () => expect(groupRows(rows).stores).toEqual(['M-1', 'M-2']));

  it.each([
    [{ store: 'M-2' }, ['D-23h', 'E-enquiry']],
    [{ search: 'ord-777' }, ['D-23h']],
    [{ search: '2026/44' }, ['D-1h']],
    [{ search: 'd-overdue' }, ['D-overdue-2', 'D-overdue-30']],
    [{ search: '  E-ENQ ' }, ['E-enquiry']],
    [{ store: 'M-2', search: 'D-1h' }, []],
    [{ search: 'nothing-like-this' }, []],
  ])('filter %o → %o', (filter, ids) => {
    expect(dueRows(groupRows(rows, filter)).map((r) => r.case.facts.id)).toEqual(ids);
  });

  it('a rule that throws for one case does not hide it or the others', () => {
    const throwing = assessCases(cases.slice(0, 3), (facts, goods) => {
      if (facts.id === 'D-later') throw new Error('boom');
      return fakeAssess(facts, goods);
    });
    expect(throwing.map((r) => [r.case.facts.id, r.group])).toEqual([
      ['D-later', 'later'],
      ['D-overdue-2', 'overdue'],
      ['D-overdue-30', 'overdue'],
    ]);
  });

  it.each([
    [makeCase('a', { store: 'M-9' }), 'M-9'],
    [{ ...makeCase('b', { store: null }), key: 'M-5|b' }, 'M-5'],
    [makeCase('c', { store: null }), null],
  ])('caseStore(%#)', (c, store) => expect(caseStore(c)).toBe(store));

  it('uses the buyer country the merchant entered when the portal showed none', () => {
    const c = makeCase('m');
    delete c.facts.buyerCountry;
    c.merchant.buyerCountry = 'SE';
    let seen: string | undefined;
    assessCases([c], (facts, goods) => {
      seen = facts.buyerCountry;
      return fakeAssess(facts, goods);
    });
    expect(seen).toBe('SE');
  });
});

describe('parseDueCases', () => {
  it('keeps what may be due, skips what its status rules out, and counts entries that do not parse', async () => {
    const { parseDueCases } = await import('../../lib/cases/group');
    const raw: Record<string, unknown> = {};
    for (const c of cases) raw[c.key] = c;
    raw['M-1|broken'] = { key: 'M-1|broken', facts: { id: 'broken', status: 'open' } };
    raw['M-1|wrong-key'] = { ...makeCase('other', { hoursLeft: 3 }) };
    const { cases: kept, bad } = parseDueCases(raw);
    expect(kept.map((c) => c.facts.id).sort()).toEqual(
      ['D-1h', 'D-23h', 'D-3d', 'D-7d', 'D-later', 'D-overdue-2', 'D-overdue-30', 'E-enquiry', 'X-incomplete'].sort(),
    );
    expect(bad).toBe(2);
    // The same due cases as grouping everything would list.
    const all = dueRows(groupRows(assessCases(cases, fakeAssess))).map((r) => r.case.key).sort();
    expect(kept.map((c) => c.key).sort()).toEqual(all);
  });

  it('reads the store from one JSON text as well', async () => {
    const { parseDueCases } = await import('../../lib/cases/group');
    const raw: Record<string, unknown> = {};
    for (const c of cases) raw[c.key] = c;
    expect(parseDueCases(JSON.stringify(raw))).toEqual(parseDueCases(raw));
  });

  it.each([[null, 0], [undefined, 0], ['junk', 1], ['{"a":', 1], [[1, 2], 1]])('%j → no cases, %d bad', async (raw, bad) => {
    const { parseDueCases } = await import('../../lib/cases/group');
    expect(parseDueCases(raw)).toEqual({ cases: [], bad, settled: 0 });
  });
});

describe('popup prefetch', () => {
  it('reads the same storage keys as lib/cases/read', async () => {
    const { PREFETCH_KEYS } = await import('../../components/popup/prefetch');
    const { STORAGE_KEYS } = await import('../../lib/cases/read');
    expect(`local:${PREFETCH_KEYS.cases}`).toBe(STORAGE_KEYS.cases);
    expect(`local:${PREFETCH_KEYS.settings}`).toBe(STORAGE_KEYS.settings);
    expect(`local:${PREFETCH_KEYS.reset}`).toBe(STORAGE_KEYS.settingsReset);
    const { CASES_META_KEY, DUE_INDEX_KEY } = await import('../../lib/cases/due-index');
    expect(`local:${PREFETCH_KEYS.meta}`).toBe(CASES_META_KEY);
    expect(`local:${PREFETCH_KEYS.index}`).toBe(DUE_INDEX_KEY);
  });
});

describe('startPrefetch', () => {
  it('reads the meta, due index, settings and the settings put back to their defaults at once, the cases on demand, from browser or chrome, and hands the reads over once', async () => {
    const { startPrefetch, publishPrefetch, takePrefetch } = await import('../../components/popup/prefetch');
    const asked: string[][] = [];
    const local = { get: async (keys: string[]) => (asked.push(keys), { cases: '{"a":1}', dueIndex: '{}' }) };
    const scope = { chrome: { storage: { local } } } as unknown as typeof globalThis;
    const read = startPrefetch(scope);
    expect(await read?.state.head).toEqual({ meta: null, index: '{}', settings: null, reset: null });
    // The store's large text is read only when asked for (after the first frame), and once.
    expect(asked).toEqual([['cases$', 'dueIndex', 'settings', 'settingsReset']]);
    expect(await read?.state.cases()).toBe('{"a":1}');
    expect(await read?.state.cases()).toBe('{"a":1}');
    expect(asked).toEqual([['cases$', 'dueIndex', 'settings', 'settingsReset'], ['cases']]);
    publishPrefetch(scope, read);
    expect(takePrefetch(scope)).toBe(read);
    expect(takePrefetch(scope)).toBeNull();
    expect(startPrefetch({} as typeof globalThis)).toBeNull();
  });
});
