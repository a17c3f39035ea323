/**
 * §7: direction words and rule words. Unknown words give null; the engine,
 * not the reader, warns about them (IndicatorInput.directionText / ruleText).
 * Words are compared as headers are (case, diacritics, space, "(…)").
 */
import type { Direction, RuleKind } from '../../engine/types';
import { normaliseHeader } from './headers';

export const DIRECTION_WORDS: Readonly<Record<'up' | 'down', readonly string[]>> = {
  up: ['Öka', 'Ska öka', 'Högre är bättre', 'Upp', '↑', '+', 'Increase', 'Higher'],
  // "−" is the minus sign; hyphen and dashes are read as the same sign.
  down: ['Minska', 'Ska minska', 'Lägre är bättre', 'Ned', '↓', '−', 'Decrease', 'Lower'],
};

export const RULE_WORDS: Readonly<Record<RuleKind, readonly string[]>> = {
  target: ['Målvärde', 'Target'],
  trend: ['Förbättring', 'Trend'],
  comparison: ['Jämförelse', 'Comparison'],
  pace: ['Takt', 'Pace'],
  manual: ['Manuell', 'Manual'],
};

const DIRECTIONS = new Map<string, Direction>([
  ...DIRECTION_WORDS.up.map((w): [string, Direction] => [normaliseHeader(w), 1]),
  ...DIRECTION_WORDS.down.map((w): [string, Direction] => [normaliseHeader(w), -1]),
]);

const RULES = new Map<string, RuleKind>();
for (const [rule, words] of Object.entries(RULE_WORDS) as [RuleKind, readonly string[]][]) {
  for (const word of words) RULES.set(normaliseHeader(word), rule);
}

export function parseDirection(text: string): Direction | null {
  return DIRECTIONS.get(normaliseHeader(text)) ?? null;
}

export function parseRule(text: string): RuleKind | null {
  return RULES.get(normaliseHeader(text)) ?? null;
}
