// Each migration fed data in its old format (Bitwarden style), and the store opening old data.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { utcInstants } from '../../lib/cases/migrations/002-utc-instants';
import { jsonText } from '../../lib/cases/migrations/003-json-text';
import { CASES_VERSION, CASE_MIGRATIONS, migrateCaseEntry, migrateStoredRecord } from '../../lib/cases/migrations';
import { parseCases } from '../../lib/cases/read';
import { decodeStoredCases, encodeStoredCases } from '../../lib/cases/stored-form';
import { openCaseStore } from '../../lib/cases/store';
import { NOW, portalOnlyRules, trackedCase } from './fixtures';

const v1Case = {
  ...trackedCase('dp_1', 'lost', null),
  firstSeenAt: '2026-03-01T13:00:00+01:00',
  lastSeenAt: '2026-03-02T08:30:00-05:00',
  closedAt: '2026-03-02T13:30:00.000+00:00',
};

describe('migration 002: instants in UTC', () => {
  it('rewrites the case\'s own instants to UTC, same instant', () => {
    expect(utcInstants.migrateCase(v1Case)).toEqual({
      ...v1Case,
      firstSeenAt: '2026-03-01T12:00:00.000Z',
      lastSeenAt: '2026-03-02T13:30:00.000Z',
      closedAt: '2026-03-02T13:30:00.000Z',
    });
  });

  it.each([[null], [42], ['text'], [[1, 2]], [{ firstSeenAt: 'not a date' }]])('leaves %j as it is (quarantined later if invalid)', (entry) => {
    expect(utcInstants.migrateCase(entry)).toEqual(entry);
  });

  it('does not touch the facts (the portal\'s own dates keep their form)', () => {
    const facts = { ...v1Case.facts, dueBy: '2026-03-20T23:59:59.999+01:00' };
    expect((utcInstants.migrateCase({ ...v1Case, facts }) as typeof v1Case).facts).toEqual(facts);
  });
});

describe('migration 003: the store as one JSON text', () => {
  const step = migrateStoredRecord(jsonText);
  const a = trackedCase('dp_1', 'open', 3);
  const b = trackedCase('dp_2', 'lost', null);

  it('turns a v2 record (object of objects) into one JSON text holding every case unchanged', () => {
    const out = step({ [a.key]: a, [b.key]: b });
    expect(typeof out).toBe('string');
    expect(JSON.parse(out as string)).toEqual({ [a.key]: a, [b.key]: b });
  });

  it('keeps entries it does not recognise (quarantined later, when the store opens)', () => {
    const odd = { [a.key]: a, 'S1|x': 42, 'S1|y': null };
    expect(JSON.parse(step(odd) as string)).toEqual(odd);
  });

  it.each([[42], ['not json'], [[1, 2]]])('leaves an unreadable store %j as it is', (stored) => {
    expect(step(stored)).toEqual(stored);
  });

  it('changes no case: an export of format 2 imports as it is', () => {
    expect(jsonText.migrateCase(a)).toBe(a);
    expect(migrateCaseEntry(a, 2)).toEqual(a);
  });

  it('the v1 → v2 step applied after format 3 keeps the text form (later steps keep the form)', () => {
    const utcStep = migrateStoredRecord(utcInstants);
    expect(typeof utcStep({ [v1Case.key]: v1Case })).toBe('object');
    const chained = step(utcStep({ [v1Case.key]: v1Case }));
    expect(JSON.parse(chained as string)[v1Case.key]).toMatchObject({ firstSeenAt: '2026-03-01T12:00:00.000Z' });
  });

  it('readers accept both forms', () => {
    const record = { [a.key]: a, [b.key]: b };
    expect(decodeStoredCases(encodeStoredCases(record))).toEqual(record);
    expect(decodeStoredCases(record)).toBe(record);
    expect(parseCases(encodeStoredCases(record))).toEqual(parseCases(record));
    expect(parseCases(encodeStoredCases(record)).cases).toHaveLength(2);
    expect(parseCases('{broken')).toEqual({ cases: [], bad: 1 });
  });
});

