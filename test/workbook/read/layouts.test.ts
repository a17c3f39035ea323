/**
 * Method version 2, §7: the layouts officials use that version 1 did not
 * cover. Each test quotes the rule it checks.
 */
import { readWorkbook } from '../../../src/workbook/read';
import { cell, sheet, table, workbook } from '../../support/snapshot-builder';

const read = (rows: unknown[][], options: Parameters<typeof sheet>[2] = {}) =>
  readWorkbook(workbook(sheet('Nämnd', rows as never, options)));

const byRow = (rows: unknown[][], options: Parameters<typeof sheet>[2] = {}) => {
  const result = read(rows, options);
  return new Map(result.indicators.map((i) => [i.row, i]));
};

describe('§7 target and baseline headers with a year', () => {
  it('"The year is then yt (yb) for every row whose Målår (Startår) cell is empty"', () => {
    const result = read([
      ['Indikator', 'Startvärde (2019)', 'Målvärde 2030', 'Målår', 'Utfall 2024'],
      ['Andel', 40, 60, null, 50],
      ['Antal', 40, 60, 2028, 50],
    ]);
    expect(result.problems).toEqual([]);
    const [a, b] = result.indicators;
    expect(a).toMatchObject({ baseline: 40, baselineYear: 2019, target: 60, targetYear: 2030 });
    expect(a.cells).toMatchObject({ baseline: 'B2', target: 'C2', targetYear: 'D2' });
    // One column with a year: a Målår cell that is not empty gives the year.
    expect(b).toMatchObject({ target: 60, targetYear: 2028 });
  });

  it.each(['Målvärde (2030)', 'Målnivå 2030', 'Target 2030'])('reads %j', (header) => {
    const [ind] = read([
      ['Indikator', header, 'Utfall 2024'],
      ['Andel', 60, 50],
    ]).indicators;
    expect(ind).toMatchObject({ target: 60, targetYear: 2030 });
  });

  describe('stepwise targets: "among those whose cell holds a number, t is the one with the smallest year ≥ ya"', () => {
    const header = ['Indikator', 'Målvärde 2026', 'Målvärde 2024', 'Målvärde 2030', 'Målår'];

    it.each([
      ['Utfall 2023', 2023, 50, 2024],
      ['Utfall 2024', 2024, 50, 2024],
      ['Utfall 2025', 2025, 55, 2026],
      ['Utfall 2027', 2027, 70, 2030],
      // "if every year is < ya … the one with the largest year"
      ['Utfall 2031', 2031, 70, 2030],
    ])('with the outcome in %j (ya %d) t is %d of %d', (period, ya, t, yt) => {
      const result = read([
        [...header, period],
        ['Andel', 55, 50, 70, 2040, 45],
      ]);
      expect(result.problems).toEqual([]);
      expect(result.indicators[0]).toMatchObject({ actualYear: ya, target: t, targetYear: yt });
    });

    it('"or ya is unknown, the one with the largest year"', () => {
      const [ind] = read([
        [...header, 'Utfall'],
        ['Andel', 55, 50, 70, 2040, 45],
      ]).indicators;
      expect(ind).toMatchObject({ actualYear: null, target: 70, targetYear: 2030 });
    });

    it('skips steps without a number, and points an empty row at the step it would use', () => {
      const rows = byRow([
        [...header, 'Utfall 2025'],
        ['Andel', null, 50, 70, null, 45],
        ['Tom', null, null, null, null, 45],
      ]);
      expect(rows.get(2)).toMatchObject({ target: 70, targetYear: 2030 });
      expect(rows.get(2)!.cells.target).toBe('D2');
      expect(rows.get(3)).toMatchObject({ target: null });
      expect(rows.get(3)!.cells.target).toBe('B3');
    });

    it('"A target column without a year is used before any with a year"', () => {
      const rows = byRow([
        ['Indikator', 'Målvärde 2030', 'Målvärde', 'Målår', 'Utfall 2024'],
        ['Andel', 70, 60, 2028, 50],
        ['Antal', 70, null, 2028, 50],
      ]);
      expect(rows.get(2)).toMatchObject({ target: 60, targetYear: 2028 });
      expect(rows.get(2)!.cells.target).toBe('C2');
      // "a Målår cell applies only to a target column without a year"
      expect(rows.get(3)).toMatchObject({ target: 70, targetYear: 2030 });
    });

    it('with several columns with years the header year is yt, whatever the Målår cell says', () => {
      const [ind] = read([
        [...header, 'Utfall 2025'],
        ['Andel', 55, 50, 70, 2040, 45],
      ]).indicators;
      expect(ind.targetYear).toBe(2026);
    });
  });

  it('"Several baseline columns with years: the one with the smallest year whose cell holds a number"', () => {
    const rows = byRow([
      [
        'Indikator',
        'Startvärde 2020',
        'Basvärde (2018)',
        'Baseline 2019',
        'Målvärde',
        'Utfall 2024',
      ],
      ['Andel', 41, 38, 40, 60, 50],
      ['Antal', 41, null, 40, 60, 50],
    ]);
    expect(rows.get(2)).toMatchObject({ baseline: 38, baselineYear: 2018 });
    expect(rows.get(3)).toMatchObject({ baseline: 40, baselineYear: 2019 });
  });

  it('no duplicate-column warning for columns with years; the same year twice is one', () => {
    const result = read([
      ['Indikator', 'Målvärde', 'Målvärde 2026', 'Målvärde 2030', 'Målvärde (2030)', 'Utfall 2024'],
      ['Andel', 50, 55, 70, 71, 45],
    ]);
    expect(result.problems.map((p) => [p.cell, p.code])).toEqual([['E1', 'duplicate_column']]);
  });
});

