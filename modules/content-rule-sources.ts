// Build step for the content script's size budget (≤ 40 KB gzipped, issue 3): every rule row names
// the document it is taken from (`source`, and a fee row's `effectiveSource`), and the tables keep
// them (test/rules/sources.test.ts), but the content script reads none of the ids below: its
// statuses, deadlines, decision estimates, fee charging rules, countries and named reasons are
// looked up by their other fields. Nor does it read a status's `klarnaEquivalent` (the row's, or
// the info lib/rules/statuses.ts makes of it), nor the effective dates of the statuses, the named
// reasons and the country aliases (each `{}`, open-ended). In the content script's build only,
// those fields leave the rows' object literals; so do a fee's row ids and source (an assessment's
// fee). The background, the popup, the options page and the detail module (esbuild,
// modules/content-rules.ts) keep every row as written.
// test/build/rule-sources.test.ts checks that the rows lose nothing else and that no code of the
// content script reads a stripped field (by type, through the TypeScript checker).
import { resolve } from 'node:path';
import MagicString from 'magic-string';
import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';

/** A data file and, per field, which of its object literals lose it ('all', or those with that other field). */
export interface StrippedFields {
  file: string;
  fields: Record<string, 'all' | { withField: string }>;
}

export const STRIPPED: readonly StrippedFields[] = [
  // klarnaEquivalent: the rows' and the info lib/rules/statuses.ts makes of them (an assessment's
  // statusInfo): Klarna's name for a status, which no code of the content script reads
  { file: 'lib/rules/data/statuses.ts', fields: { source: 'all', klarnaEquivalent: 'all', effective: 'all' } },
  { file: 'lib/rules/statuses.ts', fields: { klarnaEquivalent: 'all' } },
  { file: 'lib/rules/data/deadlines.ts', fields: { source: 'all' } },
  // the named reasons' (a `providers` field: the rows and the object each group's come in) and the
  // match lib/rules/reasons.ts makes of a row; the card networks' codes (a table of their own,
  // left out of this build by modules/content-rules.ts) keep theirs
  { file: 'lib/rules/data/reasons.ts', fields: { source: { withField: 'providers' }, effective: { withField: 'providers' } } },
  { file: 'lib/rules/reasons.ts', fields: { source: 'all' } },
  // the aliases' effective dates too (an `alias` field; the EEA members' are read)
  { file: 'lib/rules/data/countries.ts', fields: { source: 'all', effective: { withField: 'alias' } } },
  // the amounts' and charging rows' ids and sources, and the fee lib/rules/fees.ts makes of them
  // (an assessment's fee: the content script reads its amount and how it is charged alone)
  { file: 'lib/rules/data/fees.ts', fields: { id: 'all', source: 'all', effectiveSource: 'all' } },
  { file: 'lib/rules/fees.ts', fields: { ruleId: 'all', chargingRuleId: 'all', source: 'all' } },
];

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const keyName = (p: Node): string | null => {
  if (p.type !== 'Property' || p.computed) return null;
  const key = p.key as Node;
  return key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : null;
};

/**
 * `code` (the data file as JavaScript) without the fields `fields` names, and how many went; the
 * rest of the text as it was. `parse` gives an ESTree program with offsets (Rollup's, acorn's).
 */
export function stripFields(code: string, fields: StrippedFields['fields'], parse: (code: string) => unknown): { code: string; map: ReturnType<MagicString['generateMap']>; stripped: number } {
  const s = new MagicString(code);
  let stripped = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    if (n.type === 'ObjectExpression') {
      const props = n.properties as Node[];
      const names = props.map(keyName);
      const dropped = names.map((name) => {
        const rule = name !== null && Object.hasOwn(fields, name) ? fields[name] : undefined;
        return rule !== undefined && (rule === 'all' || names.includes(rule.withField));
      });
      props.forEach((p, i) => {
        if (!dropped[i]) return;
        stripped++;
        // the property and the comma after it (the one before it, for the last)
        if (dropped.every(Boolean)) s.remove(n.start + 1, n.end - 1);
        else if (i + 1 < props.length) s.remove(p.start, props[i + 1]!.start);
        else s.remove(props[i - 1]!.end, p.end);
      });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(parse(code));
  return { code: s.toString(), map: s.generateMap({ hires: true }), stripped };
}

export default defineWxtModule({
  name: 'dispute-radar:content-rule-sources',
  setup(wxt) {
    const byFile = new Map(STRIPPED.map((f) => [resolve(wxt.config.root, f.file), f]));
    const seen = new Set<string>();
    const strip: Plugin = {
      name: 'dispute-radar:content-rule-sources',
      // after vite:esbuild: the file is JavaScript here
      transform(code, id) {
        const f = byFile.get(id);
        if (!f) return null;
        seen.add(f.file);
        const out = stripFields(code, f.fields, (c) => this.parse(c));
        // a table that reads otherwise now: an error, so that the bytes are not lost unseen
        if (out.stripped === 0) this.error(`${f.file} has no ${Object.keys(f.fields).join(' or ')} to leave out now: see modules/content-rule-sources.ts`);
        return { code: out.code, map: out.map };
      },
      // and a file the build no longer reads by that path (moved, renamed)
      generateBundle() {
        const missed = STRIPPED.filter((f) => !seen.has(f.file)).map((f) => f.file);
        if (missed.length > 0) this.error(`the content script's build read no ${missed.join(', ')}: see modules/content-rule-sources.ts`);
      },
    };
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), strip];
    });
  },
});
