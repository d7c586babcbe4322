// `npm run bench`: runs every benchmark file in this folder (or those named on the command line,
// e.g. `npm run bench -- rules`) one after another and prints their tables. Figures are recorded by
// hand in BENCHMARKS.md with the machine they were taken on.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
let failed = false;
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<boolean | void> };
  const ok = await mod.run();
  if (ok === false) failed = true;
}
if (failed) {
  console.log('\nsome targets were not met');
  process.exitCode = 1;
}
