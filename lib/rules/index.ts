// The dispute-rules library: pure TypeScript, no DOM, no browser API. This file is its public
// entry; the names and shapes marked "contract" in types.ts and ../shared/design/architecture.md
// are called by tests outside the project.

// contract types, and the types the UI works with
export type {
  AdviceContext,
  AdviceItem,
  AdviceSeverity,
  Assessment,
  AssessOptions,
  ChecklistOptions,
  Deadline,
  DisputeFacts,
  DisputeStatus,
  Effective,
  EvidenceItem,
  EvidenceLevel,
  Exposure,
  FeeRule,
  GoodsType,
  Money,
  Network,
  Outcome,
  Phase,
  PortalTab,
  Provider,
  ReasonCategory,
  Source,
  StatusInfo,
  TimelinePoint,
  Urgency,
  UrgencyThresholds,
} from './types';

// contract functions
export { statusInfo } from './statuses';
export { normalizeReason } from './reasons';
export { disputeFee } from './fees';
export { deadlines } from './deadlines';
export { assessDispute } from './assess';

// helpers the UI needs
export { outcomeInfo, statusRow, isKnownStatus } from './statuses';
export { matchReason } from './reasons';
export type { ReasonMatch } from './reasons';
export { normalizeCountry, isEeaMember } from './fees';
export { exposure, sumByCurrency, normalizeCurrency, UNKNOWN_CURRENCY } from './exposure';
export { assessSchedule, urgencyFor, resolveThresholds } from './schedule';
export type { Schedule } from './schedule';
export { PORTAL_RULE_ID, PAGE_ESCALATION_RULE_ID, computedEscalationAhead } from './deadlines';
export { addCalendarDays, isValidTimeZone } from './time';
export { evidenceChecklist, evidenceTextKey } from './evidence';
export { adviceFor, adviceTextKey } from './advice';
export { evidenceText, adviceText } from './text';
export { minorUnitDigits } from './currency';

// tables (each row names its source and effective dates)
export { DEFAULT_THRESHOLDS } from './data/urgency';
export { SOURCES, RULE_SOURCES } from './data/sources';
export { STATUS_TABLE, OUTCOME_TABLE } from './data/statuses';
export { NAMED_REASONS, NETWORK_CODES } from './data/reasons';
export { FEE_AMOUNTS, FEE_CHARGING, FEE_IF_LOST_FROM, BULGARIA_EURO_FROM } from './data/fees';
export { EEA_MEMBERS } from './data/countries';
export { DEADLINE_RULES, DECISION_ESTIMATES, KLARNA_2025_08_08 } from './data/deadlines';
