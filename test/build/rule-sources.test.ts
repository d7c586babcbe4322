// modules/content-rule-sources.ts leaves the rule rows' source ids out of the content script's
// build (its size budget). Checked here: the rows lose those fields and nothing else; no code of
// the content script reads one (a read of a field the build left out would be `undefined`); and
// every other build keeps them.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'acorn';
import { build, transform } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import contentRuleSources, { STRIPPED, stripFields, type StrippedFields } from '../../modules/content-rule-sources';
import { detailModuleOptions } from '../../modules/content-rules';
import { DEADLINE_RULES } from '../../lib/rules/data/deadlines';
import { FEE_CHARGING } from '../../lib/rules/data/fees';
import { STATUS_TABLE } from '../../lib/rules/data/statuses';

const ROOT = resolve(__dirname, '../..');
const FIELD_NAMES = new Set(STRIPPED.flatMap((f) => Object.keys(f.fields)));

/** the data file's exports, evaluated, as written or as the content script's build has them */
async function exportsOf(file: string, strip?: StrippedFields['fields']): Promise<Record<string, unknown>> {
  let { code } = await transform(readFileSync(resolve(ROOT, file), 'utf8'), { loader: 'ts', format: 'cjs' });
  if (strip) code = stripFields(code, strip, (c) => parse(c, { ecmaVersion: 'latest', sourceType: 'script' })).code;
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', code)(module, module.exports, () => {
    throw new Error(`${file} imports a module: evaluate it with its imports`);
  });
  return module.exports;
}

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
  it.each(STRIPPED.map((f) => [f.file, f] as const))('%s: the stripped fields gone, every other value as written', async (file, f) => {
    const written = await exportsOf(file);
    const built = await exportsOf(file, f.fields);
    expect(built).toEqual(without(written, f.fields));
    expect(built).not.toEqual(written);
  });

  it("keeps a fee amount's source (an assessment's fee.source)", async () => {
    const f = STRIPPED.find((s) => s.file === 'lib/rules/data/fees.ts')!;
    const built = (await exportsOf(f.file, f.fields)).FEE_AMOUNTS as { source?: string }[];
    expect(built.length).toBeGreaterThan(40);
    for (const row of built) expect(typeof row.source).toBe('string');
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
    return null;
  }

  function reads(): string[] {
    const found: string[] = [];
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile || file.fileName.includes('/node_modules/')) continue;
      const visit = (node: ts.Node): void => {
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
  });
});
