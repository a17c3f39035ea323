/** §2 and §7: one indicator table's rows → IndicatorInput. */
import type { IndicatorField, IndicatorInput, MixedUnits, UnitField } from '../../engine/types';
import { a1 } from '../address';
import { carryDown, withoutNotes, type Carried } from './carry';
import { cellText } from './cells';
import { mapColumns, type ColumnMap, type PeriodColumnAt, type YearColumnAt } from './columns';
import type { SheetGrid } from './grid';
import { cellDisplay, type Reporter } from './messages';
import { readNumber, readYear } from './numbers';
import type { LocatedTable } from './tables';
import type { FoundTable } from './types';
import { parseDirection, parseRule } from './words';

export interface IndicatorTableRead {
  indicators: IndicatorInput[];
  found: FoundTable;
  periods: PeriodColumnAt[];
  /** §10: the header of the latest period column with a number in some indicator row, or null. */
  latestPeriod: { label: string; rank: number } | null;
}

interface RowContext {
  grid: SheetGrid;
  map: ColumnMap;
  /** The table's fields and their columns, worked out once for all rows. */
  fieldCols: [IndicatorField, number][];
  reporter: Reporter;
  /** The period to assess (periodIdentity), or null for the latest. */
  periodKey: string | null;
}

export function readIndicatorTable(
  table: LocatedTable,
  grid: SheetGrid,
  reporter: Reporter,
  periodKey: string | null,
  until: number | null = null,
): IndicatorTableRead {
  const all = mapColumns(table, grid.name, reporter);
  const map = until === null ? all : { ...all, periods: all.periods.filter(before(until)) };
  const fieldCols = Object.entries(map.fields) as [IndicatorField, number][];
  const ctx: RowContext = { grid, map, fieldCols, reporter, periodKey };
  const indicators: IndicatorInput[] = [];
  const carried = carryDown(grid, table.rows, map.fields);
  const rows =
    map.fields.indicator === undefined ? [] : withoutNotes(grid, table, map.fields.indicator);
  for (const row of rows) {
    const indicator = readRow(ctx, row, carried.get(row) as Carried);
    if (indicator) indicators.push(indicator);
  }
  const found: FoundTable = {
    sheet: grid.name,
    excelTable: table.excelTable,
    range: { top: table.headerRow, left: table.left, bottom: table.bottom, right: table.right },
    ownedColumns: table.ownedColumns,
    indicatorRows: indicators.map((i) => i.row),
  };
  return {
    indicators,
    found,
    periods: all.periods,
    latestPeriod: latestWithNumber(ctx, indicators),
  };
}

/** §10: a follow-up ignores the period columns after it, as if they were empty. */
function before(until: number): (p: PeriodColumnAt) => boolean {
  return (p) => p.rank <= until;
}

/** The period column, latest in §7's order, that holds a number in some indicator row. */
function latestWithNumber(
  ctx: RowContext,
  indicators: IndicatorInput[],
): IndicatorTableRead['latestPeriod'] {
  let latest: IndicatorTableRead['latestPeriod'] = null;
  for (const p of ctx.map.periods) {
    const rank = p.rank;
    if (latest !== null && rank <= latest.rank) continue;
    const hasNumber = indicators.some(
      (i) => readNumber(ctx.grid.cell(i.row, p.col)).kind === 'number',
    );
    if (hasNumber) latest = { label: p.label, rank };
  }
  return latest;
}

interface NumberAt {
  value: number | null;
  percent: boolean;
  col?: number;
}

const NONE: NumberAt = { value: null, percent: false };

/** Reads a number field; an error value, unreadable text, date or true/false is a problem. */
function numberAt(ctx: RowContext, row: number, col: number | undefined): NumberAt {
  if (col === undefined) return NONE;
  const read = readNumber(ctx.grid.cell(row, col));
  if (read.kind === 'invalid') {
    ctx.reporter.add(read.problem, ctx.grid.name, a1(row, col), { text: read.text });
  }
  return read.kind === 'number'
    ? { value: read.value, percent: read.percent, col }
    : { value: null, percent: false, col };
}

