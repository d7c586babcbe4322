// A list page's assessment: lib/rules' light assessSchedule (phase, deadlines, the next one, time
// left, urgency, fee: what a chip and the summary line show), not assessDispute, whose exposure,
// timeline, checklist and advice only a dispute's own page shows. The full one comes with the
// detail rules (entrypoints/content/detail-rules.ts) on detail pages; the content script carries
// only this. Imported from lib/rules/schedule itself, not the index, which brings everything.
// The schedule's values are assessDispute's (test/content/list-assessment.test.ts); the detail
// fields are empty, as in any assessment before the detail rules are in.
import { assessSchedule } from '../../lib/rules/schedule';
import type { Assessment, AssessOptions, DisputeFacts } from '../../lib/rules/types';

export function assessForList(d: DisputeFacts, opts: AssessOptions): Assessment {
  const s = assessSchedule(d, opts);
  return {
    id: d.id,
    provider: d.provider,
    status: d.status,
    phase: s.phase,
    actionRequired: s.actionRequired,
    statusInfo: s.statusInfo,
    reasonCategory: null,
    goods: null,
    deadlines: s.deadlines,
    next: s.next,
    msLeft: s.msLeft,
    urgency: s.urgency,
    fee: s.fee,
    exposure: { accept: [], challengeIfLost: [], challengeIfWon: [], feeKnown: false },
    checklist: [],
    advice: [],
    timeline: [],
  };
}
