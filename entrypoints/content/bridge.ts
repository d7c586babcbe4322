// The content script's only ways to the rest of the extension: requests to the background (the
// single writer of the case store) and read-only watches of the stored settings and cases. Every
// message is checked before it is sent (a page's reading by ./observed-check.ts, loaded on demand;
// a change from the detail panel by the panel, which makes it) and every reply or stored value
// after it arrives (entrypoints/content/wire.ts).
import { browser } from 'wxt/browser';
import type { CaseMerchantUpdate, CasesObserved } from '../../lib/cases/messages';
import type { MerchantInput } from '../../lib/cases/schema';
import type { checkObserved as CheckObserved } from './observed-check';
import {
  merchantFromStore,
  parseContentSettings,
  parseMerchant,
  STORED,
  type ContentSettings,
} from './wire';

export interface CaseBridge {
  settings(): Promise<ContentSettings>;
  /** sends what was read; resolves to the merchant inputs of those cases by caseKey (null when the background did not answer) */
  observed(message: CasesObserved): Promise<Record<string, MerchantInput> | null>;
  /**
   * sends a change checked by its sender (the detail panel, in the module loaded on demand, with
   * wire.ts checkUpdate: its schema stays out of the content script); resolves to the stored inputs
   * after the change, or to a problem in words. Absent: the panel sends it itself
   * (sendMerchantUpdate, which only the module loaded on demand then carries); tests hand one in.
   */
  update?(message: CaseMerchantUpdate): Promise<{ merchant: MerchantInput } | { problem: string }>;
  /** stored merchant inputs changed (e.g. ticked in the popup); returns the unsubscribe */
  watchMerchant(cb: (byKey: Map<string, MerchantInput>) => void): () => void;
  watchSettings(cb: (settings: ContentSettings) => void): () => void;
}

/** Where modules/content-rules.ts writes ./observed-check.ts (keep in step). */
export const OBSERVED_CHECK_PATH = '/content-rules/observed.js';

let observedCheck: Promise<typeof CheckObserved | null> | undefined;

/**
 * The check of a page's reading before it is sent, from the extension's own module (by its
 * extension URL, never the network), loaded once: at the first sending, in idle time after the
 * page's first annotation. Null where it cannot be loaded: then nothing is sent unchecked.
 */
const loadObservedCheck = (): Promise<typeof CheckObserved | null> =>
  (observedCheck ??= import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(OBSERVED_CHECK_PATH)).then(
    (module: { checkObserved?: unknown }) => (typeof module?.checkObserved === 'function' ? (module.checkObserved as typeof CheckObserved) : null),
    () => null,
  ));

type Reply = { ok: true; [k: string]: unknown } | { ok: false; problem: string };

/** The background's reply, or the problem in words (the panel shows it: sendMerchantUpdate). */
async function send(message: unknown): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as unknown;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Reply;
    return { ok: false, problem: 'no reply from the background' };
  } catch (error) {
    // No background listening (being updated, or not started yet): the page works without it.
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

function watchStored(key: string, cb: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) cb(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A change of the merchant's inputs to the background (CaseBridge.update, the extension's own). */
export async function sendMerchantUpdate(message: CaseMerchantUpdate): Promise<{ merchant: MerchantInput } | { problem: string }> {
  const reply = await send(message);
  if (!reply.ok) return { problem: reply.problem };
  const merchant = parseMerchant(reply.merchant);
  return merchant ? { merchant } : { problem: 'the background sent an unreadable reply' };
}

export const extensionBridge: CaseBridge = {
  async settings() {
    const stored = await browser.storage.local.get(STORED.settings);
    return parseContentSettings(stored[STORED.settings]);
  },
  async observed(message) {
    const checked = (await loadObservedCheck())?.(message);
    if (!checked) return null;
    // Not `send`: the page shows no problem of this message, so its words stay in the module
    // loaded on demand with sendMerchantUpdate, out of the content script.
    let reply: { ok?: unknown; merchant?: unknown } | null | undefined;
    try {
      reply = await browser.runtime.sendMessage(checked);
    } catch {
      // No background listening (being updated, or not started yet): the page works without it.
      return null;
    }
    if (!reply?.ok || !reply.merchant || typeof reply.merchant !== 'object') return null;
    const out: Record<string, MerchantInput> = {};
    for (const [key, value] of Object.entries(reply.merchant as Record<string, unknown>)) {
      const merchant = parseMerchant(value);
      if (merchant) out[key] = merchant;
    }
    return out;
  },
  watchMerchant(cb) {
    return watchStored(STORED.cases, (raw) => cb(merchantFromStore(raw)));
  },
  watchSettings(cb) {
    return watchStored(STORED.settings, (raw) => cb(parseContentSettings(raw)));
  },
};
