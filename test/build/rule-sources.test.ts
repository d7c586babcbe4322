// modules/content-rule-sources.ts leaves the rule rows' source ids out of the content script's
// build (its size budget). Checked here: the rows lose those fields and nothing else; no code of
// the content script reads one (a read of a field the build left out would be `undefined`); and
// every other build keeps them.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parse } from 'acorn';
import { build, transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import contentRuleSources, { STRIPPED, stripFields, type StrippedFields } from '../../modules/content-rule-sources';
import { detailModuleOptions } from '../../modules/content-rules';
import { DEADLINE_RULES } from '../../lib/rules/data/deadlines';
import { BULGARIA_EURO_FROM, FEE_AMOUNTS, FEE_CHARGING, FEE_IF_LOST_FROM } from '../../lib/rules/data/fees';
import { NAMED_REASONS } from '../../lib/rules/data/reasons';
import { STATUS_TABLE } from '../../lib/rules/data/statuses';

const ROOT = resolve(__dirname, '../..');
const FIELD_NAMES = new Set(STRIPPED.flatMap((f) => Object.keys(f.fields)));

/**
 * a module's exports, evaluated, as written or as the content script's build has them (every file
 * it imports, relatively, so too; a package import is an error)
 */
function exportsOf(file: string, asBuilt: boolean): Record<string, unknown> {
  let { code } = transformSync(readFileSync(resolve(ROOT, file), 'utf8'), { loader: 'ts', format: 'cjs' });
  const strip = asBuilt ? STRIPPED.find((f) => f.file === file)?.fields : undefined;
  if (strip) code = stripFields(code, strip, (c) => parse(c, { ecmaVersion: 'latest', sourceType: 'script' })).code;
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', code)(module, module.exports, (spec: string) => {
    if (!spec.startsWith('.')) throw new Error(`${file} imports ${spec}: evaluate it with its imports`);
    return exportsOf(relative(ROOT, resolve(ROOT, dirname(file), `${spec}.ts`)), asBuilt);
  });
  return module.exports;
}

/** the rule tables among STRIPPED: modules of data alone, compared whole */
const DATA_FILES = STRIPPED.filter((f) => f.file.startsWith('lib/rules/data/'));

/** what the rule says the build leaves: `value` without the fields, at every depth */
function without(value: unknown, fields: StrippedFields['fields']): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, fields));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(obj)
      .filter(([key]) => {
        const rule = Object.hasOwn(fields, key) ? fields[key] : undefined;
        return rule === undefined || (rule !== 'all' && !(rule.withField in obj));
      })
      .map(([key, v]) => [key, without(v, fields)]),
  );
}

describe('the rows as the content script has them', () => {
  it.each(DATA_FILES.map((f) => [f.file, f] as const))('%s: the stripped fields gone, every other value as written', (file, f) => {
    const written = exportsOf(file, false);
    const built = exportsOf(file, true);
    expect(built).toEqual(without(written, f.fields));
    expect(built).not.toEqual(written);
  });

  // The rows' fields the content script reads none of, by table: gone from its build (whatever
  // STRIPPED says; the scan below proves them unread).
  const UNREAD: readonly [file: string, table: string, fields: readonly string[]][] = [
    ['lib/rules/data/statuses.ts', 'STATUS_TABLE', ['source', 'klarnaEquivalent', 'effective']],
    ['lib/rules/data/reasons.ts', 'NAMED_REASONS', ['source', 'effective']],
    ['lib/rules/data/countries.ts', 'COUNTRY_ALIASES', ['source', 'effective']],
    ['lib/rules/data/fees.ts', 'FEE_AMOUNTS', ['id', 'source', 'effectiveSource']],
    ['lib/rules/data/fees.ts', 'FEE_CHARGING', ['id', 'source']],
  ];

  it.each(UNREAD)('%s %s: no %s as built', (file, table, fields) => {
    const rows = exportsOf(file, true)[table] as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) for (const field of fields) expect(Object.hasOwn(row, field), `${JSON.stringify(row)} ${field}`).toBe(false);
  });

  // What lib/rules makes of the rows, as the content build has it: a status's info (an
  // assessment's statusInfo) without its klarnaEquivalent, a named reason's match without its
  // source, which the content script reads no more than the rows' (below); every other value as
  // written. Called with every row's key and one that no row has (the unknown status's info).
  const MADE_OF_ROWS: readonly { file: string; fn: string; fields: readonly string[]; calls: readonly (readonly unknown[])[] }[] = [
    { file: 'lib/rules/statuses.ts', fn: 'statusInfo', fields: ['klarnaEquivalent'], calls: [...STATUS_TABLE.map((row) => [row.status]), ['escalated']] },
    {
      file: 'lib/rules/reasons.ts',
      fn: 'matchReason',
      fields: ['source'],
      calls: [...NAMED_REASONS.flatMap((row) => row.providers.flatMap((provider) => row.names.map((name) => [provider, name]))), ['klarna', 'Weather']],
    },
    // a dispute's fee (an assessment's fee) without the ids and the source of the rows it is taken
    // from: every amount row's provider and country, before and after the tables' changes
    {
      file: 'lib/rules/fees.ts',
      fn: 'feeAt',
      fields: ['ruleId', 'chargingRuleId', 'source'],
      calls: FEE_AMOUNTS.flatMap((row) => [FEE_IF_LOST_FROM, BULGARIA_EURO_FROM, '2025-06-01T00:00:00Z'].flatMap((at) => [-1, 0].map((ms) => [row.provider, row.country, Date.parse(at) + ms]))),
    },
  ];

  it.each(MADE_OF_ROWS.map((m) => [m.fn, m.fields.join(', '), m] as const))('%s: no %s, every other value as written', (_fn, _fields, m) => {
    const fnOf = (asBuilt: boolean) => exportsOf(m.file, asBuilt)[m.fn] as (...args: unknown[]) => unknown;
    const [written, built] = [fnOf(false), fnOf(true)];
    const gone = Object.fromEntries(m.fields.map((field) => [field, 'all' as const]));
    for (const field of m.fields) expect(m.calls.some((args) => Object.hasOwn(Object(written(...args)), field)), field).toBe(true);
    for (const args of m.calls) expect(built(...args), args.join(' ')).toStrictEqual(without(written(...args), gone));
  });

  it('leaves the last property, a sole one and a trailing comma valid', () => {
    const run = (code: string) => stripFields(code, { source: 'all' }, (c) => parse(c, { ecmaVersion: 'latest' })).code;
    expect(run('x = [{ a: 1, source: "s" }, { source: "s", a: 1 }, { source: "s" }, { source: "s", }, { a: 1, source: "s", }];')).toBe(
      'x = [{ a: 1 }, { a: 1 }, {}, {}, { a: 1, }];',
    );
  });
});

