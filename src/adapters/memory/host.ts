/**
 * A workbook held in memory: the tests' double and the browser demo's
 * workbook. It carries out a plan as Excel would (values, per-cell styles,
 * links, tables, sheets, names, charts as planned) but keeps no layout:
 * column widths and frozen rows are not modelled.
 */
import { isMark } from '../../workbook/ownership';
import type {
  CellLink,
  ChartPlan,
  CellStyle,
  PlanValue,
  RemovalPlan,
  SheetPlan,
  TableWidening,
  WritePlan,
} from '../../workbook/plan/types';
import type { Cell, CellRange, SheetData, WorkbookSnapshot } from '../../workbook/snapshot';
import type { WorkbookHost } from '../host';
import { CellMap } from './cell-map';
import { copyName, copySnapshot } from './copy';

export class MemoryHost implements WorkbookHost {
  private readonly book: WorkbookSnapshot;
  private readonly styles = new CellMap<CellStyle>();
  private readonly links = new CellMap<CellLink>();
  /** Charts by sheet; like Excel's, they stay when cells are cleared and go with their sheet. */
  private charts: ChartPlan[] = [];

  constructor(snapshot: WorkbookSnapshot) {
    this.book = copySnapshot(snapshot);
  }

  async read(): Promise<WorkbookSnapshot> {
    return copySnapshot(this.book, true);
  }

  async apply(plan: WritePlan): Promise<void> {
    for (const { sheet, range } of plan.clear) this.clear(sheet, range);
    for (const sheet of plan.sheets) this.writeSheet(sheet);
    for (const widening of plan.tables) this.widenTable(widening);
    for (const block of plan.values) {
      block.values.forEach((row, i) =>
        row.forEach((v, j) => this.setValue(block.sheet, block.top + i, block.left + j, v)),
      );
    }
    for (const run of plan.styles) {
      for (const range of run.ranges) this.style(run.sheet, range, run.style);
    }
    for (const link of plan.links) {
      this.setValue(link.sheet, link.row, link.col, link.text);
      this.links.set(link.sheet, link.row, link.col, { ...link });
    }
    for (const chart of plan.charts ?? []) this.addChart(chart);
    if (plan.marks) {
      this.book.names = this.book.names.filter((n) => !isMark(n.name));
      this.book.names.push(...plan.marks.map(copyName));
    }
  }

  async remove(plan: RemovalPlan): Promise<void> {
    for (const { sheet, range } of plan.clear) this.clear(sheet, range);
    for (const name of plan.deleteSheets) this.deleteSheet(name);
    for (const { sheet, table, columns } of plan.tableColumns) {
      this.deleteTableColumns(sheet, table, columns);
    }
    const doomed = new Set(plan.marks.map((m) => m.toLowerCase()));
    this.book.names = this.book.names.filter((n) => !doomed.has(n.name.toLowerCase()));
  }

  /** The style apply() gave the cell, all runs merged; undefined when none. */
  styleAt(sheet: string, row: number, col: number): CellStyle | undefined {
    const style = this.styles.get(sheet, row, col);
    return style && { ...style };
  }

  linkAt(sheet: string, row: number, col: number): CellLink | undefined {
    const link = this.links.get(sheet, row, col);
    return link && { ...link };
  }

  /** The charts on a sheet, as planned. */
  chartsOn(sheet: string): ChartPlan[] {
    return this.charts.filter((c) => c.sheet === sheet).map((c) => copyChart(c));
  }

  /** A named chart replaces the sheet's chart of that name, as the Office.js host does. */
  private addChart(chart: ChartPlan): void {
    const same = (c: ChartPlan) => c.sheet === chart.sheet && !!chart.name && c.name === chart.name;
    this.charts = this.charts.filter((c) => !same(c));
    this.charts.push(copyChart(chart));
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  private sheet(name: string): SheetData {
    const sheet = this.book.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`Sheet ${name} not found`);
    return sheet;
  }

  /** The cell, created (empty) when it is not there yet. */
  private cell(sheet: string, row: number, col: number): Cell {
    const rows = this.sheet(sheet).rows;
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    return (cells[col] ??= { value: null });
  }

  private clear(sheet: string, range: CellRange): void {
    const data = this.book.sheets.find((s) => s.name === sheet);
    if (!data) return; // a range on a sheet that is gone has nothing left to clear
    for (const [row, cells] of data.rows) {
      if (row < range.top || row > range.bottom) continue;
      for (let col = range.left; col <= Math.min(range.right, cells.length - 1); col++) {
        delete cells[col];
      }
    }
    this.styles.deleteRange(sheet, range);
    this.links.deleteRange(sheet, range);
  }

