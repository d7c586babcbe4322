// The due cases as an iCalendar file (RFC 5545): one VEVENT per deadline still ahead of each case
// (its next one and any later one), each with a VALARM per notification threshold. The rules that
// calendar programs are strict about: CRLF line ends (3.1), lines folded at 75 octets without
// splitting a UTF-8 character (3.1), TEXT escaping of backslash, semicolon, comma and newline
// (3.3.11), UTC date-times as YYYYMMDDTHHMMSSZ (3.3.5), and VERSION, PRODID, UID and DTSTAMP (3.6,
// 3.8.4.7, 3.8.7.2).
import { PORTAL_LOCALE_TAGS, t, type Locale } from '../i18n';
import { dateTimeFormatter } from '../i18n/intl';
import type { Deadline, Money } from '../rules/types';
import { decimalAmount } from './export-csv';
import { withVatNote } from './fee-vat';
import type { CaseRow } from './group';
import { caseHost } from './case-host';
import { caseKey } from './schema';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
export const ICAL_PRODID = '-//Dispute Radar//Dispute Radar//EN';
/** Our own domain part for UIDs; `.invalid` (RFC 2606) never belongs to anyone else. */
const UID_DOMAIN = 'dispute-radar.invalid';

/** TEXT value escaping (RFC 5545 3.3.11); other control characters are dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/** Folds one content line into pieces of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 2026-11-22T14:05:09.123Z → 20261122T140509Z (seconds precision, UTC). */
export function icalUtc(date: Date | string): string {
  const iso = (typeof date === 'string' ? new Date(date) : date).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** A UID that stays the same for the same case (uidKeys) and deadline kind, so a re-import updates the event. */
export function eventUid(caseKeyValue: string, kind: Deadline['kind']): string {
  const safe = [...encoder.encode(caseKeyValue)]
    .map((b) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `${kind}-${safe}@${UID_DOMAIN}`;
}

function money(locale: Locale, m: Money): string {
  try {
    return new Intl.NumberFormat(PORTAL_LOCALE_TAGS[locale], { style: 'currency', currency: m.currency }).format(
      Number(decimalAmount(m)),
    );
  } catch {
    return `${decimalAmount(m)} ${m.currency}`;
  }
}

/**
 * A date in an event's text as the popup and the notifications write it: in the merchant's zone and
 * the UI language (components/format formatDateTime's formatter), not a UTC instant.
 */
function localDateTime(opts: Pick<IcalOptions, 'locale' | 'timeZone'>, iso: string): string {
  return dateTimeFormatter(opts.locale, opts.timeZone, true).format(Date.parse(iso));
}

export interface IcalOptions {
  locale: Locale;
  /** the merchant's zone, for the dates written in the events' text (their times are UTC) */
  timeZone: string;
  now: Date;
  /** reminders: hours before each deadline (the notification thresholds) */
  hoursBefore: readonly number[];
}

/** The deadlines of a row that get an event: the next one and every later one. */
function eventDeadlines(row: CaseRow): Deadline[] {
  const a = row.assessment;
  if (!a?.next) return [];
  const from = Date.parse(a.next.at);
  const list = a.deadlines.filter((d) => Date.parse(d.at) >= from);
  return list.some((d) => d.at === a.next!.at && d.kind === a.next!.kind) ? list : [a.next, ...list];
}

function alarmTrigger(hours: number): string {
  const minutes = Math.round(hours * 60);
  return minutes % 60 === 0 ? `-PT${minutes / 60}H` : `-PT${minutes}M`;
}

/**
 * What a case's events are known by in UIDs: its host and dispute ID, not its store. A dispute first
 * read where the page showed no store is filed under its store once a page names it (merge.ts), and
 * its events must keep their UIDs, or a calendar that imports the file again holds each one twice.
 * The portal gives each dispute its own ID, so within a host the ID names it; the test portal's are
 * apart (the same ID may exist on both). The real portal's, and a case entered by hand, are
 * "-|<dispute ID>", the UID a case without a store had before. Should two rows of one file still
 * share it (one dispute ID under two stores), those two take their full keys instead: two events
 * under one UID would be one event to a calendar, and one deadline would be lost.
 */
function uidKeys(rows: readonly CaseRow[]): Map<CaseRow, string> {
  const prefix = (row: CaseRow) => (caseHost(row.case) === 'playground' ? 'playground|' : '');
  const byRow = new Map<CaseRow, string>(rows.map((row) => [row, prefix(row) + caseKey(null, row.case.facts.id)]));
  const uses = new Map<string, number>();
  for (const key of byRow.values()) uses.set(key, (uses.get(key) ?? 0) + 1);
  for (const [row, key] of byRow) if (uses.get(key)! > 1) byRow.set(row, prefix(row) + row.case.key);
  return byRow;
}

function eventLines(row: CaseRow, uidKey: string, d: Deadline, opts: IcalOptions, stamp: string): string[] {
  const { locale } = opts;
  const f = row.case.facts;
  // A case read with only its status and the portal's date has no amount: its title names none.
  const summary = f.amount
    ? t(locale, `popup.ical.summary.${d.kind}`, { id: f.id, amount: money(locale, f.amount) })
    : t(locale, `popup.ical.summaryNoAmount.${d.kind}`, { id: f.id });
  const details: string[] = [];
  if (row.storeId) details.push(t(locale, 'popup.ical.store', { store: row.storeId }));
  if (f.orderId) details.push(t(locale, 'popup.ical.order', { order: f.orderId }));
  if (f.merchantReference) details.push(t(locale, 'popup.ical.reference', { reference: f.merchantReference }));
  if (f.provider && f.status) details.push(`${t(locale, `popup.provider.${f.provider}`)} · ${t(locale, `popup.status.${f.status}`)}`);
  const fee = row.assessment?.fee;
  if (fee) details.push(withVatNote(locale, t(locale, 'popup.ical.fee', { fee: money(locale, fee.fee) }), fee));
  if (d.source === 'rule') {
    // An enquiry's date is its escalation to a chargeback, not a deadline to respond by.
    const escalation = d.kind === 'escalation';
    details.push(
      d.latest
        ? t(locale, escalation ? 'popup.ical.estimateRange.escalation' : 'popup.ical.estimateRange', { latest: localDateTime(opts, d.latest) })
        : t(locale, escalation ? 'popup.ical.estimate.escalation' : 'popup.ical.estimate'),
    );
  }
  if (row.case.pageUrl) details.push(row.case.pageUrl);

  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(uidKey, d.kind)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icalUtc(d.at)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(details.join('\n'))}`,
    'TRANSP:TRANSPARENT',
    `CATEGORIES:${escapeText(t(locale, 'app.name'))}`,
  ];
  // URL is a URI value, not TEXT: no escaping, but it must not break the line.
  if (row.case.pageUrl && !/[\r\n]/.test(row.case.pageUrl)) lines.push(`URL:${row.case.pageUrl}`);
  for (const hours of [...new Set(opts.hoursBefore)].sort((x, y) => y - x)) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:${alarmTrigger(hours)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The rows as one VCALENDAR document, every line folded and ended with CRLF. */
export function casesToIcal(rows: readonly CaseRow[], opts: IcalOptions): string {
  const stamp = icalUtc(opts.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t(opts.locale, 'app.name'))}`,
  ];
  const uids = uidKeys(rows);
  for (const row of rows) for (const d of eventDeadlines(row)) lines.push(...eventLines(row, uids.get(row)!, d, opts, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
