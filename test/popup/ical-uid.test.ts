// A calendar event's UID must not change when a case is filed under its store. A dispute first read
// where the page showed no store ("-|D-1") is moved to its store's key once a page names the store
// (lib/cases/merge): its UIDs held the key, so the next .ics gave every event a new UID and a
// calendar that imported both held each deadline twice. The UID is the host and the dispute ID now.
import { describe, expect, it } from 'vitest';
import { assessCases, dueRows, groupRows } from '../../lib/cases/group';
import { casesToIcal, eventUid } from '../../lib/cases/ical';
import { mergeObservation, type CaseRecord } from '../../lib/cases/merge';
import type { CasesObserved } from '../../lib/cases/messages';
import type { TrackedCase } from '../../lib/cases/schema';
import { statusInfo } from '../../lib/rules/statuses';
import type { DisputeStatus } from '../../lib/rules/types';
import { fakeAssess, makeCase, NOW, ZONE } from './fixtures';

const PRODUCTION = 'https://portal.kustom.co/disputes';
const PLAYGROUND = 'https://portal.playground.kustom.co/disputes';

function uids(cases: TrackedCase[]): string[] {
  const rows = dueRows(groupRows(assessCases(cases, fakeAssess)));
  return casesToIcal(rows, { locale: 'en', timeZone: ZONE, now: NOW, hoursBefore: [24] })
    .split('\r\n')
    .filter((l) => l.startsWith('UID:'))
    .map((l) => l.slice(4));
}

function read(store: CaseRecord, pageUrl: string, storeId: string | null, status: DisputeStatus): CaseRecord {
  const message: CasesObserved = {
    type: 'cases:observed',
    pageUrl,
    page: 'dispute_list',
    storeId,
    locale: 'en',
    observedAt: NOW.toISOString(),
    disputes: [{ id: 'D-1', provider: 'klarna', status, createdAt: '2026-03-01T09:00:00.000Z', amount: { amountMinor: 4990, currency: 'EUR' }, dueBy: '2026-03-12T12:00:00.000Z' }],
  };
  return mergeObservation(store, message, NOW, { statusInfo }).store;
}

describe('iCal UIDs', () => {
  it.each<[string, string, DisputeStatus]>([
    ['a chargeback, the portal', PRODUCTION, 'open'],
    ['an enquiry, the portal', PRODUCTION, 'warning_needs_response'],
    ['a chargeback, the test portal', PLAYGROUND, 'open'],
    ['an enquiry, the test portal', PLAYGROUND, 'warning_needs_response'],
  ])('%s: the same after the case is filed under its store', (_name, pageUrl, status) => {
    const before = read({}, pageUrl, null, status);
    expect(Object.keys(before)).toEqual(['-|D-1']);
    const after = read(before, pageUrl, 'S1', status);
    expect(Object.keys(after)).toEqual(['S1|D-1']);
    expect(uids(Object.values(before))).toHaveLength(1);
    expect(uids(Object.values(after))).toEqual(uids(Object.values(before)));
  });

  it('a case without a store keeps the UID it had before (a calendar that imported an older file updates its event)', () => {
    expect(uids([makeCase('D-1', { store: null, hoursLeft: 5, pageUrl: PRODUCTION })])).toEqual([eventUid('-|D-1', 'response')]);
  });

  it('a case entered by hand (no page yet) keeps its UID when the portal reads it', () => {
    const manual = makeCase('D-1', { store: 'S1', hoursLeft: 5, manual: true });
    const read = { ...manual, manual: false, pageUrl: PRODUCTION };
    expect(uids([read])).toEqual(uids([manual]));
  });

  it('the same dispute ID on the portal and the test portal: two UIDs', () => {
    const [a] = uids([makeCase('D-1', { hoursLeft: 5, pageUrl: PRODUCTION })]);
    const [b] = uids([makeCase('D-1', { hoursLeft: 5, pageUrl: PLAYGROUND })]);
    expect(a).not.toBe(b);
  });

  it.each([
    ['the portal', PRODUCTION],
    ['the test portal', PLAYGROUND],
  ])('one dispute ID under two stores of %s in one file: two events, two UIDs', (_name, pageUrl) => {
    const list = uids([makeCase('D-1', { store: 'S1', hoursLeft: 5, pageUrl }), makeCase('D-1', { store: 'S2', hoursLeft: 7, pageUrl })]);
    expect(list).toHaveLength(2);
    expect(new Set(list).size).toBe(2);
  });

  it('other cases in the file do not change a case\'s UID', () => {
    const alone = uids([makeCase('D-1', { hoursLeft: 5, pageUrl: PRODUCTION })]);
    const withOthers = uids([makeCase('D-0', { hoursLeft: 3, pageUrl: PRODUCTION }), makeCase('D-1', { hoursLeft: 5, pageUrl: PRODUCTION }), makeCase('D-1', { hoursLeft: 5, pageUrl: PLAYGROUND })]);
    expect(withOthers).toContain(alone[0]);
  });
});
