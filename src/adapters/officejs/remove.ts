/**
 * Queues a removal plan ("Ta bort bedömning") on one request context; the
 * sheets are deleted apart (queueSheetDeletions), outside the undo group.
 *
 * Excel names a cleared table header "Column1", and deleting a table column
 * shifts the cells right of the table to the left, into the user's layout.
 * So Målkoll's columns at the right end of a table are first cut off the
 * table with table.resize (ExcelApi 1.13), which moves nothing, and cleared
 * after; only where that cannot be done are they deleted by header, and
 * then not cleared again. Knowing which case holds takes one sync.
 */
import type { RemovalPlan } from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';
import { calls, jsonBytes } from './payload';
import { addressRange } from './read';
import { clearRange, worksheet, type Writer } from './write';

interface TableLayout {
  table: Excel.Table;
  range: CellRange | null;
  columns: string[];
}

interface ColumnDeletion {
  table: Excel.Table;
  column: string;
  sheet: string;
  cells: CellRange | null;
}

export async function queueRemoval(w: Writer, plan: RemovalPlan): Promise<void> {
  const layouts = await tableLayouts(w, plan.tableColumns);
  const deletions: ColumnDeletion[] = [];
  for (const [i, { sheet, columns }] of plan.tableColumns.entries()) {
    const layout = layouts[i];
    if (!(await cutOff(w, layout, columns))) deletions.push(...columnCells(layout, sheet, columns));
  }
  for (const { sheet, range } of plan.clear) {
    const deleted = deletions.some((d) => d.sheet === sheet && d.cells && overlaps(d.cells, range));
    if (!deleted) await clearRange(w, sheet, range);
  }
  for (const { table, column } of deletions) {
    await w.budget.reserve(calls(3) + jsonBytes(column));
    table.columns.getItem(column).delete();
  }
  const names = w.context.workbook.names;
  for (const name of plan.marks) {
    await w.budget.reserve(calls(2) + jsonBytes(name));
    names.getItem(name).delete();
  }
}

/**
 * Deletes Målkoll's sheets. Never inside a merged undo group: Excel has no
 * undo for Worksheet.delete and raises UndoNotSupported there.
 */
export async function queueSheetDeletions(w: Writer, sheets: readonly string[]): Promise<void> {
  for (const sheet of sheets) {
    await w.budget.reserve(calls(2) + jsonBytes(sheet));
    worksheet(w, sheet).delete();
    w.sheets.delete(sheet);
  }
}

/** Where each table is and what its columns are called, all in one sync. */
async function tableLayouts(
  w: Writer,
  tables: RemovalPlan['tableColumns'],
): Promise<TableLayout[]> {
  if (tables.length === 0) return [];
  const loaded = [];
  for (const { table: name } of tables) {
    await w.budget.reserve(calls(5) + jsonBytes(name));
    const table = w.context.workbook.tables.getItem(name);
    loaded.push({
      table,
      range: table.getRange().load('address'),
      columns: table.columns.load('items/name'),
    });
  }
  await w.budget.flush();
  return loaded.map(({ table, range, columns }) => ({
    table,
    range: addressRange(range.address),
    columns: columns.items.map((c) => c.name),
  }));
}

/** Shrinks the table when the columns are its last ones; false when that cannot be done. */
async function cutOff(w: Writer, layout: TableLayout, columns: string[]): Promise<boolean> {
  const n = columns.length;
  const last = layout.columns.slice(-n).map(fold);
  const trailing =
    n > 0 && n < layout.columns.length && columns.every((c) => last.includes(fold(c)));
  if (!w.support.tableResize || !trailing) return false;
  await w.budget.reserve(calls(3));
  layout.table.resize(layout.table.getRange().getResizedRange(0, -n));
  return true;
}

function columnCells(layout: TableLayout, sheet: string, columns: string[]): ColumnDeletion[] {
  return columns.map((column) => {
    const i = layout.columns.findIndex((c) => fold(c) === fold(column));
    const range = layout.range;
    const cells =
      range && i >= 0 ? { ...range, left: range.left + i, right: range.left + i } : null;
    return { table: layout.table, column, sheet, cells };
  });
}

/** Table headers are unique regardless of case. */
function fold(text: string): string {
  return text.toLowerCase();
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
