/**
 * fast-check generators of workbooks. `hostileSnapshot`: any cells at all,
 * with header words, number-like text, extremes, error values, random merges
 * and random Excel tables, for "the reader never fails". `indicatorWorkbook`:
 * sheets of plausible indicator tables (blocks and Excel tables) with bad
 * values in them, notes that may stand in the way, text that looks like a
 * formula and a Metod sheet now and then, for the invariants.
 */
import fc from 'fast-check';
import { MAX_COLS, MAX_ROWS } from '../../src/workbook/address';
import type {
  Cell,
  CellRange,
  CellValue,
  SheetData,
  TableData,
  WorkbookSnapshot,
} from '../../src/workbook/snapshot';
import { err } from '../support/snapshot-builder';

const HEADER_WORDS = [
  'Indikator',
  'Mått',
  'KPI',
  'Mål',
  'Fokusområde',
  'Nämnd',
  'Utfall',
  'Utfall 2023',
  'Utfall T2 2024',
  'Helår 2022',
  '2021',
  'Målvärde',
  'Startvärde',
  'Startår',
  'Målår',
  'Utfallsår',
  'Jämförelsevärde',
  'Föregående utfall',
  'Önskad riktning',
  'Ambitionsnivå',
  'Sakkunnig bedömning',
  'Kommentar',
  'Vikt',
  'Aktivitet',
  'Status',
  'Parameter',
  'Värde',
];

const NUMBER_TEXTS = [
  '12,5',
  '1\u00a0234,5',
  '1\u202f234,5',
  '12.5',
  '\u22123',
  '-3',
  '80 %',
  '1,234',
  'tolv',
  '1.234,5',
  '12,5,6',
  'saknas',
  'n/a',
  '-',
  '–',
  '..',
  '#N/A',
];

/** Text that Excel would take for a formula, were it typed. */
const FORMULA_LIKE = ['=SUMMA(A1:A3)', '+46 Vård', '-Minus först', '@Användare', '=1+1'];

const WORDS = [
  'Öka',
  'Minska',
  '↑',
  '−',
  'Ned',
  'uppåt?',
  'Målvärde',
  'Förbättring',
  'Jämförelse',
  'Takt',
  'Manuell',
  'Uppfyllt',
  'Delvis',
  'Röd',
  'Kanske',
  'Genomförd',
];

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!'];

const extremeNumber = fc.constantFrom(1e300, -1e300, 1e-300, -1e-300, 0, -0, Number.MAX_VALUE);

const number = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -100, max: 2100 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: extremeNumber },
);

const errorValue = fc.constantFrom(...ERRORS).map((e) => err(e));

/** Dates within what Excel can show (1900–9999), whole days as Excel stores them. */
const excelDate = fc
  .integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(9999, 11, 31) })
  .map((t) => new Date(Math.floor(t / 86_400_000) * 86_400_000));

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS, ...NUMBER_TEXTS, ...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: excelDate },
  { weight: 1, arbitrary: errorValue },
  { weight: 2, arbitrary: fc.constant(null) },
);

const numFmt = fc.constantFrom(undefined, '0 %', '0.0', 'yyyy-mm-dd', '"%"0', '#,##0');

/** A cell, sometimes with a number format, sometimes a formula whose last result is the value. */
const anyCell: fc.Arbitrary<Cell> = fc
  .record({ value: anyValue, numFmt, formula: fc.constantFrom(undefined, undefined, '=1+1') })
  .map(({ value, numFmt: f, formula }) => ({
    value,
    ...(f ? { numFmt: f } : {}),
    ...(formula && value !== null ? { formula } : {}),
  }));

// ---------------------------------------------------------------- hostile

/** Rows and columns near the start, or at the sheet's far edges. */
const position = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 8 }) },
    { weight: 1, arbitrary: fc.integer({ min: max - 8, max }) },
  );

