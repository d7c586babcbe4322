// In the content script's build only (modules/content-zod.ts), lib/rules/prop-values.ts resolves to
// this: an object schema there gets no `_zod.propValues`. Only zod's discriminated union reads it,
// and the content script's zod is zod-base, which has none (a call of one fails its build); the
// background, the popup, the options page and the detail module keep it (test/content/object-schema
// checks objectOf's against z.object's).
import type { definePropValues as DefinePropValues } from '../../lib/rules/prop-values';

export const definePropValues: typeof DefinePropValues = () => {};
