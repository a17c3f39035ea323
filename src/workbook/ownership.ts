/**
 * The ownership mark (§9): workbook-level defined names that Excel keeps on
 * save and that both the add-in and the command line read and write. A name
 * "Malkoll_Blad_N" says the whole sheet it points at is Målkoll's (the
 * summary); "Malkoll_Kolumner_N" says the range it points at is (the four
 * columns beside one table). Excel moves the names with the cells when the
 * user inserts rows or columns, so the mark stays true.
 */
import type { CellRange, DefinedName, WorkbookSnapshot } from './snapshot';

export const MARK_PREFIX = 'Malkoll_';
const SHEET_MARK = `${MARK_PREFIX}Blad_`;
const COLUMNS_MARK = `${MARK_PREFIX}Kolumner_`;

export interface Owned {
  /** Sheets that Målkoll made and owns whole. */
  sheets: string[];
  /** Ranges beside (or inside) the user's tables that Målkoll wrote. */
  ranges: { sheet: string; range: CellRange }[];
}

export function isMark(name: string): boolean {
  return name.toLowerCase().startsWith(MARK_PREFIX.toLowerCase());
}

export function sheetMarkName(index: number): string {
  return `${SHEET_MARK}${index}`;
}

export function columnsMarkName(index: number): string {
  return `${COLUMNS_MARK}${index}`;
}

export function ownedBy(names: DefinedName[], snapshot?: WorkbookSnapshot): Owned {
  const existing = snapshot ? new Set(snapshot.sheets.map((s) => s.name)) : null;
  const owned: Owned = { sheets: [], ranges: [] };
  for (const n of names) {
    if (existing && !existing.has(n.sheet)) continue; // a name left dangling by a deleted sheet
    const lower = n.name.toLowerCase();
    if (lower.startsWith(SHEET_MARK.toLowerCase())) {
      if (!owned.sheets.includes(n.sheet)) owned.sheets.push(n.sheet);
    } else if (lower.startsWith(COLUMNS_MARK.toLowerCase())) {
      owned.ranges.push({ sheet: n.sheet, range: n.range });
    }
  }
  return owned;
}

export function ownedIn(snapshot: WorkbookSnapshot): Owned {
  return ownedBy(snapshot.names, snapshot);
}

/** Is the cell (row, col) of `sheet` Målkoll's own? */
export function isOwnedCell(owned: Owned, sheet: string, row: number, col: number): boolean {
  if (owned.sheets.includes(sheet)) return true;
  return owned.ranges.some(
    (r) =>
      r.sheet === sheet &&
      row >= r.range.top &&
      row <= r.range.bottom &&
      col >= r.range.left &&
      col <= r.range.right,
  );
}
