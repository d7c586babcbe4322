// What the merchant entered: applying a patch, and combining two versions (import, store-less
// duplicates). The portal never writes here.
import type { MerchantPatch } from './messages';
import { NOTES_MAX_LENGTH, type MerchantInput } from './schema';

/** Fields left out of the patch are kept; null clears; ticks are merged item by item. */
export function applyMerchantPatch(input: MerchantInput, patch: MerchantPatch): MerchantInput {
  const out: MerchantInput = { ...input, ticks: { ...input.ticks, ...(patch.ticks ?? {}) } };
  if (patch.buyerCountry !== undefined) {
    if (patch.buyerCountry === null) delete out.buyerCountry;
    else out.buyerCountry = patch.buyerCountry;
  }
  if (patch.goods !== undefined) {
    if (patch.goods === null) delete out.goods;
    else out.goods = patch.goods;
  }
  if (patch.notes !== undefined) {
    if (patch.notes === null) delete out.notes;
    else out.notes = patch.notes;
  }
  return out;
}

/**
 * Both versions combined, nothing dropped: each field from `primary` where it has one, else from
 * `secondary`; ticks of both (primary wins on the same item). Notes that differ are both kept.
 */
export function combineMerchantInputs(primary: MerchantInput, secondary: MerchantInput): MerchantInput {
  const out: MerchantInput = { ticks: { ...secondary.ticks, ...primary.ticks } };
  const buyerCountry = primary.buyerCountry ?? secondary.buyerCountry;
  if (buyerCountry !== undefined) out.buyerCountry = buyerCountry;
  const goods = primary.goods ?? secondary.goods;
  if (goods !== undefined) out.goods = goods;
  const notes = combineNotes(primary.notes, secondary.notes);
  if (notes !== undefined) out.notes = notes;
  return out;
}

function combineNotes(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b || a === b || a.includes(b)) return a;
  // Two different notes: keep both rather than choose. Cut only if the schema's limit forces it.
  return `${a}\n\n${b}`.slice(0, NOTES_MAX_LENGTH);
}
