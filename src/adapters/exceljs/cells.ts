/** Cell writes: values, styles, links, clearing and moving. */
import type { Cell, CellValue as ExcelValue, Style, Worksheet } from 'exceljs';
import { ValueType } from 'exceljs';
import { quoteSheet } from '../../workbook/address';
import type { CellLink, CellStyle, PlanValue } from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';

/** Clears values and formats of the cells that exist in the range. */
export function clearRange(ws: Worksheet, range: CellRange): void {
  const bottom = Math.min(range.bottom, ws.rowCount);
  for (let r = range.top; r <= bottom; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = range.left; c <= range.right; c++) {
      const cell = row.findCell(c);
      if (cell) clearCell(cell);
    }
  }
}

export function clearCell(cell: Cell): void {
  // A merged cell's value is its master's, which may lie outside the range.
  if (cell.type !== ValueType.Merge) cell.value = null;
  cell.style = {};
}

/**
 * Strings go in as string values, so that exceljs writes them as text, never
 * as formulas, whatever they begin with (=, +, -, @).
 */
export function writeValue(ws: Worksheet, row: number, col: number, value: PlanValue): void {
  ws.getCell(row, col).value = value;
}

/**
 * Loaded cells share their style objects with every cell of the same style,
 * so a style is never changed in place: each cell gets new objects.
 */
export function styleCell(cell: Cell, style: CellStyle): void {
  const next: Partial<Style> = { ...cell.style };
  if (style.fill) {
    next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  }
  if (style.fontColor || style.bold !== undefined || style.italic !== undefined) {
    next.font = { ...next.font };
    if (style.fontColor) next.font.color = { argb: argb(style.fontColor) };
    if (style.bold !== undefined) next.font.bold = style.bold;
    if (style.italic !== undefined) next.font.italic = style.italic;
  }
  if (style.numFmt) next.numFmt = style.numFmt;
  if (style.wrap !== undefined) next.alignment = { ...next.alignment, wrapText: style.wrap };
  cell.style = next;
}

export function writeLink(ws: Worksheet, link: CellLink): void {
  ws.getCell(link.row, link.col).value = {
    text: link.text,
    hyperlink: `#${quoteSheet(link.targetSheet)}!${link.targetCell}`,
  };
}

/** Moves value and format from one cell of a row to another and clears the first. */
export function moveCell(ws: Worksheet, row: number, from: number, to: number): void {
  const source = ws.findCell(row, from);
  const target = ws.getCell(row, to);
  if (!source) {
    clearCell(target);
    return;
  }
  target.value = movableValue(source);
  target.style = { ...source.style };
  clearCell(source);
}

function movableValue(cell: Cell): ExcelValue {
  if (cell.type === ValueType.Merge) return null;
  // Read the formula and result apart: a shared formula is only valid at its own
  // address, and exceljs's formula value drops a result of 0.
  if (cell.type === ValueType.Formula) return { formula: cell.formula, result: cell.result };
  return cell.value;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
