/**
 * The workbook reader (§7): cells → indicators, goals, activities and the
 * method's parameters, with every reading problem (§8). Pure: no I/O, and it
 * never throws on any snapshot. Målkoll's own sheets and columns are never
 * read; the Metod sheet is read for the parameters only.
 */
import { DEFAULT_PARAMETERS } from '../../engine/parameters';
import type { ActivityInput, GoalInput, IndicatorInput, Parameters } from '../../engine/types';
import { ownedBy, type Owned } from '../ownership';
import type { DefinedName, SheetData, WorkbookSnapshot } from '../snapshot';
import { readActivityTable } from './activities';
import { readGoalTable } from './goals';
import { SheetGrid, validRange } from './grid';
import { normaliseHeader } from './headers';
import { readIndicatorTable } from './indicators';
import { Reporter } from './messages';
import { isMethodSheet, readMethodSheet } from './method-sheet';
import { periodIdentity } from './periods';
import { locateTables } from './tables';
import type { FoundTable, PeriodColumn, ReadOptions, ReadResult } from './types';

export { FIELD_HEADERS, METHOD_HEADERS, PERIOD_HEADER_EXAMPLES, headerNames } from './headers';
export type { ColumnField, HeaderNames } from './headers';
export { DIRECTION_WORDS, RULE_WORDS } from './words';
export { periodIdentity } from './periods';

export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const reporter = new Reporter(options.lang === 'en' ? 'en' : 'sv');
  const periodKey = options.period ? periodIdentity(normaliseHeader(options.period)) || null : null;
  const sheets = (Array.isArray(snapshot?.sheets) ? snapshot.sheets : []).filter(isSheet);
  const owned = ownedBy(validNames(snapshot?.names), { sheets, names: [] });

  const indicators: IndicatorInput[] = [];
  const goals: GoalInput[] = [];
  const activities: ActivityInput[] = [];
  const tables: FoundTable[] = [];
  const periods = new Periods();
  const until = typeof options.until === 'number' ? options.until : null;
  let latestPeriod: { label: string; rank: number } | null = null;
  let parameters: Parameters = { ...DEFAULT_PARAMETERS };
  let hasMethodSheet = false;

  for (const sheet of sheets) {
    if (isMethodSheet(sheet.name)) {
      if (!hasMethodSheet) parameters = readMethodSheet(sheet, reporter);
      hasMethodSheet = true;
      continue;
    }
    if (owned.sheets.includes(sheet.name)) continue;
    const grid = new SheetGrid(sheet, ownedRanges(owned, sheet.name));
    for (const table of locateTables(grid)) {
      if (table.kind === 'indicator') {
        const read = readIndicatorTable(table, grid, reporter, periodKey, until);
        indicators.push(...read.indicators);
        if (read.latestPeriod && (!latestPeriod || read.latestPeriod.rank > latestPeriod.rank)) {
          latestPeriod = read.latestPeriod;
        }
        tables.push(read.found);
        for (const p of read.periods) periods.add(p.key, { label: p.label, year: p.year });
      } else if (table.kind === 'goal') {
        goals.push(...readGoalTable(table, grid, reporter));
      } else {
        activities.push(...readActivityTable(table, grid, reporter));
      }
    }
  }
  return {
    indicators,
    goals,
    activities,
    parameters,
    hasMethodSheet,
    tables,
    periods: periods.list,
    latestPeriod: latestPeriod?.label ?? null,
    problems: reporter.problems,
  };
}

/** Distinct period headers, compared as headers are, first seen first. */
class Periods {
  readonly list: PeriodColumn[] = [];
  private readonly seen = new Set<string>();

  add(key: string, period: PeriodColumn): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(period);
  }
}

function isSheet(sheet: SheetData | undefined): sheet is SheetData {
  return !!sheet && typeof sheet.name === 'string';
}

function validNames(names: DefinedName[] | undefined): DefinedName[] {
  if (!Array.isArray(names)) return [];
  return names.filter(
    (n) =>
      !!n && typeof n.name === 'string' && typeof n.sheet === 'string' && !!validRange(n.range),
  );
}

function ownedRanges(owned: Owned, sheet: string) {
  return owned.ranges.filter((r) => r.sheet === sheet).map((r) => r.range);
}
