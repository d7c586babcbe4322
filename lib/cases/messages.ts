// Messages between the extension's parts. Every message is checked with zod on both sides; the
// background also checks the sender (see entrypoints/background).
import { z } from 'zod';
import { partialDisputeFactsSchema } from '../rules/schema';

export const observedDisputeSchema = partialDisputeFactsSchema;

/** content script → background: the disputes read from one portal page. */
export const casesObservedSchema = z.object({
  type: z.literal('cases:observed'),
  /** the page the disputes were read from, to open it again */
  pageUrl: z.string().url().max(2000),
  page: z.enum(['dispute_list', 'dispute_detail']),
  storeId: z.string().min(1).max(200).nullable(),
  locale: z.string().max(35).nullable(),
  /** ISO instant of the reading */
  observedAt: z.string().datetime({ offset: true }),
  disputes: z.array(observedDisputeSchema).max(10_000),
});
export type CasesObserved = z.infer<typeof casesObservedSchema>;
