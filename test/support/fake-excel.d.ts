/** Types of fake-excel.js: an in-memory fake of the Office.js surface the adapter uses. */

/** A cell in the initial workbook: a value, or a value with its format (Dates become serials). */
export type FakeCellInput =
  | number
  | string
  | boolean
  | Date
  | null
  | { error: string }
  | {
      value: number | string | boolean | Date | { error: string } | null;
      numberFormat?: string;
      formula?: string;
    };

export interface FakeSheetInit {
  name: string;
  protected?: boolean;
  /** Rows of cells from `origin` (A1 by default). */
  rows?: FakeCellInput[][];
  origin?: string;
  /** Single cells by A1 address. */
  cells?: Record<string, FakeCellInput>;
  tables?: { name: string; range: string; showHeaders?: boolean; showTotals?: boolean }[];
  merges?: string[];
}

export type FakeCulture = 'sv-SE' | 'en-US';

export interface FakeWorkbookInit {
  sheets?: FakeSheetInit[];
  /** Workbook names; formula like "='Nämnd A'!$A$1:$B$2". */
  names?: { name: string; formula: string }[];
  /** Highest ExcelApi requirement set supported, e.g. "1.12"; "1.20" by default. */
  apiVersion?: string;
  /** Bytes a request or response may have; 5,000,000 (Excel on the web) by default. */
  payloadLimit?: number;
  /** The regional format typed text is read in; "en-US" by default. */
  culture?: FakeCulture;
  /** Workbook structure protection: no sheet can be added, renamed or deleted. */
  structureProtected?: boolean;
  /** A read-only workbook (or a view-only session): every change fails. */
  readOnly?: boolean;
}

export interface FakeOptions {
  /** Sets globalThis.Excel and globalThis.Office. */
  install?: boolean;
  apiVersion?: string;
  culture?: FakeCulture;
  structureProtected?: boolean;
  readOnly?: boolean;
  payloadLimit?: number;
  displayLanguage?: string;
}

export interface FakeCellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrapText?: boolean;
}

export interface FakeCell {
  /** Numbers, strings, booleans, { error }, or null when empty. */
  value: number | string | boolean | { error: string } | null;
  numberFormat: string;
  /** Set when a write made the cell a formula. */
  formula?: string;
  format: FakeCellFormat;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeSheetState {
  name: string;
  protected: boolean;
  /** row * 20000 + col → cell; use cell(sheet, a1) to look one up. */
  cells: Map<number, FakeCell>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Column number → width in points. */
  columnWidths: Map<number, number>;
  freezeRows: number;
}

export interface FakeStats {
  /** Round trips: syncs that carried at least one queued call. */
  syncs: number;
  /** Per sync, UTF-8 bytes of the JSON of what was queued and what was loaded. */
  requestBytes: number[];
  responseBytes: number[];
  /** The options of each Excel.run (null when none were given). */
  runs: (Excel.RunOptions | null)[];
  /** Calls and property sets by "Kind.member", e.g. "RangeFill.color", "Worksheet.getRanges". */
  calls: Record<string, number>;
}

export interface FakeExcel {
  Excel: { run: typeof Excel.run };
  Office: {
    context: {
      requirements: { isSetSupported(name: string, version?: string): boolean };
      displayLanguage: string;
    };
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{
      host: string;
      platform: string;
    }>;
  };
  state: {
    sheets: FakeSheetState[];
    names: { name: string; formula: string }[];
    activeSheet: FakeSheetState | null;
    selection: { sheet: string; address: string } | null;
    apiVersion: string;
    payloadLimit: number;
    structureProtected: boolean;
    readOnly: boolean;
  };
  stats: FakeStats;
  sheet(name: string): FakeSheetState | null;
  cell(sheet: string, a1: string): FakeCell | null;
  table(name: string): { name: string; sheet: string; address: string; columns: string[] } | null;
  names(): { name: string; formula: string }[];
  /** The charts on a sheet, ranges as "'Sheet'!A1:A5". */
  charts(sheet: string): FakeChart[];
  setApiVersion(version: string): void;
  resetStats(): void;
}

export function createFakeExcel(init?: FakeWorkbookInit, options?: FakeOptions): FakeExcel;

export interface FakeChart {
  name: string;
  /** As given to charts.add, e.g. "BarStacked". */
  type: string;
  title: string;
  legend: { visible: boolean; position: string };
  reversePlotOrder: boolean;
  /** "A20:C36", or null before setPosition. */
  position: string | null;
  series: { name: string; values: string | null; xValues: string | null; color: string | null }[];
}

/** What Excel in `culture` makes of a typed string: a number, date or truth value; null for text. */
export function typedIn(
  text: string,
  culture: FakeCulture,
): { value: unknown; numberFormat?: string } | null;
