/**
 * The write plan: a host-neutral description of every write of §9. Adapters
 * apply it in the order of the fields below and decide nothing.
 */
import type { CellRange } from '../snapshot';

/**
 * A literal cell value. Strings are always text, never formulas, whatever
 * they begin with: each adapter makes sure of that.
 */
export type PlanValue = string | number | null;

export interface CellStyle {
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Excel number format, e.g. "0 %". */
  numFmt?: string;
  wrap?: boolean;
}

/** A rectangle of values written at once, from (top, left). */
export interface ValueBlock {
  sheet: string;
  top: number;
  left: number;
  values: PlanValue[][];
}

/** One style applied to many ranges of one sheet (Office.js formats them together). */
export interface StyleRun {
  sheet: string;
  style: CellStyle;
  ranges: CellRange[];
}

/** An internal hyperlink: the cell shows `text` and jumps to target. */
export interface CellLink {
  sheet: string;
  row: number;
  col: number;
  text: string;
  targetSheet: string;
  /** A1 address in targetSheet. */
  targetCell: string;
}

/** A sheet Målkoll writes whole (the summary). */
export interface SheetPlan {
  name: string;
  /**
   * The name of the sheet Målkoll made on an earlier run and now rewrites
   * (cleared whole first, renamed if the name changed), or null to add it at
   * the end of the workbook.
   */
  replaces: string | null;
  columnWidths: number[];
  /** Rows frozen at the top (0 for none). */
  freezeRows: number;
}

/** An Excel table that must grow to the right to take the new columns in. */
export interface TableWidening {
  sheet: string;
  table: string;
  /** The new right-most column (1-based). */
  right: number;
  /** Header texts of the added columns, in order. */
  headers: string[];
}

/**
 * A chart Målkoll draws on one of its own sheets (§11: the status counts per
 * focus area on the summary). The data already stand in cells that the plan
 * writes; the chart only points at them. Stacked bars, one series per status.
 */
export interface ChartPlan {
  sheet: string;
  /**
   * The chart's own name, so that a host finds the chart of an earlier run and
   * replaces it (clearing a sheet's cells leaves its charts). Absent: unnamed.
   */
  name?: string;
  /** Where the chart lies, in cells (1-based, inclusive): top-left to bottom-right corner. */
  anchor: CellRange;
  title: string;
  /** The category labels (the focus areas): one column of cells. */
  categories: { sheet: string; range: CellRange };
  /** One series per status, in the order of the legend. */
  series: {
    /** The legend's text, e.g. "● Uppfyllt". */
    name: string;
    /** "#RRGGBB", the status fill of §1. */
    color: string;
    /** The values: one column of cells, as many as the categories. */
    values: { sheet: string; range: CellRange };
  }[];
}

export interface WritePlan {
  /** Ranges Målkoll wrote on an earlier run, cleared (values and formats) first. */
  clear: { sheet: string; range: CellRange }[];
  /** Sheets to add or rewrite (the summary; the Metod sheet when missing). */
  sheets: SheetPlan[];
  tables: TableWidening[];
  values: ValueBlock[];
  styles: StyleRun[];
  links: CellLink[];
  /** Column widths outside whole sheets (the four new columns), in characters. */
  columnWidths: { sheet: string; col: number; width: number }[];
  /** Charts on Målkoll's own sheets, drawn after the values they point at. Absent: none. */
  charts?: ChartPlan[];
  /**
   * The complete set of ownership marks after this run. Adapters delete every
   * existing mark (see ownership.ts) and add these. Absent: the marks are left
   * as they are (a plan that only saves parameters or inserts a template).
   */
  marks?: { name: string; sheet: string; range: CellRange }[];
}

/** Undoing Målkoll's writes ("Ta bort bedömning"). */
export interface RemovalPlan {
  clear: { sheet: string; range: CellRange }[];
  deleteSheets: string[];
  /** Table columns Målkoll added, by header text, to delete from the table. */
  tableColumns: { sheet: string; table: string; columns: string[] }[];
  /** Every mark is removed. */
  marks: string[];
}
