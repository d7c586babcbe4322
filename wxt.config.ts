import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The portal hosts are the only pages the extension reads; nothing else is requested.
export const PORTAL_MATCHES = ['https://portal.kustom.co/*', 'https://portal.playground.kustom.co/*'];

export default defineConfig({
  // DISPUTE_RADAR_OUT_DIR builds elsewhere (e.g. one build per benchmark run; test/e2e/harness.ts
  // reads the same variable), DISPUTE_RADAR_NO_MINIFY=1 keeps names readable for CPU profiles.
  outDir: process.env.DISPUTE_RADAR_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: PORTAL_MATCHES,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'dispute-radar@dispute-radar.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022', minify: process.env.DISPUTE_RADAR_NO_MINIFY === '1' ? false : undefined, sourcemap: process.env.DISPUTE_RADAR_SOURCEMAP === '1' },
  }),
});
