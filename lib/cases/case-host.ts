// Which portal host a tracked case belongs to, and whether the settings show it. A case's key names
// its store and dispute, not its host: the host is the one of the page it was last read from
// (pageUrl, always set by a reading). A case entered by hand and never read has no host.
import { PORTAL_ORIGINS } from './hosts';
import type { Settings, TrackedCase } from './schema';

export type PortalHost = keyof typeof PORTAL_ORIGINS;

/** The host of the page a case was read from; null for a case known only from what the merchant entered. */
export function caseHost(c: Pick<TrackedCase, 'pageUrl'>): PortalHost | null {
  if (!c.pageUrl) return null;
  let origin: string;
  try {
    origin = new URL(c.pageUrl).origin;
  } catch {
    return null;
  }
  for (const host of Object.keys(PORTAL_ORIGINS) as PortalHost[]) if (PORTAL_ORIGINS[host] === origin) return host;
  return null;
}

/**
 * Whether a case counts (badge, notifications, alarm) and is listed: not when it was read on a portal
 * host the merchant turned off in the options (the test portal's test disputes). A case entered by
 * hand, with no host, always counts: the merchant added it to be reminded. The case stays stored
 * either way; turning the host on again brings it back.
 */
export function hostShown(c: Pick<TrackedCase, 'pageUrl'>, hosts: Settings['hosts']): boolean {
  const host = caseHost(c);
  return host === null || hosts[host];
}
