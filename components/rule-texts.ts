// Texts of evidence items and advice, in the UI language. The panel receives them through this
// interface so tests can pass their own; production uses lib/rules/text.
import type { Locale } from '../lib/i18n';
import type { AdviceItem, EvidenceItem } from '../lib/rules/types';
import { adviceText, evidenceText } from '../lib/rules/text';

export interface EvidenceTexts {
  title: string;
  explanation: string;
  acceptance: string;
}

export interface RuleTexts {
  evidence(item: EvidenceItem, locale: Locale): EvidenceTexts;
  advice(item: AdviceItem, locale: Locale, timeZone: string): string;
}

export const ruleTexts: RuleTexts = { evidence: evidenceText, advice: adviceText };
