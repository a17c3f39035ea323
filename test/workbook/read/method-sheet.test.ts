import { DEFAULT_PARAMETERS } from '../../../src/engine/parameters';
import { readWorkbook } from '../../../src/workbook/read';
import { cell, sheet, workbook } from '../../support/snapshot-builder';

const metod = (rows: unknown[][], lang: 'sv' | 'en' = 'sv') =>
  readWorkbook(
    workbook(
      sheet('Metod', [['Parameter', 'Värde', 'Beskrivning'], ...rows] as never),
      sheet('Data', [
        ['Indikator', 'Utfall'],
        ['A', 1],
      ]),
    ),
    { lang },
  );

describe('the Metod sheet', () => {
  it('missing sheet: defaults, and hasMethodSheet is false', () => {
    const read = readWorkbook(
      workbook(
        sheet('Data', [
          ['Indikator', 'Utfall'],
          ['A', 1],
        ]),
      ),
    );
    expect(read.parameters).toEqual(DEFAULT_PARAMETERS);
    expect(read.hasMethodSheet).toBe(false);
  });

  it('reads Swedish names, keys and English names; numbers as §7', () => {
    const read = metod([
      ['Delvis-gräns målvärde', '70 %', 'förklaring'],
      ['trendBand', cell(0.02, { numFmt: '0 %' })],
      ['Comparison band', 0.1],
      ['Partly threshold, comparison', 0.1],
      ['Sammanvägning', 'två sämsta'],
      ['  MINSTA TÄCKNING ', '0,75'],
      ['Okänd sak', 5],
      ['Takt i fas', null],
    ]);
    expect(read.hasMethodSheet).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.parameters).toEqual({
      ...DEFAULT_PARAMETERS,
      partlyAt: 0.7,
      trendBand: 0.02,
      comparisonBand: 0.1,
      goalRule: 'worstTwo',
      minCoverage: 0.75,
    });
  });

  it('finds the header row below a title, and the sheet name in any case', () => {
    const read = readWorkbook(
      workbook(
        sheet('METOD', [
          ['Metodparametrar'],
          [],
          ['Parameter', 'Värde'],
          ['Mål uppfyllt vid', 0.9],
        ]),
      ),
    );
    expect(read.parameters.goalMetAt).toBe(0.9);
    expect(read.hasMethodSheet).toBe(true);
  });

  it('a value out of range is an error at its cell and the default is used', () => {
    const read = metod([
      ['Delvis-gräns målvärde', 1.5],
      ['Sammanvägning', 'medel'],
      ['Takt i fas', 'snabb'],
    ]);
    expect(read.parameters).toEqual(DEFAULT_PARAMETERS);
    expect(read.problems.map((p) => [p.code, p.severity, p.sheet, p.cell])).toEqual([
      ['invalid_parameter', 'error', 'Metod', 'B2'],
      ['invalid_parameter', 'error', 'Metod', 'B3'],
      ['invalid_parameter', 'error', 'Metod', 'B4'],
    ]);
    expect(read.problems[0].message).toBe(
      '«1,5» är inte tillåtet för Delvis-gräns målvärde (tillåtet: 0–1), ' +
        'så standardvärdet 0,8 används. Skriv ett tillåtet värde.',
    );
  });

  it('a pair out of order: both defaults and one error', () => {
    const read = metod([
      ['Takt i fas', 0.7],
      ['Takt delvis', 0.9],
      ['Mål delvis vid', 0.4],
    ]);
    expect(read.parameters.paceOnTrack).toBe(DEFAULT_PARAMETERS.paceOnTrack);
    expect(read.parameters.paceModerate).toBe(DEFAULT_PARAMETERS.paceModerate);
    expect(read.parameters.goalPartlyAt).toBe(0.4);
    expect(read.problems.map((p) => [p.code, p.cell])).toEqual([['parameters_out_of_order', 'B3']]);
  });

  it('a pair out of order against a default points at the value given', () => {
    const read = metod([['Mål uppfyllt vid', 0.3]], 'en');
    expect(read.parameters.goalMetAt).toBe(DEFAULT_PARAMETERS.goalMetAt);
    expect(read.problems).toEqual([
      expect.objectContaining({ code: 'parameters_out_of_order', cell: 'B2' }),
    ]);
    expect(read.problems[0].message).toContain(
      'Goal partly at must not be greater than Goal met at',
    );
  });

  it('the first row of a parameter counts', () => {
    expect(
      metod([
        ['Vikt-okänd', 1],
        ['Minsta täckning', 0.6],
        ['Minsta täckning', 0.9],
      ]).parameters.minCoverage,
    ).toBe(0.6);
  });

  it('is never read as an indicator table', () => {
    const read = readWorkbook(
      workbook(
        sheet('Metod', [
          ['Indikator', 'Utfall'],
          ['A', 1],
        ]),
      ),
    );
    expect(read.indicators).toEqual([]);
  });
});
