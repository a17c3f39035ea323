/** §7: an activity table (Aktivitet, Mål, Status) is counted per goal. */
import type { ActivityInput } from '../../engine/types';
import { a1 } from '../address';
import { carryDown, withoutNotes } from './carry';
import { cellText } from './cells';
import { mapColumns } from './columns';
import type { SheetGrid } from './grid';
import type { Reporter } from './messages';
import type { LocatedTable } from './tables';

/**
 * A row is an activity when its Aktivitet cell is not empty. Its goal and
 * focus area carry down from above (§7), as under a goal cell merged over
 * several rows. An activity without a goal cannot be counted per goal and
 * is skipped; notes under the table are not rows.
 */
export function readActivityTable(
  table: LocatedTable,
  grid: SheetGrid,
  reporter: Reporter,
): ActivityInput[] {
  const { fields } = mapColumns(table, grid.name, reporter);
  const { activity: activityCol, goal: goalCol } = fields;
  if (activityCol === undefined || goalCol === undefined) return [];
  const text = (row: number, col: number | undefined) =>
    col === undefined ? null : cellText(grid.cell(row, col));
  const activities: ActivityInput[] = [];
  const carried = carryDown(grid, table.rows, { goal: goalCol, focusArea: fields.focusArea });
  for (const row of withoutNotes(grid, table, activityCol)) {
    const activity = text(row, activityCol);
    const { goal, focusArea } = carried.get(row) ?? { goal: null, focusArea: null };
    if (activity === null || goal === null) continue;
    const cells: ActivityInput['cells'] = {
      goal: a1(row, goalCol),
      activity: a1(row, activityCol),
    };
    if (fields.focusArea !== undefined) cells.focusArea = a1(row, fields.focusArea);
    if (fields.status !== undefined) cells.status = a1(row, fields.status);
    activities.push({
      sheet: grid.name,
      row,
      goal,
      focusArea,
      activity,
      status: text(row, fields.status),
      cells,
    });
  }
  return activities;
}
