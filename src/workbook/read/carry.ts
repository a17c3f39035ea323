/**
 * §7 "Values carried down" and "Notes under a table": what every kind of
 * table reads the same way, before its rows are read.
 */
import { cellText } from './cells';
import type { SheetGrid } from './grid';
import type { LocatedTable } from './tables';

/** The focus area, goal and owner that apply to a row. */
export interface Carried {
  focusArea: string | null;
  goal: string | null;
  owner: string | null;
}

export interface CarriedColumns {
  focusArea?: number;
  goal?: number;
  owner?: number;
}

/**
 * An empty focus-area, goal or owner cell takes the nearest value above it in
 * the table, as a merged cell does, so that a goal written once above its
 * indicators, or in a section row of its own, applies to the rows below it.
 * A row that gives a different focus area starts the goal empty again.
 */
export function carryDown(
  grid: SheetGrid,
  rows: readonly number[],
  cols: CarriedColumns,
): Map<number, Carried> {
  const own = (row: number, col: number | undefined) =>
    col === undefined ? null : cellText(grid.mergedCell(row, col));
  const carried = new Map<number, Carried>();
  let current: Carried = { focusArea: null, goal: null, owner: null };
  for (const row of rows) {
    const focusArea = own(row, cols.focusArea);
    const goal = own(row, cols.goal);
    const owner = own(row, cols.owner);
    const next = { ...current };
    if (focusArea !== null) {
      if (focusArea !== current.focusArea) next.goal = null;
      next.focusArea = focusArea;
    }
    if (goal !== null) next.goal = goal;
    if (owner !== null) next.owner = owner;
    current = next;
    carried.set(row, current);
  }
  return carried;
}

/**
 * The table's rows without the notes under it: the rows after the last row
 * that holds a value of its own in a column other than `keyCol` (the
 * indicator column; in a goal table Mål, in an activity table Aktivitet).
 */
export function withoutNotes(grid: SheetGrid, table: LocatedTable, keyCol: number): number[] {
  const { rows, left, right } = table;
  // A formula that no program calculated is a value of its own too (and a problem).
  const holds = (row: number, from: number, to: number) =>
    from <= to && (grid.hasValueIn(row, from, to) || grid.hasFormulaIn(row, from, to));
  let end = rows.length;
  while (end > 0) {
    const row = rows[end - 1];
    if (holds(row, left, keyCol - 1) || holds(row, keyCol + 1, right)) break;
    end--;
  }
  return rows.slice(0, end);
}