describe('the content script reads no stripped field', () => {
  // the content script's sources as TypeScript sees them (evidence.ts, advice.ts and reason-codes.ts
  // too, which its build swaps out: stricter than the build)
  const config = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram([resolve(ROOT, 'entrypoints/content/index.ts')], config.options);
  const checker = program.getTypeChecker();
  const strippedBy = new Map(STRIPPED.map((f) => [resolve(ROOT, f.file), f.fields]));

  /** the stripped declaration a read resolves to, as "file: Interface.field", or null */
  function strippedDeclaration(symbol: ts.Symbol | undefined): string | null {
    for (const decl of symbol?.declarations ?? []) {
      const fields = strippedBy.get(decl.getSourceFile().fileName);
      const name = symbol!.getName();
      if (!fields || !Object.hasOwn(fields, name)) continue;
      const rule = fields[name]!;
      const owner = decl.parent;
      const members = ts.isInterfaceDeclaration(owner) || ts.isTypeLiteralNode(owner) ? owner.members : [];
      if (rule === 'all' || members.some((m) => m.name?.getText() === rule.withField)) {
        const ownerName = ts.isInterfaceDeclaration(owner) ? owner.name.text : 'a type literal';
        return `${relative(ROOT, decl.getSourceFile().fileName)}: ${ownerName}.${name}`;
      }
    }
    const decl = symbol?.declarations?.find((d) => inherited.has(d));
    return decl ? inherited.get(decl)! : null;
  }

  // A field a stripped row's interface inherits (StatusRow's klarnaEquivalent, StatusInfo's) is
  // declared outside the data file: its reads are reads of a stripped field too.
  const inherited = new Map<ts.Declaration, string>();
  for (const file of program.getSourceFiles()) {
    const fields = strippedBy.get(file.fileName);
    if (!fields) continue;
    for (const iface of file.statements.filter(ts.isInterfaceDeclaration)) {
      const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(iface.name)!);
      for (const [name, rule] of Object.entries(fields)) {
        if (rule !== 'all' && !type.getProperty(rule.withField)) continue;
        for (const decl of type.getProperty(name)?.declarations ?? []) {
          const owner = decl.parent;
          if (owner === iface) continue;
          const ownerName = ts.isInterfaceDeclaration(owner) ? owner.name.text : 'a type literal';
          inherited.set(decl, `${relative(ROOT, decl.getSourceFile().fileName)}: ${ownerName}.${name} (${iface.name.text}'s)`);
        }
      }
    }
  }

  // And a field of the type an object literal the build strips is written as (feeAt's FeeRule, in
  // lib/rules/types.ts): the content script's values of that type have no such field either.
  for (const file of program.getSourceFiles()) {
    if (!strippedBy.has(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (removedByBuild(node)) {
        const literal = node.parent as ts.ObjectLiteralExpression;
        const name = (node as ts.ObjectLiteralElementLike).name!.getText();
        const at = `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(literal.getStart()).line + 1}`;
        const type = checker.getContextualType(literal);
        const types = type?.isUnion() ? type.types : type ? [type] : [];
        for (const decl of types.flatMap((t) => t.getProperty(name)?.declarations ?? [])) {
          const owner = decl.parent;
          if (decl.getSourceFile() === file || inherited.has(decl)) continue;
          const ownerName = ts.isInterfaceDeclaration(owner) ? owner.name.text : 'a type literal';
          inherited.set(decl, `${relative(ROOT, decl.getSourceFile().fileName)}: ${ownerName}.${name} (the literal at ${at})`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** a property of an object literal that the build takes out (its value is no read in the build) */
  function removedByBuild(node: ts.Node): boolean {
    const fields = strippedBy.get(node.getSourceFile().fileName);
    if (!fields || !(ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) || !ts.isObjectLiteralExpression(node.parent)) return false;
    const names = node.parent.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) ? p.name.text : null));
    const name = names[node.parent.properties.indexOf(node)];
    const rule = name != null && Object.hasOwn(fields, name) ? fields[name]! : undefined;
    return rule !== undefined && (rule === 'all' || names.includes(rule.withField));
  }

  function reads(): string[] {
    const found: string[] = [];
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile || file.fileName.includes('/node_modules/')) continue;
      const visit = (node: ts.Node): void => {
        if (removedByBuild(node)) return;
        let symbol: ts.Symbol | undefined;
        let name: string | undefined;
        if (ts.isPropertyAccessExpression(node)) {
          name = node.name.text;
          if (FIELD_NAMES.has(name)) symbol = checker.getSymbolAtLocation(node.name);
        } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
          name = node.argumentExpression.text;
          if (FIELD_NAMES.has(name)) symbol = checker.getNonNullableType(checker.getTypeAtLocation(node.expression)).getProperty(name);
        } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
          const key = node.propertyName ?? node.name;
          name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : undefined;
          if (name && FIELD_NAMES.has(name)) symbol = checker.getNonNullableType(checker.getTypeAtLocation(node.parent)).getProperty(name);
        }
        const decl = strippedDeclaration(symbol);
        if (decl) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          found.push(`${relative(ROOT, file.fileName)}:${line + 1} reads ${decl}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    return found;
  }

  it('(by type: a property read, an element read or a destructuring of a stripped row field)', () => {
    expect(program.getSourceFiles().some((f) => f.fileName === resolve(ROOT, 'lib/rules/fees.ts'))).toBe(true);
    expect([...inherited.values()]).toContain("lib/rules/types.ts: StatusInfo.klarnaEquivalent (StatusRow's)");
    for (const field of ['ruleId', 'chargingRuleId', 'source']) expect([...inherited.values()].join('\n')).toContain(`lib/rules/types.ts: FeeRule.${field} (the literal at lib/rules/fees.ts:`);
    expect(reads()).toEqual([]);
  });
});

describe('every other build keeps the sources', () => {
  it('the strip is added to a build with the content script only', () => {
    const hooks: [string, (entrypoints: { type: string }[], config: { plugins?: unknown[] }) => void][] = [];
    const wxt = { config: { root: ROOT }, hook: (name: string, fn: (typeof hooks)[number][1]) => hooks.push([name, fn]) };
    (contentRuleSources as unknown as { setup: (wxt: unknown) => void }).setup(wxt);
    const pluginsFor = (type: string) => {
      const config: { plugins?: { name: string }[] } = {};
      for (const [name, fn] of hooks) if (name === 'vite:build:extendConfig') fn([{ type }], config);
      return (config.plugins ?? []).map((p) => p.name);
    };
    expect(pluginsFor('content-script')).toEqual(['dispute-radar:content-rule-sources']);
    for (const type of ['background', 'popup', 'options', 'unlisted-page', 'unlisted-script']) expect(pluginsFor(type), type).toEqual([]);
  });

  it('the detail module (esbuild, its own build) carries the sources of the rows it holds', async () => {
    const out = await build(detailModuleOptions(ROOT, 'chrome', 3));
    const text = out.outputFiles[0]!.text;
    for (const row of [...STATUS_TABLE, ...DEADLINE_RULES, ...FEE_CHARGING]) expect(text, row.source).toContain(JSON.stringify(row.source));
    for (const row of [...FEE_AMOUNTS, ...FEE_CHARGING]) expect(text, row.id).toContain(row.id.split('.').slice(0, -1).join('.'));
    expect(text).toContain('chargingRuleId:');
    for (const row of NAMED_REASONS) expect(text, row.source).toContain(JSON.stringify(row.source));
    for (const row of STATUS_TABLE) if (row.klarnaEquivalent !== null) expect(text, row.status).toContain(JSON.stringify(row.klarnaEquivalent));
    expect(text).toContain('klarnaEquivalent:');
  });
});
