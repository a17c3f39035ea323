/** §2 and §7: one indicator table's rows → IndicatorInput. */
import type { IndicatorField, IndicatorInput } from '../../engine/types';
import { a1 } from '../address';
import { latestValue, nationalOf, valueOf, type KoladaSeries } from '../kolada/lookup';
import { cellText, isEmptyCell } from './cells';
import { mapColumns, type ColumnMap, type PeriodColumnAt } from './columns';
import type { SheetGrid } from './grid';
import { cellDisplay, type Reporter } from './messages';
import { readNumber, readYear } from './numbers';
import type { LocatedTable } from './tables';
import type { FoundTable, KoladaUse } from './types';
import { parseDirection, parseRule } from './words';

export interface IndicatorTableRead {
  indicators: IndicatorInput[];
  found: FoundTable;
  periods: PeriodColumnAt[];
}

interface RowContext {
  grid: SheetGrid;
  map: ColumnMap;
  /** The table's fields and their columns, worked out once for all rows. */
  fieldCols: [IndicatorField, number][];
  reporter: Reporter;
  /** The period to assess (periodIdentity), or null for the latest. */
  periodKey: string | null;
  /** The Kolada sheet's figures (§12), or null. */
  kolada: KoladaUse | null;
}

export function readIndicatorTable(
  table: LocatedTable,
  grid: SheetGrid,
  reporter: Reporter,
  periodKey: string | null,
  kolada: KoladaUse | null = null,
): IndicatorTableRead {
  const map = mapColumns(table, grid.name, reporter);
  const fieldCols = Object.entries(map.fields) as [IndicatorField, number][];
  const ctx: RowContext = { grid, map, fieldCols, reporter, periodKey, kolada };
  const indicators: IndicatorInput[] = [];
  for (const row of table.rows) {
    const indicator = readRow(ctx, row);
    if (indicator) indicators.push(indicator);
  }
  const found: FoundTable = {
    sheet: grid.name,
    excelTable: table.excelTable,
    range: { top: table.headerRow, left: table.left, bottom: table.bottom, right: table.right },
    ownedColumns: table.ownedColumns,
    indicatorRows: indicators.map((i) => i.row),
  };
  return { indicators, found, periods: map.periods };
}

