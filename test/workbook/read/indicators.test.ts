import { readWorkbook } from '../../../src/workbook/read';
import { cell, err, sheet, workbook } from '../../support/snapshot-builder';

const one = (rows: unknown[][], options: Parameters<typeof readWorkbook>[1] = {}) => {
  const read = readWorkbook(workbook(sheet('Nämnd A', rows as never)), options);
  return { indicator: read.indicators[0], read };
};

describe('an indicator row with every field', () => {
  const header = [
    'Fokusområde',
    'Mål',
    'Indikator',
    'Nämnd',
    'Önskad riktning',
    'Ambitionsnivå',
    'Startvärde',
    'Startår',
    'Målvärde',
    'Målår',
    'Rikssnitt',
    'Föregående utfall',
    'Utfall',
    'Utfallsår',
    'Sakkunnig bedömning',
    'Kommentar',
    'Vikt',
  ];
  const row = [
    ' Trygghet ',
    'KF-mål 1',
    'Andel nöjda',
    'Kultur',
    'Öka',
    'Takt',
    40,
    2019,
    '60',
    '2030',
    52,
    49,
    51,
    2023,
    'Delvis',
    'Bättre än väntat',
    2,
  ];

  it('reads each field from its column', () => {
    const { indicator, read } = one([header, row]);
    expect(read.problems).toEqual([]);
    expect(indicator).toEqual({
      sheet: 'Nämnd A',
      row: 2,
      name: 'Andel nöjda',
      goal: 'KF-mål 1',
      focusArea: 'Trygghet',
      owner: 'Kultur',
      actual: 51,
      actualPeriod: '2023',
      actualYear: 2023,
      previous: 49,
      baseline: 40,
      baselineYear: 2019,
      target: 60,
      targetYear: 2030,
      comparison: 52,
      direction: 1,
      directionText: null,
      rule: 'pace',
      ruleText: null,
      weight: 2,
      expertStatus: 'Delvis',
      comment: 'Bättre än väntat',
      percent: false,
      cells: {
        focusArea: 'A2',
        goal: 'B2',
        indicator: 'C2',
        owner: 'D2',
        direction: 'E2',
        rule: 'F2',
        baseline: 'G2',
        baselineYear: 'H2',
        target: 'I2',
        targetYear: 'J2',
        comparison: 'K2',
        previous: 'L2',
        actual: 'M2',
        actualYear: 'N2',
        expert: 'O2',
        comment: 'P2',
        weight: 'Q2',
      },
    });
  });

  it('reads English headers alike', () => {
    const english = [
      'Focus area',
      'Goal',
      'Indicator',
      'Owner',
      'Direction',
      'Rule',
      'Baseline',
      'Baseline year',
      'Target',
      'Target year',
      'National average',
      'Previous',
      'Actual',
      'Year of actual',
      'Expert assessment',
      'Analysis',
      'Weight',
    ];
    const sv = one([header, row]).indicator;
    expect(one([english, row]).indicator).toEqual(sv);
  });
});

describe('defaults where the table has no column', () => {
  it('owner is the sheet name, weight 1, everything else null', () => {
    const { indicator } = one([
      ['Indikator', 'Utfall'],
      ['A', 5],
    ]);
    expect(indicator).toMatchObject({
      owner: 'Nämnd A',
      weight: 1,
      goal: null,
      target: null,
      direction: null,
      directionText: null,
      rule: null,
      ruleText: null,
      actualPeriod: null,
      actualYear: null,
      previous: null,
    });
    expect(indicator.cells).toEqual({ indicator: 'A2', actual: 'B2' });
  });

  it('an empty owner cell in an owner column is null', () => {
    expect(
      one([
        ['Indikator', 'Ansvarig', 'Utfall'],
        ['A', null, 5],
      ]).indicator.owner,
    ).toBeNull();
  });
});

describe('direction and rule words', () => {
  it('keeps the text of a word it does not know, for the engine to warn about', () => {
    const { indicator, read } = one([
      ['Indikator', 'Riktning', 'Bedömningsgrund', 'Utfall'],
      ['A', 'Stabil', 'Poäng', 5],
    ]);
    expect(indicator).toMatchObject({
      direction: null,
      directionText: 'Stabil',
      rule: null,
      ruleText: 'Poäng',
    });
    expect(read.problems).toEqual([]);
  });

  it('parses known words', () => {
    const { indicator } = one([
      ['Indikator', 'Riktning', 'Bedömningsgrund', 'Utfall'],
      ['A', '↓', 'jämförelse', 5],
    ]);
    expect(indicator).toMatchObject({ direction: -1, directionText: null, rule: 'comparison' });
  });
});

