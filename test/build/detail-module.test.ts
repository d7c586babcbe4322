// What goes into content-rules/detail.js, the module the content script loads on a dispute's detail
// page (and on a page it cannot read, for the marker). Twice this session it grew without anyone
// asking: all of zod/mini with its 40 error-message locales (esbuild keeps what `import { z }`
// names: 24 → 118 KB gzipped), and the whole page reader with its vocabulary (through one constant
// the marker needed). Both are checked here, with the module's own build options.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { detailModuleOptions, OBSERVED_ENTRY } from '../../modules/content-rules';

const ROOT = resolve(__dirname, '../..');

describe('the detail module', async () => {
  const out = await build({ ...detailModuleOptions(ROOT, 'chrome', 3), metafile: true });
  // the files that put code into the module (the metafile's inputs also list what was read and shaken out)
  const written = Object.values(out.metafile!.outputs)[0]!.inputs;
  const inputs = Object.keys(written).filter((f) => written[f]!.bytesInOutput > 0);

  it('carries the rules, the panel and the marker', () => {
    for (const file of ['lib/rules/evidence.ts', 'lib/rules/advice.ts', 'lib/rules/assess.ts', 'entrypoints/content/detail-panel.ts', 'entrypoints/content/unread-marker.ts']) {
      expect(inputs, file).toContain(file);
    }
  });

  it("carries none of zod's error-message locales", () => {
    expect(inputs.filter((f) => f.includes('zod/v4/locales/'))).toEqual([]);
  });

  // (only the two constants it shares with the reader, each a module of its own: the problem of a
  // page with no text, for the marker, and our hosts' names, for hosts.ts; and the reader's rarer
  // pages the content script leaves to it, with the draft they change and the locales and memo
  // the zone names' tables are learnt with: none of the reader's parsers, its scan or its lexicon)
  it('carries no page reader (the content script has it) but its rarer pages', () => {
    const shared = ['no-text', 'own-hosts', 'labelled-twice', 'row-above', 'zone-names', 'draft', 'vocabulary', 'text'].map((f) => `lib/portal/${f}.ts`);
    expect(inputs.filter((f) => f.startsWith('lib/portal/') && !shared.includes(f))).toEqual([]);
    for (const file of ['lib/portal/labelled-twice.ts', 'lib/portal/row-above.ts', 'lib/portal/zone-names.ts']) expect(inputs, file).toContain(file);
  });

  it("stays under 40 KB gzipped (37.3 KB on 2026-11-25, with the reader's rarer pages)", () => {
    expect(gzipSync(out.outputFiles![0]!.contents).length).toBeLessThan(40 * 1024);
  });
});

// content-rules/observed.js: the zod check of what the content script sends of a page's reading,
// loaded before its first sending on every page with disputes: the message's schemas on zod itself,
// nothing of the page reader, the panel or Preact.
describe('the observed module', async () => {
  const out = await build({ ...detailModuleOptions(ROOT, 'chrome', 3, OBSERVED_ENTRY), metafile: true });
  const written = Object.values(out.metafile!.outputs)[0]!.inputs;
  const inputs = Object.keys(written).filter((f) => written[f]!.bytesInOutput > 0);

  it("carries the message's schemas and exports its check", () => {
    for (const file of ['entrypoints/content/observed-check.ts', 'lib/cases/messages.ts', 'lib/rules/schema.ts']) expect(inputs, file).toContain(file);
    expect(out.outputFiles![0]!.text).toMatch(/export\s*\{[^}]*\bas checkObserved\b|export\s*\{[^}]*\bcheckObserved\b/);
  });

  it("carries no page reader, panel, Preact or zod's error-message locales", () => {
    expect(inputs.filter((f) => f.startsWith('lib/portal/') || f.includes('preact') || f.includes('zod/v4/locales/') || f.startsWith('components/'))).toEqual([]);
  });
});
