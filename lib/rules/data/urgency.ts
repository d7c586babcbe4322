// Urgency thresholds: below `criticalMs` left a deadline is critical, below `soonMs` soon
// (issue 2 / architecture.md). Callers may pass their own (AssessOptions.thresholds).
import type { Effective, UrgencyThresholds } from '../types';

const HOUR = 3_600_000;

export const DEFAULT_URGENCY: UrgencyThresholds & { source: string; effective: Effective } = {
  criticalMs: 24 * HOUR,
  soonMs: 72 * HOUR,
  source: 'dispute_radar.architecture',
  effective: {},
};

export const DEFAULT_THRESHOLDS: UrgencyThresholds = Object.freeze({
  criticalMs: DEFAULT_URGENCY.criticalMs,
  soonMs: DEFAULT_URGENCY.soonMs,
});
