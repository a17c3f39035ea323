/** An exceljs workbook → the host-neutral snapshot. */
import type { Cell as ExcelCell, Workbook, Worksheet } from 'exceljs';
import { ValueType } from 'exceljs';
import type {
  Cell,
  CellValue,
  SheetData,
  TableData,
  WorkbookSnapshot,
} from '../../workbook/snapshot';
import { key, type EmptyTextResults } from './formula-results';
import { isProtected, mergeRanges, tableModels, tableRange } from './internals';
import { readNames } from './names';

/** `emptyText`: formula cells whose calculated value is empty text (see formula-results.ts). */
export function snapshotOf(
  wb: Workbook,
  emptyText: EmptyTextResults = new Map(),
): WorkbookSnapshot {
  return {
    sheets: wb.worksheets.map((ws) => sheetOf(ws, emptyText.get(ws.name))),
    names: readNames(wb),
  };
}

function sheetOf(ws: Worksheet, emptyText: Set<string> | undefined): SheetData {
  const rows = new Map<number, Cell[]>();
  ws.eachRow((row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell((excelCell, col) => {
      const cell = cellOf(excelCell);
      if (!cell) return;
      if (
        cell.formula !== undefined &&
        cell.value === null &&
        emptyText?.has(key(rowNumber, col))
      ) {
        cell.value = '';
      }
      cells[col] = cell;
    });
    if (cells.length > 0) rows.set(rowNumber, cells);
  });
  return {
    name: ws.name,
    rows,
    tables: tableModels(ws).map((t): TableData => ({
      name: t.name,
      range: tableRange(t),
      columns: t.columns.map((c) => c.name),
      headerRow: t.headerRow !== false,
      totalsRow: t.totalsRow === true,
    })),
    merges: mergeRanges(ws),
    protected: isProtected(ws),
  };
}

/** The cell as Excel last calculated it; null for the covered part of a merge. */
function cellOf(excelCell: ExcelCell): Cell | null {
  const type = excelCell.type;
  if (type === ValueType.Merge) return null;
  const cell: Cell =
    type === ValueType.Formula
      ? { value: plainValue(excelCell.result), formula: `=${excelCell.formula ?? ''}` }
      : { value: plainValue(excelCell.value) };
  const numFmt = excelCell.numFmt;
  if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
  return cell;
}

/** Rich text → its text, a hyperlink → the text it shows, an error → { error }. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: string }) => run.text ?? '').join('');
  }
  if ('text' in value) return plainValue(value.text);
  if ('result' in value) return plainValue(value.result);
  return null;
}
