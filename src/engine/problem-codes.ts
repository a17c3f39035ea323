/**
 * §8: every problem Målkoll raises, by code, and what its words need. The
 * engine, the reader, the plan and the pre-write check raise them; the
 * catalogues in src/text word them.
 */
import type { ParameterKey } from './parameters';
import type { Direction, RuleKind, UnitField } from './types';

/** Problems the engine finds in one indicator row or goal (§3, §5). */
export type EngineProblemCode =
  | 'missing_actual'
  | 'missing_target'
  | 'missing_previous'
  | 'missing_comparison'
  | 'missing_baseline'
  | 'missing_baseline_year'
  | 'missing_target_year'
  | 'missing_actual_year'
  | 'missing_direction'
  | 'unknown_direction'
  | 'unknown_rule'
  | 'direction_contradiction'
  | 'pace_actual_year_order'
  | 'pace_target_year_order'
  | 'pace_nonpositive'
  | 'pace_not_computable'
  | 'needs_expert'
  | 'unknown_expert_status'
  | 'unknown_goal_expert_status'
  | 'mixed_units'
  | 'focus_area_conflict';

/** Problems the reader finds in the cells (§7, §8). */
export type ReadProblemCode =
  | 'error_value'
  | 'unreadable_number'
  | 'date_in_number'
  | 'boolean_in_number'
  | 'unreadable_year'
  | 'invalid_weight'
  | 'duplicate_column'
  | 'invalid_parameter'
  | 'parameters_out_of_order'
  | 'uncalculated_formula';

/** §12: what a fetch from Kolada learned that the user must fix. */
export type KoladaProblemCode = 'unknown_kolada_kpi' | 'unknown_kolada_kommun';

/** Problems of writing: the plan's (§9) and the pre-write check's. */
export type WriteProblemCode =
  | 'no_room'
  | 'summary_renamed'
  | 'history_renamed'
  | 'sheet_protected'
  | 'workbook_structure_protected'
  | 'merged_cells';

export type ProblemCode =
  EngineProblemCode | ReadProblemCode | KoladaProblemCode | WriteProblemCode;

/**
 * The parameters of all codes in one shape; each code uses the few it needs.
 * Numbers stay numbers, so the catalogue writes them the language's way.
 */
export interface ProblemParams {
  /** A cell's text as written (cut when long). */
  text?: string;
  /** A cell's number, where the text quoted is a number. */
  value?: number;
  /** A header as written. */
  header?: string;
  /** Another cell, e.g. the column that is used instead or the cell in the way. */
  other?: string;
  /** A parameter of §6 and, for a pair, the other one. */
  key?: ParameterKey;
  otherKey?: ParameterKey;
  /** The indicator's name. */
  name?: string;
  /** A word that was not recognised (direction, rule, expert status). */
  word?: string;
  /** Does the table have a column for the field. */
  hasColumn?: boolean;
  /** unknown_direction: the rule cannot do without a direction. */
  needed?: boolean;
  /** unknown_rule: the rule used instead. */
  rule?: RuleKind;
  /** needs_expert: the rule Manual was written (else inferred). */
  ruleGiven?: boolean;
  /** direction_contradiction. */
  direction?: Direction;
  stopsPace?: boolean;
  /** pace_*_year_order: the later year (outcome or target) and the baseline year. */
  year?: number;
  baselineYear?: number;
  /** mixed_units: the unmarked value's field (its number is `value`) and a marked one. */
  field?: UnitField;
  markedField?: UnitField;
  /** As stored: 90 % is 0.9. */
  markedValue?: number;
  /** A goal, its first focus area and the other one on this row. */
  goal?: string;
  firstFocusArea?: string;
  otherFocusArea?: string;
  /** no_room: why there is no room and the columns needed; the summary sheet's name. */
  blocked?: 'occupied' | 'past_last_column';
  columns?: string;
  summary?: string;
  /** A sheet's name: the one written instead (summary_renamed), a protected one. */
  sheet?: string;
  /** merged_cells: the merged range, the Excel table, whether the whole sheet is left. */
  range?: string;
  table?: string;
  wholeSheet?: boolean;
}
