/**
 * §9: is there room for the four columns beside a table? Every cell there,
 * from the header row down, must be empty or Målkoll's own from an earlier run.
 */
import { a1, MAX_COLS } from '../address';
import { isOwnedCell, type Owned } from '../ownership';
import type { Cell, CellRange, SheetData } from '../snapshot';

export type Room =
  | { kind: 'free' }
  /** A user's value, formula or merged cell in the way; `cell` is the first one found. */
  | { kind: 'occupied'; cell: string }
  | { kind: 'past_last_column' }
  | { kind: 'protected' };

export function checkRoom(sheet: SheetData, area: CellRange, owned: Owned): Room {
  if (area.right > MAX_COLS) return { kind: 'past_last_column' };
  if (sheet.protected) return { kind: 'protected' };
  // Only the marks over this area matter: keeps the scan linear in the table's rows.
  const local = ownedOver(owned, sheet.name, area);
  for (let row = area.top; row <= area.bottom; row++) {
    const cells = sheet.rows.get(row);
    if (!cells) continue;
    for (let col = area.left; col <= area.right; col++) {
      if (holdsSomething(cells[col]) && !isOwnedCell(local, sheet.name, row, col))
        return { kind: 'occupied', cell: a1(row, col) };
    }
  }
  // Målkoll never merges cells, so a merge over the area is the user's.
  const merge = sheet.merges.find(
    (m) =>
      intersects(m, area) &&
      local.sheets.length === 0 &&
      !local.ranges.some((r) => containsRange(r.range, m)),
  );
  if (merge) return { kind: 'occupied', cell: a1(merge.top, merge.left) };
  return { kind: 'free' };
}

function ownedOver(owned: Owned, sheet: string, area: CellRange): Owned {
  return {
    sheets: owned.sheets.filter((s) => s === sheet),
    kinds: owned.kinds.filter((k) => k.sheet === sheet),
    ranges: owned.ranges.filter((r) => r.sheet === sheet && intersects(r.range, area)),
  };
}

function holdsSomething(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.formula) return true;
  return cell.value !== null && cell.value !== undefined && cell.value !== '';
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function containsRange(outer: CellRange, inner: CellRange): boolean {
  return contains(outer, inner.top, inner.left) && contains(outer, inner.bottom, inner.right);
}
