/**
 * Whole-workbook comparisons for the invariants: every cell of a saved .xlsx
 * with its value, formula, style and link (read with exceljs itself, not
 * through the adapter under test), and the cells of a MemoryHost.
 */
import fs from 'node:fs';
import { Workbook, type Cell as ExcelCell } from 'exceljs';
import JSZip from 'jszip';
import type { MemoryHost } from '../../src/adapters/memory';
import { a1 } from '../../src/workbook/address';
import { isOwnedCell, type Owned } from '../../src/workbook/ownership';
import type { WritePlan } from '../../src/workbook/plan/types';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';

/**
 * "Sheet!A1" → everything about the cell, as JSON; "Sheet!#tables" and
 * "Sheet!#layout" (merges, frozen panes, hidden rows, autofilter) and
 * "Sheet!#colN" (column widths) for each sheet; "!names" for the defined names.
 */
export type Dump = Map<string, string>;

const TABLES = '#tables';
const LAYOUT = '#layout';
/** "Sheet!#col3": the width of column C. */
const COLUMN = '#col';

export async function dumpXlsx(file: string): Promise<Dump> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const dump: Dump = new Map();
  wb.eachSheet((ws) => {
    const tables = ws.getTables().map((t) => {
      const { name, tableRef, columns } = (t as unknown as { model: TableModel }).model;
      return { name, tableRef, columns: columns.map((c) => c.name) };
    });
    const merges = Object.keys((ws as unknown as { _merges: object })._merges).sort();
    const hidden: number[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (row.hidden) hidden.push(row.number);
      row.eachCell({ includeEmpty: true }, (cell) => {
        // An empty cell without a format is no cell: rows only grow when Målkoll writes beside them.
        if (cell.value === null && Object.keys(cell.style ?? {}).length === 0) return;
        dump.set(`${ws.name}!${cell.address}`, describeCell(cell));
      });
    });
    (ws.columns ?? []).forEach((column, i) => {
      if (column.width !== undefined)
        dump.set(`${ws.name}!${COLUMN}${i + 1}`, String(column.width));
    });
    dump.set(`${ws.name}!${TABLES}`, JSON.stringify(tables));
    const layout = { merges, views: ws.views, hidden, autoFilter: ws.autoFilter ?? null };
    dump.set(`${ws.name}!${LAYOUT}`, JSON.stringify(layout));
  });
  dump.set('!names', JSON.stringify(wb.definedNames.model));
  return dump;
}

interface TableModel {
  name: string;
  tableRef: string;
  columns: { name: string }[];
}

function describeCell(cell: ExcelCell): string {
  const { type, formula, style } = cell;
  const value = type === 6 ? cell.result : cell.value; // 6: ValueType.Formula
  return JSON.stringify({ type, value, formula, style, link: cell.hyperlink });
}

/** The cells of a memory workbook, with the style and link apply() gave each. */
export function dumpMemory(host: MemoryHost, book: WorkbookSnapshot, plans: WritePlan[]): Dump {
  const dump: Dump = new Map();
  const places = new Map<string, [string, number, number]>();
  const add = (sheet: string, row: number, col: number) =>
    places.set(`${sheet}!${a1(row, col)}`, [sheet, row, col]);
  for (const sheet of book.sheets) {
    dump.set(`${sheet.name}!${TABLES}`, JSON.stringify(sheet.tables));
    dump.set(`${sheet.name}!${LAYOUT}`, JSON.stringify(sheet.merges));
    for (const [row, cells] of sheet.rows)
      cells.forEach((c, col) => c && add(sheet.name, row, col));
  }
  // Styled cells without a value are not in the snapshot: every range a plan styled is looked at.
  for (const run of plans.flatMap((p) => p.styles)) {
    for (const r of run.ranges) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) add(run.sheet, row, col);
      }
    }
  }
  for (const [key, [sheet, row, col]] of places) {
    const cell = book.sheets.find((s) => s.name === sheet)?.rows.get(row)?.[col];
    const style = host.styleAt(sheet, row, col);
    const link = host.linkAt(sheet, row, col);
    if (cell || style || link) dump.set(key, JSON.stringify({ cell, style, link }));
  }
  dump.set('!names', JSON.stringify(book.names));
  return dump;
}

/** Keys whose entries differ, after `normalise` is applied to the second dump's entries. */
export function differences(
  a: Dump,
  b: Dump,
  normalise: (s: string) => string = (s) => s,
): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => {
    const right = b.get(k);
    return a.get(k) !== (right === undefined ? undefined : normalise(right));
  });
}

/**
 * Cells and layout of the user's sheets (those of `before`) that differ after
 * a run, leaving out what Målkoll marked as its own. Tables may only grow
 * into Målkoll's columns: the caller checks them.
 */
export function changedUserCells(before: Dump, after: Dump, owned: Owned): string[] {
  const userSheets = new Set([...before.keys()].map((k) => k.slice(0, k.lastIndexOf('!'))));
  return differences(before, after).filter((key) => {
    const at = key.lastIndexOf('!');
    const sheet = key.slice(0, at);
    const ref = key.slice(at + 1);
    if (!userSheets.has(sheet) || sheet === '' || ref === TABLES) return false;
    if (ref.startsWith(COLUMN)) return !ownsColumn(owned, sheet, Number(ref.slice(COLUMN.length)));
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) return true;
    return !isOwnedCell(owned, sheet, Number(m[2]), columnNumber(m[1]));
  });
}

/** Målkoll sets the widths of its own columns. */
function ownsColumn(owned: Owned, sheet: string, col: number): boolean {
  return (
    owned.sheets.includes(sheet) ||
    owned.ranges.some((r) => r.sheet === sheet && r.range.left <= col && col <= r.range.right)
  );
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Sheet name → number of <f> elements in its XML, read from the zip without exceljs. */
export async function formulaCounts(file: string): Promise<Map<string, number>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const rels = await text('xl/_rels/workbook.xml.rels');
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  const counts = new Map<string, number>();
  const workbook = await text('xl/workbook.xml');
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = (targets.get(m[2]) ?? '').replace(/^\/?(xl\/)?/, '');
    const xml = await text(`xl/${target}`);
    counts.set(unescapeXml(m[1]), (xml.match(/<f[ >/]/g) ?? []).length);
  }
  return counts;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
