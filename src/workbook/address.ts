/** A1 addresses, column letters and sheet-qualified references. */
import type { CellRange } from './snapshot';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384; // XFD

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeA1(r: CellRange): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref.trim());
  if (!m) return null;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** "B2:D9" or "B2" → range; null when not an address. */
export function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Quotes a sheet name for a reference: 'Nämnd A'!$B$2:$D$9. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function absoluteRef(sheet: string, r: CellRange): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  const start = abs(r.top, r.left);
  const end = abs(r.bottom, r.right);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** "'Nämnd A'!$B$2:$D$9" or "Blad1!B2" → sheet and range; null otherwise. */
export function parseSheetRef(ref: string): { sheet: string; range: CellRange } | null {
  const text = ref.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseRange(text.slice(bang + 1));
  return range ? { sheet, range } : null;
}
