/**
 * Excel tables, edited through their models. exceljs's table.addColumn()
 * fails on a table read from a file (such a table has no rows in its model),
 * so widening and narrowing set the table's ref, its autoFilter ref and its
 * column list directly; exceljs writes xl/tables/tableN.xml from those.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { parseRange, rangeA1 } from '../../workbook/address';
import type { TableWidening } from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';
import { clearCell, moveCell } from './cells';
import { findTableModel, tableModels, tableRange, type TableModel } from './internals';
import { attributes, unescapeXml, type Parts } from './parts';

export function widenTable(wb: Workbook, widening: TableWidening): void {
  const table = findTableModel(wb, widening.sheet, widening.table);
  const range = tableRange(table);
  if (widening.right - range.right !== widening.headers.length) {
    throw new Error(`Widening ${table.name} to column ${widening.right} needs one header a column`);
  }
  const filterButton = table.columns[table.columns.length - 1]?.filterButton;
  for (const name of widening.headers) table.columns.push({ name, filterButton });
  setRight(table, widening.right);
  if (table.headerRow === false) return;
  // Excel requires each header cell to hold its column's name.
  const ws = wb.getWorksheet(widening.sheet) as Worksheet;
  widening.headers.forEach((name, i) => {
    ws.getCell(range.top, range.right + 1 + i).value = name;
  });
}

/**
 * Deletes the named columns from the table. Columns of the table right of a
 * deleted one move left, as they do when Excel deletes a table column.
 */
export function deleteTableColumns(wb: Workbook, sheet: string, name: string, headers: string[]) {
  const table = findTableModel(wb, sheet, name);
  const range = tableRange(table);
  const kept = table.columns.flatMap((c, i) => (headers.includes(c.name) ? [] : [i]));
  if (kept.length === table.columns.length || kept.length === 0) return;
  const ws = wb.getWorksheet(sheet) as Worksheet;
  for (let row = range.top; row <= range.bottom; row++) {
    kept.forEach((from, to) => {
      if (from !== to) moveCell(ws, row, range.left + from, range.left + to);
    });
    for (let col = range.left + kept.length; col <= range.right; col++) {
      const cell = ws.findCell(row, col);
      if (cell) clearCell(cell);
    }
  }
  table.columns = kept.map((i) => table.columns[i]);
  setRight(table, range.left + kept.length - 1);
}

function setRight(table: TableModel, right: number): void {
  table.tableRef = rangeA1({ ...tableRange(table), right });
  const filter = table.autoFilterRef ? parseRange(table.autoFilterRef) : null;
  if (filter) table.autoFilterRef = rangeA1({ ...filter, right });
}

interface TablePart {
  name: string;
  headerRowCount: string | undefined;
  hasAutoFilter: boolean;
  hiddenButtons: Set<number>;
}

/**
 * Corrects what exceljs 4.4 misreads in tables from a file, which would
 * otherwise make Excel repair the file it writes: a missing headerRowCount
 * (the default, 1) is read as "no header row", and filter buttons without a
 * filterColumn element (the usual case) are written back hidden. The table
 * parts are read straight from the zip for that.
 */
export function repairLoadedTables(wb: Workbook, parts: Parts): void {
  const found = new Map<string, TablePart>();
  for (const name of parts.names) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const xml = parts.text(name);
    const part = xml ? parseTablePart(xml) : null;
    if (part) found.set(part.name, part);
  }
  for (const ws of wb.worksheets) {
    for (const table of tableModels(ws)) {
      const part = found.get(table.name);
      if (part) repairTable(table, part);
    }
  }
}

function repairTable(table: TableModel, part: TablePart): void {
  table.headerRow = part.headerRowCount !== '0';
  if (!table.headerRow) return; // a table without a header row has no filter buttons
  if (!table.autoFilterRef) table.autoFilterRef = rangeA1(withoutTotals(table));
  table.columns.forEach((column, i) => {
    column.filterButton = part.hasAutoFilter && !part.hiddenButtons.has(i);
  });
}

function withoutTotals(table: TableModel): CellRange {
  const range = tableRange(table);
  return table.totalsRow ? { ...range, bottom: range.bottom - 1 } : range;
}

function parseTablePart(xml: string): TablePart | null {
  const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
  const table = tag ? attributes(tag) : null;
  const name = table?.get('name');
  if (!table || !name) return null;
  const hiddenButtons = new Set<number>();
  for (const [column] of xml.matchAll(/<(?:\w+:)?filterColumn\b[^>]*>/g)) {
    const filter = attributes(column);
    const hidden = filter.get('hiddenButton');
    if (hidden === '1' || hidden === 'true') hiddenButtons.add(Number(filter.get('colId')));
  }
  return {
    name: unescapeXml(name),
    headerRowCount: table.get('headerRowCount'),
    hasAutoFilter: /<(?:\w+:)?autoFilter\b/.test(xml),
    hiddenButtons,
  };
}
