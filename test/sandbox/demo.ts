// `npm run demo`: builds the extension, starts the sandbox portal with its data relative to now,
// and opens Chromium with the extension loaded on the portal's dispute list. The content script
// only runs on the real portal hosts, so the browser gets the sandbox on https://portal.kustom.co
// through Playwright's routing (as the e2e tests do); nothing leaves the machine.
// With a display (DISPLAY set) the browser stays open until you close it; without one it runs
// headless, saves screenshots and exits.
//
//   npm run demo                       build, open, screenshots in artifacts/demo/
//   npm run demo -- --no-build         use the existing .output/chrome-mv3
//   npm run demo -- --headless         never open a window
//   npm run demo -- --out DIR          write the screenshots to DIR
// (The README's screenshots in docs/screenshots/ are written by test/e2e/content.e2e.ts and the
// popup's e2e test, so that they always show the tested build.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  CHROMIUM_MISSING,
  CHROMIUM_PATH,
  EXTENSION_DIR,
  ROOT,
  launchExtension,
  routePortal,
  type ExtensionSession,
} from '../e2e/harness';
import { startSandboxServer } from './server';

const args = new Set(process.argv.slice(2));
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1] as string) : join(ARTIFACTS_DIR, 'demo');
const headed = !args.has('--headless') && Boolean(process.env.DISPLAY);

/** The annotations mount after the content arrives; give them a moment to settle. */
const SETTLE_MS = 1500;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
}

async function shoot(session: ExtensionSession, page: Page, name: string): Promise<string> {
  const dir = relative(ARTIFACTS_DIR, outDir);
  // screenshot() writes under artifacts/; --out elsewhere is written directly
  if (!dir.startsWith('..')) return session.screenshot(page, name, { dir });
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) fail(`${CHROMIUM_MISSING}\n(looked for ${CHROMIUM_PATH}; set CHROMIUM_PATH to use another Chromium)`);

  if (!args.has('--no-build')) {
    console.log('Building the extension (wxt build)…');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) fail('The build failed; see the output above.');
  }

  const now = new Date();
  const server = await startSandboxServer({ now, port: process.env.PORT ? Number(process.env.PORT) : 0 });
  console.log(`Sandbox portal (plain, without the extension): ${server.url}/disputes`);

  const session = await launchExtension({ headless: !headed });
  await routePortal(session.context, { now });
  console.log(`Extension ${session.extensionId} loaded from ${relative(ROOT, EXTENSION_DIR)}`);

  const shots: string[] = [];
  const list = await session.openPortal('/disputes');
  await settle(list);
  shots.push(await shoot(session, list, 'list'));

  const detail = await session.openPortal('/disputes/dp_pin_respond_2d4h', {});
  await settle(detail);
  shots.push(await shoot(session, detail, 'detail'));

  const darkList = await session.openPortal('/disputes', { theme: 'dark', layout: 'cards', lang: 'de-DE' });
  await settle(darkList);
  shots.push(await shoot(session, darkList, 'list-dark'));

  const darkDetail = await session.openPortal('/disputes/dp_pin_enquiry_12d', { theme: 'dark', detail: 'dl', lang: 'sv-SE' });
  await settle(darkDetail);
  shots.push(await shoot(session, darkDetail, 'detail-dark'));

  // The popup's own screenshots for the README are the popup tests' (docs/screenshots/popup-*.png).
  if (existsSync(join(EXTENSION_DIR, 'popup.html')) && outArg < 0) {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 600 });
    await settle(popup);
    shots.push(await shoot(session, popup, 'popup'));
    await popup.close();
  }

  const errors = [list, detail, darkList, darkDetail].flatMap((p) => session.consoleErrors(p));
  console.log(`\nScreenshots:\n${shots.map((s) => `  ${relative(process.cwd(), s)}`).join('\n')}`);
  if (errors.length > 0) console.log(`\nConsole errors on the portal pages:\n  ${errors.join('\n  ')}`);

  if (headed) {
    await Promise.all([darkList.close(), darkDetail.close(), detail.close()]);
    await list.bringToFront();
    console.log('\nChromium is open on https://portal.kustom.co/disputes (the sandbox). Close the browser window or press Ctrl+C to stop.');
    const stop = async (): Promise<void> => {
      await session.close();
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    session.context.once('close', () => void stop());
    return;
  }
  await session.close();
  await server.close();
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  fail(`Demo failed: ${message}`);
});
