/**
 * Builds WorkbookSnapshots by hand for tests:
 *
 *   workbook(
 *     sheet('Nämnd A', [
 *       ['Indikator', 'Mål', 'Utfall 2023'],
 *       ['Sjukfrånvaro', 'M1', cell(0.12, { numFmt: '0 %' })],
 *     ], { tables: [table('Tabell1', 'A1:C2')] }),
 *     definedName('Malkoll_Kolumner_1', 'Nämnd A', 'D1:G2'),
 *   )
 *
 * Rows are arrays of values (number, string, boolean, Date, err('#N/A'),
 * null/undefined for an empty cell) or cells made with cell().
 */
import { parseA1, parseRange } from '../../src/workbook/address';
import type {
  Cell,
  CellRange,
  CellValue,
  DefinedName,
  ErrorValue,
  SheetData,
  TableData,
  WorkbookSnapshot,
} from '../../src/workbook/snapshot';

/** What a row array may hold: a value, a cell(), or nothing. */
export type CellInput = CellValue | Cell | undefined;

export interface TableSpec {
  name: string;
  ref: string | CellRange;
  /** Default: the texts of the header row's cells. */
  columns?: string[];
  headerRow?: boolean;
  totalsRow?: boolean;
}

export interface SheetOptions {
  /** Where the first row's first cell goes (default "A1"). */
  at?: string;
  /** More blocks of rows elsewhere on the sheet. */
  blocks?: { at: string; rows: CellInput[][] }[];
  tables?: TableSpec[];
  /** Merged ranges, e.g. "A1:A2". */
  merges?: (string | CellRange)[];
  protected?: boolean;
}

/** A cell with a number format or a formula. */
export function cell(value: CellValue, extra: { numFmt?: string; formula?: string } = {}): Cell {
  return { value, ...extra };
}

/** An Excel error value, e.g. err('#DIV/0!'). */
export function err(error: string): ErrorValue {
  return { error };
}

export function table(
  name: string,
  ref: string | CellRange,
  extra: Partial<TableSpec> = {},
): TableSpec {
  return { name, ref, ...extra };
}

export function range(ref: string | CellRange): CellRange {
  if (typeof ref !== 'string') return ref;
  const parsed = parseRange(ref);
  if (!parsed) throw new Error(`Not a range: ${ref}`);
  return parsed;
}

export function sheet(
  name: string,
  rows: CellInput[][] = [],
  options: SheetOptions = {},
): SheetData {
  const data: SheetData = {
    name,
    rows: new Map(),
    tables: [],
    merges: (options.merges ?? []).map(range),
    protected: options.protected ?? false,
  };
  place(data, options.at ?? 'A1', rows);
  for (const block of options.blocks ?? []) place(data, block.at, block.rows);
  data.tables = (options.tables ?? []).map((spec) => tableData(data, spec));
  return data;
}

/** Sets one cell, e.g. setCell(s, 'D7', 'tolv'). */
export function setCell(data: SheetData, ref: string, input: CellInput): SheetData {
  const at = parseA1(ref);
  if (!at) throw new Error(`Not a cell: ${ref}`);
  putCell(data, at.row, at.col, input);
  return data;
}

export function definedName(name: string, sheetName: string, ref: string | CellRange): DefinedName {
  return { name, sheet: sheetName, range: range(ref) };
}

/** Sheets and defined names, in any order. */
export function workbook(...items: (SheetData | DefinedName)[]): WorkbookSnapshot {
  return {
    sheets: items.filter((i): i is SheetData => 'rows' in i),
    names: items.filter((i): i is DefinedName => !('rows' in i)),
  };
}

function place(data: SheetData, ref: string, rows: CellInput[][]): void {
  const start = parseA1(ref);
  if (!start) throw new Error(`Not a cell: ${ref}`);
  rows.forEach((values, r) =>
    values.forEach((input, c) => putCell(data, start.row + r, start.col + c, input)),
  );
}

function putCell(data: SheetData, row: number, col: number, input: CellInput): void {
  const value = toCell(input);
  if (!value) return;
  let cells = data.rows.get(row);
  if (!cells) {
    cells = [];
    data.rows.set(row, cells);
  }
  cells[col] = value;
}

function toCell(input: CellInput): Cell | null {
  if (input === undefined || input === null) return null;
  if (typeof input === 'object' && !(input instanceof Date) && 'value' in input) return input;
  return { value: input };
}

function tableData(data: SheetData, spec: TableSpec): TableData {
  const r = range(spec.ref);
  const headerCells = data.rows.get(r.top) ?? [];
  const columns =
    spec.columns ??
    Array.from({ length: r.right - r.left + 1 }, (_, i) => {
      const value = headerCells[r.left + i]?.value;
      return value === null || value === undefined ? `Kolumn${i + 1}` : String(value);
    });
  return {
    name: spec.name,
    range: r,
    columns,
    headerRow: spec.headerRow ?? true,
    totalsRow: spec.totalsRow ?? false,
  };
}
