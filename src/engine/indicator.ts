/** §2–§4 for one indicator row: direction, rule, status, override, trend and reason. */
import { resolveDirection } from './direction';
import { indicatorProblem, type IndicatorIssue } from './messages';
import { readExpertStatus } from './override';
import { indicatorReason } from './reason';
import { applyRule, chooseRule } from './rules';
import { notAssessed } from './rules/common';
import { cleanText } from './text';
import { trendOf } from './trend';
import type {
  Direction,
  IndicatorInput,
  IndicatorResult,
  Lang,
  MixedUnits,
  Parameters,
  Problem,
  RuleKind,
} from './types';
import { finiteOrNull, readValues } from './values';

const RULE_KINDS: ReadonlySet<unknown> = new Set<RuleKind>([
  'target',
  'trend',
  'comparison',
  'pace',
  'manual',
]);

function givenDirection(x: unknown): Direction | null {
  return x === 1 || x === -1 ? x : null;
}

function givenRule(x: unknown): RuleKind | null {
  return RULE_KINDS.has(x) ? (x as RuleKind) : null;
}

/**
 * The reader does not judge direction and rule words; the engine does, because
 * only it knows whether the rule needs a direction and what it fell back to.
 */
function reportWords(
  ind: IndicatorInput,
  rule: RuleKind,
  ruleGiven: boolean,
  d: Direction | null,
  report: (issue: IndicatorIssue) => void,
): void {
  const ruleWord = cleanText(ind.ruleText);
  if (!ruleGiven && ruleWord !== null) report({ code: 'unknown_rule', word: ruleWord, used: rule });
  if (givenDirection(ind.direction) !== null) return;
  const needed = rule !== 'manual';
  const directionWord = cleanText(ind.directionText);
  if (directionWord !== null) {
    report({ code: 'unknown_direction', word: directionWord, needed });
  } else if (d === null && needed) {
    report({ code: 'missing_direction' });
  }
}

const UNIT_FIELDS: ReadonlySet<unknown> = new Set([
  'actual',
  'previous',
  'baseline',
  'target',
  'comparison',
]);

/** The reader's finding of mixed percentage units (§7), if it is well formed. */
function mixedUnitsOf(ind: IndicatorInput): MixedUnits | null {
  const u = ind.mixedUnits;
  if (!u || typeof u !== 'object' || typeof u.cell !== 'string') return null;
  if (!UNIT_FIELDS.has(u.field) || !UNIT_FIELDS.has(u.markedField)) return null;
  if (finiteOrNull(u.value) === null || finiteOrNull(u.markedValue) === null) return null;
  return u;
}

export function assessIndicator(
  ind: IndicatorInput,
  params: Parameters,
  lang: Lang,
  problems: Problem[],
): IndicatorResult {
  const report = (issue: IndicatorIssue) => problems.push(indicatorProblem(issue, ind, lang));
  const v = readValues(ind);
  // §7: a direction word that is not recognised "leaves the direction
  // unknown"; only a direction not given at all is inferred from b and t (§2).
  const unrecognisedWord = givenDirection(ind.direction) === null && cleanText(ind.directionText);
  const d = unrecognisedWord ? null : resolveDirection(givenDirection(ind.direction), v.b, v.t);
  const ruleGiven = givenRule(ind.rule);
  const rule = chooseRule(ruleGiven, v);
  reportWords(ind, rule, ruleGiven !== null, d, report);

  // §7: with the units mixed, no rule but manual can compare the values.
  const mixed = mixedUnitsOf(ind);
  const outcome =
    mixed && rule !== 'manual'
      ? notAssessed({ kind: 'mixedUnits' })
      : applyRule(rule, { v, d, params, report });
  if (mixed && rule !== 'manual') report({ code: 'mixed_units', units: mixed });
  const expert = readExpertStatus(ind.expertStatus);
  if (expert.unrecognised) {
    report({ code: 'unknown_expert_status', word: cleanText(ind.expertStatus) ?? '' });
  } else if (rule === 'manual' && expert.status === null) {
    report({ code: 'needs_expert', ruleGiven: ruleGiven === 'manual' });
  }
  const overridden = expert.status !== null;
  const status = expert.status ?? outcome.status;
  const percent = ind.percent === true;
  return {
    sheet: ind.sheet,
    row: ind.row,
    name: ind.name,
    goal: cleanText(ind.goal),
    focusArea: cleanText(ind.focusArea),
    owner: cleanText(ind.owner),
    rule,
    status,
    computedStatus: outcome.status,
    overridden,
    trend: mixed ? null : trendOf(v.a, v.p, d, params.trendBand),
    fulfilment: outcome.fulfilment,
    paceRatio: outcome.paceRatio,
    period: cleanText(ind.actualPeriod),
    reason: indicatorReason({ rule, v, d, percent, outcome, status, overridden, params }, lang),
  };
}
