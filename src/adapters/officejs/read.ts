/**
 * Reading the workbook in a fixed number of syncs, whatever the number of
 * sheets and tables: (1) the collections of sheets, tables and names;
 * (2) each sheet's used range, merged areas and first rows (a sample that
 * sizes its cells), and each table's range, all of which need the objects
 * that (1) returned; (3…) the cells, in row chunks packed into as few syncs
 * as the payload budget allows. Office.js cannot call a method on the items
 * of a collection before a sync has returned them, so (1) and (2) cannot be one.
 */
import { columnLetters, parseRange, parseSheetRef, rangeA1 } from '../../workbook/address';
import { isMark } from '../../workbook/ownership';
import type {
  Cell,
  CellRange,
  DefinedName,
  SheetData,
  TableData,
  WorkbookSnapshot,
} from '../../workbook/snapshot';
import {
  bytesPerCell,
  jsonBytes,
  planReadChunks,
  SAMPLE_COLUMNS,
  sampleRows,
  type ReadChunk,
} from './payload';
import type { HostSupport } from './support';
import { toCell } from './values';

export type Sync = () => Promise<void>;

const CELL_PROPERTIES = 'values,numberFormat,valueTypes';

interface Structure {
  sheets: Excel.Worksheet[];
  tables: Excel.Table[];
  names: Excel.NamedItem[];
}

interface Geometry {
  used: Map<string, CellRange>;
  /** Estimated bytes a cell of the sheet adds to a read response. */
  bytesPerCell: Map<string, number>;
  merges: Map<string, CellRange[]>;
  tableRanges: string[];
}

export interface ExcelRead {
  snapshot: WorkbookSnapshot;
  /**
   * Every workbook name that is an ownership mark, also those the snapshot
   * leaves out (a mark whose sheet was deleted refers to #REF!).
   */
  markNames: string[];
}

export async function readExcelWorkbook(
  context: Excel.RequestContext,
  sync: Sync,
  support: HostSupport,
  maxBytes: number,
): Promise<ExcelRead> {
  const structure = await readStructure(context, sync);
  const geometry = await readGeometry(structure, sync, support, maxBytes);
  const rows = await readCells(structure.sheets, geometry, sync, maxBytes);
  const snapshot: WorkbookSnapshot = {
    sheets: structure.sheets.map((sheet) => sheetData(sheet, structure, geometry, rows)),
    names: definedNames(structure.names),
  };
  const markNames = structure.names.map((n) => n.name).filter(isMark);
  return { snapshot, markNames };
}

async function readStructure(context: Excel.RequestContext, sync: Sync): Promise<Structure> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name,items/position,items/protection/protected');
  const tables = workbook.tables.load(
    'items/name,items/showHeaders,items/showTotals,items/worksheet/name,items/columns/items/name',
  );
  const names = workbook.names.load('items/name,items/type,items/formula');
  await sync();
  const ordered = [...sheets.items].sort((a, b) => a.position - b.position);
  return { sheets: ordered, tables: tables.items, names: names.items };
}

/**
 * Excel refuses to list more than 512 merged areas of a range and then fails
 * the whole sync; the sheets are then read again without their merges
 * rather than not at all.
 */
async function readGeometry(
  structure: Structure,
  sync: Sync,
  support: HostSupport,
  maxBytes: number,
): Promise<Geometry> {
  const rows = sampleRows(structure.sheets.length, maxBytes);
  if (!support.mergedAreas) return queryGeometry(structure, sync, false, rows);
  try {
    return await queryGeometry(structure, sync, true, rows);
  } catch {
    return queryGeometry(structure, sync, false, rows);
  }
}

/**
 * Each sheet's used range and merged areas, each table's range, and a
 * sample of each sheet's first rows to estimate the size of its cells.
 */