  private writeSheet(plan: SheetPlan): void {
    const fresh: SheetData = {
      name: plan.name,
      rows: new Map(),
      tables: [],
      merges: [],
      protected: false,
    };
    const at = this.book.sheets.findIndex((s) => s.name === plan.replaces);
    if (plan.replaces === null || at < 0) {
      this.book.sheets.push(fresh);
      return;
    }
    this.book.sheets[at] = fresh;
    this.styles.deleteSheet(plan.replaces);
    this.links.deleteSheet(plan.replaces);
    if (plan.replaces !== plan.name) this.renameInNames(plan.replaces, plan.name);
    // The sheet keeps its charts, as Excel's does when Målkoll clears it and renames it.
    for (const c of this.charts) {
      if (c.sheet !== plan.replaces) continue;
      c.sheet = plan.name;
      c.categories.sheet = c.categories.sheet === plan.replaces ? plan.name : c.categories.sheet;
      for (const s of c.series) if (s.values.sheet === plan.replaces) s.values.sheet = plan.name;
    }
  }

  /** Names follow a renamed sheet, as in Excel. */
  private renameInNames(from: string, to: string): void {
    for (const n of this.book.names) if (n.sheet === from) n.sheet = to;
  }

  private widenTable(widening: TableWidening): void {
    const table = this.table(widening.sheet, widening.table);
    const oldRight = table.range.right;
    if (widening.right - oldRight !== widening.headers.length) {
      throw new Error(
        `Widening ${table.name} to column ${widening.right} needs one header a column`,
      );
    }
    table.columns.push(...widening.headers);
    table.range.right = widening.right;
    if (!table.headerRow) return;
    widening.headers.forEach((h, i) =>
      this.setValue(widening.sheet, table.range.top, oldRight + 1 + i, h),
    );
  }

  private table(sheet: string, name: string) {
    const table = this.sheet(sheet).tables.find((t) => t.name === name);
    if (!table) throw new Error(`Excel table ${name} not found on sheet ${sheet}`);
    return table;
  }

  /** A value replaces the cell's value, formula and link, and keeps its format. */
  private setValue(sheet: string, row: number, col: number, value: PlanValue): void {
    const cell = this.cell(sheet, row, col);
    cell.value = value;
    delete cell.formula;
    this.links.delete(sheet, row, col);
  }

  private style(sheet: string, range: CellRange, style: CellStyle): void {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        this.styles.set(sheet, row, col, { ...this.styles.get(sheet, row, col), ...style });
        if (style.numFmt) this.cell(sheet, row, col).numFmt = style.numFmt;
      }
    }
  }

  private deleteSheet(name: string): void {
    this.book.sheets = this.book.sheets.filter((s) => s.name !== name);
    this.charts = this.charts.filter((c) => c.sheet !== name);
    this.styles.deleteSheet(name);
    this.links.deleteSheet(name);
    this.book.names = this.book.names.filter((n) => n.sheet !== name);
  }

  /** Columns of the table right of a deleted one move left, as in Excel. */
  private deleteTableColumns(sheet: string, name: string, headers: string[]): void {
    const table = this.table(sheet, name);
    const { top, left, bottom, right } = table.range;
    const kept = table.columns.flatMap((c, i) => (headers.includes(c) ? [] : [i]));
    if (kept.length === table.columns.length || kept.length === 0) return;
    const rows = this.sheet(sheet).rows;
    for (let row = top; row <= bottom; row++) {
      const cells = rows.get(row) ?? [];
      kept.forEach((from, to) => {
        if (from === to) return;
        const moved = cells[left + from];
        if (moved) cells[left + to] = moved;
        else delete cells[left + to];
        this.styles.move(sheet, row, left + from, left + to);
        this.links.move(sheet, row, left + from, left + to);
      });
      for (let col = left + kept.length; col <= right; col++) delete cells[col];
      this.styles.deleteRange(sheet, { top: row, bottom: row, left: left + kept.length, right });
      this.links.deleteRange(sheet, { top: row, bottom: row, left: left + kept.length, right });
    }
    table.columns = kept.map((i) => table.columns[i]);
    table.range.right = left + kept.length - 1;
  }
}

/** A chart plan is plain data. */
function copyChart(chart: ChartPlan): ChartPlan {
  return JSON.parse(JSON.stringify(chart)) as ChartPlan;
}
