// The background's message handler: shape (zod), then sender, then the store. Every answer is a
// Reply; nothing throws to the sender, and a refused request changes nothing.
import { requestSchema, type Problem, type Reply, type Request, type RequestType } from './messages';
import { describeIssues } from './quarantine';
import { classifySender, senderProblem, type SenderLike } from './sender';
import type { CaseStore } from './store';

export interface HandlerDeps {
  store: CaseStore;
  runtimeId: string;
  /** e.g. "chrome-extension://abc…/" */
  extensionOrigin: string;
  /** after any change: badge, alarm, notifications (awaited, so the worker stays up until done) */
  afterChange: () => Promise<unknown>;
}

const CHANGES: ReadonlySet<RequestType> = new Set([
  'cases:observed',
  'case:merchant-update',
  'case:add-manual',
  'case:remove',
  'cases:import',
  'cases:clear',
  'settings:update',
]);

export function createMessageHandler(deps: HandlerDeps) {
  return async function handle(message: unknown, sender: SenderLike): Promise<Reply<RequestType>> {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return problem(`not a valid request (${describeIssues(parsed.error)})`);
    const request = parsed.data;
    const settings = await deps.store.getSettings();
    const refused = senderProblem(classifySender(sender, deps.runtimeId, deps.extensionOrigin, settings), request.type);
    if (refused) return problem(refused);
    try {
      const reply = await dispatch(deps.store, request);
      if (reply.ok && CHANGES.has(request.type)) await deps.afterChange();
      return reply;
    } catch (error) {
      // A failed write leaves the stored data as it was (every write is whole-value and zod-checked).
      const text = error instanceof Error ? error.message : String(error);
      // Storage full (Chromium: "QUOTA_BYTES quota exceeded"; Firefox: a QuotaExceededError): the
      // pages say it, and what to do, in the merchant's language rather than with these words.
      return /quota/i.test(text) ? { ok: false, problem: text, code: 'storage-full' } : problem(text);
    }
  };
}

function problem(text: string): Problem {
  return { ok: false, problem: text };
}

async function dispatch(store: CaseStore, request: Request): Promise<Reply<RequestType>> {
  switch (request.type) {
    case 'cases:observed':
      return { ok: true, ...(await store.observe(request)) };
    case 'case:merchant-update':
      return store.updateMerchant(request.storeId, request.disputeId, request.patch);
    case 'cases:list':
      return { ok: true, ...(await store.list()) };
    case 'case:add-manual':
      return store.addManual(request.facts, request.merchant);
    case 'case:remove':
      return store.remove(request.key);
    case 'cases:export':
      return { ok: true, ...(await store.exportJson()) };
    case 'cases:import':
      return store.importJson(request.json);
    case 'cases:clear':
      return { ok: true, ...(await store.clear()) };
    case 'settings:get':
      return { ok: true, settings: await store.getSettings() };
    case 'settings:update':
      return store.updateSettings(request.patch);
    case 'settings:reset-seen':
      await store.settingsResetSeen();
      return { ok: true };
  }
}