const smallRange = (maxRow: number, maxCol: number): fc.Arbitrary<CellRange> =>
  fc.tuple(position(maxRow), position(maxCol), fc.nat(4), fc.nat(4)).map(([top, left, h, w]) => ({
    top,
    left,
    bottom: Math.min(top + h, maxRow),
    right: Math.min(left + w, maxCol),
  }));

const hostileTable = (name: string, maxRow: number): fc.Arbitrary<TableData> =>
  fc
    .record({
      range: smallRange(maxRow, MAX_COLS),
      headerRow: fc.boolean(),
      totalsRow: fc.boolean(),
      columns: fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 6 }),
    })
    .map((t) => ({ name, ...t }));

/** A header row that starts a table: an anchor word, an outcome word, and others, in any order. */
const headerWords = fc
  .tuple(
    fc.constantFrom('Indikator', 'Mått', 'KPI', 'Mål', 'Aktivitet'),
    fc.constantFrom('Utfall', 'Utfall 2023', '2021', 'Helår 2022', 'Status', 'Analys'),
    fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 6 }),
  )
  .chain(([anchor, outcome, more]) =>
    fc.shuffledSubarray([anchor, outcome, ...more], { minLength: 2 }),
  );

/** A block: header words at a row and column, rows of any cells under it, maybe an Excel table over it. */
const hostileBlock = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  col: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(MAX_COLS - 3)),
  header: headerWords,
  body: fc.array(fc.array(fc.option(anyCell), { maxLength: 9 }), { maxLength: 6 }),
  excel: fc.boolean(),
});

const hostileSheet = (name: string, maxRow: number): fc.Arbitrary<SheetData> =>
  fc
    .record({
      blocks: fc.array(hostileBlock, { maxLength: 2 }),
      cells: fc.array(fc.tuple(position(maxRow), position(MAX_COLS), anyCell), {
        maxLength: 40,
      }),
      merges: fc.array(smallRange(maxRow, MAX_COLS), { maxLength: 3 }),
      tables: fc.array(fc.nat(1000), { maxLength: 2 }),
      protected: fc.boolean(),
    })
    .chain((s) =>
      fc.tuple(...s.tables.map((n) => hostileTable(`T${n}`, maxRow))).map((randomTables) => {
        const rows = new Map<number, Cell[]>();
        const put = (row: number, col: number, cell: Cell) => {
          if (!rows.has(row)) rows.set(row, []);
          (rows.get(row) as Cell[])[col] = cell;
        };
        const tables: TableData[] = [];
        s.blocks.forEach((b, k) => {
          const width = Math.min(b.header.length, MAX_COLS - b.col + 1);
          b.header.slice(0, width).forEach((word, i) => put(b.row, b.col + i, { value: word }));
          b.body.forEach((cells, r) =>
            cells.slice(0, width).forEach((c, i) => c && put(b.row + 1 + r, b.col + i, c)),
          );
          if (!b.excel) return;
          const range = {
            top: b.row,
            left: b.col,
            bottom: b.row + Math.max(b.body.length, 1),
            right: b.col + width - 1,
          };
          tables.push({
            name: `Block${k}`,
            range,
            columns: b.header.slice(0, width),
            headerRow: true,
            totalsRow: false,
          });
        });
        for (const [row, col, cell] of s.cells) put(row, col, cell);
        tables.push(...randomTables);
        return { name, rows, tables, merges: s.merges, protected: s.protected };
      }),
    );

const SHEET_NAMES = [
  'Nämnd',
  'Socialnämnden',
  'Metod',
  'Sammanställning',
  "Bladet's namn",
  'Ark 2',
];

/**
 * Any cells at all; sheet names unique, as Excel requires. Cells go near the
 * sheet's start and at its last columns, and with `lastRows` at its last rows
 * too: a block stretched down to them is a million rows long.
 */
