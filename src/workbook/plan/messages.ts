/** The plan's own problems (§8, §9), as codes; src/text words them. */
import type { Problem } from '../../engine/types';
import { a1, columnLetters, MAX_COLS } from '../address';
import type { CellRange } from '../snapshot';
import type { Room } from './room';

type Blocked = Exclude<Room, { kind: 'free' }>;

/** A warning at the table's top-right header cell: nothing was written beside it. */
export function noRoomProblem(
  sheet: string,
  table: CellRange,
  columns: { left: number; right: number },
  room: Blocked,
  summary: string,
): Problem {
  const span = `${columnLetters(columns.left)}–${columnLetters(Math.min(columns.right, MAX_COLS))}`;
  const cell = a1(table.top, table.right);
  // A protected sheet is the same problem as the pre-write check's, with where the results are.
  if (room.kind === 'protected')
    return {
      severity: 'warning',
      sheet,
      cell,
      code: 'sheet_protected',
      params: { sheet, summary },
    };
  const params = {
    blocked: room.kind,
    columns: span,
    summary,
    ...(room.kind === 'occupied' ? { other: room.cell } : {}),
  };
  return { severity: 'warning', sheet, cell, code: 'no_room', params };
}

/** A warning at A1 of the user's own sheet that has the summary's name. */
export function summaryRenamedProblem(userSheet: string, used: string): Problem {
  const params = { sheet: userSheet, summary: used };
  return { severity: 'warning', sheet: userSheet, cell: 'A1', code: 'summary_renamed', params };
}

/** A warning at A1 of the user's own sheet that has Historik's name (§10). */
export function historyRenamedProblem(userSheet: string, used: string): Problem {
  const params = { sheet: userSheet, summary: used };
  return { severity: 'warning', sheet: userSheet, cell: 'A1', code: 'history_renamed', params };
}
