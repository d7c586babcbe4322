// Each migration fed data in its old format (Bitwarden style), and the store opening old data.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { utcInstants } from '../../lib/cases/migrations/002-utc-instants';
import { CASES_VERSION, CASE_MIGRATIONS, migrateCaseEntry } from '../../lib/cases/migrations';
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
    expect(Object.keys(raw.cases as object).sort()).toEqual(['S1|dp_1', 'S1|dp_2']);
  });

  it('a fresh install writes the current version with the first case (no migration on empty data)', async () => {
    const store = openCaseStore({ rules: portalOnlyRules, now: () => NOW });
    await store.addManual({ id: 'm', provider: 'billie', status: 'open', createdAt: NOW.toISOString(), amount: { amountMinor: 1, currency: 'EUR' } }, undefined);
    expect((await fakeBrowser.storage.local.get('cases$')).cases$).toEqual({ v: CASES_VERSION });
  });
});