describe('migration chain', () => {
  it('versions are consecutive from 2 and CASES_VERSION is the last', () => {
    CASE_MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 2));
    expect(CASES_VERSION).toBe(CASE_MIGRATIONS.length + 1);
  });

  it('an entry already current is unchanged', () => {
    const current = trackedCase('dp_1', 'open', 3);
    expect(migrateCaseEntry(current, CASES_VERSION)).toEqual(current);
  });
});

describe('opening a store holding old data', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('an unversioned (v1) store is migrated in place and every case kept', async () => {
    const other = trackedCase('dp_2', 'open', 5);
    await fakeBrowser.storage.local.set({ cases: { [v1Case.key]: v1Case, [other.key]: other } });
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    const { cases, quarantined } = await store.list();
    expect(quarantined).toBe(0);
    expect(cases.find((c) => c.key === v1Case.key)).toMatchObject({ firstSeenAt: '2026-03-01T12:00:00.000Z', closedAt: '2026-03-02T13:30:00.000Z' });
    const raw = await fakeBrowser.storage.local.get(['cases', 'cases$']);
    expect(raw.cases$).toEqual({ v: CASES_VERSION });
    expect(Object.keys(JSON.parse(raw.cases as string) as object).sort()).toEqual(['S1|dp_1', 'S1|dp_2']);
  });

  it('a v2 store (an object of objects) becomes one JSON text; every case kept, a bad one quarantined, not lost', async () => {
    const good = trackedCase('dp_1', 'open', 3);
    const closed = { ...trackedCase('dp_2', 'won', null), closedAt: '2026-03-02T13:30:00.000Z' };
    const bad = { ...trackedCase('dp_bad', 'open', 3), facts: { id: 'dp_bad', amount: { amountMinor: 1.5, currency: 'eur' } } };
    const v2 = { [good.key]: good, [closed.key]: closed, [bad.key]: bad };
    await fakeBrowser.storage.local.set({ cases: v2, cases$: { v: 2 } });
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    const { cases, quarantined } = await store.list();
    expect(cases.map((c) => c.key).sort()).toEqual([good.key, closed.key]);
    expect(cases.find((c) => c.key === good.key)).toEqual(good);
    expect(quarantined).toBe(1);
    const raw = await fakeBrowser.storage.local.get(['cases', 'cases$', 'quarantine']);
    // The quarantine's write of the cases adds the revision the due index is tied to (lib/cases/due-index.ts).
    expect(raw.cases$).toEqual({ v: 3, rev: expect.any(String) });
    expect(typeof raw.cases).toBe('string');
    expect(JSON.parse(raw.cases as string)).toEqual({ [good.key]: good, [closed.key]: closed });
    expect(raw.quarantine).toEqual([expect.objectContaining({ key: bad.key, value: bad })]);
  });

  it('a stored text that is not JSON is quarantined whole, not lost', async () => {
    await fakeBrowser.storage.local.set({ cases: '{"S1|dp_1": {', cases$: { v: 3 } });
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    expect(await store.list()).toEqual({ cases: [], quarantined: 1 });
    const raw = await fakeBrowser.storage.local.get(['cases', 'quarantine']);
    expect(raw.quarantine).toEqual([expect.objectContaining({ key: '(cases)', value: '{"S1|dp_1": {' })]);
    expect(raw.cases).toBe('{}');
  });

  it('a fresh install writes the current version with the first case (no migration on empty data)', async () => {
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    await store.addManual({ id: 'm', provider: 'billie', status: 'open', createdAt: NOW.toISOString(), amount: { amountMinor: 1, currency: 'EUR' } }, undefined);
    expect((await fakeBrowser.storage.local.get('cases$')).cases$).toEqual({ v: CASES_VERSION, rev: expect.any(String) });
  });
});
