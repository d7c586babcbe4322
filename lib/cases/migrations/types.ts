/**
 * One step of the case store's format, from `version - 1` to `version`. It works per stored case
 * and never throws: an entry it does not recognise is returned unchanged (it is quarantined later
 * when it does not parse, instead of failing the whole store's migration).
 */
export interface CaseMigration {
  version: number;
  /** what changed and why, for people reading the code */
  description: string;
  migrateCase(entry: unknown): unknown;
  /**
   * When the form of the whole stored record changes with this version: the record (its cases
   * already migrated) in the new form. Later versions keep that form unless they give their own.
   */
  encodeStore?(record: Record<string, unknown>): unknown;
}
