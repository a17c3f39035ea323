/**
 * "Ta bort bedömning": undoes everything Målkoll wrote, as told by the marks.
 * The history of follow-ups (§10) is kept unless the official says otherwise:
 * the Historik sheet and its mark stay, so the next assessment continues it
 * (and the reader still skips it).
 */
import { isMark, ownedIn, ownedSheet, sheetMarkKind } from '../ownership';
import type { CellRange, WorkbookSnapshot } from '../snapshot';
import type { RemovalPlan } from './types';

export interface RemovalOptions {
  /** Keep the Historik sheet and its mark (default true). */
  keepHistory?: boolean;
}

export function buildRemovalPlan(
  snapshot: WorkbookSnapshot,
  options: RemovalOptions = {},
): RemovalPlan {
  const owned = ownedIn(snapshot);
  const keepHistory = options.keepHistory ?? true;
  const history = keepHistory ? ownedSheet(owned, 'history') : null;
  const deleteSheets = owned.sheets.filter((s) => s !== history);
  const kept = owned.ranges.filter((r) => !owned.sheets.includes(r.sheet));
  return {
    clear: kept.map((r) => ({ sheet: r.sheet, range: { ...r.range } })),
    deleteSheets,
    tableColumns: ownedTableColumns(snapshot, kept),
    marks: snapshot.names
      .filter((n) => isMark(n.name))
      .filter((n) => !(keepHistory && sheetMarkKind(n.name) === 'history' && n.sheet === history))
      .map((n) => n.name),
  };
}

/** The columns of Excel tables that lie inside an owned range: Målkoll widened the table for them. */
function ownedTableColumns(
  snapshot: WorkbookSnapshot,
  ranges: { sheet: string; range: CellRange }[],
): RemovalPlan['tableColumns'] {
  const result: RemovalPlan['tableColumns'] = [];
  for (const sheet of snapshot.sheets) {
    const here = ranges.filter((r) => r.sheet === sheet.name).map((r) => r.range);
    if (!here.length) continue;
    for (const table of sheet.tables) {
      if (!table.headerRow) continue;
      const columns = table.columns.filter((_, i) =>
        here.some((r) => ownsColumn(r, table.range, table.range.left + i)),
      );
      if (columns.length) result.push({ sheet: sheet.name, table: table.name, columns });
    }
  }
  return result;
}

/** The owned range covers this table column from the table's header row down. */
function ownsColumn(owned: CellRange, table: CellRange, col: number): boolean {
  return (
    col >= owned.left && col <= owned.right && owned.top <= table.top && owned.bottom >= table.top
  );
}
