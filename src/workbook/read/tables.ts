/**
 * §7: where the tables are. An Excel table, or a plain block of cells under
 * one header row: the contiguous non-empty cells of that row, down to the
 * last row with a value in those columns or to the next header row.
 */
import { MAX_ROWS } from '../address';
import type { CellRange } from '../snapshot';
import { cellText } from './cells';
import { validRange, type SheetGrid } from './grid';
import { classifyHeader, isAnchorHeader, type ColumnField, type HeaderClass } from './headers';

export type TableKind = 'indicator' | 'goal' | 'activity';

export interface HeaderCell {
  /** The column the header names (a merged header: its left column). */
  col: number;
  /** As written, trimmed. */
  text: string;
  cls: HeaderClass | null;
}

export interface LocatedTable {
  kind: TableKind;
  excelTable: string | null;
  headerRow: number;
  /** The user's columns (an Excel table's own added columns excluded). */
  left: number;
  right: number;
  /** The table's last row: an Excel table's last row, a block's last row with a value. */
  bottom: number;
  headers: HeaderCell[];
  /** The data rows that hold cells, ascending. */
  rows: number[];
  /** Målkoll's columns inside an Excel table, from an earlier run. */
  ownedColumns: CellRange | null;
}

/** Which kind of table a header row starts, if any. */
export function tableKind(headers: readonly HeaderCell[]): TableKind | null {
  const fields = new Set<ColumnField>();
  let hasPeriod = false;
  for (const h of headers) {
    if (h.cls?.kind === 'field') fields.add(h.cls.field);
    else if (h.cls?.kind === 'period') hasPeriod = true;
  }
  if (fields.has('indicator')) {
    return fields.has('actual') || hasPeriod ? 'indicator' : null;
  }
  if (fields.has('activity') && fields.has('goal') && fields.has('status')) return 'activity';
  if (fields.has('goal') && (fields.has('expert') || fields.has('comment'))) return 'goal';
  return null;
}

/** Every table on the sheet: its Excel tables first, then its plain blocks, top to bottom. */
export function locateTables(grid: SheetGrid): LocatedTable[] {
  const excel = excelTables(grid);
  return [...excel.located, ...plainBlocks(grid, excel.ranges)];
}

function excelTables(grid: SheetGrid): { located: LocatedTable[]; ranges: CellRange[] } {
  const located: LocatedTable[] = [];
  const ranges: CellRange[] = [];
  const tables = Array.isArray(grid.sheet.tables) ? grid.sheet.tables : [];
  for (const table of tables) {
    const range = validRange(table?.range);
    if (!range) continue;
    ranges.push(range);
    if (!table.headerRow) continue;
    const found = excelTableHeader(grid, range, Array.isArray(table.columns) ? table.columns : []);
    if (found) {
      const name = typeof table.name === 'string' ? table.name : '';
      const dataBottom = range.bottom - (table.totalsRow ? 1 : 0);
      found.excelTable = name;
      found.rows = grid.rowsBetween(range.top + 1, dataBottom);
      located.push(found);
    }
  }
  return { located, ranges };
}

function excelTableHeader(
  grid: SheetGrid,
  range: CellRange,
  columns: unknown[],
): LocatedTable | null {
  const headers: HeaderCell[] = [];
  const ownedCols: number[] = [];
  // The table's stored names are its truth only when there is one per column;
  // otherwise (a damaged file) the header row's cells say more.
  const named = columns.length === range.right - range.left + 1;
  for (let col = range.left; col <= range.right; col++) {
    if (grid.isOwned(range.top, col)) {
      ownedCols.push(col);
      continue;
    }
    const stored = named ? columns[col - range.left] : undefined;
    const text = typeof stored === 'string' ? stored.trim() : cellText(grid.cell(range.top, col));
    if (text) headers.push({ col, text, cls: classifyHeader(text) });
  }
  const kind = tableKind(headers);
  if (!kind) return null;
  const ownedColumns =
    ownedCols.length > 0
      ? {
          top: range.top,
          bottom: range.bottom,
          left: ownedCols[0],
          right: ownedCols[ownedCols.length - 1],
        }
      : null;
  const right =
    ownedColumns && ownedColumns.left > range.left ? ownedColumns.left - 1 : range.right;
  return {
    kind,
    excelTable: null,
    headerRow: range.top,
    left: range.left,
    right,
    bottom: range.bottom,
    headers,
    rows: [],
    ownedColumns,
  };
}

