// A change's notes (lib/cases/messages merchantPatchSchema): text of at most 5000 characters, or
// null to clear them, or left out; the same limit as the stored notes (lib/cases/schema
// merchantInputSchema).
import { describe, expect, it } from 'vitest';
import { caseMerchantUpdateSchema, merchantPatchSchema } from '../../lib/cases/messages';
import { merchantInputSchema } from '../../lib/cases/schema';

describe('the notes of a merchant change', () => {
  it.each([
    ['left out', {}, true],
    ['null (clears them)', { notes: null }, true],
    ['empty', { notes: '' }, true],
    ['5000 characters', { notes: 'n'.repeat(5000) }, true],
    ['5001 characters', { notes: 'n'.repeat(5001) }, false],
    ['a number', { notes: 5 }, false],
  ])('%s', (_name, patch, ok) => {
    expect(merchantPatchSchema.safeParse(patch).success).toBe(ok);
    expect(caseMerchantUpdateSchema.safeParse({ type: 'case:merchant-update', storeId: 'S1', disputeId: 'dp_1', patch }).success).toBe(ok);
  });

  it.each([4999, 5000, 5001])('the same limit as the stored notes: %i characters', (n) => {
    const notes = 'n'.repeat(n);
    expect(merchantPatchSchema.safeParse({ notes }).success).toBe(merchantInputSchema.safeParse({ notes }).success);
  });
});
