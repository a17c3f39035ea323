/**
 * An audit of the reader and the write plan against §7–§9 of the method.
 * Each test quotes the sentence it checks; the expectations are worked out by
 * hand from the specification, not copied from the code.
 */
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { readWorkbook } from '../../src/workbook/read';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { valueAt } from './plan/helpers';
import {
  cell,
  definedName,
  err,
  sheet,
  table,
  workbook,
  type CellInput,
} from '../support/snapshot-builder';

const readRows = (rows: CellInput[][], period?: string) =>
  readWorkbook(workbook(sheet('X', rows)), { period });

const problemsAt = (wb: WorkbookSnapshot) =>
  assessWorkbook(wb, { date: '2025-03-01' }).problems.map((p) => [
    p.code,
    p.severity,
    p.sheet,
    p.cell,
  ]);

describe('§7 a period column names a period: `[Utfall] [PERIOD] YYYY`', () => {
  // "Utfall" / "Actual" are optional words and T1–T3 are short for Tertial 1–3,
  // so these headers name the same period as the one beside them.
  it.each([
    ['Utfall 2023', '2023'],
    ['Utfall 2023', 'Actual 2023'],
    ['T2 2023', 'Utfall Tertial 2 2023'],
  ])(
    '"Where two columns carry the same field, the left one is used and the other is a warning": %s and %s',
    (left, right) => {
      const read = readRows([
        ['Indikator', 'Utfall 2022', left, right],
        ['A', 1, 2, 3],
      ]);
      // a is the left column of the period; p the period before it, never the same period.
      expect(read.indicators[0]).toMatchObject({ actual: 2, actualPeriod: left, previous: 1 });
      expect(read.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([
        ['duplicate_column', 'warning', 'D1'],
      ]);
    },
  );

  it('keeps different periods of one year apart: "Helår 2024", "T2 2024" and "2024"', () => {
    const read = readRows([
      ['Indikator', 'T2 2024', 'Helår 2024', 'Bokslut 2024', 'Delår 2024', '2024'],
      ['A', 1, 2, 3, 4, 5],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.indicators[0]).toMatchObject({ actual: 5, previous: 4 });
  });

  it('"--period … can name the period to assess instead, and then a is that column\'s value"', () => {
    const wb = workbook(
      sheet('A', [
        ['Indikator', 'Utfall 2022', 'Utfall 2023', 'Utfall T2 2024'],
        ['A1', 1, 2, 3],
      ]),
      sheet('B', [
        ['Mått', 'Actual 2022', 'Actual 2023', 'Tertial 2 2024'],
        ['B1', 10, 20, 30],
      ]),
    );
    const actuals = (period: string) =>
      readWorkbook(wb, { period }).indicators.map((i) => [i.actual, i.previous]);
    expect(actuals('2023')).toEqual([
      [2, 1],
      [20, 10],
    ]);
    expect(actuals('Utfall Tertial 2 2024')).toEqual([
      [3, 2],
      [30, 20],
    ]);
    // Helår 2023 is another period than 2023: no column names it.
    expect(actuals('Helår 2023')).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('§7 reading', () => {
  it('"(The Metod sheet is the user\'s once created, and is read.)", even under a sheet mark', () => {
    const wb = workbook(
      sheet('Metod', [
        ['Parameter', 'Värde', 'Beskrivning'],
        ['Mål uppfyllt vid', '90 %'],
      ]),
      definedName('Malkoll_Blad_1', 'Metod', 'A1'),
    );
    const read = readWorkbook(wb);
    expect(read.hasMethodSheet).toBe(true);
    expect(read.parameters.goalMetAt).toBeCloseTo(0.9, 12);
  });

  it('"error values (#N/A, #DIV/0! …) are missing; … also a problem naming the cell" in a Metod value', () => {
    const read = readWorkbook(
      workbook(
        sheet('Metod', [
          ['Parameter', 'Värde'],
          ['Delvis-gräns målvärde', err('#DIV/0!')],
          ['Minsta täckning', new Date(Date.UTC(2024, 0, 1))],
          ['Oförändrat-intervall', true],
        ]),
      ),
    );
    expect(read.parameters).toMatchObject({ partlyAt: 0.8, minCoverage: 0.5, trendBand: 0.01 });
    expect(read.problems.map((p) => [p.severity, p.cell])).toEqual([
      ['error', 'B2'],
      ['error', 'B3'],
      ['error', 'B4'],
    ]);
  });

  it('"With period columns, a is, among the row\'s period columns that hold a number (missing and unreadable values are skipped), the one whose period comes latest"', () => {
    const read = readRows([
      ['Indikator', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024'],
      ['A', 4, 5, err('#DIV/0!'), 'n/a'],
    ]);
    expect(read.indicators[0]).toMatchObject({ actual: 5, actualYear: 2022, previous: 4 });
    expect(read.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([
      ['error_value', 'error', 'D2'],
    ]);
  });
});

describe('§7 version 2 layouts', () => {
  it('"so a table laid out newest first reads as one laid out oldest first"', () => {
    const newest = readRows([
      ['Indikator', 'Helår 2024', 'T2 2024', 'Utfall 2023'],
      ['A', null, 7, 6],
    ]);
    expect(newest.indicators[0]).toMatchObject({ actual: 7, actualPeriod: 'T2 2024', previous: 6 });
  });

  it('"Målvärde (2030)": "The year is then yt … for every row whose Målår … cell is empty"', () => {
    const read = readRows([
      ['Indikator', 'Startvärde', 'Startår', 'Målvärde (2030)', 'Utfall 2024'],
      ['A', 10, 2019, 20, 15],
    ]);
    expect(read.indicators[0]).toMatchObject({ target: 20, targetYear: 2030, baselineYear: 2019 });
    expect(read.problems).toEqual([]);
  });

  it('"A goal is not carried past a row that gives a different focus area: there the goal starts empty again"', () => {
    const read = readRows([
      ['Fokusområde', 'Mål', 'Indikator', 'Utfall'],
      ['F1', 'M1', 'A', 1],
      [null, null, 'B', 2],
      ['F2', null, 'C', 3],
    ]);
    expect(read.indicators.map((i) => [i.focusArea, i.goal])).toEqual([
      ['F1', 'M1'],
      ['F1', 'M1'],
      ['F2', null],
    ]);
  });

  it('"Notes under a table … are not indicator rows … and no problem is reported for them"', () => {
    const wb = workbook(
      sheet('X', [
        ['Mål', 'Indikator', 'Önskad riktning', 'Målvärde', 'Utfall'],
        ['M1', 'A', 'Öka', 10, 12],
        [null, 'Källa: SCB', null, null, null],
      ]),
    );
    expect(assessWorkbook(wb, { date: '2025-03-01' }).report.indicators).toHaveLength(1);
    expect(problemsAt(wb)).toEqual([]);
  });

  it('"a formula with no calculated value … | error | that cell" and "mixed percentage units … | warning | the unmarked cell"', () => {
    const wb = workbook(
      sheet('X', [
        ['Indikator', 'Önskad riktning', 'Målvärde', 'Föregående utfall', 'Utfall'],
        ['A', 'Öka', '90 %', 85, 88],
        ['B', 'Öka', 90, 85, cell(null, { formula: '=D3+1' })],
      ]),
    );
    expect(problemsAt(wb)).toEqual([
      ['mixed_units', 'warning', 'X', 'D2'],
      ['uncalculated_formula', 'error', 'X', 'E3'],
      ['missing_actual', 'warning', 'X', 'E3'],
    ]);
  });
});

describe('§8 each problem at its cell', () => {
  const headers = ['Indikator', 'Ambitionsnivå', 'Önskad riktning', 'Målvärde'];

  it('a missing value: "the empty cell, or the indicator cell where the table has no such column"', () => {
    const wb = workbook(
      sheet('Med', [
        [...headers, 'Utfall 2023', 'Utfall 2024'],
        ['A', 'Målvärde', 'Öka', null, 5, 6],
        ['B', 'Förbättring', 'Öka', 10, null, 6],
        ['C', 'Målvärde', 'Öka', 10, null, null],
      ]),
      sheet('Utan', [
        ['Indikator', 'Ambitionsnivå', 'Önskad riktning', 'Utfall'],
        ['D', 'Målvärde', 'Öka', 5],
        ['E', 'Förbättring', 'Öka', 5],
      ]),
    );
    const problems = problemsAt(wb);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['missing_target', 'warning', 'Med', 'D2'],
        ['missing_previous', 'warning', 'Med', 'E3'],
        ['missing_actual', 'warning', 'Med', 'F4'],
        ['missing_target', 'warning', 'Utan', 'A2'],
        ['missing_previous', 'warning', 'Utan', 'A3'],
      ]),
    );
  });

  it('an unknown direction word, an unrecognised expert status and a weight not > 0: "that cell"', () => {
    const wb = workbook(
      sheet('X', [
        [...headers, 'Utfall', 'Sakkunnig bedömning', 'Vikt'],
        ['A', 'Målvärde', 'Stabil', 10, 12, null, 1],
        ['B', 'Målvärde', 'Öka', 10, 12, 'Kanske', 0],
      ]),
    );
    expect(problemsAt(wb)).toEqual(
      expect.arrayContaining([
        ['unknown_direction', 'warning', 'X', 'C2'],
        ['unknown_expert_status', 'warning', 'X', 'F3'],
        ['invalid_weight', 'warning', 'X', 'G3'],
      ]),
    );
  });

  it('"a goal\'s rows name two focus areas | warning | the later focus-area cell"', () => {
    const wb = workbook(
      sheet('X', [
        ['Indikator', 'Mål', 'Fokusområde', 'Utfall'],
        ['A', 'Trygg kommun', 'Trygghet', 1],
        ['B', 'trygg kommun ', 'Miljö', 2],
      ]),
    );
    expect(problemsAt(wb)).toEqual(
      expect.arrayContaining([['focus_area_conflict', 'warning', 'X', 'C3']]),
    );
  });

  it('"no room beside a table | warning | the table\'s top-right header cell", the totals row included', () => {
    // "If any cell there, over the table's rows from the header down, holds something …"
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall'],
        ['A', 1],
        ['Summa', 1, null, null, 'anteckning'],
      ],
      { at: 'B2', tables: [table('T', 'B2:C4', { totalsRow: true })] },
    );
    const result = assessWorkbook(workbook(s), { date: '2025-03-01' });
    expect(result.problems.filter((p) => p.code === 'no_room')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'X', cell: 'C2' }),
    ]);
    expect(result.plan.tables).toEqual([]);
    expect(valueAt(result.plan, 'X', 2, 4)).toBeUndefined();
  });
});

describe('§9 what is written back', () => {
  it('"one sentence … Utfall 82 % är bättre än målvärdet 80 %": percentages from a percent format', () => {
    const wb = workbook(
      sheet('X', [
        ['Indikator', 'Önskad riktning', 'Målvärde', 'Utfall'],
        ['A', 'Öka', cell(0.8, { numFmt: '0 %' }), cell(0.82, { numFmt: '0 %' })],
      ]),
    );
    const { plan } = assessWorkbook(wb, { date: '2025-03-01' });
    expect(valueAt(plan, 'X', 2, 5)).toBe('● Uppfyllt');
    expect(valueAt(plan, 'X', 2, 7)).toBeCloseTo(1.025, 12);
    expect(valueAt(plan, 'X', 2, 8)).toContain('82 %');
  });
});
