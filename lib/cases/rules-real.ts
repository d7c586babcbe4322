// The real lib/rules behind the CaseRules interface (what the background passes to the store and
// the planners).
//
// The planners need only phase, action required, the deadlines and the next one. The full
// assessDispute also builds the checklist, advice, exposure and timeline, several times the work;
// with 2,000 cases on every message that shows (test/bench/background.bench.ts). So this takes the
// same parts from lib/rules directly; test/cases/real-rules.test.ts checks it agrees with
// assessDispute on every field the planners use.
import { deadlines, statusInfo } from '../rules';
import type { Deadline } from '../rules/types';
import type { CaseRules } from './rules-link';

export const caseRules: CaseRules = {
  statusInfo,
  assessDispute(facts, opts) {
    const info = statusInfo(facts.status);
    const list: Deadline[] = [...deadlines(facts, { timeZone: opts.timeZone })].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    // As assessDispute: the first deadline still ahead, else the last one (overdue).
    const nowMs = opts.now.getTime();
    const next = list.find((d) => Date.parse(d.at) > nowMs) ?? list[list.length - 1] ?? null;
    return { phase: info.phase, actionRequired: info.actionRequired, deadlines: list, next };
  },
};
