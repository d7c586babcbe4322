// v2 → v3: the case store is kept as one JSON text instead of an object of objects (see
// ../stored-form.ts for why: reading it is ~10× faster in Chromium). Each case is unchanged; only
// the form of the whole record changes, so an export of format 2 imports as it is.
import { encodeStoredCases } from '../stored-form';
import type { CaseMigration } from './types';

export const jsonText: CaseMigration = {
  version: 3,
  description: 'the whole case store as one JSON text',
  migrateCase: (entry) => entry,
  encodeStore: encodeStoredCases,
};
