// A case read with only its status and the portal's deadline (no amount on the page) gets its
// calendar event for that deadline (lib/cases/group assessableFacts). Its title left the amount out
// as an empty pair of brackets: "Respond to dispute DP-9 ()". Without an amount, the title names
// none; with one, it stays as it was.
import { describe, expect, it } from 'vitest';
import { assessCases, dueRows, groupRows } from '../../lib/cases/group';
import { casesToIcal } from '../../lib/cases/ical';
import { assessForList } from '../../lib/cases/list-assessment';
import type { TrackedCase } from '../../lib/cases/schema';
import { LOCALES } from '../../lib/i18n';
import { makeCase, NOW, ZONE } from './fixtures';

const listRead = (id: string, status: 'open' | 'warning_needs_response', amount: boolean): TrackedCase => {
  const c = makeCase(id, { incomplete: true, hoursLeft: 30 });
  c.facts = { ...c.facts, status, ...(amount ? { amount: { amountMinor: 4_990, currency: 'EUR' } } : {}) };
  return c;
};

function summaries(c: TrackedCase, locale: (typeof LOCALES)[number]): string[] {
  const rows = dueRows(groupRows(assessCases([c], (facts, goods) => assessForList(facts, { now: NOW, timeZone: 'Europe/Stockholm', ...(goods ? { goods } : {}) }))));
  const ical = casesToIcal(rows, { locale, timeZone: ZONE, now: NOW, hoursBefore: [24] }).replace(/\r\n[ \t]/g, '');
  return ical.split('\r\n').filter((l) => l.startsWith('SUMMARY:')).map((l) => l.slice('SUMMARY:'.length));
}

describe('a calendar event of a case whose amount is not known', () => {
  it.each(LOCALES.flatMap((locale) => (['open', 'warning_needs_response'] as const).map((status) => [locale, status] as const)))(
    '%s, %s: the title names the dispute and no empty amount',
    (locale, status) => {
      const [summary] = summaries(listRead('DP-9', status, false), locale);
      expect(summary).toContain('DP-9');
      expect(summary).not.toMatch(/\(\s*\)/);
      // with the amount: as before, the amount in the title
      const [withAmount] = summaries(listRead('DP-9', status, true), locale);
      expect(withAmount).toMatch(/\(.*49.*\)/);
    },
  );
});