async function queryGeometry(
  structure: Structure,
  sync: Sync,
  withMerges: boolean,
  sampled: number,
): Promise<Geometry> {
  const used = structure.sheets.map((s) => s.getUsedRangeOrNullObject(true).load('address'));
  const window = `A1:${columnLetters(SAMPLE_COLUMNS)}${sampled}`;
  const samples = structure.sheets.map((s) =>
    s.getRange(window).getUsedRangeOrNullObject(true).load(CELL_PROPERTIES),
  );
  const merged = withMerges
    ? structure.sheets.map((s) => s.getRange().getMergedAreasOrNullObject().load('address'))
    : [];
  const tableRanges = structure.tables.map((t) => t.getRange().load('address'));
  await sync();
  const geometry: Geometry = {
    used: new Map(),
    bytesPerCell: new Map(),
    merges: new Map(),
    tableRanges: tableRanges.map((r) => r.address),
  };
  structure.sheets.forEach((sheet, i) => {
    const range = used[i].isNullObject ? null : addressRange(used[i].address);
    if (range) geometry.used.set(sheet.name, range);
    geometry.bytesPerCell.set(sheet.name, sampleBytesPerCell(samples[i]));
    const areas = merged[i];
    geometry.merges.set(sheet.name, areas && !areas.isNullObject ? areaRanges(areas.address) : []);
  });
  return geometry;
}

function sampleBytesPerCell(sample: Excel.Range): number {
  if (sample.isNullObject) return bytesPerCell(0, 0);
  const { values, numberFormat, valueTypes } = sample;
  const cells = values.length * (values[0]?.length ?? 0);
  return bytesPerCell(jsonBytes({ values, numberFormat, valueTypes }), cells);
}

async function readCells(
  sheets: Excel.Worksheet[],
  geometry: Geometry,
  sync: Sync,
  maxBytes: number,
): Promise<Map<string, Map<number, Cell[]>>> {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const rows = new Map(sheets.map((s) => [s.name, new Map<number, Cell[]>()]));
  const wanted = [...geometry.used].map(([sheet, range]) => ({
    sheet,
    range,
    bytesPerCell: geometry.bytesPerCell.get(sheet) ?? bytesPerCell(0, 0),
  }));
  for (const chunks of planReadChunks(wanted, maxBytes)) {
    const loaded = chunks.map((chunk) => ({
      chunk,
      range: bySheet.get(chunk.sheet)!.getRange(rangeA1(chunk.range)).load(CELL_PROPERTIES),
    }));
    await sync();
    for (const { chunk, range } of loaded) addCells(rows.get(chunk.sheet)!, chunk, range);
  }
  return rows;
}

function addCells(rows: Map<number, Cell[]>, chunk: ReadChunk, range: Excel.Range): void {
  const { values, numberFormat, valueTypes } = range;
  values.forEach((line, i) => {
    const row = chunk.range.top + i;
    line.forEach((value, j) => {
      const cell = toCell(value, String(valueTypes[i][j]), numberFormat[i][j]);
      if (!cell) return;
      let cells = rows.get(row);
      if (!cells) rows.set(row, (cells = []));
      cells[chunk.range.left + j] = cell;
    });
  });
}

function sheetData(
  sheet: Excel.Worksheet,
  structure: Structure,
  geometry: Geometry,
  rows: Map<string, Map<number, Cell[]>>,
): SheetData {
  const tables: TableData[] = [];
  structure.tables.forEach((table, i) => {
    if (table.worksheet.name !== sheet.name) return;
    const range = addressRange(geometry.tableRanges[i]);
    if (!range) return;
    tables.push({
      name: table.name,
      range,
      columns: table.columns.items.map((c) => c.name),
      headerRow: table.showHeaders,
      totalsRow: table.showTotals,
    });
  });
  return {
    name: sheet.name,
    rows: rows.get(sheet.name) ?? new Map(),
    tables,
    merges: geometry.merges.get(sheet.name) ?? [],
    protected: sheet.protection.protected,
  };
}

/** Workbook names that refer to one rectangle of one sheet; formulas and constants are not marks. */
function definedNames(names: Excel.NamedItem[]): DefinedName[] {
  const out: DefinedName[] = [];
  for (const item of names) {
    if (String(item.type) !== 'Range' || typeof item.formula !== 'string') continue;
    if (splitAreas(item.formula).length !== 1) continue;
    const ref = parseSheetRef(item.formula);
    if (ref) out.push({ name: item.name, sheet: ref.sheet, range: ref.range });
  }
  return out;
}

/** "'Nämnd A'!A1:D9" → the range; the sheet part is the one asked about. */
export function addressRange(address: string): CellRange | null {
  return parseSheetRef(address)?.range ?? parseRange(address);
}

/** "Blad1!A1:B2, Blad1!D4" → each rectangle. */
function areaRanges(address: string): CellRange[] {
  return splitAreas(address)
    .map(addressRange)
    .filter((r): r is CellRange => r !== null);
}

/** Splits at the commas between areas, not those inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}