describe('§7 values carried down', () => {
  const header = ['Fokusområde', 'Mål', 'Nämnd', 'Indikator', 'Utfall 2024'];

  it('"a goal written once above its indicators, or in a row of its own (a section row), applies to the rows below it"', () => {
    const rows = byRow([
      header,
      ['Trygghet', 'Trygg kommun', 'KS', 'Otrygghet', 12],
      [null, null, null, 'Brott', 40],
      [null, 'Ren stad', null, null, null],
      [null, null, 'TN', 'Nedskräpning', 3],
    ]);
    expect([...rows.keys()]).toEqual([2, 3, 5]);
    expect(rows.get(3)).toMatchObject({ goal: 'Trygg kommun', focusArea: 'Trygghet', owner: 'KS' });
    expect(rows.get(5)).toMatchObject({ goal: 'Ren stad', focusArea: 'Trygghet', owner: 'TN' });
  });

  it('"A goal is not carried past a row that gives a different focus area"', () => {
    const rows = byRow([
      header,
      ['Trygghet', 'Trygg kommun', 'KS', 'Otrygghet', 12],
      ['Miljö', null, null, 'Utsläpp', 40],
      ['Miljö', null, null, 'Avfall', 41],
      ['Trygghet', 'Trygg kommun', null, 'Brott', 42],
      ['Trygghet', null, null, 'Skadegörelse', 43],
    ]);
    expect(rows.get(3)).toMatchObject({ focusArea: 'Miljö', goal: null, owner: 'KS' });
    expect(rows.get(4)).toMatchObject({ focusArea: 'Miljö', goal: null });
    expect(rows.get(6)).toMatchObject({ focusArea: 'Trygghet', goal: 'Trygg kommun' });
  });

  it('carries within the table only, and a merged cell as before', () => {
    const result = readWorkbook(
      workbook(
        sheet('Nämnd', [
          header,
          ['Trygghet', 'Trygg kommun', null, 'Otrygghet', 12],
          [null, null, null, 'Brott', 40],
          [],
          header,
          [null, null, null, 'Avfall', 3],
        ] as never),
      ),
    );
    expect(result.indicators.map((i) => [i.row, i.goal])).toEqual([
      [2, 'Trygg kommun'],
      [3, 'Trygg kommun'],
      [6, null],
    ]);
  });

  it('works the same in an Excel table', () => {
    const rows = byRow(
      [
        header,
        ['Trygghet', 'Trygg kommun', 'KS', 'Otrygghet', 12],
        [null, null, null, 'Brott', 40],
      ],
      { tables: [table('T', 'A1:E3')] },
    );
    expect(rows.get(3)).toMatchObject({ goal: 'Trygg kommun', focusArea: 'Trygghet', owner: 'KS' });
  });

  it('an activity under a goal cell merged over several rows is counted for that goal', () => {
    const result = readWorkbook(
      workbook(
        sheet(
          'Aktiviteter',
          [
            ['Mål', 'Aktivitet', 'Status'],
            ['Trygg kommun', 'Trygghetsvandring', 'Genomförd'],
            [null, 'Belysning', 'Pågående'],
            [null, 'Kameror', 'Planerad'],
          ],
          { merges: ['A2:A4'] },
        ),
      ),
    );
    expect(result.activities.map((a) => [a.activity, a.goal])).toEqual([
      ['Trygghetsvandring', 'Trygg kommun'],
      ['Belysning', 'Trygg kommun'],
      ['Kameror', 'Trygg kommun'],
    ]);
  });
});

