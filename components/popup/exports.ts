// The popup's exports, loaded on first use (./later.ts): lib/cases' CSV and iCalendar writers.
export { casesToCsv } from '../../lib/cases/export-csv';
export { casesToIcal } from '../../lib/cases/ical';
