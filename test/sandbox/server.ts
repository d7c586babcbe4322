// `npm run sandbox`: the sandbox portal on a local port for people (PORT=8080 to choose one).
// Data is relative to the moment the server starts (SANDBOX_NOW=ISO to fix the clock, SANDBOX_SEED=n).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createSandbox, nodeListener, type SandboxOptions } from './handler';

export async function startSandboxServer(opts: SandboxOptions & { port?: number } = {}): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const sandbox = createSandbox(opts);
  const server = createServer(nodeListener(sandbox));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return { server, url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const now = process.env.SANDBOX_NOW ? new Date(process.env.SANDBOX_NOW) : undefined;
  const seed = process.env.SANDBOX_SEED ? Number(process.env.SANDBOX_SEED) : undefined;
  const { url } = await startSandboxServer({ port, ...(now ? { now } : {}), ...(seed !== undefined ? { seed } : {}) });
  console.log(`Sandbox portal: ${url}/disputes`);
  console.log(`  layouts: ?layout=cards (list), ?detail=dl (detail); languages: ?lang=de-DE|sv-SE|fi-FI|nb-NO|da-DK; dark: ?theme=dark`);
  console.log('  (the extension annotates only https://portal.kustom.co; run `npm run demo` to see it there)');
}
