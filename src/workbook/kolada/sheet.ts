/**
 * §12: Målkoll's Kolada sheet, found by its mark (§9), never by its name:
 * "Källa: Kolada" above a table with one row per KPI and year. Reading it back
 * gives the figures every later assessment uses; planning it writes a fetch.
 */
import type { Lang } from '../../engine/types';
import { ownedSheet, type Owned } from '../ownership';
import type { PlanContext } from '../plan/context';
import { BOLD } from '../plan/styles';
import type { PlanValue } from '../plan/types';
import { cellText } from '../read/cells';
import { SheetGrid } from '../read/grid';
import { normaliseHeader } from '../read/headers';
import { readNumber } from '../read/numbers';
import type { SheetData, WorkbookSnapshot } from '../snapshot';
import type { KoladaData, KoladaRow } from './types';

/** Kolada's terms ask that the data be credited so, whatever the language. */
export const KOLADA_CREDIT = 'Källa: Kolada';

export const KOLADA_SHEET_NAME = 'Kolada';

type Column = 'kpi' | 'title' | 'municipality' | 'year' | 'value' | 'national' | 'fetched';

const COLUMNS: readonly Column[] = [
  'kpi',
  'title',
  'municipality',
  'year',
  'value',
  'national',
  'fetched',
];

export const KOLADA_HEADERS: Record<Lang, Record<Column, string>> = {
  sv: {
    kpi: 'Kolada-ID',
    title: 'Nyckeltal',
    municipality: 'Kommun',
    year: 'År',
    value: 'Värde',
    national: 'Riket',
    fetched: 'Hämtad',
  },
  en: {
    kpi: 'KPI id',
    title: 'KPI',
    municipality: 'Municipality',
    year: 'Year',
    value: 'Value',
    national: 'National',
    fetched: 'Fetched',
  },
};

const WIDTHS = [12, 70, 10, 8, 10, 10, 12];
/** The table's header row: the credit, an empty row, then the table. */
const HEADER_ROW = 3;

/** Header text (normalised, either language) → its column. */
const BY_HEADER = new Map<string, Column>();
for (const lang of ['sv', 'en'] as const) {
  for (const col of COLUMNS) BY_HEADER.set(normaliseHeader(KOLADA_HEADERS[lang][col]), col);
}
BY_HEADER.set(normaliseHeader('Kolada ID'), 'kpi');

/** The figures on Målkoll's Kolada sheet, or null where the workbook has none. */
export function readKoladaSheet(snapshot: WorkbookSnapshot, owned: Owned): KoladaData | null {
  const name = ownedSheet(owned, 'kolada');
  const sheet = name === null ? undefined : snapshot.sheets.find((s) => s.name === name);
  return sheet ? readSheet(sheet) : null;
}

function readSheet(sheet: SheetData): KoladaData {
  const grid = new SheetGrid(sheet, []);
  const header = findHeader(grid);
  if (!header) return { rows: [] };
  const rows: KoladaRow[] = [];
  for (const row of grid.rowNumbers.filter((r) => r > header.row)) {
    const text = (col: Column) => {
      const c = header.cols.get(col);
      return c === undefined ? null : cellText(grid.cell(row, c));
    };
    const number = (col: Column) => {
      const c = header.cols.get(col);
      const read = c === undefined ? null : readNumber(grid.cell(row, c));
      return read?.kind === 'number' ? read.value : null;
    };
    const kpi = text('kpi');
    const year = number('year');
    if (kpi === null || year === null || !Number.isInteger(year)) continue;
    rows.push({
      kpi,
      title: text('title') ?? '',
      municipality: text('municipality') ?? '',
      year,
      value: number('value'),
      national: number('national'),
      fetched: text('fetched') ?? '',
    });
  }
  return { rows };
}

function findHeader(grid: SheetGrid): { row: number; cols: Map<Column, number> } | null {
  for (const row of grid.rowNumbers) {
    const cols = new Map<Column, number>();
    grid.forEachCell(row, (col, cell) => {
      if (typeof cell.value !== 'string') return;
      const found = BY_HEADER.get(normaliseHeader(cell.value));
      if (found && !cols.has(found)) cols.set(found, col);
    });
    if (cols.has('kpi') && cols.has('year') && cols.has('value')) return { row, cols };
  }
  return null;
}

/** The Kolada sheet's name: its old name when rewritten, else "Kolada" or the first free "Kolada (n)". */
export function koladaSheetName(snapshot: WorkbookSnapshot, owned: Owned): string {
  const replaces = ownedSheet(owned, 'kolada');
  if (replaces !== null) return replaces;
  const taken = (name: string) =>
    snapshot.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!taken(KOLADA_SHEET_NAME)) return KOLADA_SHEET_NAME;
  let n = 2;
  while (taken(`${KOLADA_SHEET_NAME} (${n})`)) n++;
  return `${KOLADA_SHEET_NAME} (${n})`;
}

/** Writes a completed fetch: the sheet is rewritten whole. Returns its name, for the mark. */
export function planKoladaSheet(ctx: PlanContext, data: KoladaData): string {
  const name = koladaSheetName(ctx.snapshot, ctx.owned);
  const replaces = ownedSheet(ctx.owned, 'kolada');
  ctx.plan.sheets.push({ name, replaces, columnWidths: WIDTHS, freezeRows: HEADER_ROW });
  const headers = COLUMNS.map((c) => KOLADA_HEADERS[ctx.lang][c]);
  const rows: PlanValue[][] = sortedRows(data).map((r) => [
    r.kpi,
    r.title,
    r.municipality,
    r.year,
    r.value,
    r.national,
    r.fetched,
  ]);
  ctx.plan.values.push({ sheet: name, top: 1, left: 1, values: [[KOLADA_CREDIT]] });
  ctx.plan.values.push({ sheet: name, top: HEADER_ROW, left: 1, values: [headers, ...rows] });
  ctx.styles.range(name, BOLD, { top: 1, bottom: 1, left: 1, right: 1 });
  ctx.styles.range(name, BOLD, {
    top: HEADER_ROW,
    bottom: HEADER_ROW,
    left: 1,
    right: COLUMNS.length,
  });
  return name;
}

/** KPI, then year: the order an official looks a figure up in. */
function sortedRows(data: KoladaData): KoladaRow[] {
  return [...data.rows].sort((a, b) =>
    a.kpi === b.kpi ? a.year - b.year : a.kpi < b.kpi ? -1 : 1,
  );
}
