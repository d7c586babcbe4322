// Entry of content-rules/detail.js (built by modules/content-rules.ts): lib/rules' evidence,
// advice and full assessment (assessDispute: the list's chips need only assessSchedule), unchanged,
// the detail panel with the saving of the merchant's changes in it, the unread marker, and the page
// reader's rarer layouts (lib/portal/labelled-twice.ts, row-above.ts), as one ES module
// the content script imports on a detail page or a page showing one of those (entrypoints/content/detail-rules.ts).
export { evidenceChecklist, evidenceTextKey } from '../../lib/rules/evidence';
export { adviceFor, adviceTextKey } from '../../lib/rules/advice';
export { assessDispute } from '../../lib/rules/assess';
export { createDetailPanel } from './detail-panel';
export { createUnreadMarker } from './unread-marker';
export { shareCatalog } from './catalog';
export { ownLabel } from '../../lib/portal/labelled-twice';
export { rowAbove } from '../../lib/portal/row-above';
export { isZoneName, standardZone, zoneAt, zoneNamed } from '../../lib/portal/zone-names';
