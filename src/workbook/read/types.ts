import type {
  ActivityInput,
  GoalInput,
  IndicatorInput,
  Parameters,
  Problem,
} from '../../engine/types';
import type { CellRange } from '../snapshot';

/** Where one indicator table was found, for the write plan (§9). */
export interface FoundTable {
  sheet: string;
  /** Set when it is an Excel table: the new columns then go inside it. */
  excelTable: string | null;
  /** The header row and the data rows down to the table's last row. */
  range: CellRange;
  /**
   * Columns of this table that Målkoll itself wrote on an earlier run (inside
   * an Excel table). They are not read, and the plan writes over them.
   */
  ownedColumns: CellRange | null;
  /** The rows (1-based) that hold an indicator, in order. */
  indicatorRows: number[];
}

/** A period column that the task pane can offer as "the period to assess". */
export interface PeriodColumn {
  /** Header text as written, e.g. "Utfall T2 2024". */
  label: string;
  year: number;
}

export interface ReadResult {
  indicators: IndicatorInput[];
  goals: GoalInput[];
  activities: ActivityInput[];
  /** From the Metod sheet, defaults where missing or not allowed. */
  parameters: Parameters;
  /** Does the workbook have a Metod sheet (else the plan creates one). */
  hasMethodSheet: boolean;
  tables: FoundTable[];
  /** Distinct period headers, left to right, first seen first. */
  periods: PeriodColumn[];
  /**
   * §10: the header of the period column, latest in §7's order, that holds a
   * number in some indicator row (after `until`'s cut), or null.
   */
  latestPeriod: string | null;
  /** Reading problems (§8); the engine adds its own. */
  problems: Problem[];
}

export interface ReadOptions {
  lang?: 'sv' | 'en';
  /**
   * Assess this period instead of the latest: a header text, compared by the
   * period it names ("Utfall 2022", "Actual 2022" and "2022" are one period).
   */
  period?: string | null;
  /**
   * §10: the rank (periods.ts) of the follow-up assessed: period columns of a
   * later period are ignored, as if they were empty. Absent: none ignored.
   */
  until?: number | null;
}
