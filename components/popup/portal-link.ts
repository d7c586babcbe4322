// Where a click on a case goes: the portal page the case was last read from, else the dispute
// list searched for its ID. The real portal's search URL is not public; "/disputes?q=" is the
// sandbox's and the closest guess, and the list still opens if the portal ignores the query.
import type { Settings, TrackedCase } from '../../lib/cases/schema';

export const PORTAL_ORIGINS = {
  production: 'https://portal.kustom.co',
  playground: 'https://portal.playground.kustom.co',
} as const;

export function caseUrl(c: TrackedCase, settings: Settings): string {
  if (c.pageUrl) {
    try {
      const url = new URL(c.pageUrl);
      // Only ever open our portal hosts: a stored URL is data, not trusted navigation.
      if (Object.values(PORTAL_ORIGINS).includes(url.origin as (typeof PORTAL_ORIGINS)[keyof typeof PORTAL_ORIGINS])) return url.href;
    } catch {
      // fall through to the search URL
    }
  }
  return disputeSearchUrl(c.facts.id, settings);
}

/** The dispute list searched for one dispute ID. */
export function disputeSearchUrl(disputeId: string, settings: Settings): string {
  return `${portalListUrl(settings)}?q=${encodeURIComponent(disputeId)}`;
}

/** The dispute list on the portal host the merchant works on (production unless only the test portal is on). */
export function portalListUrl(settings: Settings): string {
  const origin = settings.hosts.production || !settings.hosts.playground ? PORTAL_ORIGINS.production : PORTAL_ORIGINS.playground;
  return `${origin}/disputes`;
}
