/**
 * The types of the shared assessment method (../shared/method.md).
 * The engine is pure: no Office.js, no I/O, no UI. Everything it needs arrives
 * in these types and everything it decides leaves in them.
 */

export type Lang = 'sv' | 'en';

/** §1. `not_assessed` has no rank. */
export type Status = 'met' | 'partly_met' | 'not_met' | 'not_assessed';
export const STATUSES: readonly Status[] = ['met', 'partly_met', 'not_met', 'not_assessed'];

/** §3: the ambition level (ambitionsnivå) of an indicator. */
export type RuleKind = 'target' | 'trend' | 'comparison' | 'pace' | 'manual';

/** §4. */
export type TrendCode = 'improved' | 'unchanged' | 'worsened';

/** +1: higher is better (öka); −1: lower is better (minska). */
export type Direction = 1 | -1;

export type GoalRule = 'points' | 'worstTwo';

/** §6. Keys are the method's keys; Swedish names live in parameters.ts. */
export interface Parameters {
  partlyAt: number;
  trendBand: number;
  comparisonBand: number;
  paceOnTrack: number;
  paceModerate: number;
  goalRule: GoalRule;
  goalMetAt: number;
  goalPartlyAt: number;
  minCoverage: number;
}

export type Severity = 'error' | 'warning';

/** §8: every problem names one cell of one sheet. */
export interface Problem {
  severity: Severity;
  sheet: string;
  /** A1 style, e.g. "D7". */
  cell: string;
  /** Says what is wrong and what to do, in the requested language. */
  message: string;
  /** Stable machine code, e.g. "missing_actual"; not shown to users. */
  code: string;
}

/**
 * The fields of an indicator row that have a cell of their own (§7).
 * Used to point problems at the right cell.
 */
export type IndicatorField =
  | 'indicator'
  | 'goal'
  | 'focusArea'
  | 'owner'
  | 'direction'
  | 'rule'
  | 'baseline'
  | 'baselineYear'
  | 'target'
  | 'targetYear'
  | 'comparison'
  | 'previous'
  | 'actual'
  | 'actualYear'
  | 'expert'
  | 'comment'
  | 'weight';

/** One indicator row as read from the workbook (§2), values already parsed. */
export interface IndicatorInput {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  name: string;
  /** Trimmed cell text, or null when empty. */
  goal: string | null;
  focusArea: string | null;
  /** The Nämnd/Ansvarig cell, or the sheet's name where the table has no owner column. */
  owner: string | null;

  /** `a`, and the header text of the column that gave it (or the Utfallsår as text). */
  actual: number | null;
  actualPeriod: string | null;
  /** `ya`: Utfallsår where it holds a year, else the four-digit year of the period header. */
  actualYear: number | null;
  previous: number | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetYear: number | null;
  comparison: number | null;

  /** Parsed direction, or null when not given or not recognised. */
  direction: Direction | null;
  /** The direction cell's text when it held a word that is not recognised (for the warning). */
  directionText: string | null;
  /** Parsed rule word, or null to infer (§3). */
  rule: RuleKind | null;
  /** The rule cell's text when it held a word that is not recognised. */
  ruleText: string | null;

  /** Default 1; the reader has already warned about and replaced invalid weights. */
  weight: number;
  /** Raw text of the expert status cell (§3.6), recognised by the engine. */
  expertStatus: string | null;
  comment: string | null;
  /** The values are percentages (percent format or "%" in the text): reasons show "82 %". */
  percent: boolean;
  /**
   * §7 "Percentage units": one value marked as a percentage and another
   * unmarked with a magnitude above 1 ("88" beside "90 %"). Absent or null
   * when the units agree.
   */
  mixedUnits?: MixedUnits | null;

  /**
   * A1 address of each field's cell in this row, for the fields whose column the
   * table has. A problem about a field without a column points at `cells.indicator`.
   */
  cells: Partial<Record<IndicatorField, string>> & { indicator: string };
}

/** The values of a row whose percentage units are compared (§7). */
export type UnitField = 'actual' | 'previous' | 'baseline' | 'target' | 'comparison';

/** Mixed percentage units in one row: the unmarked value named, and a marked one. */
export interface MixedUnits {
  /** A1 of the left-most unmarked value with a magnitude above 1. */
  cell: string;
  field: UnitField;
  value: number;
  /** The left-most marked value, as stored (90 % is 0.9). */
  markedField: UnitField;
  markedValue: number;
}

/** A row of a goal table (§7): goal-level expert status and analysis. */
export interface GoalInput {
  sheet: string;
  row: number;
  goal: string;
  focusArea: string | null;
  expertStatus: string | null;
  analysis: string | null;
  cells: { goal: string; focusArea?: string; expert?: string; analysis?: string };
}

/** A row of an activity table (§7). */
export interface ActivityInput {
  sheet: string;
  row: number;
  goal: string;
  focusArea: string | null;
  activity: string;
  /** Raw status text: Genomförd, Pågående, Planerad, Ej påbörjad, Försenad, Inställd … */
  status: string | null;
  cells: { goal: string; focusArea?: string; status?: string; activity: string };
}

export interface AssessInput {
  indicators: IndicatorInput[];
  goals?: GoalInput[];
  activities?: ActivityInput[];
  parameters: Parameters;
}

export interface AssessOptions {
  lang?: Lang;
}

export interface Counts {
  met: number;
  partly_met: number;
  not_met: number;
  not_assessed: number;
}

export interface ActivityCounts {
  done: number;
  planned: number;
  other: number;
}

export interface IndicatorResult {
  sheet: string;
  row: number;
  name: string;
  goal: string | null;
  focusArea: string | null;
  owner: string | null;
  rule: RuleKind;
  status: Status;
  computedStatus: Status;
  overridden: boolean;
  trend: TrendCode | null;
  fulfilment: number | null;
  paceRatio: number | null;
  period: string | null;
  /** One sentence with the numbers and the rule, in the requested language. */
  reason: string;
}

export interface GoalResult {
  /** First spelling seen; "(Utan mål)" / "(No goal)" for rows without a goal. */
  name: string;
  focusArea: string;
  status: Status;
  computedStatus: Status;
  overridden: boolean;
  score: number | null;
  counts: Counts;
  activities: ActivityCounts;
  /** The sakkunnig's analysis from the goal table, if any. */
  analysis: string | null;
  /** One sentence, e.g. "3 av 4 indikatorer uppfyllda, 1 delvis." */
  reason: string;
}

export interface GroupResult {
  name: string;
  status: Status;
  score: number | null;
  counts: Counts;
}

export interface Assessment {
  parameters: Parameters;
  indicators: IndicatorResult[];
  goals: GoalResult[];
  focusAreas: GroupResult[];
  owners: GroupResult[];
  overall: { status: Status; score: number | null; counts: Counts };
  problems: Problem[];
}
