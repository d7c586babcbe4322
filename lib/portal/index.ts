// lib/portal: the page reader (contract in ../../../shared/design/architecture.md).
export { readPortalPage } from './reader';
export { preparePortalReader } from './prepare';
/** stops the reader's watching of a document (its row memory's MutationObserver): call it when the content script goes away */
export { releaseRowMemo as releasePortalReader } from './row-memo';
export type { PortalReading, ReadDispute, ReadOptions } from './reader';
export { parseAmount, readAmount, currencyOfSymbol, currencyDigits, symbolTable } from './amount';
export type { AmountReading } from './amount';
/** the scale of Money.amountMinor (ISO 4217), which the reader's amounts use */
export { minorUnitDigits } from '../rules/currency';
export { parseDate, readDate } from './date';
export type { DateOptions, DateReading } from './date';
export { parseCountry } from './country';
export {
  fieldOfLabel,
  paymentMethodOfText,
  portalLangOfTag,
  portalLocaleOf,
  reasonOfText,
  statusOfText,
  tabOfText,
} from './lexicon';
export type { StatusValue } from './lexicon';
export { cleanText, labelKey } from './text';
export * as vocabulary from './vocabulary';
