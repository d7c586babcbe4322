// The files the content script loads on demand are web-accessible to the portal hosts only, written
// in MV3's form for every build: WXT's documented contract is that it converts MV3 entries to MV2's
// list of paths itself ("define them as MV3 objects … and WXT will automatically convert them to
// MV2"); an entry written in MV2's form for an MV2 build (`wxt build -b firefox`) was not converted
// again and came out of the build as `"web_accessible_resources":[null]`.
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { PORTAL_MATCHES } from '../../lib/cases/hosts';
import { addPortalResources } from '../../modules/shared/web-accessible';

describe('addPortalResources', () => {
  it.each([2, 3] as const)('writes MV3 entries for the portal hosts in a manifest v%i', (version) => {
    const manifest = { manifest_version: version, name: 'x', version: '1' } as Browser.runtime.Manifest;
    addPortalResources(manifest, ['content-texts/*.json']);
    addPortalResources(manifest, ['content-rules/detail.js']);
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['content-texts/*.json'], matches: PORTAL_MATCHES },
      { resources: ['content-rules/detail.js'], matches: PORTAL_MATCHES },
    ]);
  });

  it('matches every page of the two portal hosts and nothing else', () => {
    expect(PORTAL_MATCHES).toEqual(['https://portal.kustom.co/*', 'https://portal.playground.kustom.co/*']);
  });
});