function textAt(ctx: RowContext, row: number, field: IndicatorField): string | null {
  const col = ctx.map.fields[field];
  return col === undefined ? null : cellText(ctx.grid.cell(row, col));
}

function readRow(ctx: RowContext, row: number, carried: Carried): IndicatorInput | null {
  const { fields } = ctx.map;
  const name = textAt(ctx, row, 'indicator');
  if (name === null || fields.indicator === undefined) return null;

  const periodValues = ctx.map.periods.map((p) => numberAt(ctx, row, p.col));
  const outcome = chooseActual(ctx, numberAt(ctx, row, fields.actual), periodValues);
  const previous = choosePrevious(ctx, numberAt(ctx, row, fields.previous), periodValues, outcome);
  const actualYear = readActualYear(ctx, row, outcome);
  const baseline = chooseBaseline(ctx, row);
  const target = chooseTarget(ctx, row, actualYear.year);
  const comparison = numberAt(ctx, row, fields.comparison);
  const directionText = textAt(ctx, row, 'direction');
  const direction = directionText === null ? null : parseDirection(directionText);
  const ruleText = textAt(ctx, row, 'rule');
  const rule = ruleText === null ? null : parseRule(ruleText);

  return {
    sheet: ctx.grid.name,
    row,
    name,
    goal: carried.goal,
    focusArea: carried.focusArea,
    owner: fields.owner === undefined ? ctx.grid.name : carried.owner,
    actual: outcome.value,
    actualPeriod: actualYear.period,
    actualYear: actualYear.year,
    previous: previous.value,
    baseline: baseline.value,
    baselineYear: baseline.year,
    target: target.value,
    targetYear: target.year,
    comparison: comparison.value,
    direction,
    directionText: direction === null ? directionText : null,
    rule,
    ruleText: rule === null ? ruleText : null,
    weight: weightAt(ctx, row, fields.weight),
    expertStatus: textAt(ctx, row, 'expert'),
    comment: textAt(ctx, row, 'comment'),
    percent: [outcome, previous, baseline, target, comparison].some((n) => n.percent),
    ...mixedUnitsOf(row, { actual: outcome, previous, baseline, target, comparison }),
    cells: cellsOf(ctx, row, { actual: outcome, previous, baseline, target }),
  };
}

/**
 * §7 "Percentage units": one value marked as a percentage (typed with "%" or
 * formatted as one) and another unmarked with a magnitude above 1, as "88"
 * beside "90 %". The left-most such unmarked cell is named.
 */
function mixedUnitsOf(
  row: number,
  values: Record<UnitField, NumberAt>,
): { mixedUnits: MixedUnits } | null {
  const given = (Object.entries(values) as [UnitField, NumberAt][]).filter(
    ([, n]) => n.value !== null && n.col !== undefined,
  );
  const byColumn = (x: [UnitField, NumberAt], y: [UnitField, NumberAt]) =>
    (x[1].col as number) - (y[1].col as number);
  const marked = given.filter(([, n]) => n.percent).sort(byColumn)[0];
  const unmarked = given
    .filter(([, n]) => !n.percent && Math.abs(n.value as number) > 1)
    .sort(byColumn)[0];
  if (!marked || !unmarked) return null;
  const mixedUnits: MixedUnits = {
    cell: a1(row, unmarked[1].col as number),
    field: unmarked[0],
    value: unmarked[1].value as number,
    markedField: marked[0],
    markedValue: marked[1].value as number,
  };
  return { mixedUnits };
}

interface Outcome extends NumberAt {
  /** The period column's header, or null for an Utfall column or no column. */
  period: string | null;
  periodYear: number | null;
  fromActualColumn: boolean;
}

/**
 * `a` (§7): the named period's column when a period is named and the table
 * has period columns; else the Utfall column; else the period column with a
 * number whose period comes latest (of one period, the right-most), so that
 * newest-first tables read as oldest-first ones. Without a number, `col` is
 * still the cell to point at: the latest period's.
 */
