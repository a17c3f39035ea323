/**
 * §9: the four columns beside (or inside) each indicator table: Bedömning,
 * Trend, Måluppfyllelse and Motivering.
 */
import { statusText, TREND_LOOK, trendText } from '../../engine/statuses';
import type { IndicatorResult } from '../../engine/types';
import { COLUMN_HEADERS, OWN_HEADER_SUFFIX } from '../labels';
import type { FoundTable } from '../read/types';
import type { CellRange, TableData } from '../snapshot';
import type { PlanContext } from './context';
import { noRoomProblem } from './messages';
import { checkRoom } from './room';
import { BOLD, PERCENT, statusStyle } from './styles';
import { cutText } from './text';
import type { PlanValue } from './types';

/** Widths in characters of Bedömning, Trend, Måluppfyllelse, Motivering. */
const COLUMN_WIDTHS = [28, 14, 16, 60] as const;

/** A region of four columns that this plan writes, for its ownership mark. */
export interface WrittenRegion {
  sheet: string;
  range: CellRange;
}

/**
 * Plans the columns of every table that has room and returns the regions
 * written; a table without room gets a problem instead (its results still
 * go to the summary).
 */
export function planColumns(
  ctx: PlanContext,
  tables: FoundTable[],
  results: IndicatorResult[],
  summaryName: string,
): WrittenRegion[] {
  const byRow = new Map(results.map((r) => [cellKey(r.sheet, r.row), r]));
  const written: WrittenRegion[] = [];
  const widths = new Set<string>();
  for (const table of tables) {
    const sheet = ctx.sheets.get(table.sheet);
    if (!sheet) continue;
    const area = columnsArea(table);
    const room = checkRoom(sheet, area, ctx.owned);
    if (room.kind !== 'free') {
      ctx.problems.push(noRoomProblem(table.sheet, table.range, area, room, summaryName));
      continue;
    }
    const excel = table.excelTable
      ? sheet.tables.find((t) => t.name === table.excelTable)
      : undefined;
    const headers = excel ? uniqueHeaders(excel, area, ctx) : [...COLUMN_HEADERS[ctx.lang]];
    if (table.excelTable && !covers(table.ownedColumns, area)) {
      ctx.plan.tables.push({
        sheet: table.sheet,
        table: table.excelTable,
        right: area.right,
        headers,
      });
    }
    const last = writeValues(ctx, table, area, headers, byRow);
    addWidths(ctx, table.sheet, area.left, widths);
    // The mark covers what was written, not the whole (possibly very long) block.
    written.push({ sheet: table.sheet, range: { ...area, bottom: last } });
  }
  return written;
}

/** Right of the table; inside an Excel table, where Målkoll's columns already stand. */
function columnsArea(table: FoundTable): CellRange {
  const left = table.ownedColumns?.left ?? table.range.right + 1;
  return { top: table.range.top, bottom: table.range.bottom, left, right: left + 3 };
}

function covers(owned: CellRange | null, area: CellRange): boolean {
  return !!owned && owned.left <= area.left && owned.right >= area.right;
}

/**
 * Header texts in one Excel table must be unique (case-insensitively), so a
 * header the user's own columns already have gets "(Målkoll)" added.
 */
function uniqueHeaders(excel: TableData, area: CellRange, ctx: PlanContext): string[] {
  const taken = new Set<string>();
  excel.columns.forEach((header, i) => {
    const col = excel.range.left + i;
    if (col < area.left || col > area.right) taken.add(fold(header));
  });
  return COLUMN_HEADERS[ctx.lang].map((header) => {
    let candidate = header;
    for (let n = 1; taken.has(fold(candidate)); n++) {
      candidate = `${header} (${OWN_HEADER_SUFFIX}${n === 1 ? '' : ` ${n}`})`;
    }
    taken.add(fold(candidate));
    return candidate;
  });
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Writes the header and one block per run of consecutive indicator rows.
 * Rows between them stay untouched: they are empty (the room check said so,
 * and plan.clear empties what Målkoll wrote before), and a plain block can
 * run far down a sheet, so writing nulls there would cost millions of cells.
 * Returns the last row written, for the ownership mark.
 */
function writeValues(
  ctx: PlanContext,
  table: FoundTable,
  area: CellRange,
  headers: string[],
  byRow: Map<string, IndicatorResult>,
): number {
  const { sheet } = table;
  ctx.plan.values.push({ sheet, top: area.top, left: area.left, values: [headers] });
  ctx.styles.range(sheet, BOLD, { ...area, bottom: area.top });
  let last = area.top;
  for (const run of indicatorRuns(table, area, byRow)) {
    const values = run.map((result) => indicatorValues(result, ctx));
    const top = run[0].row;
    ctx.plan.values.push({ sheet, top, left: area.left, values });
    run.forEach((result) => styleIndicator(ctx, sheet, area.left, result));
    const fulfilment = area.left + 2;
    last = top + run.length - 1;
    ctx.styles.range(sheet, PERCENT, { top, bottom: last, left: fulfilment, right: fulfilment });
  }
  return last;
}

/** The table's assessed rows inside the area, grouped in runs of consecutive rows. */
function indicatorRuns(
  table: FoundTable,
  area: CellRange,
  byRow: Map<string, IndicatorResult>,
): IndicatorResult[][] {
  const runs: IndicatorResult[][] = [];
  let run: IndicatorResult[] = [];
  for (const row of table.indicatorRows) {
    const result = byRow.get(cellKey(table.sheet, row));
    if (!result || row <= area.top || row > area.bottom) continue;
    if (run.length > 0 && run[run.length - 1].row !== row - 1) {
      runs.push(run);
      run = [];
    }
    run.push(result);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function styleIndicator(ctx: PlanContext, sheet: string, left: number, result: IndicatorResult) {
  ctx.styles.cell(sheet, statusStyle(result.status), result.row, left);
  if (result.trend) {
    ctx.styles.cell(sheet, statusStyle(TREND_LOOK[result.trend].status), result.row, left + 1);
  }
}

function indicatorValues(result: IndicatorResult, ctx: PlanContext): PlanValue[] {
  return [
    statusText(result.status, ctx.lang, result.overridden),
    result.trend ? trendText(result.trend, ctx.lang) : null,
    result.fulfilment,
    cutText(result.reason),
  ];
}

/** A column's width is set once, even where two tables share the column. */
function addWidths(ctx: PlanContext, sheet: string, left: number, done: Set<string>): void {
  COLUMN_WIDTHS.forEach((width, i) => {
    const key = cellKey(sheet, left + i);
    if (done.has(key)) return;
    done.add(key);
    ctx.plan.columnWidths.push({ sheet, col: left + i, width });
  });
}

/** A sheet and one number (a row, or a column) as a map key. */
function cellKey(sheet: string, n: number): string {
  return `${sheet}\u0000${n}`;
}
