/**
 * A host-neutral picture of a workbook: what every adapter (Office.js, exceljs,
 * memory) reads into, and what the reader reads from. Plain data, no methods,
 * so that it crosses the Office.js boundary and serialises for tests.
 */

/** An Excel error value such as "#N/A" or "#DIV/0!". */
export interface ErrorValue {
  error: string;
}

/**
 * A cell's value as Excel last calculated it. Dates are Date objects (the
 * Office.js adapter turns serial numbers in date formats into Dates).
 */
export type CellValue = number | string | boolean | Date | ErrorValue | null;

export interface Cell {
  value: CellValue;
  /** Excel number format, e.g. "0 %" or "General". */
  numFmt?: string;
  /**
   * Present when the cell holds a formula; `value` is then its last result,
   * and null when no program has calculated it (a file written by a script).
   * A result of empty text is "", not null.
   */
  formula?: string;
}

/** 1-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject). Its range includes the header row. */
export interface TableData {
  name: string;
  range: CellRange;
  /** Header texts in order, as the table stores them. */
  columns: string[];
  /** Tables without a header row cannot be indicator tables. */
  headerRow: boolean;
  totalsRow: boolean;
}

export interface SheetData {
  name: string;
  /**
   * Row number (1-based) → cells of that row indexed by 1-based column.
   * Sparse: missing rows and holes are empty cells.
   */
  rows: Map<number, Cell[]>;
  tables: TableData[];
  merges: CellRange[];
  /** Sheet protection is on: nothing can be written there. */
  protected: boolean;
}

/** A workbook-level defined name that refers to a range. */
export interface DefinedName {
  name: string;
  sheet: string;
  range: CellRange;
}

export interface WorkbookSnapshot {
  sheets: SheetData[];
  names: DefinedName[];
}