export function hostileSnapshot(lastRows: boolean): fc.Arbitrary<WorkbookSnapshot> {
  const maxRow = lastRows ? MAX_ROWS : 40;
  return fc
    .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
    .chain((names) => fc.tuple(...names.map((name) => hostileSheet(name, maxRow))))
    .map((sheets) => ({ sheets, names: [] }));
}

// ---------------------------------------------------------------- plausible

type Column = { header: string; value: fc.Arbitrary<CellValue> };

const text = fc.oneof(
  fc.constantFrom('Trygg kommun', 'Hållbar natur', 'Socialnämnden', ' ', ...FORMULA_LIKE),
  fc.string({ maxLength: 10 }),
);
const badOrNumber = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
  { weight: 1, arbitrary: fc.oneof(errorValue, fc.boolean(), excelDate) },
  { weight: 2, arbitrary: fc.constant(null) },
);
const year = fc.constantFrom<CellValue>(2015, 2020, 2023, 2030, '2030', 'T2 2024', 'i fjol', null);

const OPTIONAL_COLUMNS: Column[] = [
  { header: 'Mål', value: text },
  { header: 'Fokusområde', value: text },
  { header: 'Nämnd', value: text },
  { header: 'Önskad riktning', value: fc.constantFrom('Öka', 'Minska', '↓', 'uppåt?', null) },
  {
    header: 'Ambitionsnivå',
    value: fc.constantFrom('Målvärde', 'Förbättring', 'Jämförelse', 'Takt', 'Manuell', 'x', null),
  },
  { header: 'Startvärde', value: badOrNumber },
  { header: 'Startår', value: year },
  { header: 'Målvärde', value: badOrNumber },
  { header: 'Målår', value: year },
  { header: 'Jämförelsevärde', value: badOrNumber },
  { header: 'Föregående utfall', value: badOrNumber },
  { header: 'Sakkunnig bedömning', value: fc.constantFrom('Uppfyllt', 'Delvis', 'Kanske', null) },
  { header: 'Kommentar', value: text },
  { header: 'Vikt', value: fc.constantFrom<CellValue>(1, 2, 0, -1, 'två', null) },
];

const OUTCOME_COLUMNS = [
  ['Utfall'],
  ['Utfall 2022', 'Utfall 2023'],
  ['Helår 2021', 'Utfall T2 2024'],
];

interface TableSpec {
  excel: boolean;
  left: number;
  /** Rows above the table, after the previous one. */
  gap: number;
  headers: string[];
  rows: CellValue[][];
  /** Notes beside the table: [row offset from the header, columns right of the table]. */
  notes: [number, number][];
  title: boolean;
  /** The first row's last cell is a formula (with its last result). */
  formula: boolean;
}

const tableSpec: fc.Arbitrary<TableSpec> = fc
  .record({
    excel: fc.boolean(),
    left: fc.integer({ min: 1, max: 4 }),
    gap: fc.integer({ min: 0, max: 2 }),
    optional: fc.subarray(OPTIONAL_COLUMNS, { maxLength: 7 }),
    outcomes: fc.constantFrom(...OUTCOME_COLUMNS),
    rowCount: fc.integer({ min: 1, max: 5 }),
    notes: fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 9 })), { maxLength: 1 }),
    title: fc.boolean(),
    formula: fc.boolean(),
  })
  .chain((t) => {
    const columns: Column[] = [
      { header: 'Indikator', value: fc.oneof(text, fc.constant('Indikator med värde')) },
      ...t.optional,
      ...t.outcomes.map((header) => ({ header, value: badOrNumber })),
    ];
    const row = fc.tuple(...columns.map((c) => c.value));
    return fc.array(row, { minLength: t.rowCount, maxLength: t.rowCount }).map((rows) => ({
      excel: t.excel,
      left: t.left,
      gap: t.gap,
      headers: columns.map((c) => c.header),
      // Every table has one indicator at least, so that there is something to assess.
      rows: rows.map((r, i) => (i === 0 ? ['Första indikatorn', ...r.slice(1)] : r)),
      notes: t.notes,
      title: t.title,
      formula: t.formula,
    }));
  });

