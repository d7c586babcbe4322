// A backup with bad rows: the good ones are stored, the bad ones reported, and nothing is lost. The
// rows an import skipped were reported and then gone: this browser kept no copy (its export, "a
// complete copy", held none), so a merchant who deleted the backup after importing it had lost them.
// They are now set aside as stored values that do not parse are (lib/cases/quarantine): counted in
// the popup's line, and in every export from here, from which an import reports them again. An
// import of the same file twice sets each aside once.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaseStore } from '../../lib/cases/store';
import { EXPORT_FORMAT } from '../../lib/cases/transfer';
import { NOW, portalOnlyRules, trackedCase } from './fixtures';

const open = () => openCaseStore({ rules: portalOnlyRules, now: () => NOW });
const good = trackedCase('dp_1', 'open', 30);
const broken = { ...trackedCase('dp_2', 'open', 20), facts: { ...trackedCase('dp_2', 'open', 20).facts, amount: { amountMinor: 'lots', currency: 'EUR' } } };
const rekeyed = { ...trackedCase('dp_3', 'open', 10), key: 'S1|dp_4' };
const setAsideThere = { key: 'S1|dp_5', value: { nonsense: true }, problem: 'facts: expected object', at: NOW.toISOString() };
const backup = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW.toISOString(), cases: [good, broken, rekeyed], quarantine: [setAsideThere] });

/** What an export of `json` holds besides its cases: the values of its set-aside entries, by key. */
function setAsideIn(json: string): [string, unknown][] {
  return (JSON.parse(json) as { quarantine: { key: string; value: unknown }[] }).quarantine.map((e) => [e.key, e.value]);
}

describe('import of a backup with bad rows', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('the good ones stored, the bad ones reported and kept: an export from here holds them all', async () => {
    const store = open();
    const result = await store.importJson(backup);
    expect(result.ok && result.report.added).toBe(1);
    expect(result.ok && result.report.skipped.map((s) => [s.key, s.reason])).toEqual([
      ['S1|dp_2', 'invalid'],
      ['S1|dp_4', 'otherDispute'],
      ['S1|dp_5', 'setAside'],
    ]);
    const { cases, quarantined } = await store.list();
    expect(cases.map((c) => c.key)).toEqual(['S1|dp_1']);
    expect(quarantined).toBe(3);
    const exported = await store.exportJson();
    expect(setAsideIn(exported.json)).toEqual([
      ['S1|dp_2', broken],
      ['S1|dp_4', rekeyed],
      ['S1|dp_5', { nonsense: true }],
    ]);
  });

  it('the same backup imported twice sets each bad row aside once', async () => {
    const store = open();
    await store.importJson(backup);
    await store.importJson(backup);
    expect((await store.list()).quarantined).toBe(3);
  });

  it('an export from here, imported into another browser, reports them again and keeps them there', async () => {
    const here = open();
    await here.importJson(backup);
    const { json } = await here.exportJson();
    fakeBrowser.reset();
    const there = open();
    const result = await there.importJson(json);
    expect(result.ok && result.report.skipped.map((s) => s.key)).toEqual(['S1|dp_2', 'S1|dp_4', 'S1|dp_5']);
    expect(setAsideIn((await there.exportJson()).json).map(([key]) => key)).toEqual(['S1|dp_2', 'S1|dp_4', 'S1|dp_5']);
  });
});
