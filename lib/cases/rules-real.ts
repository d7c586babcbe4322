// The real lib/rules behind the CaseRules interface (what the background passes to the store and
// the planners). The planners need only phase, action required, the deadlines and the next one:
// lib/rules' assessSchedule, not the full assessDispute with its checklist, advice, exposure and
// timeline (several times the work, with 2,000 cases on every message: test/bench/background.bench.ts).
// test/cases/real-rules.test.ts checks it agrees with assessDispute on every field the planners use.
import { assessSchedule } from '../rules/schedule';
import { statusInfo } from '../rules/statuses';
import type { CaseRules } from './rules-link';

export const caseRules: CaseRules = {
  statusInfo,
  assessDispute(facts, opts) {
    const s = assessSchedule(facts, opts);
    return { phase: s.phase, actionRequired: s.actionRequired, deadlines: s.deadlines, next: s.next };
  },
};