function chooseActual(ctx: RowContext, explicit: NumberAt, values: NumberAt[]): Outcome {
  const { periods } = ctx.map;
  const fromPeriod = (i: number): Outcome => {
    const { value, percent, col } = values[i];
    const { label, year } = periods[i];
    return { value, percent, col, period: label, periodYear: year, fromActualColumn: false };
  };
  const without = (col: number | undefined): Outcome => {
    return {
      value: null,
      percent: false,
      col,
      period: null,
      periodYear: null,
      fromActualColumn: false,
    };
  };
  if (ctx.periodKey !== null && periods.length > 0) {
    const i = periods.findIndex((p) => p.period === ctx.periodKey);
    return i >= 0 ? fromPeriod(i) : without(undefined);
  }
  if (ctx.map.fields.actual !== undefined) {
    const { value, percent, col } = explicit;
    return { value, percent, col, period: null, periodYear: null, fromActualColumn: true };
  }
  const withNumber = latestBefore(periods, Infinity, (i) => values[i].value !== null);
  if (withNumber >= 0) return fromPeriod(withNumber);
  return without(periods[latestBefore(periods, Infinity, () => true)]?.col);
}

/**
 * The index of the period column whose period comes latest before `rank`
 * (among columns of one period, the right-most) and that `accept`s, or −1.
 */
function latestBefore(
  periods: PeriodColumnAt[],
  rank: number,
  accept: (i: number) => boolean,
): number {
  let best = -1;
  periods.forEach((p, i) => {
    if (p.rank >= rank || !accept(i)) return;
    const other = periods[best];
    if (!other || p.rank > other.rank || (p.rank === other.rank && p.col > other.col)) best = i;
  });
  return best;
}

/**
 * `p` (§2): the Föregående utfall column, else the period column with a
 * number whose period comes latest before the period that gave `a`. Without
 * a number, `col` is the latest period's column before it (the empty cell), if any.
 */
function choosePrevious(
  ctx: RowContext,
  explicit: NumberAt,
  values: NumberAt[],
  outcome: Outcome,
): NumberAt {
  if (ctx.map.fields.previous !== undefined) return explicit;
  if (outcome.col === undefined) return NONE;
  const { periods } = ctx.map;
  // Beside an Utfall column, which names no period, the period columns to its left are earlier.
  const from = periods.find((p) => p.col === outcome.col);
  const rank = from ? from.rank : Infinity;
  const earlier = (i: number) => from !== undefined || periods[i].col < (outcome.col as number);
  const withNumber = latestBefore(periods, rank, (i) => earlier(i) && values[i].value !== null);
  if (withNumber >= 0) return values[withNumber];
  const nearest = periods[latestBefore(periods, rank, earlier)]?.col;
  return { value: null, percent: false, col: nearest };
}

interface YearNumber extends NumberAt {
  /** `yt` or `yb`. */
  year: number | null;
}

/**
 * `t` and `yt` (§7): the target column without a year where it holds a
 * number (its year in Målår); else, among the columns with a year in the
 * header that hold a number, the smallest year ≥ `ya`, or the largest
 * year when all are before `ya` or `ya` is unknown (stepwise targets).
 */
function chooseTarget(ctx: RowContext, row: number, ya: number | null): YearNumber {
  const byYear = ctx.map.targetsByYear;
  const pick = (columns: YearColumnAt[]) => {
    const later = columns.filter((c) => ya !== null && c.year >= ya);
    const pool = later.length > 0 ? later : columns;
    const want = later.length > 0 ? Math.min : Math.max;
    const year = want(...pool.map((c) => c.year));
    return pool.find((c) => c.year === year);
  };
  return chooseByYear(ctx, row, ctx.map.fields.target, ctx.map.fields.targetYear, byYear, pick);
}

/** `b` and `yb`: as the target, but of the columns with a year the smallest year. */
function chooseBaseline(ctx: RowContext, row: number): YearNumber {
  const byYear = ctx.map.baselinesByYear;
  const pick = (columns: YearColumnAt[]) => {
    const year = Math.min(...columns.map((c) => c.year));
    return columns.find((c) => c.year === year);
  };
  return chooseByYear(ctx, row, ctx.map.fields.baseline, ctx.map.fields.baselineYear, byYear, pick);
}

