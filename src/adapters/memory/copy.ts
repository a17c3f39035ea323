/** Deep copies of snapshots that keep the sparse rows sparse. */
import type {
  Cell,
  CellValue,
  DefinedName,
  SheetData,
  WorkbookSnapshot,
} from '../../workbook/snapshot';

/**
 * `asRead` leaves out empty cells and empty rows, as a host's read() does:
 * a cell with no value and no formula is not there to read.
 */
export function copySnapshot(snapshot: WorkbookSnapshot, asRead = false): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((s) => copySheet(s, asRead)),
    names: snapshot.names.map(copyName),
  };
}

export function copyName(name: DefinedName): DefinedName {
  return { name: name.name, sheet: name.sheet, range: { ...name.range } };
}

function copySheet(sheet: SheetData, asRead: boolean): SheetData {
  const rowNumbers = [...sheet.rows.keys()];
  if (asRead) rowNumbers.sort((a, b) => a - b);
  const rows = new Map<number, Cell[]>();
  for (const r of rowNumbers) {
    const copy: Cell[] = [];
    // Holes written out as undefined are holes too.
    (sheet.rows.get(r) ?? []).forEach((cell: Cell | undefined, col) => {
      if (cell && (!asRead || !isEmpty(cell))) copy[col] = copyCell(cell);
    });
    if (!asRead || copy.length > 0) rows.set(r, copy);
  }
  return {
    name: sheet.name,
    rows,
    tables: sheet.tables.map((t) => ({ ...t, range: { ...t.range }, columns: [...t.columns] })),
    merges: sheet.merges.map((m) => ({ ...m })),
    protected: sheet.protected,
  };
}

function isEmpty(cell: Cell): boolean {
  return cell.value === null && cell.formula === undefined;
}

function copyCell(cell: Cell): Cell {
  const copy: Cell = { value: copyValue(cell.value) };
  if (cell.numFmt !== undefined) copy.numFmt = cell.numFmt;
  if (cell.formula !== undefined) copy.formula = cell.formula;
  return copy;
}

function copyValue(value: CellValue): CellValue {
  if (value instanceof Date) return new Date(value.getTime());
  if (value !== null && typeof value === 'object') return { error: value.error };
  return value;
}
