/**
 * A new exceljs workbook from a snapshot: values, number formats, formulas
 * with their results, merges, Excel tables, protection and defined names.
 * For the example workbook and test fixtures.
 */
import { Workbook, type CellValue as ExcelValue, type Worksheet } from 'exceljs';
import { a1 } from '../../workbook/address';
import type { Cell, SheetData, TableData, WorkbookSnapshot } from '../../workbook/snapshot';
import { protect } from './internals';
import { addNames, keepNamesAsListed } from './names';

export function buildWorkbook(snapshot: WorkbookSnapshot): Workbook {
  const wb = new Workbook();
  keepNamesAsListed(wb);
  for (const sheet of snapshot.sheets) buildSheet(wb.addWorksheet(sheet.name), sheet);
  addNames(wb, snapshot.names);
  return wb;
}

function buildSheet(ws: Worksheet, sheet: SheetData): void {
  // Tables first: addTable() writes its header and rows into the cells,
  // which the snapshot's own cells then overwrite (totals row included).
  for (const table of sheet.tables) addTable(ws, table, sheet);
  for (const [row, cells] of sheet.rows) {
    cells.forEach((cell: Cell | undefined, col) => {
      if (!cell) return;
      const target = ws.getCell(row, col);
      target.value = excelValue(cell);
      if (cell.numFmt) target.style = { ...target.style, numFmt: cell.numFmt };
    });
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  if (sheet.protected) protect(ws);
}

function addTable(ws: Worksheet, table: TableData, sheet: SheetData): void {
  const { top, left, bottom, right } = table.range;
  const rows: ExcelValue[][] = [];
  const first = top + (table.headerRow ? 1 : 0);
  const last = bottom - (table.totalsRow ? 1 : 0);
  for (let r = first; r <= last; r++) {
    const cells = sheet.rows.get(r) ?? [];
    const row: ExcelValue[] = [];
    for (let c = left; c <= right; c++) row.push(cells[c] ? excelValue(cells[c]) : null);
    rows.push(row);
  }
  ws.addTable({
    name: table.name,
    ref: a1(top, left),
    headerRow: table.headerRow,
    totalsRow: table.totalsRow,
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function excelValue(cell: Cell): ExcelValue {
  const { value } = cell;
  const plain =
    value !== null && typeof value === 'object' && !(value instanceof Date)
      ? { error: value.error }
      : value;
  if (cell.formula === undefined) return plain as ExcelValue;
  return { formula: cell.formula.replace(/^=/, ''), result: plain ?? undefined } as ExcelValue;
}