/** A merged cell, carrying its top-left value into every row it covers. */
interface Merge {
  range: CellRange;
  text: string;
  anchor: boolean;
}

/** A header row's cell or merged cell, spanning columns left to right. */
interface Segment {
  left: number;
  right: number;
  text: string;
}

interface HeaderRun {
  row: number;
  left: number;
  right: number;
  kind: TableKind;
  headers: HeaderCell[];
}

function plainBlocks(grid: SheetGrid, excelRanges: CellRange[]): LocatedTable[] {
  const runs = headerRuns(grid, excelRanges);
  const blocks: LocatedTable[] = [];
  runs.forEach((run, i) => {
    const limit = blockLimit(run, runs, i, excelRanges);
    const rows = grid
      .rowsBetween(run.row + 1, limit)
      .filter((row) => grid.hasValueIn(row, run.left, run.right));
    if (rows.length === 0) return; // a header with nothing under it (e.g. the upper row of two)
    blocks.push({
      kind: run.kind,
      excelTable: null,
      headerRow: run.row,
      left: run.left,
      right: run.right,
      bottom: rows[rows.length - 1],
      headers: run.headers,
      rows,
      ownedColumns: null,
    });
  });
  return blocks;
}

/** The last row a block may reach: before the next header row or Excel table over its columns. */
function blockLimit(
  run: HeaderRun,
  runs: HeaderRun[],
  i: number,
  excelRanges: CellRange[],
): number {
  let limit = MAX_ROWS;
  for (let j = i + 1; j < runs.length; j++) {
    const other = runs[j];
    if (other.row > run.row && overlaps(other, run)) {
      limit = other.row - 1;
      break;
    }
  }
  for (const range of excelRanges) {
    if (range.top > run.row && overlaps(range, run)) limit = Math.min(limit, range.top - 1);
  }
  return limit;
}

function overlaps(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return a.left <= b.right && b.left <= a.right;
}

/** The header rows of plain tables, top to bottom, left to right. */
function headerRuns(grid: SheetGrid, excelRanges: CellRange[]): HeaderRun[] {
  const merges = headerMerges(grid);
  const runs: HeaderRun[] = [];
  /** Lower rows of two-row headers, already read with the row above. */
  const lowerRows = new Set<number>();
  let next = 0;
  let active: Merge[] = [];
  let activeUntil = Infinity;
  for (const row of grid.rowNumbers) {
    while (next < merges.length && merges[next].range.top <= row) {
      const merge = merges[next++];
      active.push(merge);
      activeUntil = Math.min(activeUntil, merge.range.bottom);
    }
    if (row > activeUntil) {
      active = active.filter((m) => m.range.bottom >= row);
      activeUntil = active.reduce((min, m) => Math.min(min, m.range.bottom), Infinity);
    }
    if (lowerRows.has(row) || !mayStartTable(grid, row, active)) continue;
    const segments = rowSegments(grid, row, active, excelRanges);
    for (const run of contiguousRuns(segments)) {
      const headers = run.map((s) => ({ col: s.left, text: s.text, cls: classifyHeader(s.text) }));
      const kind = tableKind(headers);
      const [left, right] = [run[0].left, run[run.length - 1].right];
      // The merged cell above the periods need not be a header Målkoll knows ("Resultat").
      const lower = kind === 'indicator' || !kind ? lowerHeaderRow(grid, row + 1, run) : null;
      if (lower && tableKind(lower) === 'indicator') {
        lowerRows.add(row + 1);
        runs.push({ row: row + 1, left, right, kind: 'indicator', headers: lower });
      } else if (kind) runs.push({ row, left, right, kind, headers });
    }
  }
  return runs;
}

