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
  structureProtected: boolean;
  readOnly: boolean;
}

interface Geometry {
  used: Map<string, CellRange>;
  /** Estimated bytes a cell of the sheet adds to a read response. */
  bytesPerCell: Map<string, number>;
  merges: Map<string, CellRange[]>;
  tableRanges: string[];
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /**
   * Every workbook name that is an ownership mark, also those the snapshot
   * leaves out (a mark whose sheet was deleted refers to #REF!).
   */
  markNames: string[];
}

export async function readWorkbook(
  context: Excel.RequestContext,
  sync: Sync,
  support: HostSupport,
  maxBytes: number,
): Promise<ReadResult> {
  const structure = await readStructure(context, sync, support);
  const geometry = await readGeometry(structure, sync, support, maxBytes);
  const rows = await readCells(structure.sheets, geometry, sync, maxBytes);
  const snapshot: WorkbookSnapshot = {
    sheets: structure.sheets.map((sheet) => sheetData(sheet, structure, geometry, rows)),
    names: definedNames(structure.names),
  };
  if (structure.structureProtected) snapshot.structureProtected = true;
  if (structure.readOnly) snapshot.readOnly = true;
  const markNames = structure.names.map((n) => n.name).filter(isMark);
  return { snapshot, markNames };
}

/** Also whether the workbook can be changed, so that it is known before the first write. */
async function readStructure(
  context: Excel.RequestContext,
  sync: Sync,
  support: HostSupport,
): Promise<Structure> {
  const { workbook } = context;
  const protection = support.workbookProtection ? workbook.protection.load('protected') : null;
  if (support.readOnly) workbook.load('readOnly');
  const sheets = workbook.worksheets.load('items/name,items/position,items/protection/protected');
  const tables = workbook.tables.load(
    'items/name,items/showHeaders,items/showTotals,items/worksheet/name,items/columns/items/name',
  );
  const names = workbook.names.load('items/name,items/type,items/formula');
  await sync();
  const ordered = [...sheets.items].sort((a, b) => a.position - b.position);
  return {
    sheets: ordered,
    tables: tables.items,
    names: names.items,
    structureProtected: protection?.protected === true,
    readOnly: support.readOnly && workbook.readOnly === true,
  };
}

/**
 * Excel refuses to list more than 512 merged areas of a range and then fails
 * the whole sync. Each sheet's merges are asked for whole first (one sync
 * for everything, as most sheets have few); when that fails, the geometry is
 * read again without them and the merges in row bands (mergesInBands), so
 * that no count of merges leaves the pre-write check blind.
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
    const geometry = await queryGeometry(structure, sync, false, rows);
    geometry.merges = await mergesInBands(structure.sheets, geometry.used, sync);
    return geometry;
  }
}

const MAX_COLUMNS = 16_384;

/** Rows per band: a band fails only with more than one merged area per row on average. */
export const MERGE_BAND_ROWS = 500;

interface Band {
  sheet: Excel.Worksheet;
  range: CellRange;
}

/**
 * Each sheet's merged areas, asked for in bands of whole rows down to the
 * end of its used range. Excel lists a merged area in the band that holds its top-left cell
 * (office-js #3611), so every area is found once. Bands go together in as few
 * syncs as succeed: a failing sync is split in halves, and a failing single
 * band into halves of its rows (then of its columns).
 */
export async function mergesInBands(
  sheets: Excel.Worksheet[],
  used: Map<string, CellRange>,
  sync: Sync,
): Promise<Map<string, CellRange[]>> {
  const merges = new Map<string, CellRange[]>(sheets.map((s) => [s.name, []]));
  const bands: Band[] = [];
  for (const sheet of sheets) {
    const range = used.get(sheet.name);
    if (!range) continue;
    // Whole rows: a merged area beside a table, where the new columns go, holds no value.
    for (let top = 1; top <= range.bottom; top += MERGE_BAND_ROWS) {
      const bottom = Math.min(range.bottom, top + MERGE_BAND_ROWS - 1);
      bands.push({ sheet, range: { top, bottom, left: 1, right: MAX_COLUMNS } });
    }
  }
  await queryBands(bands, sync, merges);
  return merges;
}

async function queryBands(
  bands: Band[],
  sync: Sync,
  merges: Map<string, CellRange[]>,
): Promise<void> {
  if (bands.length === 0) return;
  const loaded = bands.map((band) =>
    band.sheet.getRange(rangeA1(band.range)).getMergedAreasOrNullObject().load('address'),
  );
  try {
    await sync();
  } catch (error) {
    const parts = bands.length > 1 ? halves(bands) : splitBand(bands[0]);
    if (!parts) throw error; // a single cell: not the count of merges
    for (const part of parts) await queryBands(part, sync, merges);
    return;
  }
  bands.forEach((band, i) => {
    if (!loaded[i].isNullObject)
      merges.get(band.sheet.name)!.push(...areaRanges(loaded[i].address));
  });
}

function halves<T>(items: T[]): [T[], T[]] {
  const half = Math.ceil(items.length / 2);
  return [items.slice(0, half), items.slice(half)];
}

function splitBand({ sheet, range }: Band): [Band[], Band[]] | null {
  const { top, bottom, left, right } = range;
  if (top < bottom) {
    const middle = Math.floor((top + bottom) / 2);
    return [
      [{ sheet, range: { ...range, bottom: middle } }],
      [{ sheet, range: { ...range, top: middle + 1 } }],
    ];
  }
  if (left < right) {
    const middle = Math.floor((left + right) / 2);
    return [
      [{ sheet, range: { ...range, right: middle } }],
      [{ sheet, range: { ...range, left: middle + 1 } }],
    ];
  }
  return null;
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
