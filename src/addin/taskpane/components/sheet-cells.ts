/** The demo's sheet view, as plain data: which cells to show and how they read. */
import type { Lang } from '../../../engine';
import { a1, columnLetters } from '../../../workbook';
import { ownedIn } from '../../../workbook';
import type { CellStyle } from '../../../workbook';
import { classifyHeader } from '../../../workbook';
import { isPercentFormat } from '../../../workbook';
import type { Cell, SheetData, WorkbookSnapshot } from '../../../workbook';
import { fmt } from '../strings';

/** The view stays light however large a sheet is. */
export const MAX_VIEW_ROWS = 200;
export const MAX_VIEW_COLS = 40;

export interface ViewCell {
  address: string;
  text: string;
  style: CellStyle | undefined;
}

export interface SheetView {
  name: string;
  /** 1-based column numbers, in order, with their letters. */
  columns: { col: number; letter: string }[];
  rows: { row: number; cells: ViewCell[] }[];
  /** Some columns are left out to show the indicator beside Målkoll's columns. */
  compact: boolean;
}

export type StyleAt = (sheet: string, row: number, col: number) => CellStyle | null | undefined;

function decimals(numFmt: string): number {
  const match = /0\.(0+)/.exec(numFmt);
  return match ? match[1].length : 0;
}

/** What Excel would roughly show: percentages as "82 %", numbers in the language's style. */
export function displayText(
  cell: Cell | undefined,
  numFmt: string | undefined,
  lang: Lang,
): string {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (numFmt && isPercentFormat(numFmt)) return `${fmt(value * 100, lang, decimals(numFmt))} %`;
    return fmt(value, lang, 3);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}

function usedSize(sheet: SheetData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [row, cells] of sheet.rows) {
    cells.forEach((cell, col) => {
      if (cell && cell.value !== null && cell.value !== '') {
        rows = Math.max(rows, row);
        cols = Math.max(cols, col);
      }
    });
  }
  return { rows: Math.min(rows, MAX_VIEW_ROWS), cols: Math.min(cols, MAX_VIEW_COLS) };
}

/** Columns whose header names the indicator (§7), to stand beside Målkoll's columns. */
function indicatorColumns(sheet: SheetData): number[] {
  const found = new Set<number>();
  for (const cells of sheet.rows.values()) {
    cells.forEach((cell, col) => {
      if (typeof cell?.value !== 'string') return;
      const cls = classifyHeader(cell.value);
      if (cls?.kind === 'field' && cls.field === 'indicator') found.add(col);
    });
  }
  return [...found];
}

/** Columns that Målkoll wrote beside (or inside) the sheet's tables. */
export function ownedColumns(snapshot: WorkbookSnapshot, sheet: string): number[] {
  const cols = new Set<number>();
  for (const r of ownedIn(snapshot).ranges) {
    if (r.sheet !== sheet) continue;
    for (let c = r.range.left; c <= r.range.right; c++) cols.add(c);
  }
  return [...cols];
}

export function sheetView(
  snapshot: WorkbookSnapshot,
  sheet: SheetData,
  options: { compact: boolean; lang: Lang; styleAt: StyleAt },
): SheetView {
  const size = usedSize(sheet);
  const owned = ownedColumns(snapshot, sheet.name);
  const compact = options.compact && owned.length > 0;
  const all = Array.from({ length: size.cols }, (_, k) => k + 1);
  const keep = compact ? new Set([...indicatorColumns(sheet), ...owned]) : null;
  const cols = keep ? all.filter((c) => keep.has(c)) : all;
  const rows = Array.from({ length: size.rows }, (_, k) => k + 1).map((row) => ({
    row,
    cells: cols.map((col) => {
      const cell = sheet.rows.get(row)?.[col];
      const style = options.styleAt(sheet.name, row, col) ?? undefined;
      const numFmt = style?.numFmt ?? cell?.numFmt;
      return { address: a1(row, col), text: displayText(cell, numFmt, options.lang), style };
    }),
  }));
  return {
    name: sheet.name,
    columns: cols.map((col) => ({ col, letter: columnLetters(col) })),
    rows,
    compact,
  };
}
