// Who may send what. The background answers only this extension's own pages and its content
// scripts on the portal hosts the settings allow; anything else gets `{ ok: false }`.
import type { RequestType } from './messages';
import type { Settings } from './schema';

import { PORTAL_ORIGINS } from './hosts';

export { PORTAL_ORIGINS };

/** The subset of runtime.MessageSender we look at (the same in Chrome, Firefox and the polyfill). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { url?: string };
}

export type SenderRole = 'extension' | 'portal';

/** What a content script on the portal may ask: report readings, save ticks, read settings. */
const PORTAL_REQUESTS: ReadonlySet<RequestType> = new Set(['cases:observed', 'case:merchant-update', 'settings:get']);
/** Readings come from portal pages only; our own pages may ask everything else. */
const EXTENSION_REQUESTS_DENIED: ReadonlySet<RequestType> = new Set(['cases:observed']);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    // Built by hand: URL.origin is "null" for non-web schemes in some runtimes (chrome-extension:
    // in Node), and two "null"s must never compare equal.
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

export function allowedPortalOrigins(settings: Pick<Settings, 'hosts'>): string[] {
  return (Object.keys(PORTAL_ORIGINS) as (keyof typeof PORTAL_ORIGINS)[])
    .filter((name) => settings.hosts[name])
    .map((name) => PORTAL_ORIGINS[name]);
}

/**
 * The sender's role, or null for a stranger. `extensionOrigin` is our own origin, e.g.
 * "chrome-extension://abc…" (from runtime.getURL('')).
 */
export function classifySender(
  sender: SenderLike,
  runtimeId: string,
  extensionOrigin: string,
  settings: Pick<Settings, 'hosts'>,
): SenderRole | null {
  if (sender.id !== runtimeId) return null;
  const ownOrigin = originOf(extensionOrigin);
  // The frame's own URL decides; a content script's frame is the portal page itself.
  const frameOrigin = originOf(sender.url) ?? originOf(sender.tab?.url);
  if (!frameOrigin) return null;
  if (ownOrigin && frameOrigin === ownOrigin) return 'extension';
  const tabOrigin = originOf(sender.tab?.url);
  const portals = allowedPortalOrigins(settings);
  if (portals.includes(frameOrigin) && (tabOrigin === null || portals.includes(tabOrigin))) return 'portal';
  return null;
}

/** null when allowed, else the problem in plain words. */
export function senderProblem(role: SenderRole | null, type: RequestType): string | null {
  if (role === null) return 'the sender is not this extension or a portal page it works on';
  if (role === 'portal' && !PORTAL_REQUESTS.has(type)) return `a portal page may not send ${type}`;
  if (role === 'extension' && EXTENSION_REQUESTS_DENIED.has(type)) return `${type} comes from portal pages only`;
  return null;
}
