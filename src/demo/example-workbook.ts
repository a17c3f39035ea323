/**
 * Lays out the example data (example-data.ts) as a workbook snapshot: the
 * bundled examples/exempelkommun.xlsx and the task pane's browser demo.
 * Pure: the same snapshot every time.
 */
import type { WritePlan } from '../workbook';
import type { Cell, CellValue, SheetData, TableData, WorkbookSnapshot } from '../workbook';
import {
  ACTIVITIES,
  GOALS,
  KOMMUNSTYRELSEN,
  PERIODS,
  SOCIALNAMNDEN,
  type ExampleIndicator,
  type Figure,
  type Unit,
} from './example-data';

export const EXAMPLE_SHEETS = {
  board: 'Kommunstyrelsen',
  social: 'Socialnämnden',
  goals: 'Mål',
  activities: 'Aktiviteter',
} as const;

export const EXAMPLE_TABLE = 'KS_indikatorer';

/** The indicator tables start under a title and an empty row. */
const HEADER_ROW = 3;

interface Column {
  header: string;
  width: number;
  cell: (indicator: ExampleIndicator) => Cell | null;
}

const NUM_FMT: Record<Unit, string | undefined> = {
  procent: '0 %',
  // Files store number formats the English way; Swedish Excel shows this as "0,0 %".
  'procent, en decimal': '0.0 %',
  'en decimal': '0.0',
  antal: undefined,
};

function isPercent(unit: Unit): boolean {
  return unit === 'procent' || unit === 'procent, en decimal';
}

/** A figure as Excel stores it: 82.5 % is 0.825. Text typed instead of a figure stays text. */
function figure(value: Figure | undefined, unit: Unit): Cell | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return { value };
  const stored = isPercent(unit) ? Number((value / 100).toPrecision(12)) : value;
  const numFmt = NUM_FMT[unit];
  return numFmt ? { value: stored, numFmt } : { value: stored };
}

function text(value: string | number | undefined): Cell | null {
  return value === undefined ? null : { value };
}

function focusAreaOf(goal: string): string {
  const found = GOALS.find((g) => g.name === goal);
  if (!found) throw new Error(`Example goal missing from GOALS: ${goal}`);
  return found.focusArea;
}

const col = (
  header: string,
  width: number,
  cell: (i: ExampleIndicator) => Cell | null,
): Column => ({ header, width, cell });

const PERIOD_COLUMNS: Column[] = PERIODS.map((header, k) =>
  col(header, 10, (i) => figure(i.values[k], i.unit)),
);

const BOARD_COLUMNS: Column[] = [
  col('Fokusområde', 18, (i) => text(focusAreaOf(i.goal))),
  col('Mål', 40, (i) => text(i.goal)),
  col('Indikator', 50, (i) => text(i.name)),
  col('Nämnd', 28, (i) => text(i.owner)),
  col('Ambitionsnivå', 14, (i) => text(i.rule)),
  col('Önskad riktning', 10, (i) => text(i.direction)),
  col('Startvärde', 10, (i) => figure(i.baseline, i.unit)),
  col('Startår', 8, (i) => text(i.baselineYear)),
  col('Målvärde', 10, (i) => figure(i.target, i.unit)),
  col('Målår', 8, (i) => text(i.targetYear)),
  col('Rikssnitt', 10, (i) => figure(i.comparison, i.unit)),
  ...PERIOD_COLUMNS,
  col('Sakkunnig bedömning', 16, (i) => text(i.expert)),
  col('Analys', 50, (i) => text(i.comment)),
  // Last, so that the columns before it stand where they always stood.
  col('Kolada-ID', 10, (i) => text(i.kolada)),
];

const SOCIAL_COLUMNS: Column[] = [
  col('Fokusområde', 18, (i) => text(focusAreaOf(i.goal))),
  col('Mål', 40, (i) => text(i.goal)),
  col('Indikator', 50, (i) => text(i.name)),
  col('Ambitionsnivå', 14, (i) => text(i.rule)),
  col('Önskad riktning', 10, (i) => text(i.direction)),
  col('Målvärde', 10, (i) => figure(i.target, i.unit)),
  col('Jämförelsevärde', 14, (i) => figure(i.comparison, i.unit)),
  ...PERIOD_COLUMNS,
  col('Sakkunnig bedömning', 16, (i) => text(i.expert)),
  col('Kommentar', 50, (i) => text(i.comment)),
  col('Kolada-ID', 10, (i) => text(i.kolada)),
];

/** Cells of one row indexed by 1-based column, holes where empty. */
function rowOf(cells: (Cell | null)[]): Cell[] {
  const row: Cell[] = [];
  cells.forEach((cell, k) => {
    if (cell) row[k + 1] = cell;
  });
  return row;
}

