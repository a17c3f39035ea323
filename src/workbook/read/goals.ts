/** §7: a goal table's rows carry goal-level expert statuses and analyses. */
import type { GoalInput } from '../../engine/types';
import { a1 } from '../address';
import { cellText } from './cells';
import { mapColumns } from './columns';
import type { SheetGrid } from './grid';
import type { Reporter } from './messages';
import type { LocatedTable } from './tables';

/** Rows whose Mål cell is empty carry nothing and are skipped. */
export function readGoalTable(
  table: LocatedTable,
  grid: SheetGrid,
  reporter: Reporter,
): GoalInput[] {
  const { fields } = mapColumns(table, grid.name, reporter);
  const goalCol = fields.goal;
  if (goalCol === undefined) return [];
  const text = (row: number, col: number | undefined) =>
    col === undefined ? null : cellText(grid.cell(row, col));
  const goals: GoalInput[] = [];
  for (const row of table.rows) {
    const goal = text(row, goalCol);
    if (goal === null) continue;
    const cells: GoalInput['cells'] = { goal: a1(row, goalCol) };
    if (fields.focusArea !== undefined) cells.focusArea = a1(row, fields.focusArea);
    if (fields.expert !== undefined) cells.expert = a1(row, fields.expert);
    if (fields.comment !== undefined) cells.analysis = a1(row, fields.comment);
    goals.push({
      sheet: grid.name,
      row,
      goal,
      focusArea: text(row, fields.focusArea),
      expertStatus: text(row, fields.expert),
      analysis: text(row, fields.comment),
      cells,
    });
  }
  return goals;
}
