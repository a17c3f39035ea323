import fc from 'fast-check';
import { parseA1 } from '../../../src/workbook/address';
import { readWorkbook } from '../../../src/workbook/read';
import type { Cell, CellRange, SheetData } from '../../../src/workbook/snapshot';
import { definedName, err, workbook } from '../../support/snapshot-builder';

const words = [
  'Indikator',
  'Mått',
  'Mål',
  'Utfall',
  'Utfall 2023',
  'Utfall T2 2024',
  '2022',
  'Målvärde',
  'Startvärde',
  'Startår',
  'Målår',
  'Utfallsår',
  'Vikt',
  'Riktning',
  'Öka',
  '↓',
  'Ambitionsnivå',
  'Takt',
  'Sakkunnig bedömning',
  'Analys',
  'Aktivitet',
  'Status',
  'Föregående utfall',
  'Nämnd',
  'Parameter',
  'Värde',
  'Takt i fas',
  'Sammanvägning',
  '80 %',
  '1 234,5',
  '1.234,5',
  'saknas',
  '-',
  'tolv',
  '',
];

const value = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 2100 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(err('#N/A'), err('#DIV/0!'), err('#REF!')),
  fc.constant(null),
);

const cellArb: fc.Arbitrary<Cell> = fc.record(
  { value, numFmt: fc.constantFrom('0 %', 'General', '0.0', '"%"0') },
  { requiredKeys: ['value'] },
);

/** A small random area, optionally moved to the far edges of the sheet. */
const offset = fc.constantFrom(0, 0, 0, 16_370, 1_048_560);

const rangeArb = (maxRow: number, maxCol: number): fc.Arbitrary<CellRange> =>
  fc
    .tuple(
      fc.integer({ min: 1, max: maxRow }),
      fc.integer({ min: 1, max: maxCol }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const sheetArb = (name: string): fc.Arbitrary<SheetData> =>
  fc
    .record({
      // A header row of recognised words at a random row makes real tables likely.
      header: fc.tuple(
        fc.integer({ min: 1, max: 6 }),
        fc
          .tuple(
            fc.constantFrom('Indikator', 'Mått', 'Aktivitet', 'Mål', 'Parameter'),
            fc.constantFrom('Utfall', 'Utfall 2023', '2022', 'Status', 'Analys', 'Värde'),
            fc.array(fc.constantFrom(...words), { maxLength: 5 }),
          )
          .map(([anchor, outcome, more]) => [anchor, outcome, ...more]),
      ),
      cells: fc.array(
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), cellArb),
        {
          maxLength: 60,
        },
      ),
      rowOffset: offset,
      colOffset: fc.constantFrom(0, 0, 16_376),
      tables: fc.array(
        fc.record({ range: rangeArb(12, 8), headerRow: fc.boolean(), totalsRow: fc.boolean() }),
        { maxLength: 2 },
      ),
      merges: fc.array(rangeArb(12, 8), { maxLength: 3 }),
    })
    .map(({ header, cells, rowOffset, colOffset, tables, merges }) => {
      const rowOf = (r: number) => Math.min(r + rowOffset, 1_048_576);
      const colOf = (c: number) => Math.min(c + colOffset, 16_384);
      const move = (r: CellRange) => ({
        top: rowOf(r.top),
        bottom: rowOf(r.bottom),
        left: colOf(r.left),
        right: colOf(r.right),
      });
      const rows = new Map<number, Cell[]>();
      const headerCells = header[1].map((text, i): [number, number, Cell] => [
        header[0],
        i + 1,
        { value: text },
      ]);
      for (const [r, c, cell] of [...headerCells, ...cells]) {
        const row = rows.get(rowOf(r)) ?? [];
        row[colOf(c)] = cell;
        rows.set(rowOf(r), row);
      }
      return {
        name,
        rows,
        tables: tables.map((t, i) => {
          const range = move(t.range);
          return {
            name: `T${i}`,
            range,
            columns: Array.from(
              { length: range.right - range.left + 1 },
              (_, j) => words[(i + j) % words.length],
            ),
            headerRow: t.headerRow,
            totalsRow: t.totalsRow,
          };
        }),
        merges: merges.map(move),
        protected: false,
      };
    });

const workbookArb = fc
  .tuple(
    fc.subarray(['Nämnd A', 'Metod', 'Blad 2', 'metod', 'Sammanställning'], { minLength: 1 }),
    fc.boolean(),
    fc.boolean(),
  )
  .chain(([names, markSheet, markColumns]) =>
    fc.tuple(...names.map(sheetArb)).map((sheets) => {
      const marks = [];
      if (markSheet)
        marks.push(definedName('Malkoll_Blad_1', sheets[sheets.length - 1].name, 'A1'));
      if (markColumns) marks.push(definedName('Malkoll_Kolumner_1', sheets[0].name, 'C1:F9'));
      return workbook(...sheets, ...marks);
    }),
  );

describe('readWorkbook on random workbooks', () => {
  it('never throws, and every problem names an existing sheet and a valid A1 cell', () => {
    fc.assert(
      fc.property(
        workbookArb,
        fc.constantFrom('sv', 'en') as fc.Arbitrary<'sv' | 'en'>,
        (wb, lang) => {
          const read = readWorkbook(wb, { lang, period: 'Utfall 2023' });
          const sheetNames = new Set(wb.sheets.map((s) => s.name));
          for (const problem of read.problems) {
            expect(sheetNames.has(problem.sheet)).toBe(true);
            const at = parseA1(problem.cell);
            expect(at).not.toBeNull();
            expect(at!.row).toBeGreaterThanOrEqual(1);
            expect(at!.row).toBeLessThanOrEqual(1_048_576);
            expect(at!.col).toBeGreaterThanOrEqual(1);
            expect(at!.col).toBeLessThanOrEqual(16_384);
            expect(problem.message.startsWith(`${problem.sheet}!`)).toBe(false);
          }
          for (const indicator of read.indicators) {
            expect(sheetNames.has(indicator.sheet)).toBe(true);
            expect(indicator.name.trim()).not.toBe('');
            expect(indicator.weight).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