function headerRow(headers: readonly string[]): Cell[] {
  return rowOf(headers.map((value) => ({ value })));
}

function sheet(name: string, rows: Map<number, Cell[]>, tables: TableData[] = []): SheetData {
  return { name, rows, tables, merges: [], protected: false };
}

function indicatorRows(
  title: string,
  columns: Column[],
  indicators: ExampleIndicator[],
): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  rows.set(1, rowOf([{ value: title }]));
  rows.set(HEADER_ROW, headerRow(columns.map((c) => c.header)));
  indicators.forEach((indicator, k) => {
    rows.set(HEADER_ROW + 1 + k, rowOf(columns.map((c) => c.cell(indicator))));
  });
  return rows;
}

function boardSheet(): SheetData {
  const rows = indicatorRows(
    'Kommunfullmäktiges mål – uppföljning tertial 2 2024',
    BOARD_COLUMNS,
    KOMMUNSTYRELSEN,
  );
  const table: TableData = {
    name: EXAMPLE_TABLE,
    range: {
      top: HEADER_ROW,
      left: 1,
      bottom: HEADER_ROW + KOMMUNSTYRELSEN.length,
      right: BOARD_COLUMNS.length,
    },
    columns: BOARD_COLUMNS.map((c) => c.header),
    headerRow: true,
    totalsRow: false,
  };
  return sheet(EXAMPLE_SHEETS.board, rows, [table]);
}

function socialSheet(): SheetData {
  const rows = indicatorRows(
    'Socialnämndens indikatorer – tertial 2 2024',
    SOCIAL_COLUMNS,
    SOCIALNAMNDEN,
  );
  return sheet(EXAMPLE_SHEETS.social, rows);
}

const GOAL_HEADERS = ['Mål', 'Fokusområde', 'Sakkunnig bedömning', 'Analys'];
const ACTIVITY_HEADERS = ['Aktivitet', 'Mål', 'Ansvarig', 'Status'];

function listSheet(name: string, headers: string[], records: CellValue[][]): SheetData {
  const rows = new Map<number, Cell[]>([[1, headerRow(headers)]]);
  records.forEach((values, k) => {
    rows.set(2 + k, rowOf(values.map((value) => (value === null ? null : { value }))));
  });
  return sheet(name, rows);
}

function goalSheet(): SheetData {
  const records = GOALS.map((g) => [g.name, g.focusArea, g.expert ?? null, g.analysis ?? null]);
  return listSheet(EXAMPLE_SHEETS.goals, GOAL_HEADERS, records);
}

function activitySheet(): SheetData {
  const records = ACTIVITIES.map((a) => [a.activity, a.goal, a.owner, a.status]);
  return listSheet(EXAMPLE_SHEETS.activities, ACTIVITY_HEADERS, records);
}

/** Exempelkommun's follow-up at tertial 2 2024, before Målkoll has assessed it. */
export function exampleSnapshot(): WorkbookSnapshot {
  return {
    sheets: [boardSheet(), socialSheet(), goalSheet(), activitySheet()],
    names: [],
  };
}

function widths(sheetName: string, columnWidths: number[]) {
  return columnWidths.map((width, k) => ({ sheet: sheetName, col: k + 1, width }));
}

const bold = (sheetName: string, row: number, right: number) => ({
  sheet: sheetName,
  style: { bold: true },
  ranges: [{ top: row, left: 1, bottom: row, right }],
});

/**
 * Column widths and bold headings, which a snapshot does not carry: applied
 * as a write plan when the example file is made, so it opens readable. It
 * leaves no ownership mark: every cell stays the user's.
 */
export function exampleLayout(): WritePlan {
  const { board, social, goals, activities } = EXAMPLE_SHEETS;
  return {
    clear: [],
    sheets: [],
    tables: [],
    values: [],
    styles: [
      bold(board, 1, 1),
      bold(social, 1, 1),
      bold(social, HEADER_ROW, SOCIAL_COLUMNS.length),
      bold(goals, 1, GOAL_HEADERS.length),
      bold(activities, 1, ACTIVITY_HEADERS.length),
    ],
    links: [],
    columnWidths: [
      ...widths(
        board,
        BOARD_COLUMNS.map((c) => c.width),
      ),
      ...widths(
        social,
        SOCIAL_COLUMNS.map((c) => c.width),
      ),
      ...widths(goals, [50, 18, 20, 80]),
      ...widths(activities, [45, 50, 28, 14]),
    ],
    marks: [],
  };
}
