// Status → phase, action required, portal tab, Klarna equivalent. The table is data/statuses.ts.
import { OUTCOME_TABLE, STATUS_TABLE, UNKNOWN_STATUS_FALLBACK, type OutcomeRow, type StatusRow } from './data/statuses';
import type { DisputeStatus, Outcome, StatusInfo } from './types';

const BY_STATUS = new Map<string, StatusRow>(STATUS_TABLE.map((row) => [row.status, row]));
const INFO = new Map<string, StatusInfo>(STATUS_TABLE.map((row) => [row.status, toInfo(row)]));
const FALLBACK_INFO: StatusInfo = toInfo(UNKNOWN_STATUS_FALLBACK);

function toInfo(row: Omit<StatusRow, 'status'>): StatusInfo {
  return Object.freeze({
    phase: row.phase,
    actionRequired: row.actionRequired,
    tab: row.tab,
    klarnaEquivalent: row.klarnaEquivalent,
  });
}

/** The row for a status, or null when the status is not one the portal is known to show. */
export function statusRow(status: unknown): StatusRow | null {
  return typeof status === 'string' ? (BY_STATUS.get(status) ?? null) : null;
}

export function isKnownStatus(status: unknown): status is DisputeStatus {
  return statusRow(status) !== null;
}

/**
 * Phase, action required, tab and Klarna equivalent of a status. Never throws: an unknown status
 * (bad input) gets the most demanding reading (a response may be due) so no deadline is hidden.
 */
export function statusInfo(status: DisputeStatus): StatusInfo {
  return (typeof status === 'string' ? INFO.get(status) : undefined) ?? FALLBACK_INFO;
}

export function outcomeInfo(outcome: Outcome): OutcomeRow | null {
  return OUTCOME_TABLE.find((row) => row.outcome === outcome) ?? null;
}
