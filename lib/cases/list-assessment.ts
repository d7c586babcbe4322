// What the popup's list needs of an assessment: lib/rules' assessSchedule (phase, deadlines, the
// next one, time left, urgency, fee), without the checklist, advice, exposure and timeline that the
// list never shows — with hundreds of due cases on every opening of the popup that is most of the
// work. Imported from its own module, not the index: the index brings the checklist and advice
// tables along. test/popup/list-assessment.test.ts checks it agrees with assessDispute.
import { assessSchedule } from '../rules/schedule';
import type { AssessOptions, DisputeFacts } from '../rules/types';
import type { CaseAssessment } from './group';

export function assessForList(facts: DisputeFacts, opts: AssessOptions): CaseAssessment {
  const s = assessSchedule(facts, opts);
  return { phase: s.phase, actionRequired: s.actionRequired, deadlines: s.deadlines, next: s.next, msLeft: s.msLeft, urgency: s.urgency, fee: s.fee };
}