/**
 * A Målår (Startår) cell gives the year of the column without a year, and of
 * the table's only column where it has a year and the cell is not empty;
 * otherwise a column's header year is the year. Without a number anywhere, the
 * column the rule would pick is the empty cell to point at.
 */
function chooseByYear(
  ctx: RowContext,
  row: number,
  plainCol: number | undefined,
  yearCol: number | undefined,
  byYear: YearColumnAt[],
  pick: (columns: YearColumnAt[]) => YearColumnAt | undefined,
): YearNumber {
  const plain = numberAt(ctx, row, plainCol);
  const values = byYear.map((c) => numberAt(ctx, row, c.col));
  const cellYear = yearAt(ctx, row, yearCol);
  if (plain.value !== null || byYear.length === 0) return { ...plain, year: cellYear };
  const withNumber = byYear.filter((_, i) => values[i].value !== null);
  const chosen = pick(withNumber.length > 0 ? withNumber : byYear) as YearColumnAt;
  const value = values[byYear.indexOf(chosen)];
  if (withNumber.length === 0 && plainCol !== undefined) return { ...plain, year: cellYear };
  const onlyColumn = byYear.length === 1 && plainCol === undefined;
  const year = onlyColumn && cellYear !== null ? cellYear : chosen.year;
  return { ...value, year };
}

/**
 * `ya`: the Utfallsår where it holds a year, else the period header's year.
 * With an Utfall column, the Utfallsår's text is the period shown.
 */
function readActualYear(
  ctx: RowContext,
  row: number,
  outcome: Outcome,
): { year: number | null; period: string | null } {
  let year = outcome.periodYear;
  let period = outcome.period;
  const col = ctx.map.fields.actualYear;
  if (col === undefined) return { year, period };
  const cell = ctx.grid.cell(row, col);
  const read = readYear(cell);
  if (read.kind === 'invalid') {
    ctx.reporter.add(read.problem, ctx.grid.name, a1(row, col), { text: read.text });
    return { year, period };
  }
  if (read.kind === 'year') year = read.year;
  if (outcome.fromActualColumn && read.kind !== 'missing') period = cellText(cell);
  return { year, period };
}

/** Startår, Målår: a year, or a problem when the cell holds something else. */
function yearAt(ctx: RowContext, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const read = readYear(ctx.grid.cell(row, col));
  if (read.kind === 'year') return read.year;
  if (read.kind === 'missing') return null;
  const problem = read.kind === 'invalid' ? read.problem : 'unreadable_year';
  ctx.reporter.add(problem, ctx.grid.name, a1(row, col), { text: read.text });
  return null;
}

/** A weight that is not a number > 0 is a warning and counts as 1 (§7). */
function weightAt(ctx: RowContext, row: number, col: number | undefined): number {
  if (col === undefined) return 1;
  const cell = ctx.grid.cell(row, col);
  const read = readNumber(cell);
  if (read.kind === 'missing') return 1;
  if (read.kind === 'number' && read.value > 0) return read.value;
  const text = read.kind === 'invalid' ? read.text : cellDisplay(cell, ctx.reporter.lang);
  ctx.reporter.add('invalid_weight', ctx.grid.name, a1(row, col), { text });
  return 1;
}

/** The row's cells; a value chosen among several columns points at the column it came from. */
function cellsOf(
  ctx: RowContext,
  row: number,
  chosen: Record<'actual' | 'previous' | 'baseline' | 'target', NumberAt>,
): IndicatorInput['cells'] {
  const cells: IndicatorInput['cells'] = { indicator: '' };
  for (const [field, col] of ctx.fieldCols) cells[field] = a1(row, col);
  if (chosen.actual.col !== undefined) cells.actual = a1(row, chosen.actual.col);
  else delete cells.actual;
  for (const field of ['previous', 'baseline', 'target'] as const) {
    const col = chosen[field].col;
    if (col !== undefined) cells[field] = a1(row, col);
  }
  return cells;
}