/**
 * §7: a header over two rows. Where a cell merged over several columns
 * ("Utfall") stands above cells that are period headers on their own
 * ("2022", "T2 2024"), the lower row is the header row: those are its period
 * columns, and the upper row's other cells name the other columns. Null
 * when the row below is no such row.
 */
function lowerHeaderRow(grid: SheetGrid, below: number, run: Segment[]): HeaderCell[] | null {
  const headers: HeaderCell[] = [];
  let twoRows = false;
  for (const segment of run) {
    const under: HeaderCell[] = [];
    for (let col = segment.left; segment.right > segment.left && col <= segment.right; col++) {
      const text = cellText(grid.cell(below, col));
      if (text) under.push({ col, text, cls: classifyHeader(text) });
    }
    const stepwise = yearsUnder(segment.text, under);
    if (under.length === 0) {
      headers.push({ col: segment.left, text: segment.text, cls: classifyHeader(segment.text) });
    } else if (stepwise) {
      headers.push(...stepwise);
      twoRows = true;
    } else if (under.every((h) => h.cls?.kind === 'period')) {
      headers.push(...under);
      twoRows = true;
    } else return null;
  }
  return twoRows ? headers : null;
}

/**
 * "Målvärde" merged over "2026" and "2030": target (or baseline) columns
 * with those years, "Målvärde 2026" and "Målvärde 2030", not period columns.
 */
function yearsUnder(text: string, under: HeaderCell[]): HeaderCell[] | null {
  const cls = classifyHeader(text);
  const field = cls?.kind === 'field' && cls.year === undefined ? cls.field : null;
  if ((field !== 'target' && field !== 'baseline') || under.length === 0) return null;
  if (!under.every((h) => /^\d{4}$/.test(h.text))) return null;
  return under.map((h) => {
    const combined = `${text} ${h.text}`;
    return { col: h.col, text: combined, cls: classifyHeader(combined) };
  });
}

/** Merged cells with a value, ordered by their top row. */
function headerMerges(grid: SheetGrid): Merge[] {
  const merges: Merge[] = [];
  for (const candidate of Array.isArray(grid.sheet.merges) ? grid.sheet.merges : []) {
    const range = validRange(candidate);
    if (!range || (range.top === range.bottom && range.left === range.right)) continue;
    const text = cellText(grid.cell(range.top, range.left));
    if (text) merges.push({ range, text, anchor: isAnchorHeader(text) });
  }
  return merges.sort((a, b) => a.range.top - b.range.top);
}

/** A cheap test that every header row passes: it has an indicator, goal or activity header. */
function mayStartTable(grid: SheetGrid, row: number, active: Merge[]): boolean {
  if (active.some((m) => m.anchor)) return true;
  let found = false;
  grid.forEachCell(row, (_col, cell) => {
    if (!found && typeof cell.value === 'string' && isAnchorHeader(cell.value)) found = true;
  });
  return found;
}

function rowSegments(
  grid: SheetGrid,
  row: number,
  active: Merge[],
  excelRanges: CellRange[],
): Segment[] {
  const inExcel = (col: number) =>
    excelRanges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  const segments: Segment[] = active
    .filter((m) => !inExcel(m.range.left))
    .map((m) => ({ left: m.range.left, right: m.range.right, text: m.text }));
  grid.forEachCell(row, (col, cell) => {
    if (inExcel(col) || active.some((m) => col >= m.range.left && col <= m.range.right)) return;
    const text = cellText(cell);
    if (text) segments.push({ left: col, right: col, text });
  });
  return segments.sort((a, b) => a.left - b.left);
}

/** Groups segments that touch into runs; a segment overlapping the previous one is dropped. */
function contiguousRuns(segments: Segment[]): Segment[][] {
  const runs: Segment[][] = [];
  let current: Segment[] = [];
  for (const segment of segments) {
    const last = current[current.length - 1];
    if (last && segment.left <= last.right) continue;
    if (last && segment.left !== last.right + 1) {
      runs.push(current);
      current = [];
    }
    current.push(segment);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
