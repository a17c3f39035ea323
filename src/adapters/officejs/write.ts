/**
 * Queues a write plan on one request context, in the order of the plan's
 * fields, syncing only when the next piece would take the request over the
 * payload budget. Decides nothing: every write is the plan's.
 */
import { a1, absoluteRef, columnLetters, quoteSheet, rangeA1 } from '../../workbook/address';
import type {
  CellLink,
  CellStyle,
  PlanValue,
  SheetPlan,
  StyleRun,
  TableWidening,
  ValueBlock,
  WritePlan,
} from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';
import { bulkBytes, calls, jsonBytes, type RequestBudget } from './payload';
import type { HostSupport } from './support';
import { needsTextFormat } from './values';

/**
 * Excel refuses long multi-area addresses (reports put the limit near
 * 8,200 characters, depending on the areas); a quarter of that is safe.
 */
export const MAX_AREAS_ADDRESS = 2_000;

export interface Writer {
  context: Excel.RequestContext;
  budget: RequestBudget;
  support: HostSupport;
  maxBytes: number;
  /** Sheet proxies by the name the plan uses, so a renamed or new sheet is the same object. */
  sheets: Map<string, Excel.Worksheet>;
}

export function newWriter(
  context: Excel.RequestContext,
  budget: RequestBudget,
  support: HostSupport,
  maxBytes: number,
): Writer {
  return { context, budget, support, maxBytes, sheets: new Map() };
}

export async function queueWrites(w: Writer, plan: WritePlan): Promise<void> {
  for (const { sheet, range } of plan.clear) await clearRange(w, sheet, range);
  for (const sheet of plan.sheets) await queueSheet(w, sheet);
  for (const widening of plan.tables) await queueWidening(w, widening);
  for (const block of plan.values) await queueValues(w, block);
  for (const run of plan.styles) await queueStyle(w, run);
  for (const link of plan.links) await queueLink(w, link);
  for (const { sheet, col, width } of plan.columnWidths) {
    // The sheet, the column, its format, the width.
    await w.budget.reserve(calls(4));
    setColumnWidth(worksheet(w, sheet), col, width);
  }
  // Charts (plan.charts, §11) are queued here, after the values they point at:
  // charts.ts (h7-report) adds `for (const chart of plan.charts ?? []) await queueChart(w, chart);`.
}

/** Deletes the marks that exist and adds the plan's: a mark is a workbook name. */
export async function queueMarks(
  w: Writer,
  existing: readonly string[],
  marks: NonNullable<WritePlan['marks']>,
): Promise<void> {
  const names = w.context.workbook.names;
  for (const name of existing) {
    await w.budget.reserve(calls(2));
    names.getItem(name).delete();
  }
  for (const mark of marks) {
    const reference = `=${absoluteRef(mark.sheet, mark.range)}`;
    await w.budget.reserve(calls(2) + jsonBytes(mark.name) + jsonBytes(reference));
    names.add(mark.name, reference);
  }
}

export function worksheet(w: Writer, name: string): Excel.Worksheet {
  let sheet = w.sheets.get(name);
  if (!sheet) {
    sheet = w.context.workbook.worksheets.getItem(name);
    w.sheets.set(name, sheet);
  }
  return sheet;
}

export async function clearRange(w: Writer, sheet: string, range: CellRange): Promise<void> {
  await w.budget.reserve(calls(3));
  worksheet(w, sheet).getRange(rangeA1(range)).clear();
}

async function queueSheet(w: Writer, plan: SheetPlan): Promise<void> {
  // Add or find, clear, freeze panes (two), and three per column width.
  await w.budget.reserve(calls(6 + 3 * plan.columnWidths.length) + 2 * jsonBytes(plan.name));
  const sheets = w.context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (plan.replaces) {
    // Renamed before, outside the undo group (index.ts): Worksheet.name has no undo on Windows and Mac.
    if (plan.replaces !== plan.name) throw new Error(`«${plan.replaces}» must be renamed first`);
    sheet = sheets.getItem(plan.name);
    sheet.getRange().clear();
    sheet.freezePanes.unfreeze();
  } else {
    sheets.add(plan.name);
    // By name, not add()'s proxy: an object a method returned is invalid after its
    // sync (InvalidObjectPath), and the writes to this sheet may span many syncs.
    sheet = sheets.getItem(plan.name);
  }
  w.sheets.set(plan.name, sheet);
  plan.columnWidths.forEach((width, i) => setColumnWidth(sheet, i + 1, width));
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
}

async function queueWidening(w: Writer, widening: TableWidening): Promise<void> {
  const added = widening.headers.length;
  if (added === 0) return;
  await w.budget.reserve(calls(4 + 2 * added) + jsonBytes(widening));
  const table = w.context.workbook.tables.getItem(widening.table);
  if (w.support.tableResize) {
    table.resize(table.getRange().getResizedRange(0, added));
    return;
  }
  // Older Excel: one column at a time, at the right end of the table.
  for (const header of widening.headers) table.columns.add(undefined, undefined, header);
}