describe('period columns', () => {
  const header = ['Indikator', 'Utfall 2021', 'Utfall 2022', 'Utfall T2 2023', 'Kommentar'];

  it('a is the right-most period with a number, p the next one left with a number', () => {
    const { indicator } = one([header, ['A', 10, '-', 12, 'x']]);
    expect(indicator).toMatchObject({
      actual: 12,
      actualPeriod: 'Utfall T2 2023',
      actualYear: 2023,
      previous: 10,
    });
    expect(indicator.cells).toMatchObject({ actual: 'D2', previous: 'B2' });
  });

  it('skips unreadable values, with a problem', () => {
    const { indicator, read } = one([header, ['A', 10, 11, 'tolv']]);
    expect(indicator).toMatchObject({ actual: 11, actualPeriod: 'Utfall 2022', previous: 10 });
    expect(read.problems.map((p) => [p.code, p.cell])).toEqual([['unreadable_number', 'D2']]);
  });

  it('without any number, points at the right-most period cell', () => {
    const { indicator } = one([header, ['A', null, null, 'saknas']]);
    expect(indicator).toMatchObject({ actual: null, actualPeriod: null, actualYear: null });
    expect(indicator.cells).toMatchObject({ actual: 'D2', previous: 'C2' });
  });

  it('without a number to the left, p is missing and points at the empty cell', () => {
    const { indicator } = one([header, ['A', null, 3, null]]);
    expect(indicator).toMatchObject({ actual: 3, previous: null });
    expect(indicator.cells.previous).toBe('B2');
  });

  it('an explicit Föregående utfall column is p', () => {
    const { indicator } = one([
      ['Indikator', 'Föregående utfall', 'Utfall 2022', 'Utfall 2023'],
      ['A', 1, 2, 3],
    ]);
    expect(indicator).toMatchObject({ actual: 3, previous: 1 });
    expect(indicator.cells.previous).toBe('B2');
  });

  it('Utfallsår overrides the header year when it holds a year', () => {
    const rows = [
      ['Indikator', 'Utfall 2023', 'Utfallsår'],
      ['A', 5, 2022],
      ['B', 5, 'prel.'],
    ];
    const read = readWorkbook(workbook(sheet('X', rows)));
    expect(read.indicators.map((i) => [i.actualYear, i.actualPeriod])).toEqual([
      [2022, 'Utfall 2023'],
      [2023, 'Utfall 2023'],
    ]);
  });

  it('lists the distinct periods left to right, first seen first', () => {
    const read = readWorkbook(
      workbook(
        sheet('S1', [header, ['A', 1]]),
        sheet('S2', [
          ['Indikator', 'UTFALL 2022', 'Helår 2023'],
          ['B', 1],
        ]),
      ),
    );
    expect(read.periods).toEqual([
      { label: 'Utfall 2021', year: 2021 },
      { label: 'Utfall 2022', year: 2022 },
      { label: 'Utfall T2 2023', year: 2023 },
      { label: 'Helår 2023', year: 2023 },
    ]);
  });
});

describe('the --period option', () => {
  const rows = [
    ['Indikator', 'Utfall 2021', 'Utfall 2022', 'Utfall 2023'],
    ['A', 1, 2, 3],
    ['B', 1, null, 3],
  ];

  it('assesses the named period, compared as headers are', () => {
    const read = readWorkbook(workbook(sheet('X', rows)), { period: ' utfall  2022 ' });
    expect(read.indicators.map((i) => [i.actual, i.actualPeriod, i.previous])).toEqual([
      [2, 'Utfall 2022', 1],
      [null, 'Utfall 2022', 1],
    ]);
    expect(read.indicators[1].cells.actual).toBe('C3');
  });

  it('a table without that period column has no outcome', () => {
    const read = readWorkbook(workbook(sheet('X', rows)), { period: 'Utfall T2 2024' });
    expect(read.indicators[0]).toMatchObject({ actual: null, actualPeriod: null, previous: null });
    expect(read.indicators[0].cells.actual).toBeUndefined();
  });

  it('a table with only an Utfall column still uses it', () => {
    const read = readWorkbook(
      workbook(
        sheet('X', [
          ['Indikator', 'Utfall'],
          ['A', 7],
        ]),
      ),
      {
        period: 'Utfall 2022',
      },
    );
    expect(read.indicators[0].actual).toBe(7);
  });
});

describe('an Utfall column', () => {
  it('gives a; the Utfallsår text is its period', () => {
    const { indicator } = one([
      ['Indikator', 'Utfall', 'Utfallsår'],
      ['A', 5, 'T2 2024'],
    ]);
    expect(indicator).toMatchObject({ actual: 5, actualPeriod: 'T2 2024', actualYear: 2024 });
  });

  it('a period column to its left gives p', () => {
    const { indicator } = one([
      ['Indikator', 'Utfall 2022', 'Utfall'],
      ['A', 4, 5],
    ]);
    expect(indicator).toMatchObject({ actual: 5, actualPeriod: null, previous: 4 });
  });
});

