/** What a rule (§3) needs and what it decides. */
import type { Direction, Parameters, Status } from '../types';
import type { Values } from '../values';

/** The values a rule can miss, named in problems and reasons. */
export type ValueField =
  | 'actual'
  | 'target'
  | 'previous'
  | 'comparison'
  | 'baseline'
  | 'baselineYear'
  | 'targetYear'
  | 'actualYear';

/** A problem a rule finds in an indicator row; messages.ts words it and picks its cell. */
export type RuleIssue =
  | { code: 'missing_value'; field: ValueField }
  | { code: 'direction_contradiction'; direction: Direction; stopsPace: boolean }
  | { code: 'pace_actual_year_order'; ya: number; yb: number }
  | { code: 'pace_target_year_order'; yt: number; yb: number }
  | { code: 'pace_nonpositive' }
  | { code: 'pace_not_computable' };

/** Why the computed status is not_assessed, for the reason sentence. */
export type Blocker =
  | { kind: 'missing'; fields: ValueField[]; direction: boolean }
  | { kind: 'contradiction' }
  | { kind: 'paceYears' }
  | { kind: 'paceNonPositive' }
  | { kind: 'paceNotComputable' }
  /** §7: percentage units mixed in the row. */
  | { kind: 'mixedUnits' }
  | { kind: 'manual' };

export interface RuleContext {
  v: Values;
  /** The resolved direction (§2), null when unknown. */
  d: Direction | null;
  params: Parameters;
  report: (issue: RuleIssue) => void;
}

export interface RuleOutcome {
  status: Status;
  /** `f` (måluppfyllelse), null where the rule has none. */
  fulfilment: number | null;
  /** `R` of the pace rule. */
  paceRatio: number | null;
  /** Set exactly when the status is not_assessed. */
  blocker: Blocker | null;
}
