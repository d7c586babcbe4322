import { describe, expect, it } from 'vitest';
import { STATUS_TABLE } from '../../lib/rules/data/statuses';
import { outcomeInfo, statusInfo, statusRow } from '../../lib/rules/statuses';
import type { DisputeStatus, Outcome } from '../../lib/rules/types';

// Seed 001 status table + seed 000 tabs + article 395541 (action required).
const EXPECTED: [DisputeStatus, string, boolean, string, string | null, 'enquiry' | 'chargeback'][] = [
  ['warning_needs_response', 'enquiry', false, 'no_response_needed', 'no response required', 'enquiry'],
  ['warning_under_review', 'enquiry', false, 'no_response_needed', null, 'enquiry'],
  ['warning_closed', 'closed', false, 'closed', null, 'enquiry'],
  ['open', 'chargeback', true, 'response_required', 'response required', 'chargeback'],
  ['under_review', 'chargeback', false, 'under_review', null, 'chargeback'],
  ['won', 'closed', false, 'closed', null, 'chargeback'],
  ['lost', 'closed', false, 'closed', null, 'chargeback'],
];

describe('statusInfo', () => {
  it.each(EXPECTED)('%s → phase %s, action %s, tab %s, Klarna %s', (status, phase, action, tab, klarna, type) => {
    expect(statusInfo(status)).toEqual({ phase, actionRequired: action, tab, klarnaEquivalent: klarna });
    expect(statusRow(status)?.disputeType).toBe(type);
  });

  it('the table has exactly the seven statuses, each once', () => {
    expect(STATUS_TABLE.map((row) => row.status).sort()).toEqual(EXPECTED.map(([s]) => s).sort());
  });

  it.each(STATUS_TABLE.map((row) => [row.status, row] as const))('table row %s is what statusInfo returns', (status, row) => {
    expect(statusInfo(status)).toEqual({ phase: row.phase, actionRequired: row.actionRequired, tab: row.tab, klarnaEquivalent: row.klarnaEquivalent });
  });

  it.each([['needs_response'], ['OPEN'], [''], [undefined], [null], [42]])(
    'an unknown status (%s) does not throw and reads as "a response may be due"',
    (bad) => {
      const info = statusInfo(bad as unknown as DisputeStatus);
      expect(info).toEqual({ phase: 'chargeback', actionRequired: true, tab: 'response_required', klarnaEquivalent: null });
      expect(statusRow(bad)).toBeNull();
    },
  );
});

describe('outcomes (seed 000)', () => {
  it.each([
    ['won', 'won', 'none', false],
    ['partially_won', 'won', 'partial', false],
    ['accepted', 'lost', 'full', true],
    ['lost', 'lost', 'full', false],
  ] as [Outcome, string, string, boolean][])('%s → status %s, customer refunded %s, accepted %s', (outcome, status, refunded, accepted) => {
    expect(outcomeInfo(outcome)).toMatchObject({ status, customerRefunded: refunded, merchantAccepted: accepted, tab: 'closed' });
  });

  it('an unknown outcome is null', () => {
    expect(outcomeInfo('draw' as Outcome)).toBeNull();
  });
});