const methodRows = fc.array(
  fc.tuple(
    fc.constantFrom(
      'Delvis-gräns målvärde',
      'Takt i fas',
      'Takt delvis',
      'Sammanvägning',
      'minCoverage',
    ),
    fc.constantFrom<CellValue>(0.5, '80 %', 1.5, -1, 'poäng', 'två sämsta', 'x', null),
  ),
  { maxLength: 4 },
);

export interface IndicatorWorkbook {
  snapshot: WorkbookSnapshot;
  /** Cells that hold text beginning with =, +, - or @. */
  formulaLike: { sheet: string; row: number; col: number }[];
}

export const indicatorWorkbook: fc.Arbitrary<IndicatorWorkbook> = fc
  .record({
    names: fc.uniqueArray(
      fc.constantFrom('Nämnd A', 'Socialnämnden', 'Sammanställning', "Bladet's"),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
    tables: fc.array(fc.array(tableSpec, { minLength: 1, maxLength: 2 }), {
      minLength: 2,
      maxLength: 2,
    }),
    method: fc.option(methodRows),
  })
  .map(({ names, tables, method }) => {
    const sheets = names.map((name, i) => layOut(name, tables[i], i));
    if (method) sheets.push(plainSheet('Metod', [['Parameter', 'Värde'], ...method]));
    const snapshot = { sheets, names: [] };
    return { snapshot, formulaLike: formulaLikeCells(snapshot) };
  });

function layOut(name: string, specs: TableSpec[], sheetIndex: number): SheetData {
  const sheet = plainSheet(name, []);
  let top = 1;
  specs.forEach((spec, k) => {
    top += spec.gap + (spec.title ? 1 : 0);
    const right = spec.left + spec.headers.length - 1;
    const bottom = top + spec.rows.length;
    if (spec.title) {
      put(sheet, top - 1, spec.left, `Tabell ${k + 1}`);
      sheet.merges.push({ top: top - 1, left: spec.left, bottom: top - 1, right });
    }
    spec.headers.forEach((h, c) => put(sheet, top, spec.left + c, h));
    spec.rows.forEach((r, i) => r.forEach((v, c) => put(sheet, top + 1 + i, spec.left + c, v)));
    if (spec.formula) (sheet.rows.get(top + 1) as Cell[])[right] = { value: 2, formula: '=1+1' };
    for (const [dr, dc] of spec.notes)
      put(sheet, top + Math.min(dr, spec.rows.length), right + dc, 'anteckning');
    if (spec.excel) {
      const range = { top, left: spec.left, bottom, right };
      sheet.tables.push({
        name: `Tabell${sheetIndex + 1}_${k + 1}`,
        range,
        columns: spec.headers,
        headerRow: true,
        totalsRow: false,
      });
    }
    top = bottom + 2;
  });
  return sheet;
}

function plainSheet(name: string, rows: CellValue[][]): SheetData {
  const sheet: SheetData = { name, rows: new Map(), tables: [], merges: [], protected: false };
  rows.forEach((r, i) => r.forEach((v, c) => put(sheet, i + 1, c + 1, v)));
  return sheet;
}

function put(sheet: SheetData, row: number, col: number, value: CellValue): void {
  if (value === null) return;
  if (!sheet.rows.has(row)) sheet.rows.set(row, []);
  (sheet.rows.get(row) as Cell[])[col] = { value };
}

function formulaLikeCells(snapshot: WorkbookSnapshot): IndicatorWorkbook['formulaLike'] {
  const found: IndicatorWorkbook['formulaLike'] = [];
  for (const sheet of snapshot.sheets) {
    for (const [row, cells] of sheet.rows) {
      cells.forEach((cell, col) => {
        if (typeof cell?.value === 'string' && /^[=+\-@]/.test(cell.value)) {
          found.push({ sheet: sheet.name, row, col });
        }
      });
    }
  }
  return found;
}
