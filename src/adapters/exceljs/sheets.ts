/** Whole sheets: adding, rewriting in place, deleting, layout. */
import type { Workbook, Worksheet } from 'exceljs';
import { a1 } from '../../workbook/address';
import type { SheetPlan } from '../../workbook/plan/types';
import { orderOf, setOrder } from './internals';
import { deleteNamesOnSheet, renameSheetInNames } from './names';

/**
 * Adds the sheet at the end, or replaces the sheet it `replaces` with an empty
 * one of the new name in the same place.
 */
export function writeSheet(wb: Workbook, plan: SheetPlan): void {
  const old = plan.replaces === null ? undefined : wb.getWorksheet(plan.replaces);
  let ws: Worksheet;
  if (old) {
    const order = orderOf(old);
    wb.removeWorksheet(old.id);
    ws = wb.addWorksheet(plan.name);
    setOrder(ws, order);
    if (old.name !== plan.name) renameSheetInNames(wb, old.name, plan.name);
  } else {
    ws = wb.addWorksheet(plan.name);
  }
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.views =
    plan.freezeRows > 0
      ? [
          {
            state: 'frozen',
            xSplit: 0,
            ySplit: plan.freezeRows,
            topLeftCell: a1(plan.freezeRows + 1, 1),
          },
        ]
      : [];
}

export function deleteSheet(wb: Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (!ws) return;
  const position = wb.worksheets.indexOf(ws);
  wb.removeWorksheet(ws.id);
  deleteNamesOnSheet(wb, name, position);
  // The active tab must still be a sheet of the workbook.
  const last = wb.worksheets.length - 1;
  for (const view of wb.views ?? []) {
    if ((view.activeTab ?? 0) > last) view.activeTab = 0;
    if ((view.firstSheet ?? 0) > last) view.firstSheet = 0;
  }
}
