/** Applies a write plan or a removal plan to an exceljs workbook, in the plan's order. */
import type { Workbook, Worksheet } from 'exceljs';
import type { RemovalPlan, WritePlan } from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';
import { clearRange, styleCell, writeLink, writeValue } from './cells';
import { deleteNames, replaceMarks } from './names';
import { deleteSheet, writeSheet } from './sheets';
import { deleteTableColumns, widenTable } from './tables';

export function applyPlan(wb: Workbook, plan: WritePlan): void {
  clearRanges(wb, plan.clear);
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  for (const widening of plan.tables) widenTable(wb, widening);
  for (const block of plan.values) {
    const ws = sheetNamed(wb, block.sheet);
    block.values.forEach((row, i) =>
      row.forEach((value, j) => writeValue(ws, block.top + i, block.left + j, value)),
    );
  }
  for (const run of plan.styles) {
    const ws = sheetNamed(wb, run.sheet);
    for (const range of run.ranges) {
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) styleCell(ws.getCell(r, c), run.style);
      }
    }
  }
  for (const link of plan.links) writeLink(sheetNamed(wb, link.sheet), link);
  for (const { sheet, col, width } of plan.columnWidths) {
    sheetNamed(wb, sheet).getColumn(col).width = width;
  }
  if (plan.marks) replaceMarks(wb, plan.marks);
}

export function applyRemoval(wb: Workbook, plan: RemovalPlan): void {
  clearRanges(wb, plan.clear);
  for (const sheet of plan.deleteSheets) deleteSheet(wb, sheet);
  for (const { sheet, table, columns } of plan.tableColumns) {
    deleteTableColumns(wb, sheet, table, columns);
  }
  deleteNames(wb, plan.marks);
}

/** A range on a sheet that is gone has nothing left to clear. */
function clearRanges(wb: Workbook, ranges: { sheet: string; range: CellRange }[]): void {
  for (const { sheet, range } of ranges) {
    const ws = wb.getWorksheet(sheet);
    if (ws) clearRange(ws, range);
  }
}

function sheetNamed(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`Sheet ${name} not found`);
  return ws;
}