describe('percentages', () => {
  it('a percent format or "%" in the text marks the indicator', () => {
    const read = readWorkbook(
      workbook(
        sheet('X', [
          ['Indikator', 'Målvärde', 'Utfall'],
          ['A', cell(0.8, { numFmt: '0 %' }), cell(0.82, { numFmt: '0%' })],
          ['B', '80 %', 0.82],
          ['C', 80, 82],
        ]),
      ),
    );
    expect(read.indicators.map((i) => [i.percent, i.target, i.actual])).toEqual([
      [true, 0.8, 0.82],
      [true, 0.8, 0.82],
      [false, 80, 82],
    ]);
  });
});

describe('weights', () => {
  it.each([
    ['0', 1],
    [-2, 1],
    ['tung', 1],
    [true, 1],
    [err('#N/A'), 1],
  ])('%j is a warning and counts as 1', (weight, expected) => {
    const { indicator, read } = one([
      ['Indikator', 'Vikt', 'Utfall'],
      ['A', weight, 5],
    ]);
    expect(indicator.weight).toBe(expected);
    expect(read.problems).toEqual([
      expect.objectContaining({ code: 'invalid_weight', severity: 'warning', cell: 'B2' }),
    ]);
  });

  it.each([
    [null, 1],
    ['-', 1],
    ['0,5', 0.5],
    [3, 3],
  ])('%j is fine and gives %d', (weight, expected) => {
    const { indicator, read } = one([
      ['Indikator', 'Vikt', 'Utfall'],
      ['A', weight, 5],
    ]);
    expect(indicator.weight).toBe(expected);
    expect(read.problems).toEqual([]);
  });
});

describe('problems in number fields', () => {
  it.each([
    [err('#DIV/0!'), 'error_value'],
    ['tolv', 'unreadable_number'],
    ['1.234,5', 'unreadable_number'],
    [new Date(Date.UTC(2023, 5, 1)), 'date_in_number'],
    [false, 'boolean_in_number'],
  ])('%j in Målvärde → %s, error, and missing', (value, code) => {
    const { indicator, read } = one([
      ['Indikator', 'Målvärde', 'Utfall'],
      ['A', value, 5],
    ]);
    expect(indicator.target).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ code, severity: 'error', sheet: 'Nämnd A', cell: 'B2' }),
    ]);
  });

  it('missing codes are no problem', () => {
    const { read } = one([
      ['Indikator', 'Målvärde', 'Utfall'],
      ['A', 'n/a', '..'],
    ]);
    expect(read.problems).toEqual([]);
  });

  it('a year field that holds no year is a problem', () => {
    const { indicator, read } = one([
      ['Indikator', 'Målår', 'Utfall'],
      ['A', 'snart', 5],
    ]);
    expect(indicator.targetYear).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ code: 'unreadable_year', severity: 'error', cell: 'B2' }),
    ]);
  });

  it('says what is wrong and what to do, in Swedish or English, without repeating its sheet and cell', () => {
    const rows = [
      ['Indikator', 'Utfall'],
      ['A', 'tolv'],
    ];
    expect(one(rows).read.problems[0]).toMatchObject({ sheet: 'Nämnd A', cell: 'B2' });
    expect(one(rows).read.problems[0].message).toBe(
      '«tolv» är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna cellen tom.',
    );
    expect(one(rows, { lang: 'en' }).read.problems[0].message).toBe(
      '“tolv” is not a number. Enter a number (e.g. 12.5) or leave the cell empty.',
    );
  });

  it('rows without an indicator are skipped without problems', () => {
    const { read } = one([
      ['Indikator', 'Utfall'],
      [null, 'tolv'],
      ['  ', err('#N/A')],
    ]);
    expect(read.indicators).toEqual([]);
    expect(read.problems).toEqual([]);
  });
});

describe('duplicate field columns', () => {
  it('uses the left one and warns at the header of the other', () => {
    const { indicator, read } = one([
      ['Indikator', 'Målvärde', 'Målnivå (%)', 'Utfall', 'Utfall 2023', 'Utfall 2023'],
      ['A', 1, 2, 3, 4, 5],
    ]);
    expect(indicator).toMatchObject({ target: 1, actual: 3, previous: null });
    expect(read.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([
      ['duplicate_column', 'warning', 'C1'],
      ['duplicate_column', 'warning', 'F1'],
    ]);
    expect(read.problems[0].message).toBe(
      'Kolumnen «Målnivå (%)» anger samma uppgift som kolumnen i B1 och läses inte. ' +
        'Ta bort en av kolumnerna eller byt rubrik på den.',
    );
  });

  it('two indicator columns: the left one names the indicator', () => {
    const { indicator } = one([
      ['Mått', 'Indikator', 'Utfall'],
      ['A', 'B', 1],
    ]);
    expect(indicator.name).toBe('A');
  });
});
