/**
 * A shared formula is written once, at its first cell; the other cells of
 * its range hold only its number. Their own formula is the first one with
 * its relative references moved by the cell's distance, as Excel shows it.
 */
import { columnLetters } from '../../workbook/address';

/** Cell references outside string literals and not part of a name or a function call. */
const REFERENCE = /(^|[^A-Za-z0-9_.$'"\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Even pieces lie outside double quotes, odd ones are string literals.
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 1 ? piece : shiftPiece(piece, rows, cols)))
    .join('"');
}

function shiftPiece(text: string, rows: number, cols: number): string {
  return text.replace(
    REFERENCE,
    (whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = columnNumber(letters);
      if (col > 16_384) return whole;
      const newCol = colAbs ? col : col + cols;
      const newRow = rowAbs ? Number(digits) : Number(digits) + rows;
      if (newCol < 1 || newRow < 1) return whole;
      return `${before}${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
    },
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
