// Files of the extension that the content script loads on demand, web-accessible to the portal
// hosts only. (A folder of modules/ without an index is not loaded as a WXT module itself.)
import type { Browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '../../lib/cases/hosts';

/**
 * Adds `resources` to the manifest, for the portal hosts only. Always in MV3's form: WXT writes it
 * as MV2's list of paths after this hook for an MV2 build (`wxt build -b firefox` without --mv3).
 * A list written here in MV2's form was not converted again and came out as `[null]`.
 */
export function addPortalResources(manifest: Browser.runtime.Manifest, resources: string[]): void {
  const list = (manifest.web_accessible_resources ?? []) as unknown[];
  manifest.web_accessible_resources = [...list, { resources, matches: PORTAL_MATCHES }] as typeof manifest.web_accessible_resources;
}
