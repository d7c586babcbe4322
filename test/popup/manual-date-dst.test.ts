// @vitest-environment happy-dom
// A deadline typed into "Add a case" (a dispute known from e-mail) is the instant the portal's page
// of that dispute gives: a local time the clocks repeat (autumn) is its first occurrence, one they
// skip (spring) the moment of the change, as the page reader and the rules read them (lib/rules/time).
// The form used @date-fns/tz, which takes the later of two repeated times and moves a skipped one
// forward: an hour (or the gap) after the deadline the same date on the page gave.
import { describe, expect, it } from 'vitest';
import { EMPTY_MANUAL_FORM, validateManualCase, type ManualCaseForm } from '../../lib/cases/manual-case';
import { KEYS, LANGS, readDetail, TZ } from '../portal/list-pages';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const form: ManualCaseForm = {
  ...EMPTY_MANUAL_FORM,
  provider: 'klarna',
  status: 'warning_needs_response',
  disputeId: 'DP-1001',
  createdAt: '2026-03-02',
  amount: '120,50',
  currency: 'EUR',
  buyerCountry: 'SE',
  reason: 'Goods not received',
};

/** The dispute's page in language `key`, its "Respond by" as Intl prints `instant` in TZ. */
function pageDue(key: (typeof KEYS)[number], instant: Date): string | undefined {
  const l = LANGS[key];
  const date = new Intl.DateTimeFormat(l.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ }).format(instant);
  const body = `<h1>DP-1001</h1><dl><dt>${l.labels.id}</dt><dd>DP-1001</dd><dt>${l.labels.status}</dt><dd>${l.rows[0]![2]}</dd><dt>${l.labels.dueBy}</dt><dd>${date}</dd></dl>`;
  return readDetail(body, l.tag).disputes[0]?.facts.dueBy;
}

// Stockholm: 29 Mar 2026 02:00 → 03:00 (02:30 never shows), 25 Oct 2026 03:00 → 02:00 (02:30 twice).
const CASES = [
  { typed: '2026-10-25T02:30', shown: new Date('2026-10-25T00:30:00.000Z'), what: 'repeated: the first 02:30' },
  { typed: '2026-10-25T02:59', shown: new Date('2026-10-25T00:59:00.000Z'), what: 'repeated: the first 02:59' },
  { typed: '2026-03-29T02:30', shown: new Date('2026-03-29T01:00:00.000Z'), what: 'skipped: the change, 03:00' },
];

describe('a deadline typed into Add a case across a change of the clocks is the one the portal page gives', () => {
  it.each(KEYS.flatMap((key) => CASES.map((c) => [key, c.what, c] as const)))('%s, %s', (key, _what, c) => {
    const fromPage = pageDue(key, c.shown);
    expect(fromPage).toBe(c.shown.toISOString());
    const typed = validateManualCase({ ...form, dueBy: c.typed }, { now: NOW, timeZone: TZ, newId: () => 'x' });
    expect(typed.ok && typed.facts.dueBy).toBe(fromPage);
  });
});
