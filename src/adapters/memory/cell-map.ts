/** Something kept per cell (a style, a link), by sheet, row and column. */
import type { CellRange } from '../../workbook/snapshot';

export class CellMap<T> {
  private readonly sheets = new Map<string, Map<string, T>>();

  get(sheet: string, row: number, col: number): T | undefined {
    return this.sheets.get(sheet)?.get(key(row, col));
  }

  set(sheet: string, row: number, col: number, value: T): void {
    let cells = this.sheets.get(sheet);
    if (!cells) this.sheets.set(sheet, (cells = new Map()));
    cells.set(key(row, col), value);
  }

  delete(sheet: string, row: number, col: number): void {
    this.sheets.get(sheet)?.delete(key(row, col));
  }

  deleteRange(sheet: string, range: CellRange): void {
    const cells = this.sheets.get(sheet);
    if (!cells) return;
    for (const k of cells.keys()) {
      const [row, col] = k.split(':').map(Number);
      const inside =
        row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
      if (inside) cells.delete(k);
    }
  }

  deleteSheet(sheet: string): void {
    this.sheets.delete(sheet);
  }

  /** Moves the entry of one cell to another (or clears the other when there is none). */
  move(sheet: string, row: number, from: number, to: number): void {
    const value = this.get(sheet, row, from);
    this.delete(sheet, row, from);
    if (value === undefined) this.delete(sheet, row, to);
    else this.set(sheet, row, to, value);
  }
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}
