// The portal hosts (Settings.hosts names them): the one list of them. The manifest's host
// permissions, the content script's matches and the web-accessible resources' matches (wxt.config.ts,
// entrypoints/content, modules/) are PORTAL_MATCHES.
import { holds, text } from '../rules/schema';

export const PORTAL_ORIGINS = {
  production: 'https://portal.kustom.co',
  playground: 'https://portal.playground.kustom.co',
} as const;

const ORIGINS: readonly string[] = Object.values(PORTAL_ORIGINS);

/** Every page of the portal hosts, as a manifest's match patterns. */
export const PORTAL_MATCHES = ORIGINS.map((origin) => `${origin}/*`);

export function isPortalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && ORIGINS.includes(`${parsed.protocol}//${parsed.host}`);
  } catch {
    return false;
  }
}

/**
 * A URL on one of the portal hosts. Stored page URLs are opened on a notification click, so
 * nothing else (javascript:, another site) may get into the store.
 */
export const portalUrlSchema = text({ max: 2000 }).check(holds(isPortalUrl, 'not a page of the portal hosts'));
