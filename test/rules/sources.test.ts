// Every row of every rule table names a source that exists, and the two source files agree on the
// documents they share.
import { describe, expect, it } from 'vitest';
import { COUNTRY_ALIASES, EEA_MEMBERS } from '../../lib/rules/data/countries';
import { FEE_AMOUNTS, FEE_CHARGING } from '../../lib/rules/data/fees';
import { DEADLINE_RULES, DECISION_ESTIMATES } from '../../lib/rules/data/deadlines';
import { DEFAULT_URGENCY } from '../../lib/rules/data/urgency';
import { EVIDENCE_SOURCES } from '../../lib/rules/data/evidence-sources';
import { NAMED_REASONS, NETWORK_CODES } from '../../lib/rules/data/reasons';
import { RULE_SOURCES, SOURCES } from '../../lib/rules/data/sources';
import { OUTCOME_TABLE, STATUS_TABLE, UNKNOWN_STATUS_FALLBACK } from '../../lib/rules/data/statuses';

const TABLES: Record<string, readonly { source: string; effective: object }[]> = {
  STATUS_TABLE,
  OUTCOME_TABLE,
  UNKNOWN_STATUS_FALLBACK: [UNKNOWN_STATUS_FALLBACK],
  NAMED_REASONS,
  NETWORK_CODES,
  FEE_AMOUNTS,
  FEE_CHARGING,
  EEA_MEMBERS,
  COUNTRY_ALIASES,
  DEADLINE_RULES,
  DECISION_ESTIMATES,
  DEFAULT_URGENCY: [DEFAULT_URGENCY],
};

describe('rule sources', () => {
  const rows = Object.entries(TABLES).flatMap(([table, list]) => list.map((row, i) => [table, i, row.source] as const));
  it.each(rows)('%s row %i names a known source (%s)', (_table, _i, source) => {
    expect(SOURCES[source], source).toBeDefined();
  });

  it.each(FEE_AMOUNTS.filter((row) => row.effectiveSource !== undefined).map((row) => [row.id, row.effectiveSource!] as const))(
    'fee row %s dates its end from a known source (%s)',
    (_id, source) => {
      expect(SOURCES[source], source).toBeDefined();
    },
  );

  it.each(Object.entries(RULE_SOURCES))('%s is keyed by its own id and has a title and url', (key, source) => {
    expect(source.id).toBe(key);
    expect(source.title.length).toBeGreaterThan(10);
    expect(source.url.length).toBeGreaterThan(10);
  });

  it('ids shared with the evidence sources name the same document', () => {
    const shared = Object.keys(RULE_SOURCES).filter((id) => id in EVIDENCE_SOURCES);
    for (const id of shared) expect(RULE_SOURCES[id]!.url, id).toBe(EVIDENCE_SOURCES[id]!.url);
  });
});
