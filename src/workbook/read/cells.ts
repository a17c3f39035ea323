/** Reading one cell's value as text, the way every text field of §7 is read. */
import type { Cell, CellValue, ErrorValue } from '../snapshot';

export function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as ErrorValue).error === 'string'
  );
}

/** The cell's value as text, trimmed; null when the cell is empty or holds only space. */
export function cellText(cell: Cell | undefined): string | null {
  const text = valueText(cell?.value);
  if (text === null) return null;
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cellText(cell) === null;
}

function valueText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (isErrorValue(value)) return value.error;
  return null;
}
