// A fresh isolated world in a page's main frame (CDP Page.createIsolatedWorld): where a content
// script runs, with no JavaScript wrapper yet for any of the page's nodes. The benchmarks and the
// reader's CPU A/B measure there what a content script would pay.
import type { CDPSession } from 'playwright-core';

/** The new world's execution context id, for Runtime.evaluate's contextId. */
export async function isolatedWorld(cdp: CDPSession, worldName: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
  return world.executionContextId;
}
