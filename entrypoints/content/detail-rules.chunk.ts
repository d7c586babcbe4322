// Entry of content-rules/detail.js (built by modules/content-rules.ts): lib/rules' evidence and
// advice, unchanged, as one ES module the content script imports on a detail page.
export { evidenceChecklist, evidenceTextKey } from '../../lib/rules/evidence';
export { adviceFor, adviceTextKey } from '../../lib/rules/advice';