describe('§7 notes under a table', () => {
  it('"the rows after the last row … that holds a value of its own in some column other than the indicator column are not indicator rows"', () => {
    const result = read([
      ['Mål', 'Indikator', 'Utfall 2024'],
      ['Trygg kommun', 'Otrygghet', 12],
      [null, 'Brott', null],
      [null, 'Bränder', 7],
      [null, 'Källa: SCB och BRÅ', null],
      [null, 'Uppdaterad mars 2025', null],
    ]);
    expect(result.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(result.tables[0].indicatorRows).toEqual([2, 3, 4]);
    expect(result.problems).toEqual([]);
  });

  it('a formula no program calculated is a value of its own: the row is read, with its problem', () => {
    const result = read([
      ['Indikator', 'Utfall 2024'],
      ['A', 5],
      ['B', cell(null, { formula: '=B2*2' })],
    ]);
    expect(result.indicators.map((i) => i.row)).toEqual([2, 3]);
    expect(result.problems.map((p) => [p.cell, p.code])).toEqual([['B3', 'uncalculated_formula']]);
  });

  it("applies in an Excel table too, and a merged value does not count as the row's own", () => {
    const result = read(
      [
        ['Mål', 'Indikator', 'Utfall 2024'],
        ['Trygg kommun', 'Otrygghet', 12],
        [null, 'Kommentar: siffrorna är preliminära', null],
      ],
      { tables: [table('T', 'A1:C3')], merges: ['A2:A3'] },
    );
    expect(result.indicators.map((i) => i.row)).toEqual([2]);
  });

  it("in an activity table the Aktivitet column plays the indicator column's part", () => {
    const result = readWorkbook(
      workbook(
        sheet('A', [
          ['Mål', 'Aktivitet', 'Status'],
          ['Trygg kommun', 'Trygghetsvandring', 'Genomförd'],
          [null, 'Källa: nämndens plan', null],
        ]),
      ),
    );
    expect(result.activities.map((a) => a.activity)).toEqual(['Trygghetsvandring']);
  });
});

describe('§7 periods in order', () => {
  it('"a table laid out newest first reads as one laid out oldest first"', () => {
    const rows = byRow([
      ['Indikator', 'Utfall 2024', 'Utfall 2023', 'Utfall 2022'],
      ['Andel', 30, 20, 10],
      ['Antal', null, 20, 10],
    ]);
    expect(rows.get(2)).toMatchObject({ actual: 30, actualPeriod: 'Utfall 2024', previous: 20 });
    expect(rows.get(2)!.cells).toMatchObject({ actual: 'B2', previous: 'C2' });
    expect(rows.get(3)).toMatchObject({ actual: 20, actualPeriod: 'Utfall 2023', previous: 10 });
  });

  it('orders T1 < T2 (Delår, Delårsrapport) < the full year (T3, Helår, Bokslut, Årsredovisning)', () => {
    const rows = byRow([
      ['Indikator', 'Årsredovisning 2023', 'Delårsrapport 2024', 'T1 2024', 'Utfall 2022'],
      ['A', 10, 12, 11, 9],
      ['B', 10, null, 11, 9],
      ['C', 10, null, null, 9],
    ]);
    expect(rows.get(2)).toMatchObject({
      actual: 12,
      actualPeriod: 'Delårsrapport 2024',
      previous: 11,
    });
    expect(rows.get(3)).toMatchObject({ actual: 11, actualPeriod: 'T1 2024', previous: 10 });
    expect(rows.get(4)).toMatchObject({
      actual: 10,
      actualPeriod: 'Årsredovisning 2023',
      previous: 9,
    });
  });

  it('"among columns of one period, the right-most"', () => {
    const [ind] = read([
      ['Indikator', 'Bokslut 2023', 'Helår 2023', 'Utfall 2022'],
      ['A', 10, 11, 9],
    ]).indicators;
    expect(ind).toMatchObject({ actual: 11, previous: 9 });
  });

  it("points a missing previous value at the latest earlier period's cell", () => {
    const [ind] = read([
      ['Indikator', 'Utfall 2024', 'Utfall 2022', 'Utfall 2023'],
      ['A', 10, null, null],
    ]).indicators;
    expect(ind.previous).toBeNull();
    expect(ind.cells.previous).toBe('D2');
  });
});

describe('§7 a header over two rows', () => {
  const rows = [
    ['Indikator', 'Målvärde', 'Utfall', null, null],
    [null, null, '2022', '2023', 'T2 2024'],
    ['A', 10, 5, 6, 7],
    ['B', 10, 5, 6, null],
  ];

  it('"the lower row is the header row and those columns are period columns"', () => {
    const result = read(rows, { merges: ['C1:E1'] });
    expect(result.problems).toEqual([]);
    expect(result.tables[0].range).toEqual({ top: 2, left: 1, bottom: 4, right: 5 });
    expect(
      result.indicators.map((i) => [i.name, i.actual, i.actualPeriod, i.previous, i.target]),
    ).toEqual([
      ['A', 7, 'T2 2024', 6, 10],
      ['B', 6, '2023', 5, 10],
    ]);
  });

  it('reads the same with the other headers merged over both rows', () => {
    const result = read(rows, { merges: ['C1:E1', 'A1:A2', 'B1:B2'] });
    expect(result.indicators.map((i) => [i.name, i.actual, i.target])).toEqual([
      ['A', 7, 10],
      ['B', 6, 10],
    ]);
  });

  it('whatever the merged cell says ("Resultat" is no header of its own)', () => {
    const result = read(
      [
        ['Indikator', 'Resultat', null],
        [null, 'Helår 2023', 'T1 2024'],
        ['A', 5, 6],
      ],
      { merges: ['B1:C1'] },
    );
    expect(result.indicators.map((i) => [i.actual, i.actualPeriod, i.previous])).toEqual([
      [6, 'T1 2024', 5],
    ]);
  });

  it('"Målvärde" merged over years gives stepwise targets, not periods', () => {
    const result = read(
      [
        ['Indikator', 'Målvärde', null, 'Utfall', null],
        [null, '2026', '2030', '2024', '2025'],
        ['A', 60, 70, 50, 55],
      ],
      { merges: ['B1:C1', 'D1:E1'] },
    );
    expect(result.problems).toEqual([]);
    expect(result.indicators[0]).toMatchObject({
      target: 60,
      targetYear: 2026,
      actual: 55,
      actualPeriod: '2025',
      previous: 50,
    });
  });

  it('is no two-row header when the cells below the merged cell are not periods', () => {
    const result = read(
      [
        ['Indikator', 'Utfall', null],
        [null, 'Antal', 'Andel'],
        ['A', 5, 0.5],
      ],
      { merges: ['B1:C1'] },
    );
    expect(result.tables[0].range.top).toBe(1);
  });
});

describe('§7 numbers', () => {
  it('"–3" (en dash) is −3', () => {
    const result = read([
      ['Indikator', 'Målvärde', 'Utfall 2024'],
      ['Resultat', '–3', '–2,5'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ target: -3, actual: -2.5 });
  });

  it('a formula with no calculated value counts as missing, with an error at its cell', () => {
    const result = read([
      ['Indikator', 'Målvärde', 'Utfall 2023', 'Utfall 2024'],
      ['A', 10, 8, cell(null, { formula: '=C2*1.1' })],
    ]);
    expect(result.indicators[0]).toMatchObject({ actual: 8, actualPeriod: 'Utfall 2023' });
    expect(result.problems).toEqual([
      expect.objectContaining({ cell: 'D2', severity: 'error', code: 'uncalculated_formula' }),
    ]);
    expect(result.problems[0].message).toMatch(/Öppna arbetsboken i Excel och spara den/);
  });
});

describe('§7 percentage units', () => {
  const header = ['Indikator', 'Önskad riktning', 'Målvärde', 'Utfall 2023', 'Utfall 2024'];

  it('marks "88" beside "90 %" as mixed, naming the left-most unmarked cell', () => {
    const [ind] = read([header, ['Nöjda', 'Öka', '90 %', 85, 88]]).indicators;
    expect(ind.mixedUnits).toEqual({
      cell: 'D2',
      field: 'previous',
      value: 85,
      markedField: 'target',
      markedValue: 0.9,
    });
  });

  it('takes a percentage number format as the mark: "%" outside quotes and brackets, not escaped', () => {
    const pct = (v: number, numFmt: string) => cell(v, { numFmt });
    const mixed = (numFmt: string) =>
      read([header, ['Nöjda', 'Öka', pct(0.9, numFmt), 0.85, 88]]).indicators[0].mixedUnits ?? null;
    expect(mixed('0%')).toMatchObject({ cell: 'E2' });
    expect(mixed('0,0 %;[Red]-0,0 %')).toMatchObject({ cell: 'E2' });
    expect(mixed('0 "%"')).toBeNull();
    expect(mixed('0\\%')).toBeNull();
    expect(mixed('[$%-41D]0')).toBeNull();
  });

  it('"An unmarked value of exactly 1 is not mixed", nor values that agree', () => {
    expect(
      read([header, ['A', 'Öka', '90 %', 1, '88 %']]).indicators[0].mixedUnits,
    ).toBeUndefined();
    expect(read([header, ['A', 'Öka', 90, 85, 88]]).indicators[0].mixedUnits).toBeUndefined();
    expect(
      read([header, ['A', 'Öka', '90 %', 0.85, 0.88]]).indicators[0].mixedUnits,
    ).toBeUndefined();
  });
});
