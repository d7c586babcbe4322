// @vitest-environment happy-dom
// Every page the sandbox portal saved (test/fixtures/sandbox: every layout × language, list,
// detail, home, orders) read back against the sandbox's own data saved beside it. The sandbox's
// markup is not the reader's business: only its visible texts are shared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPortalPage } from '../../lib/portal';
import { partialDisputeFactsSchema } from '../../lib/rules/schema';

const DIR = join(__dirname, '../fixtures/sandbox');

interface Saved {
  file: string;
  url: string;
  timeZone: string;
  page: string;
  storeId: string | null;
  lang: string;
  disputes: { facts: Record<string, unknown>; outcome?: string }[];
}

const saved: Saved[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Saved);

describe('saved sandbox pages', () => {
  it('there are pages of every kind and language to read', () => {
    const kinds = new Set(saved.map((s) => s.file.split('.')[0]));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['detail-dl', 'detail-grid', 'list-cards', 'list-table']));
    expect(new Set(saved.map((s) => s.lang)).size).toBe(6);
  });

  it.each(saved.map((s) => [s.file, s] as const))('%s', (_file, s) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(DIR, s.file), 'utf8'), 'text/html');
    const r = readPortalPage(doc, s.url, { timeZone: s.timeZone });
    expect(r.problems).toEqual([]);
    expect(r.page).toBe(s.page);
    expect(r.storeId).toBe(s.storeId);
    if (s.page !== 'unknown') expect(r.locale).toBe(s.lang);
    expect(r.disputes.map((d) => d.facts.id)).toEqual(s.disputes.map((d) => d.facts.id));
    r.disputes.forEach((d, i) => {
      const want = s.disputes[i]!;
      expect(d.facts, d.facts.id).toEqual(want.facts);
      expect(d.outcome, d.facts.id).toBe(want.outcome);
      expect(partialDisputeFactsSchema.safeParse(d.facts).success).toBe(true);
      expect(d.anchor.textContent).toContain(d.facts.id);
    });
  });
});
