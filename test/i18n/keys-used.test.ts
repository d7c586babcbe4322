// Every text in the catalog is one the code asks for: a text no code shows still gets translated,
// reviewed and shipped (the popup's "Deadline shown by the portal." was, in six languages, for a
// tooltip that no longer existed). Keys made at run time (`content.field.${f}`) count by prefix.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../lib/i18n';

const ROOT = join(__dirname, '../..');
const MESSAGES = join(ROOT, 'lib/i18n/messages');

function code(): string {
  const out: string[] = [];
  const walk = (p: string) => {
    if (p === MESSAGES) return;
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    else if (/\.(ts|tsx)$/.test(p)) out.push(readFileSync(p, 'utf8'));
  };
  for (const dir of ['components', 'entrypoints', 'lib', 'modules']) walk(join(ROOT, dir));
  return out.join('\n');
}

const KEY = /['"`]((?:app|fmt|popup|options|bg|content|advice|evidence)\.[A-Za-z0-9_.]*)(\$\{)?/g;

describe('the catalog', () => {
  const used = [...code().matchAll(KEY)].map((m) => ({ key: m[1]!, prefix: m[2] !== undefined }));
  const isUsed = (key: string) => used.some((u) => (u.prefix ? key.startsWith(u.key) : key === u.key || key.startsWith(`${u.key}.`)));

  it('holds no text the code never asks for', () => {
    expect(used.length).toBeGreaterThan(200);
    expect(Object.keys(CATALOG.en).filter((key) => !isUsed(key))).toEqual([]);
  });
});
