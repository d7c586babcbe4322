// A deadline rule in words, for the estimate mark's tooltip: "12 calendar days after the dispute
// was opened (billie.response.12d)". The numbers come from the rule table itself
// (lib/rules/data/deadlines.ts), so the words change when a row changes.
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { DECISION_ESTIMATES, DEADLINE_RULES, type DeadlineRuleRow, type DecisionEstimateRow } from '../lib/rules/data/deadlines';

// A list page names the same few rules hundreds of times: each description is built once per language.
const described = new Map<string, string>();

/** A rule of the deadline table or a decision estimate (the timeline's points). */
export function ruleDescription(ruleId: string, locale: Locale): string {
  return describedOnce(ruleId, locale, DEADLINE_RULES.find((r) => r.id === ruleId) ?? DECISION_ESTIMATES.find((r) => r.id === ruleId));
}

/**
 * A deadline's rule (the chips' estimate mark): the deadline table alone, so that the content
 * script, whose chips name no decision estimate, leaves that table out.
 */
export function deadlineRuleDescription(ruleId: string, locale: Locale): string {
  return describedOnce(ruleId, locale, DEADLINE_RULES.find((r) => r.id === ruleId));
}

function describedOnce(ruleId: string, locale: Locale, row: DeadlineRuleRow | DecisionEstimateRow | undefined): string {
  if (!row) return ruleId;
  const key = `${locale}|${ruleId}`;
  let text = described.get(key);
  if (text === undefined) {
    // A deadline counts from its rule's anchor; a decision estimate from the merchant's response.
    const anchor = t(locale, `content.anchor.${'anchor' in row ? row.anchor : 'response'}`);
    const words =
      row.latestDays !== undefined
        ? t(locale, 'content.rule.range', { from: row.days, to: row.latestDays, anchor })
        : t(locale, 'content.rule.days', { days: row.days, anchor });
    text = `${words} (${ruleId})`;
    described.set(key, text);
  }
  return text;
}
