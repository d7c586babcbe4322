// An object schema's `_zod.propValues`, for objectOf (./schema.ts): what zod's discriminated union
// reads of each option (lib/cases/messages requestSchema tells the requests apart by `type`). In the
// content script's build this resolves to entrypoints/content/no-prop-values.ts instead
// (modules/content-zod.ts): zod is zod-base there, which has no discriminated union, and nothing
// else reads it.
import type * as z from 'zod/mini';

/** Each field's values (an enum's, a literal's), undefined too where the field may be left out. */
export function definePropValues(internals: z.core.$ZodTypeInternals, shape: z.core.$ZodLooseShape, keys: readonly string[]): void {
  Object.defineProperty(internals, 'propValues', {
    get() {
      const values: Record<string, Set<unknown>> = {};
      for (const key of keys) {
        const field = shape[key]!._zod as z.core.$ZodTypeInternals;
        if (field.values) values[key] = new Set([...field.values, ...(field.optin ? [undefined] : [])]);
      }
      return values;
    },
  });
}
