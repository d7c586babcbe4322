// The reader's public types: the contract of ../../../shared/design/architecture.md ("add, never
// reshape"), with the fields added for the content script marked.
import type { DisputeFacts, Outcome, PortalTab } from '../rules/types';


export interface ReadOptions {
  /** the merchant's zone for dates the page shows without one (default: the runtime's) */
  timeZone?: string;
}

/** contract (architecture.md); `tab`, `tabCounts` added */
export interface PortalReading {
  page: 'dispute_list' | 'dispute_detail' | 'unknown';
  storeId: string | null;
  locale: string | null;
  /** in page order */
  disputes: ReadDispute[];
  /** what could not be read, in plain words; never thrown */
  problems: string[];
  /** the list tab shown as selected, where the page marks one */
  tab: PortalTab | 'all' | null;
  /** the counters shown on the list tabs */
  tabCounts: Partial<Record<PortalTab | 'all', number>>;
}

/** contract; `outcome` and `cell` added (a network reason code is in the facts: DisputeFacts.networkReasonCode) */
export interface ReadDispute {
  facts: Partial<DisputeFacts> & { id: string };
  /** the row, card or panel the dispute was read from */
  anchor: Element;
  /**
   * a list row read through column headers: the cell showing its ID, where a chip goes (one put
   * into the row itself would be one more column, and the row would no longer match its header)
   */
  cell?: Element;
  /** closed disputes: Won, Partially won, Accepted or Lost, as the page shows it */
  outcome?: Outcome;
}

