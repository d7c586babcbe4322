// A rule in words (the estimate mark's tooltip, the timeline's sources): every deadline rule and
// every decision estimate, from the numbers in its table row and the anchor it counts from.
import { describe, expect, it } from 'vitest';
import { deadlineRuleDescription, ruleDescription } from '../../components/rule-description';
import { DEADLINE_RULES, DECISION_ESTIMATES } from '../../lib/rules/data/deadlines';

describe('ruleDescription', () => {
  it.each<[string, string, string]>([
    ['klarna.escalation.35d', 'en', '35 calendar days after the dispute was opened (for a return: the return tracking was uploaded, if it was) (klarna.escalation.35d)'],
    ['klarna.response.14d', 'en', '14 calendar days after the escalation to a chargeback (klarna.response.14d)'],
    ['klarna.fraud.escalation', 'en', '0 calendar days after the dispute was opened (klarna.fraud.escalation)'],
    ['klarna.fraud.response.5-14d', 'en', '5–14 calendar days after the escalation (else the dispute was opened) (klarna.fraud.response.5-14d)'],
    ['card.response.7-21d', 'de', '7–21 Kalendertage nach der Eskalation (sonst der Eröffnung des Streitfalls) (card.response.7-21d)'],
    ['billie.response.12d', 'en', '12 calendar days after the dispute was opened (billie.response.12d)'],
    // a decision estimate counts from the merchant's response
    ['card.decision.60-75d', 'en', '60–75 calendar days after the response (card.decision.60-75d)'],
    ['card.decision.60-75d', 'de', '60–75 Kalendertage nach der Antwort (card.decision.60-75d)'],
    // what is no rule of the tables: its id as it is
    ['portal.due_by', 'en', 'portal.due_by'],
    ['no.such.rule', 'de', 'no.such.rule'],
  ])('%s (%s)', (ruleId, locale, expected) => {
    expect(ruleDescription(ruleId, locale as 'en' | 'de')).toBe(expected);
  });

  it.each([...DEADLINE_RULES, ...DECISION_ESTIMATES].map((row) => [row.id, row] as const))('%s: its own numbers and id', (id, row) => {
    const text = ruleDescription(id, 'en');
    const days = row.latestDays !== undefined ? `${row.days}–${row.latestDays} calendar days after ` : `${row.days} calendar days after `;
    expect(text.startsWith(days)).toBe(true);
    expect(text.endsWith(` (${id})`)).toBe(true);
  });
});

describe('deadlineRuleDescription (the chips\' estimate mark: a deadline\'s rule)', () => {
  it.each(DEADLINE_RULES.flatMap((row) => (['en', 'de', 'fi'] as const).map((locale) => [row.id, locale] as const)))('%s (%s): as ruleDescription', (id, locale) => {
    expect(deadlineRuleDescription(id, locale)).toBe(ruleDescription(id, locale));
  });

  it('names no decision estimate (no deadline has one), and asking it so changes nothing for the timeline', () => {
    expect(deadlineRuleDescription('card.decision.60-75d', 'en')).toBe('card.decision.60-75d');
    expect(ruleDescription('card.decision.60-75d', 'en')).toBe('60–75 calendar days after the response (card.decision.60-75d)');
    expect(deadlineRuleDescription('no.such.rule', 'en')).toBe('no.such.rule');
  });
});