async function queueValues(w: Writer, block: ValueBlock): Promise<void> {
  for (const piece of splitRows(block.values, w.maxBytes / 2)) {
    const width = Math.max(1, ...piece.rows.map((r) => r.length));
    const values = piece.rows.map((row) => cellValues(row, width));
    const formats = textFormats(piece.rows, width);
    // The sheet, the range, its values, its number formats (each maybe sliced by Office.js).
    const bulk = bulkBytes(values.length, width);
    const formatBytes = formats ? jsonBytes(formats) + bulk : 0;
    await w.budget.reserve(calls(4) + piece.bytes + bulk + formatBytes);
    const top = block.top + piece.offset;
    const area = {
      top,
      left: block.left,
      bottom: top + values.length - 1,
      right: block.left + width - 1,
    };
    const range = worksheet(w, block.sheet).getRange(rangeA1(area));
    // The text format goes first, so that Excel keeps such strings as typed.
    if (formats) range.numberFormat = formats;
    range.values = values;
  }
}

/** null is an empty cell (""); a short row is padded with null, which Excel leaves alone. */
function cellValues(row: PlanValue[], width: number): (string | number | null)[] {
  const out: (string | number | null)[] = row.map((v) => v ?? '');
  while (out.length < width) out.push(null);
  return out;
}

/** "@" where a string would not stay text, null (left alone) elsewhere; null when none needs it. */
function textFormats(rows: PlanValue[][], width: number): (string | null)[][] | null {
  let any = false;
  const formats = rows.map((row) => {
    const line: (string | null)[] = new Array(width).fill(null);
    row.forEach((v, i) => {
      if (typeof v === 'string' && needsTextFormat(v)) {
        line[i] = '@';
        any = true;
      }
    });
    return line;
  });
  return any ? formats : null;
}

interface RowPiece<T> {
  offset: number;
  rows: T[][];
  bytes: number;
}

/** Consecutive rows whose JSON stays under maxBytes (a single longer row goes alone). */
export function splitRows<T>(rows: T[][], maxBytes: number): RowPiece<T>[] {
  const pieces: RowPiece<T>[] = [];
  let current: RowPiece<T> = { offset: 0, rows: [], bytes: 2 };
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (current.rows.length > 0 && current.bytes + bytes > maxBytes) {
      pieces.push(current);
      current = { offset: i, rows: [], bytes: 2 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  if (current.rows.length > 0) pieces.push(current);
  return pieces;
}

/**
 * One format call per group of ranges: worksheet.getRanges takes many
 * addresses at once (ExcelApi 1.9). Cheaper than setCellProperties, whose
 * request carries a format object for every cell of a bounding rectangle:
 * a status column of 5,000 rows is "E2:E5001" here and 5,000 objects there.
 * Number formats have no RangeAreas property, so they go range by range.
 */
async function queueStyle(w: Writer, run: StyleRun): Promise<void> {
  const sheet = worksheet(w, run.sheet);
  if (hasFormat(run.style)) {
    const limit = w.support.rangeAreas ? MAX_AREAS_ADDRESS : 0;
    for (const address of addressGroups(run.ranges, limit)) {
      // The ranges, their format, fill and font, and up to five properties.
      await w.budget.reserve(calls(9) + jsonBytes(address) + jsonBytes(run.style));
      const target = w.support.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
      setFormat(target.format, run.style);
    }
  }
  const numFmt = run.style.numFmt;
  if (!numFmt) return;
  for (const range of run.ranges) await queueNumberFormat(w, sheet, range, numFmt);
}

function hasFormat(style: CellStyle): boolean {
  const { fill, fontColor, bold, italic, wrap } = style;
  return [fill, fontColor, bold, italic, wrap].some((v) => v !== undefined);
}

function setFormat(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** Addresses joined by commas, each group at most `limit` characters; 0 means one range each. */
export function addressGroups(ranges: CellRange[], limit: number): string[] {
  const groups: string[] = [];
  let current = '';
  for (const range of ranges) {
    const address = rangeA1(range);
    if (current && (limit === 0 || current.length + 1 + address.length > limit)) {
      groups.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) groups.push(current);
  return groups;
}

async function queueNumberFormat(
  w: Writer,
  sheet: Excel.Worksheet,
  range: CellRange,
  numFmt: string,
): Promise<void> {
  const width = range.right - range.left + 1;
  const line = new Array<string>(width).fill(numFmt);
  const rows = Array.from({ length: range.bottom - range.top + 1 }, () => line);
  for (const piece of splitRows(rows, w.maxBytes / 2)) {
    await w.budget.reserve(calls(3) + piece.bytes + bulkBytes(piece.rows.length, width));
    const top = range.top + piece.offset;
    const area = { ...range, top, bottom: top + piece.rows.length - 1 };
    sheet.getRange(rangeA1(area)).numberFormat = piece.rows;
  }
}

async function queueLink(w: Writer, link: CellLink): Promise<void> {
  const hyperlink: Excel.RangeHyperlink = {
    documentReference: `${quoteSheet(link.targetSheet)}!${link.targetCell}`,
    textToDisplay: link.text,
  };
  await w.budget.reserve(calls(3) + jsonBytes(hyperlink));
  worksheet(w, link.sheet).getRange(a1(link.row, link.col)).hyperlink = hyperlink;
}

function setColumnWidth(sheet: Excel.Worksheet, col: number, width: number): void {
  if (!(width > 0)) return;
  const letters = columnLetters(col);
  sheet.getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(width);
}

/**
 * Column widths in the plan are in characters (as in exceljs and the file);
 * Office.js wants points. Excel's rule: a character of the default font is
 * 7 pixels, plus 5 pixels of padding; a pixel is 3/4 point at 96 dpi.
 * 8.43 characters (Excel's default) → 48 points.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