interface NumberAt {
  value: number | null;
  percent: boolean;
  col?: number;
  /** The year of the Kolada figure that stands in for an empty cell (§12). */
  kolada?: number;
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

/** Fields that officials often merge over the rows that share them. */
const MERGEABLE: ReadonlySet<IndicatorField> = new Set(['goal', 'focusArea', 'owner']);

function textAt(ctx: RowContext, row: number, field: IndicatorField): string | null {
  const col = ctx.map.fields[field];
  if (col === undefined) return null;
  const grid = ctx.grid;
  return cellText(MERGEABLE.has(field) ? grid.mergedCell(row, col) : grid.cell(row, col));
}

function readRow(ctx: RowContext, row: number): IndicatorInput | null {
  const { fields } = ctx.map;
  const name = textAt(ctx, row, 'indicator');
  if (name === null || fields.indicator === undefined) return null;

  const koladaId = textAt(ctx, row, 'kolada');
  const series = koladaId === null ? null : (ctx.kolada?.lookup.of(koladaId) ?? null);
  const periodValues = ctx.map.periods.map((p) => numberAt(ctx, row, p.col));
  if (series) fillFullYears(ctx, row, series, periodValues);
  let outcome = chooseActual(ctx, numberAt(ctx, row, fields.actual), periodValues);
  const previous = choosePrevious(ctx, numberAt(ctx, row, fields.previous), periodValues, outcome);
  const baseline = numberAt(ctx, row, fields.baseline);
  const target = numberAt(ctx, row, fields.target);
  let comparison = numberAt(ctx, row, fields.comparison);
  let actualYear = readActualYear(ctx, row, outcome);
  if (series && outcome.value === null && ctx.map.periods.length === 0) {
    // §12: no period columns and no outcome of its own: the latest Kolada year.
    const latest = latestValue(series, ctx.kolada?.lastYear ?? null);
    if (latest) {
      outcome = { ...outcome, value: latest.value, percent: series.percent, kolada: latest.year };
      actualYear = { year: latest.year, period: String(latest.year) };
    }
  }
  if (series && comparison.value === null && outcome.value !== null && actualYear.year !== null) {
    // §12: Riket for the year that gave `a`, where the row has no comparison of its own.
    const national = nationalOf(series, actualYear.year);
    if (national !== null) {
      comparison = { ...comparison, value: national, percent: series.percent };
      comparison.kolada = actualYear.year;
    }
  }
  const directionText = textAt(ctx, row, 'direction');
  const direction = directionText === null ? null : parseDirection(directionText);
  const ruleText = textAt(ctx, row, 'rule');
  const rule = ruleText === null ? null : parseRule(ruleText);

  return {
    sheet: ctx.grid.name,
    row,
    name,
    goal: textAt(ctx, row, 'goal'),
    focusArea: textAt(ctx, row, 'focusArea'),
    owner: fields.owner === undefined ? ctx.grid.name : textAt(ctx, row, 'owner'),
    actual: outcome.value,
    actualPeriod: actualYear.period,
    actualYear: actualYear.year,
    previous: previous.value,
    baseline: baseline.value,
    baselineYear: yearAt(ctx, row, fields.baselineYear),
    target: target.value,
    targetYear: yearAt(ctx, row, fields.targetYear),
    comparison: comparison.value,
    direction,
    directionText: direction === null ? directionText : null,
    rule,
    ruleText: rule === null ? ruleText : null,
    weight: weightAt(ctx, row, fields.weight),
    expertStatus: textAt(ctx, row, 'expert'),
    comment: textAt(ctx, row, 'comment'),
    percent: [outcome, previous, baseline, target, comparison].some((n) => n.percent),
    cells: cellsOf(ctx, row, outcome.col, previous.col),
    // §12: only rows of a table with a Kolada column carry these.
    ...(fields.kolada === undefined ? {} : { koladaId }),
    ...koladaValues(outcome, previous, comparison),
  };
}

/**
 * §12: a full-year period column whose cell is empty counts as holding the
 * Kolada value of its year. A cell with anything in it is the user's and wins.
 */
function fillFullYears(
  ctx: RowContext,
  row: number,
  series: KoladaSeries,
  values: NumberAt[],
): void {
  ctx.map.periods.forEach((p, i) => {
    if (p.period !== String(p.year)) return; // a tertial, not the full year
    if (values[i].value !== null || !isEmptyCell(ctx.grid.cell(row, p.col))) return;
    const value = valueOf(series, p.year);
    if (value === null) return;
    values[i] = { value, percent: series.percent, col: p.col, kolada: p.year };
  });
}

function koladaValues(
  outcome: NumberAt,
  previous: NumberAt,
  comparison: NumberAt,
): Pick<IndicatorInput, 'fromKolada'> {
  const from: NonNullable<IndicatorInput['fromKolada']> = {};
  if (outcome.kolada !== undefined && outcome.value !== null) from.actual = outcome.kolada;
  if (previous.kolada !== undefined && previous.value !== null) from.previous = previous.kolada;
  if (comparison.kolada !== undefined) from.comparison = comparison.kolada;
  return Object.keys(from).length > 0 ? { fromKolada: from } : {};
}

interface Outcome extends NumberAt {
  /** The period column's header, or null for an Utfall column or no column. */
  period: string | null;
  periodYear: number | null;
  fromActualColumn: boolean;
}

/**
 * `a` (§7): the named period's column when a period is named and the table
 * has period columns; else the Utfall column; else the right-most period
 * column with a number. Without a number, `col` is still the cell to point at.
 */
function chooseActual(ctx: RowContext, explicit: NumberAt, values: NumberAt[]): Outcome {
  const { periods } = ctx.map;
  const fromPeriod = (i: number): Outcome => {
    const { value, percent, col, kolada } = values[i];
    const { label, year } = periods[i];
    return {
      value,
      percent,
      col,
      kolada,
      period: label,
      periodYear: year,
      fromActualColumn: false,
    };
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
  for (let i = periods.length - 1; i >= 0; i--) {
    if (values[i].value !== null) return fromPeriod(i);
  }
  return without(periods[periods.length - 1]?.col);
}

/**
 * `p` (§2): the Föregående utfall column, else the right-most period column
 * with a number to the left of the one that gave `a`. Without a number, `col`
 * is the nearest period column to the left (the empty cell), if any.
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
  let nearest: number | undefined;
  for (let i = periods.length - 1; i >= 0; i--) {
    if (periods[i].col >= outcome.col) continue;
    nearest ??= periods[i].col;
    if (values[i].value !== null) return values[i];
  }
  return { value: null, percent: false, col: nearest };
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

function cellsOf(
  ctx: RowContext,
  row: number,
  actualCol: number | undefined,
  previousCol: number | undefined,
): IndicatorInput['cells'] {
  const cells: IndicatorInput['cells'] = { indicator: '' };
  for (const [field, col] of ctx.fieldCols) cells[field] = a1(row, col);
  if (actualCol !== undefined) cells.actual = a1(row, actualCol);
  else delete cells.actual;
  if (previousCol !== undefined) cells.previous = a1(row, previousCol);
  return cells;
}
