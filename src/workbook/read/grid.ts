/**
 * One sheet's cells as the reader sees them: Målkoll's own cells are empty,
 * and addresses beyond Excel's limits do not exist.
 */
import { MAX_COLS, MAX_ROWS } from '../address';
import type { Cell, CellRange, SheetData } from '../snapshot';
import { isEmptyCell } from './cells';

/** Above this many columns a row is walked by its stored cells, not column by column. */
const DENSE_WALK_LIMIT = 64;

export class SheetGrid {
  readonly name: string;
  /** The rows that hold cells, ascending. */
  readonly rowNumbers: number[];
  private readonly rows: Map<number, Cell[]>;
  /** Merged areas over several rows, by their left column (built on first use). */
  private tallMerges: Map<number, CellRange[]> | null = null;

  constructor(
    readonly sheet: SheetData,
    /** Ranges of this sheet that Målkoll wrote. */
    readonly owned: readonly CellRange[],
  ) {
    this.name = sheet.name;
    this.rows = sheet.rows instanceof Map ? sheet.rows : new Map();
    this.rowNumbers = [...this.rows.keys()]
      .filter((r) => Number.isInteger(r) && r >= 1 && r <= MAX_ROWS)
      .sort((a, b) => a - b);
  }

  /** The cell at (row, col); undefined when empty, Målkoll's own or out of bounds. */
  cell(row: number, col: number): Cell | undefined {
    if (col < 1 || col > MAX_COLS) return undefined;
    const cell = this.rows.get(row)?.[col];
    if (!cell || typeof cell !== 'object') return undefined;
    if (this.owned.length > 0 && this.isOwned(row, col)) return undefined;
    return cell;
  }

  /**
   * The cell at (row, col), or, inside a merged area, the area's top-left
   * cell: officials merge a goal or focus-area cell over the indicator rows
   * that share it, and every one of those rows means that value.
   */
  mergedCell(row: number, col: number): Cell | undefined {
    const own = this.cell(row, col);
    if (own && !isEmptyCell(own)) return own;
    const area = this.tallMergesAt(col).find((r) => row > r.top && row <= r.bottom);
    return area ? this.cell(area.top, area.left) : own;
  }

  private tallMergesAt(col: number): CellRange[] {
    if (!this.tallMerges) {
      this.tallMerges = new Map();
      for (const m of Array.isArray(this.sheet.merges) ? this.sheet.merges : []) {
        const r = validRange(m);
        if (!r || r.bottom === r.top) continue;
        for (let c = r.left; c <= Math.min(r.right, r.left + 64); c++) {
          const list = this.tallMerges.get(c) ?? [];
          list.push(r);
          this.tallMerges.set(c, list);
        }
      }
    }
    return this.tallMerges.get(col) ?? [];
  }

  isOwned(row: number, col: number): boolean {
    return this.owned.some(
      (r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right,
    );
  }

  /**
   * Calls `visit` for each stored, non-empty, not owned cell of the row, left
   * to right. Sparse rows (a cell at XFD) are walked by their stored cells.
   */
  forEachCell(row: number, visit: (col: number, cell: Cell) => void): void {
    const cells = this.rows.get(row);
    if (!Array.isArray(cells)) return;
    const take = (col: number) => {
      const cell = this.cell(row, col);
      if (cell && !isEmptyCell(cell)) visit(col, cell);
    };
    if (cells.length <= DENSE_WALK_LIMIT) {
      for (let col = 1; col < cells.length; col++) take(col);
      return;
    }
    for (const key in cells) {
      const col = Number(key);
      if (Number.isInteger(col)) take(col);
    }
  }

  /** Does the row hold a value in any column from left to right? */
  hasValueIn(row: number, left: number, right: number): boolean {
    if (right - left < DENSE_WALK_LIMIT) {
      for (let col = left; col <= right; col++) {
        if (!isEmptyCell(this.cell(row, col))) return true;
      }
      return false;
    }
    let found = false;
    this.forEachCell(row, (col) => {
      if (col >= left && col <= right) found = true;
    });
    return found;
  }

  /** Does the row hold a formula (calculated or not) in any column from left to right? */
  hasFormulaIn(row: number, left: number, right: number): boolean {
    const cells = this.rows.get(row);
    if (!Array.isArray(cells)) return false;
    for (const key in cells) {
      const col = Number(key);
      if (col < left || col > right) continue;
      if (typeof this.cell(row, col)?.formula === 'string') return true;
    }
    return false;
  }

  /** Index of the first row number ≥ row in rowNumbers. */
  firstRowIndexAtOrAfter(row: number): number {
    let lo = 0;
    let hi = this.rowNumbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rowNumbers[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The stored rows from `from` to `to`, inclusive, ascending. */
  rowsBetween(from: number, to: number): number[] {
    const rows: number[] = [];
    for (let i = this.firstRowIndexAtOrAfter(from); i < this.rowNumbers.length; i++) {
      const row = this.rowNumbers[i];
      if (row > to) break;
      rows.push(row);
    }
    return rows;
  }
}

/** A range with whole-number coordinates inside the sheet, or null. */
export function validRange(range: CellRange | undefined): CellRange | null {
  if (!range) return null;
  const { top, left, bottom, right } = range;
  const ok =
    [top, left, bottom, right].every(Number.isInteger) &&
    top >= 1 &&
    left >= 1 &&
    top <= bottom &&
    left <= right &&
    bottom <= MAX_ROWS &&
    right <= MAX_COLS;
  return ok ? { top, left, bottom, right } : null;
}
