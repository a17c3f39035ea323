/**
 * §12: the municipality. `--kommun` on the command line, else the Metod
 * sheet's row Kommun (not a method parameter of §6): a municipality id (four
 * digits; 180 is read as 0180) or a name as Kolada writes it.
 */
import { a1 } from '../address';
import type { PlanValue, ValueBlock, WritePlan } from '../plan/types';
import { cellText } from '../read/cells';
import { SheetGrid } from '../read/grid';
import { METHOD_HEADERS, normaliseHeader } from '../read/headers';
import { isMethodSheet } from '../read/method-sheet';
import type { SheetData, WorkbookSnapshot } from '../snapshot';

/** The Parameter cell's word for the municipality (compared as headers are). */
export const KOMMUN_ROW = 'Kommun';
const KOMMUN_WORDS = new Set(['Kommun', 'Municipality'].map(normaliseHeader));
const KOMMUN_DESCRIPTION =
  'Kommunen vars utfall hämtas från Kolada: kommunkod (t.ex. 2260) eller namn (t.ex. Ånge).';

export type KommunGiven = { kind: 'id'; id: string } | { kind: 'name'; name: string };

/** "180" and 180 → id 0180; "Ånge" → a name; empty → null. */
export function parseKommun(text: string | number | null | undefined): KommunGiven | null {
  if (text === null || text === undefined) return null;
  const s = String(text).trim();
  if (s === '') return null;
  if (/^\d{1,4}$/.test(s)) return { kind: 'id', id: s.padStart(4, '0') };
  return { kind: 'name', name: s };
}

export interface MethodKommun {
  sheet: string;
  /** The Värde cell, A1. */
  cell: string;
  text: string;
}

interface MethodTable {
  sheet: SheetData;
  grid: SheetGrid;
  headerRow: number;
  parameter: number;
  value: number;
  description: number | null;
}

function findTable(snapshot: WorkbookSnapshot): MethodTable | null {
  const sheet = snapshot.sheets.find((s) => isMethodSheet(s.name));
  if (!sheet) return null;
  const grid = new SheetGrid(sheet, []);
  const names = (h: { sv: readonly string[]; en: readonly string[] }) =>
    new Set([...h.sv, ...h.en].map(normaliseHeader));
  const [parameterNames, valueNames, descriptionNames] = [
    names(METHOD_HEADERS.parameter),
    names(METHOD_HEADERS.value),
    names(METHOD_HEADERS.description),
  ];
  for (const row of grid.rowNumbers) {
    let parameter: number | undefined;
    let value: number | undefined;
    let description: number | null = null;
    grid.forEachCell(row, (col, cell) => {
      if (typeof cell.value !== 'string') return;
      const key = normaliseHeader(cell.value);
      if (parameter === undefined && parameterNames.has(key)) parameter = col;
      else if (value === undefined && valueNames.has(key)) value = col;
      else if (description === null && descriptionNames.has(key)) description = col;
    });
    if (parameter !== undefined && value !== undefined) {
      return { sheet, grid, headerRow: row, parameter, value, description };
    }
  }
  return null;
}

function kommunRow(table: MethodTable): number | null {
  for (const row of table.grid.rowNumbers.filter((r) => r > table.headerRow)) {
    const word = cellText(table.grid.cell(row, table.parameter));
    if (word !== null && KOMMUN_WORDS.has(normaliseHeader(word))) return row;
  }
  return null;
}

/** The Metod sheet's Kommun value and its cell, or null where there is none. */
export function readMethodKommun(snapshot: WorkbookSnapshot): MethodKommun | null {
  const table = findTable(snapshot);
  if (!table) return null;
  const row = kommunRow(table);
  if (row === null) return null;
  const text = cellText(table.grid.cell(row, table.value));
  if (text === null) return null;
  return { sheet: table.sheet.name, cell: a1(row, table.value), text };
}

/**
 * Saves the municipality to the Metod sheet as the parameters are saved: only
 * the Kommun row's Värde cell changes, or a row of its own is added under the
 * table. Null where the workbook has no Metod table yet (the caller saves the
 * parameters first, which makes one).
 */
export function buildKommunPlan(snapshot: WorkbookSnapshot, kommun: string): WritePlan | null {
  const table = findTable(snapshot);
  if (!table) return null;
  const value: PlanValue = kommun.trim();
  const blocks: ValueBlock[] = [];
  const row = kommunRow(table);
  const name = table.sheet.name;
  if (row !== null) {
    blocks.push({ sheet: name, top: row, left: table.value, values: [[value]] });
  } else {
    let last = table.headerRow;
    for (const r of table.grid.rowNumbers) {
      let has = false;
      table.grid.forEachCell(r, (_col, cell) => {
        has ||= cellText(cell) !== null;
      });
      if (has) last = Math.max(last, r);
    }
    const at = (left: number, v: PlanValue): ValueBlock => ({
      sheet: name,
      top: last + 1,
      left,
      values: [[v]],
    });
    blocks.push(at(table.parameter, KOMMUN_ROW), at(table.value, value));
    if (table.description !== null) blocks.push(at(table.description, KOMMUN_DESCRIPTION));
  }
  return {
    clear: [],
    sheets: [],
    tables: [],
    values: blocks,
    styles: [],
    links: [],
    columnWidths: [],
  };
}
