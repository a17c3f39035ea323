/**
 * Method version 2 layouts through the whole assessment of a workbook: the
 * statuses, the problems at the cells §8 names, and the JSON report.
 */
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { cell, sheet, workbook } from '../support/snapshot-builder';

const assessed = (rows: unknown[][], lang: 'sv' | 'en' = 'sv') =>
  assessWorkbook(workbook(sheet('Nämnd', rows as never)), { date: '2025-03-01', lang });

const at = (problems: { cell: string; code: string; severity: string }[]) =>
  problems.map((p) => `${p.cell} ${p.severity} ${p.code}`);

describe('mixed percentage units (§7, §8: a warning at the unmarked cell)', () => {
  const result = assessed([
    [
      'Indikator',
      'Önskad riktning',
      'Ambitionsnivå',
      'Målvärde',
      'Utfall 2023',
      'Utfall 2024',
      'Sakkunnig bedömning',
    ],
    ['Nöjda', 'Öka', null, '90 %', '85 %', 88, null],
    ['Trygga', 'Öka', null, cell(0.9, { numFmt: '0%' }), 80, 0.82, null],
    ['Manuell', 'Öka', 'Manuell', '90 %', 85, 88, 'Uppfyllt'],
    ['Andel ett', 'Öka', null, '90 %', 1, '95 %', null],
  ]);
  const status = (row: number) => result.report.indicators.find((i) => i.row === row);

  it('is not assessed and has no trend, where version 1 said "Uppfyllt" at 9 778 %', () => {
    expect(status(2)).toMatchObject({ status: 'not_assessed', trend: null, fulfilment: null });
    expect(status(3)).toMatchObject({ status: 'not_assessed', trend: null });
  });

  it('a manual row gets no problem and no trend; an unmarked 1 is not mixed', () => {
    expect(status(4)).toMatchObject({ status: 'met', trend: null });
    // 1 is read as it stands, beside 95 %: assessed, and lower than the previous 1.
    expect(status(5)).toMatchObject({ status: 'met', trend: 'worsened' });
  });

  it('names the left-most unmarked cell, and nothing else is said about these rows', () => {
    expect(at(result.problems)).toEqual(['F2 warning mixed_units', 'E3 warning mixed_units']);
    expect(result.problems[0].message).toContain('Skriv 88 %, eller skriv målvärdet som 90.');
    expect(result.problems[0].message).not.toMatch(/^Nämnd!/);
  });
});

describe('a formula with no calculated value (§8: an error at that cell)', () => {
  it('counts as missing and tells to open and save the workbook in Excel', () => {
    const result = assessed([
      ['Indikator', 'Önskad riktning', 'Målvärde', 'Utfall 2024'],
      ['Nöjda', 'Öka', 90, cell(null, { formula: '=SUM(A1:A3)' })],
    ]);
    const problems = result.problems.filter((p) => p.cell === 'D2');
    expect(problems.map((p) => p.severity)).toContain('error');
    const error = problems.find((p) => p.severity === 'error')!;
    expect(error.code).toBe('uncalculated_formula');
    expect(error.message).toContain('Öppna arbetsboken i Excel och spara den');
    expect(result.report.indicators[0].status).toBe('not_assessed');
  });

  it('says it in English too', () => {
    const result = assessed(
      [
        ['Indicator', 'Direction', 'Target', 'Actual 2024'],
        ['Satisfied', 'Increase', 90, cell(null, { formula: '=B2' })],
      ],
      'en',
    );
    expect(result.problems.find((p) => p.code === 'uncalculated_formula')!.message).toContain(
      'Open the workbook in Excel and save it',
    );
  });
});

describe("carried values are the row's own everywhere, the JSON report included", () => {
  const result = assessed([
    ['Fokusområde', 'Mål', 'Nämnd', 'Indikator', 'Önskad riktning', 'Målvärde', 'Utfall 2024'],
    ['Trygghet', 'Trygg kommun', 'KS', 'Otrygghet', 'Minska', 10, 8],
    [null, null, null, 'Brott', 'Minska', 40, 50],
    ['Miljö', 'Ren stad', null, null, null, null, null],
    [null, null, 'TN', 'Nedskräpning', 'Minska', 3, 2],
    [null, 'Källa: SCB', null, null, null, null, null],
  ]);

  it('gives each indicator its goal, focus area and owner', () => {
    expect(result.report.indicators.map((i) => [i.name, i.goal, i.focusArea, i.owner])).toEqual([
      ['Otrygghet', 'Trygg kommun', 'Trygghet', 'KS'],
      ['Brott', 'Trygg kommun', 'Trygghet', 'KS'],
      ['Nedskräpning', 'Ren stad', 'Miljö', 'TN'],
    ]);
  });

  it('counts no "(Utan mål)" goal and no note as an indicator', () => {
    expect(result.report.goals.map((g) => [g.name, g.focusArea, g.counts])).toEqual([
      ['Trygg kommun', 'Trygghet', { met: 1, partly_met: 1, not_met: 0, not_assessed: 0 }],
      ['Ren stad', 'Miljö', { met: 1, partly_met: 0, not_met: 0, not_assessed: 0 }],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('a goal under two focus areas, carried down', () => {
  it('is one warning, at the focus-area cell that names the other area', () => {
    const result = assessed([
      ['Fokusområde', 'Mål', 'Indikator', 'Önskad riktning', 'Målvärde', 'Utfall 2024'],
      ['Trygghet', 'Trygg kommun', 'Otrygghet', 'Minska', 10, 8],
      ['Miljö', 'Trygg kommun', 'Brott', 'Minska', 40, 38],
      [null, null, 'Bränder', 'Minska', 5, 4],
    ]);
    expect(at(result.problems)).toEqual(['A3 warning focus_area_conflict']);
  });
});

describe('target years in headers', () => {
  it("take the stepwise target for the outcome's year and point at its cell", () => {
    const result = assessed([
      [
        'Indikator',
        'Önskad riktning',
        'Målvärde 2024',
        'Målvärde 2026',
        'Utfall 2024',
        'Utfall 2025',
      ],
      ['Nöjda', 'Öka', 80, 90, 78, 86],
      ['Trygga', 'Öka', 80, null, 78, 86],
    ]);
    expect(result.report.indicators.map((i) => [i.status, i.period])).toEqual([
      ['partly_met', 'Utfall 2025'],
      ['met', 'Utfall 2025'],
    ]);
    expect(result.problems).toEqual([]);
  });
});
