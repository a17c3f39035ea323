/**
 * §8: the problems the engine finds, as codes with their parameters. The
 * cell is carried by the Problem itself; codes are stable; src/text words them.
 */
import type { EngineProblemCode } from './problem-codes';
import type { RuleIssue, ValueField } from './rules/types';
import type {
  IndicatorField,
  IndicatorInput,
  MixedUnits,
  Problem,
  ProblemParams,
  RuleKind,
} from './types';

/** Problems about one indicator row that the engine finds itself (the reader reports the rest). */
export type IndicatorIssue =
  | RuleIssue
  | { code: 'missing_direction' }
  /** `needed`: the rule cannot do without a direction. */
  | { code: 'unknown_direction'; word: string; needed: boolean }
  | { code: 'unknown_rule'; word: string; used: RuleKind }
  | { code: 'needs_expert'; ruleGiven: boolean }
  | { code: 'unknown_expert_status'; word: string }
  | { code: 'mixed_units'; units: MixedUnits };

const MISSING_CODE: Record<ValueField, EngineProblemCode> = {
  actual: 'missing_actual',
  target: 'missing_target',
  previous: 'missing_previous',
  comparison: 'missing_comparison',
  baseline: 'missing_baseline',
  baselineYear: 'missing_baseline_year',
  targetYear: 'missing_target_year',
  actualYear: 'missing_actual_year',
};

function hasColumn(ind: IndicatorInput, field: IndicatorField): boolean {
  return typeof ind.cells[field] === 'string';
}

function issueParams(issue: IndicatorIssue, ind: IndicatorInput): ProblemParams {
  const name = typeof ind.name === 'string' ? ind.name : '';
  switch (issue.code) {
    case 'missing_value':
      return { name, hasColumn: hasColumn(ind, issue.field) };
    case 'missing_direction':
      return { name, hasColumn: hasColumn(ind, 'direction') };
    case 'unknown_direction':
      return { name, word: issue.word, needed: issue.needed };
    case 'unknown_rule':
      return { name, word: issue.word, rule: issue.used };
    case 'direction_contradiction':
      return { name, direction: issue.direction, stopsPace: issue.stopsPace };
    case 'pace_actual_year_order':
      return { name, year: issue.ya, baselineYear: issue.yb };
    case 'pace_target_year_order':
      return { name, year: issue.yt, baselineYear: issue.yb };
    case 'needs_expert':
      return { name, ruleGiven: issue.ruleGiven };
    case 'unknown_expert_status':
      return { name, word: issue.word };
    case 'mixed_units': {
      const { field, value, markedField, markedValue } = issue.units;
      return { name, field, value, markedField, markedValue };
    }
    case 'pace_nonpositive':
    case 'pace_not_computable':
      return { name };
  }
}

function issueCode(issue: IndicatorIssue): EngineProblemCode {
  return issue.code === 'missing_value' ? MISSING_CODE[issue.field] : issue.code;
}

/** The cell a problem points at (§8): the field's own cell where the table has it. */
function issueCell(issue: IndicatorIssue, ind: IndicatorInput): string {
  const c = ind.cells;
  switch (issue.code) {
    case 'missing_value':
      return c[issue.field] ?? c.indicator;
    case 'missing_direction':
    case 'unknown_direction':
      return c.direction ?? c.indicator;
    case 'direction_contradiction':
      return c.direction ?? c.target ?? c.indicator;
    case 'unknown_rule':
    case 'pace_nonpositive':
    case 'pace_not_computable':
      return c.rule ?? c.indicator;
    case 'pace_actual_year_order':
      return c.baselineYear ?? c.indicator;
    case 'pace_target_year_order':
      return c.targetYear ?? c.indicator;
    case 'needs_expert':
    case 'unknown_expert_status':
      return c.expert ?? c.indicator;
    case 'mixed_units':
      return issue.units.cell;
  }
}

export function indicatorProblem(issue: IndicatorIssue, ind: IndicatorInput): Problem {
  return {
    severity: 'warning',
    sheet: ind.sheet,
    cell: issueCell(issue, ind),
    code: issueCode(issue),
    params: issueParams(issue, ind),
  };
}

/** A row of the goal or activity table, for problems found while grouping (§5). */
export interface RowPlace {
  sheet: string;
  cell: string;
}

export function focusAreaConflict(
  place: RowPlace,
  goal: string,
  first: string,
  other: string,
): Problem {
  const params = { goal, firstFocusArea: first, otherFocusArea: other };
  return { severity: 'warning', ...place, code: 'focus_area_conflict', params };
}

export function unknownGoalExpertStatus(place: RowPlace, goal: string, word: string): Problem {
  return {
    severity: 'warning',
    ...place,
    code: 'unknown_goal_expert_status',
    params: { goal, word },
  };
}
