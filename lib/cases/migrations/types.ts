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
}
