// The page reader (lib/portal) of a source tree as one minified script for a page's isolated world,
// where it is the global `Reader` (with own-hosts.ts's exports: OWN_HOSTS, where the tree has it).
import { build } from 'esbuild';

/** The reader of the tree at `dir` (a checkout's root), as script text. */
export async function readerBundle(dir: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export * from './lib/portal/index.ts'; export * from './lib/portal/own-hosts.ts';`, resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Reader',
    write: false,
    logLevel: 'error',
    minify: true,
  });
  return result.outputFiles[0]!.text;
}
