/** Small builders for plan tests: literal sheets, hand-made read results and assessments. */
import type {
  Assessment,
  Counts,
  GoalResult,
  IndicatorResult,
  Problem,
} from '../../../src/engine/types';
import { DEFAULT_PARAMETERS } from '../../../src/engine/parameters';
import type { FoundTable, ReadResult } from '../../../src/workbook/read/types';
import type {
  CellRange,
  CellValue,
  DefinedName,
  SheetData,
  TableData,
  WorkbookSnapshot,
} from '../../../src/workbook/snapshot';
import type { CellStyle, PlanValue, WritePlan } from '../../../src/workbook/plan/types';

/** A sheet whose grid starts at A1 (or at `at`); null is an empty cell. */
export function sheet(
  name: string,
  grid: CellValue[][],
  extra: Partial<Omit<SheetData, 'name' | 'rows'>> & { at?: { row: number; col: number } } = {},
): SheetData {
  const { at = { row: 1, col: 1 }, ...rest } = extra;
  const data: SheetData = {
    name,
    rows: new Map(),
    tables: [],
    merges: [],
    protected: false,
    ...rest,
  };
  grid.forEach((values, r) => {
    values.forEach((value, c) => setCell(data, at.row + r, at.col + c, value));
  });
  return data;
}

export function setCell(data: SheetData, row: number, col: number, value: CellValue): void {
  if (value === null) return;
  const cells = data.rows.get(row) ?? [];
  cells[col] = { value };
  data.rows.set(row, cells);
}

export function workbook(sheets: SheetData[], names: DefinedName[] = []): WorkbookSnapshot {
  return { sheets, names };
}

export function range(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}

export function excelTable(name: string, r: CellRange, columns: string[]): TableData {
  return { name, range: r, columns, headerRow: true, totalsRow: false };
}

export function found(
  sheetName: string,
  r: CellRange,
  indicatorRows: number[],
  extra: Partial<FoundTable> = {},
): FoundTable {
  return {
    sheet: sheetName,
    excelTable: null,
    range: r,
    ownedColumns: null,
    indicatorRows,
    ...extra,
  };
}

export const ZERO: Counts = { met: 0, partly_met: 0, not_met: 0, not_assessed: 0 };

export function result(
  sheetName: string,
  row: number,
  extra: Partial<IndicatorResult> = {},
): IndicatorResult {
  return {
    sheet: sheetName,
    row,
    name: `Indikator ${row}`,
    goal: 'Mål 1',
    focusArea: 'Område A',
    owner: 'Nämnd A',
    rule: 'target',
    status: 'met',
    computedStatus: 'met',
    overridden: false,
    trend: null,
    fulfilment: 1,
    paceRatio: null,
    period: 'Utfall 2024',
    reason: `Skäl för rad ${row}.`,
    ...extra,
  };
}

export function goal(name: string, extra: Partial<GoalResult> = {}): GoalResult {
  return {
    name,
    focusArea: 'Område A',
    status: 'met',
    computedStatus: 'met',
    overridden: false,
    score: 1,
    counts: { ...ZERO, met: 1 },
    activities: { done: 0, planned: 0, other: 0 },
    analysis: null,
    reason: 'Alla indikatorer uppfyllda.',
    ...extra,
  };
}

export function assessmentOf(
  indicators: IndicatorResult[],
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    parameters: { ...DEFAULT_PARAMETERS },
    indicators,
    goals: [],
    focusAreas: [],
    owners: [],
    overall: { status: 'not_assessed', score: null, counts: { ...ZERO } },
    problems: [],
    ...extra,
  };
}

export function readOf(tables: FoundTable[], extra: Partial<ReadResult> = {}): ReadResult {
  return {
    indicators: [],
    goals: [],
    activities: [],
    parameters: { ...DEFAULT_PARAMETERS },
    hasMethodSheet: true,
    tables,
    periods: [],
    latestPeriod: null,
    problems: [],
    ...extra,
  };
}

export function problem(sheetName: string, cell: string, extra: Partial<Problem> = {}): Problem {
  return {
    severity: 'warning',
    sheet: sheetName,
    cell,
    message: `Problem i ${cell}.`,
    code: 'x',
    ...extra,
  };
}

export const OPTIONS = { lang: 'sv' as const, date: '2025-03-01', period: null };

/** The value the plan writes at one cell, or undefined when it writes nothing there. */
export function valueAt(
  plan: WritePlan,
  sheetName: string,
  row: number,
  col: number,
): PlanValue | undefined {
  let found: PlanValue | undefined;
  for (const b of plan.values) {
    if (b.sheet !== sheetName) continue;
    const line = b.values[row - b.top];
    if (line && col >= b.left && col - b.left < line.length) found = line[col - b.left];
  }
  return found;
}

/** Every style the plan gives one cell, merged. */
export function styleAt(plan: WritePlan, sheetName: string, row: number, col: number): CellStyle {
  const style: CellStyle = {};
  for (const run of plan.styles) {
    if (run.sheet !== sheetName) continue;
    const hit = run.ranges.some(
      (r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right,
    );
    if (hit) Object.assign(style, run.style);
  }
  return style;
}

/** All rows of the block(s) on a sheet, as text, for finding labels in the summary. */
export function rowsOf(plan: WritePlan, sheetName: string): { row: number; values: PlanValue[] }[] {
  return plan.values
    .filter((b) => b.sheet === sheetName)
    .flatMap((b) => b.values.map((values, i) => ({ row: b.top + i, values })));
}

/**
 * A minimal stand-in for an adapter: applies a plan's values, sheets, table
 * widenings and marks to a copy of the snapshot (styles are not cells).
 */
export function applyPlan(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => ({
    ...s,
    rows: new Map([...s.rows].map(([r, cells]) => [r, cells.slice()])),
    tables: s.tables.map((t) => ({ ...t, range: { ...t.range }, columns: [...t.columns] })),
  }));
  const byName = (name: string) => sheets.find((s) => s.name === name)!;
  for (const c of plan.clear) {
    const s = byName(c.sheet);
    for (let r = c.range.top; r <= c.range.bottom; r++) {
      const cells = s.rows.get(r);
      for (let col = c.range.left; cells && col <= c.range.right; col++) delete cells[col];
    }
  }
  for (const p of plan.sheets) {
    const fresh = sheet(p.name, []);
    const at = p.replaces ? sheets.findIndex((s) => s.name === p.replaces) : -1;
    if (at >= 0) sheets[at] = fresh;
    else sheets.push(fresh);
  }
  for (const w of plan.tables) {
    const t = byName(w.sheet).tables.find((x) => x.name === w.table)!;
    t.range.right = w.right;
    t.columns.push(...w.headers);
  }
  for (const b of plan.values) {
    const s = byName(b.sheet);
    b.values.forEach((line, i) => line.forEach((v, j) => setCell(s, b.top + i, b.left + j, v)));
  }
  return {
    sheets,
    names: (plan.marks ?? snapshot.names).map((m) => ({ ...m, range: { ...m.range } })),
  };
}
