/**
 * The parts of exceljs 4.4 that its type declarations leave out, typed in one
 * place: table models, merges, sheet protection and sheet order. Everything
 * else in this adapter goes through exceljs's declared API.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { parseRange } from '../../workbook/address';
import type { CellRange } from '../../workbook/snapshot';

export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
}

/**
 * A table's model. A table read from a file has `tableRef` (the whole table)
 * and `autoFilterRef`; one made with addTable() also has `ref` (its top-left
 * cell) and its rows.
 */
export interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: TableColumnModel[];
}

interface WorksheetInternals {
  orderNo: number;
  sheetProtection?: { sheet?: boolean } | null;
  _merges: Record<string, { model: CellRange }>;
}

function internals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

export function tableModels(ws: Worksheet): TableModel[] {
  return (ws.getTables() as unknown as { model: TableModel }[]).map((t) => t.model);
}

export function findTableModel(wb: Workbook, sheet: string, name: string): TableModel {
  const ws = wb.getWorksheet(sheet);
  const table = ws && tableModels(ws).find((t) => t.name === name);
  if (!table) throw new Error(`Excel table ${name} not found on sheet ${sheet}`);
  return table;
}

export function tableRange(table: TableModel): CellRange {
  const range = parseRange(table.tableRef);
  if (!range) throw new Error(`Excel table ${table.name} has no valid ref: ${table.tableRef}`);
  return range;
}

export function mergeRanges(ws: Worksheet): CellRange[] {
  return Object.values(internals(ws)._merges).map(({ model: { top, left, bottom, right } }) => ({
    top,
    left,
    bottom,
    right,
  }));
}

export function isProtected(ws: Worksheet): boolean {
  return internals(ws).sheetProtection?.sheet === true;
}

export function protect(ws: Worksheet): void {
  internals(ws).sheetProtection = { sheet: true };
}

export function orderOf(ws: Worksheet): number {
  return internals(ws).orderNo;
}

export function setOrder(ws: Worksheet, orderNo: number): void {
  internals(ws).orderNo = orderNo;
}
