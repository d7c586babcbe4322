// Which portal host a tracked case belongs to, and whether the settings show it. A case's key names
// its store and dispute, not its host: the host is the one of the page it was last read from
// (pageUrl, always set by a reading). A case entered by hand and never read has no host.
import { PORTAL_ORIGINS } from './hosts';
import type { Settings, TrackedCase } from './schema';

export type PortalHost = keyof typeof PORTAL_ORIGINS;

/** The host of the page a case was read from; null for a case known only from what the merchant entered. */
export function caseHost(c: Pick<TrackedCase, 'pageUrl'>): PortalHost | null {
  const url = c.pageUrl;
  if (!url) return null;
  // A stored page URL is a page's own href (normalised), so its origin is its start: no URL parse
  // per case (the refresh and the popup ask for every case, 2,000 of them). Else it is parsed.
  for (const host of HOSTS) {
    const origin = PORTAL_ORIGINS[host];
    if (url.startsWith(origin) && (url.length === origin.length || '/?#'.includes(url[origin.length]!))) return host;
  }
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  return HOSTS.find((host) => PORTAL_ORIGINS[host] === origin) ?? null;
}

const HOSTS = Object.keys(PORTAL_ORIGINS) as PortalHost[];

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
