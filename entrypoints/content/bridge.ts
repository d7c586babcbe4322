// The content script's only ways to the rest of the extension: requests to the background (the
// single writer of the case store) and read-only watches of the stored settings and cases.
import {
  casesObservedSchema,
  caseMerchantUpdateSchema,
  sendRequest,
  type CaseMerchantUpdate,
  type CasesObserved,
} from '../../lib/cases/messages';
import { casesReadItem, parseCases, parseSettings, readSettings, settingsReadItem } from '../../lib/cases/read';
import type { MerchantInput, Settings } from '../../lib/cases/schema';

export interface CaseBridge {
  settings(): Promise<Settings>;
  /** sends what was read; resolves to the merchant inputs of those cases by caseKey (null when the background did not answer) */
  observed(message: CasesObserved): Promise<Record<string, MerchantInput> | null>;
  /** resolves to the stored inputs after the change, or to a problem in words */
  update(message: CaseMerchantUpdate): Promise<{ merchant: MerchantInput } | { problem: string }>;
  /** stored merchant inputs changed (e.g. ticked in the popup); returns the unsubscribe */
  watchMerchant(cb: (byKey: Map<string, MerchantInput>) => void): () => void;
  watchSettings(cb: (settings: Settings) => void): () => void;
}

export const extensionBridge: CaseBridge = {
  settings: () => readSettings(),
  async observed(message) {
    const checked = casesObservedSchema.safeParse(message);
    if (!checked.success) return null;
    const reply = await sendRequest<'cases:observed'>(checked.data);
    return reply.ok ? reply.merchant : null;
  },
  async update(message) {
    const checked = caseMerchantUpdateSchema.safeParse(message);
    if (!checked.success) return { problem: checked.error.issues[0]?.message ?? 'invalid' };
    const reply = await sendRequest<'case:merchant-update'>(checked.data);
    return reply.ok ? { merchant: reply.merchant } : { problem: reply.problem };
  },
  watchMerchant(cb) {
    return casesReadItem.watch((raw) => {
      const { cases } = parseCases(raw);
      cb(new Map(cases.map((c) => [c.key, c.merchant] as const)));
    });
  },
  watchSettings(cb) {
    return settingsReadItem.watch((raw) => cb(parseSettings(raw)));
  },
};
