import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The portal hosts are the only pages the extension reads; nothing else is requested.
export const PORTAL_MATCHES = ['https://portal.kustom.co/*', 'https://portal.playground.kustom.co/*'];

export default defineConfig({
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
    build: { target: 'es2022' },
  }),
});
