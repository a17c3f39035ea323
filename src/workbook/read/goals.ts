/** §7: a goal table's rows carry goal-level expert statuses and analyses. */
import type { GoalInput } from '../../engine/types';
import { a1 } from '../address';
import { carryDown, withoutNotes } from './carry';
import { cellText } from './cells';
import { mapColumns } from './columns';
import type { SheetGrid } from './grid';
import type { Reporter } from './messages';
import type { LocatedTable } from './tables';

/**
 * A goal row is one whose Mål cell holds a goal; its focus area carries down
 * from above (§7), and notes under the table are not rows.
 */
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
  const carried = carryDown(grid, table.rows, { focusArea: fields.focusArea });
  for (const row of withoutNotes(grid, table, goalCol)) {
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
      focusArea: carried.get(row)?.focusArea ?? null,
      expertStatus: text(row, fields.expert),
      analysis: text(row, fields.comment),
      cells,
    });
  }
  return goals;
}
