// zod's base type as the content script uses it, in place of zod/mini and zod/v4/core in the
// content script's build only (modules/content-zod.ts). Every schema the content script checks
// with (lib/rules/schema, lib/cases/schema, lib/cases/messages: a dispute's facts, the
// cases:observed message, merchant inputs, the page settings) is written on three things of zod:
// z.unknown() with check functions (lib/rules/schema checkedBy), $constructor with
// ZodMiniType.init for its own types (objectOf, optionalOf), and safeParse/parse. This is those
// three, with zod's steps: a type's checks run in order after its parse, none after an issue
// without `continue`, and the issues come out as zod finalizes them (no input, a path, the
// message; 'Invalid input' where a check gave none, as zod with no locale configured, which the
// content script configures none of). zod's own base (its async and backward parsing, errors
// with stack traces, the standard-schema interface, its lazy members) cost the content script
// ~2 KB gzipped of its ≤ 40 KB (issue 3) for nothing it used. The schemas are the same ones: the
// background, the popup, the options page, the detail module and the unit tests check with zod
// itself, and test/content/zod-base.test.ts keeps the two equal on every schema the content
// script checks with and on its boundary checks (entrypoints/content/wire.ts).

/* eslint-disable @typescript-eslint/no-explicit-any */
type Issue = Record<string, any> & { path?: PropertyKey[]; message?: string; continue?: boolean };
type Payload = { value: unknown; issues: Issue[] };
type Check = (payload: Payload) => void;
type Internals = { def: any; constr: any; parse: (p: Payload, ctx?: unknown) => Payload; run: (p: Payload, ctx?: unknown) => Payload; [k: string]: any };
type Schema = { _zod: Internals; [k: string]: any };

/** zod's util.aborted: an issue from `from` on that does not let the checks after it run. */
function aborted(issues: Issue[], from: number): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]!.continue !== true) return true;
  return false;
}

/** zod's finalizeIssue: the issue without its input, schema and flow flags, with a path and a message. */
function finalized(issue: Issue): Issue {
  const out: Issue = {};
  for (const key of Object.keys(issue)) if (!/^(inst|schema|continue|input|__proto__)$/.test(key)) out[key] = issue[key];
  out.path ??= [];
  out.message = issue.message || 'Invalid input';
  return out;
}

function safeParse(schema: Schema, value: unknown): { success: true; data: any } | { success: false; error: { issues: Issue[] } } {
  const result = schema._zod.run({ value, issues: [] }, {});
  return result.issues.length ? { success: false, error: { issues: result.issues.map(finalized) } } : { success: true, data: result.value };
}

/** zod's $ZodType and ZodMiniType: the type's parse, then its checks; the methods the content script calls. */
function init(inst: Schema, def: any): void {
  inst._zod.def = inst.def = def;
  inst.type = def.type;
  const checks: Check[] = (def.checks ?? []).map((c: { _zod: { check: Check } }) => c._zod.check);
  // (as zod: a type without checks runs its parse alone; its parse is set after this, by its own init)
  inst._zod.run = checks.length === 0 ? (payload, ctx) => inst._zod.parse(payload, ctx) : (payload, ctx) => {
    const result = inst._zod.parse(payload, ctx);
    let stop = aborted(result.issues, 0);
    for (const check of checks) {
      if (stop) break;
      const before = result.issues.length;
      check(result);
      // (as zod: looked at only where the check added an issue)
      if (result.issues.length > before) stop = aborted(result.issues, before);
    }
    return result;
  };
  inst.safeParse = (value: unknown) => safeParse(inst, value);
  // (zod throws its ZodError; the content script parses only its settings' defaults, which pass)
  inst.parse = (value: unknown) => {
    const result = safeParse(inst, value);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    return result.data;
  };
  // (zod's check: a copy of the type with the functions as checks of code custom after its own)
  inst.check = (...more: Check[]) =>
    new inst._zod.constr({ ...def, checks: [...(def.checks ?? []), ...more.map((check) => ({ _zod: { check, def: { check: 'custom' }, onattach: [] } }))] });
}

/**
 * zod's $constructor: a type's class, its instances made by `initType`. The class is not named
 * `name` as zod names it (only a debugger shows a class's name: nothing in the content script reads
 * it, and zod-base keeps no traits by name), 33 B of the content script gzipped.
 */
export function $constructor(_name: string, initType: (inst: Schema, def: any) => void): any {
  function Type(this: Schema, def: any) {
    Object.defineProperty(this, '_zod', { value: { def, constr: Type } });
    initType(this, def);
  }
  Type.init = initType;
  return Type;
}

export const ZodMiniType = { init };

const Unknown = $constructor('ZodMiniUnknown', (inst, def) => {
  init(inst, def);
  inst._zod.parse = (payload) => payload;
});

export const unknown = /* @__NO_SIDE_EFFECTS__ */ () => new Unknown({ type: 'unknown' });

/**
 * The rest of zod that the schemas' modules name: the types the content script checks nothing
 * with (the stored case, the settings' other fields, the other messages), which its build drops
 * unused (free of side effects: none of them is in the built script). Called, it throws: the
 * content script's schemas are written on the above alone.
 */
const unsupported = /* @__NO_SIDE_EFFECTS__ */ (): never => {
  throw new Error(UNSUPPORTED);
};
/** (modules/content-zod.ts fails a build whose script still holds it) */
export const UNSUPPORTED = 'not in the content script: zod-base';
export {
  unsupported as array,
  unsupported as boolean,
  unsupported as discriminatedUnion,
  unsupported as enum,
  unsupported as literal,
  unsupported as maxLength,
  unsupported as nullable,
  unsupported as number,
  unsupported as object,
  unsupported as optional,
  unsupported as partial,
};
