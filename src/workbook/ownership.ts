/**
 * The ownership mark (§9): workbook-level defined names that Excel keeps on
 * save and that both the add-in and the command line read and write. A name
 * "Malkoll_Blad_<Kind>" says the whole sheet it points at is Målkoll's and
 * which of its sheets it is (the summary, Historik, Kolada), so that each is
 * found by its kind and never by its name or position; "Malkoll_Kolumner_N"
 * says the range it points at is Målkoll's (the four columns beside one
 * table). Excel moves the names with the cells when the user inserts rows or
 * columns, so the mark stays true. Version 1 wrote "Malkoll_Blad_1" for the
 * summary; it is still read as the summary's mark.
 */
import type { CellRange, DefinedName, WorkbookSnapshot } from './snapshot';

export const MARK_PREFIX = 'Malkoll_';
const SHEET_MARK = `${MARK_PREFIX}Blad_`;
const COLUMNS_MARK = `${MARK_PREFIX}Kolumner_`;

/** The sheets Målkoll owns whole, by what they are (§9, §10, §12). */
export type OwnedSheetKind = 'summary' | 'history' | 'kolada';

/** The word in the mark's name; ASCII only, as defined names are safest so. */
const KIND_WORD: Record<OwnedSheetKind, string> = {
  summary: 'Sammanstallning',
  history: 'Historik',
  kolada: 'Kolada',
};

export interface Owned {
  /** Sheets that Målkoll made and owns whole. */
  sheets: string[];
  /** What each owned sheet is, in the order of the marks. */
  kinds: { sheet: string; kind: OwnedSheetKind }[];
  /** Ranges beside (or inside) the user's tables that Målkoll wrote. */
  ranges: { sheet: string; range: CellRange }[];
}

export function isMark(name: string): boolean {
  return name.toLowerCase().startsWith(MARK_PREFIX.toLowerCase());
}

/**
 * The mark of one of Målkoll's sheets. `n` > 1 only where a second mark of the
 * same kind must be kept (a protected old sheet the plan could not rewrite).
 */
export function sheetMarkName(kind: OwnedSheetKind, n = 1): string {
  return `${SHEET_MARK}${KIND_WORD[kind]}${n > 1 ? `_${n}` : ''}`;
}

export function isSheetMark(name: string): boolean {
  return name.toLowerCase().startsWith(SHEET_MARK.toLowerCase());
}

/** The kind a sheet mark names; version 1's numbered marks were the summary's. */
export function sheetMarkKind(name: string): OwnedSheetKind | null {
  if (!isSheetMark(name)) return null;
  const rest = name.slice(SHEET_MARK.length).toLowerCase();
  if (/^\d+$/.test(rest)) return 'summary';
  for (const kind of Object.keys(KIND_WORD) as OwnedSheetKind[]) {
    const word = KIND_WORD[kind].toLowerCase();
    if (rest === word || rest.startsWith(`${word}_`)) return kind;
  }
  return null;
}

/** The sheet that holds Målkoll's sheet of this kind, or null. */
export function ownedSheet(owned: Owned, kind: OwnedSheetKind): string | null {
  return owned.kinds.find((k) => k.kind === kind)?.sheet ?? null;
}

export function columnsMarkName(index: number): string {
  return `${COLUMNS_MARK}${index}`;
}

export function ownedBy(names: DefinedName[], snapshot?: WorkbookSnapshot): Owned {
  const existing = snapshot ? new Set(snapshot.sheets.map((s) => s.name)) : null;
  const owned: Owned = { sheets: [], kinds: [], ranges: [] };
  for (const n of names) {
    if (existing && !existing.has(n.sheet)) continue; // a name left dangling by a deleted sheet
    const lower = n.name.toLowerCase();
    const kind = sheetMarkKind(n.name);
    if (kind) {
      if (!owned.sheets.includes(n.sheet)) owned.sheets.push(n.sheet);
      if (!owned.kinds.some((k) => k.sheet === n.sheet)) owned.kinds.push({ sheet: n.sheet, kind });
    } else if (isSheetMark(n.name)) {
      // A sheet mark of a kind this version does not know (a newer Målkoll's): still Målkoll's sheet.
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
