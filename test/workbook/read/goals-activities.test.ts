import { readWorkbook } from '../../../src/workbook/read';
import { sheet, table, workbook } from '../../support/snapshot-builder';

describe('goal tables', () => {
  it('reads Mål with Sakkunnig bedömning, Analys and Fokusområde', () => {
    const s = sheet('Mål', [
      ['Fokusområde', 'Mål', 'Sakkunnig bedömning', 'Analys'],
      ['Trygghet', ' Trygg kommun ', 'Delvis', 'Mer behövs.'],
      [null, null, 'Ja', 'saknar mål'],
      [null, 'Ren stad', null, null],
      [null, 'Hållbar kommun', 'Uppfyllt', null],
      [null, 'Källa: KF:s mål 2024', null, null],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.indicators).toEqual([]);
    expect(read.goals).toEqual([
      {
        sheet: 'Mål',
        row: 2,
        goal: 'Trygg kommun',
        focusArea: 'Trygghet',
        expertStatus: 'Delvis',
        analysis: 'Mer behövs.',
        cells: { goal: 'B2', focusArea: 'A2', expert: 'C2', analysis: 'D2' },
      },
      {
        sheet: 'Mål',
        row: 4,
        goal: 'Ren stad',
        // §7: the focus area carries down; the last row is a note under the table.
        focusArea: 'Trygghet',
        expertStatus: null,
        analysis: null,
        cells: { goal: 'B4', focusArea: 'A4', expert: 'C4', analysis: 'D4' },
      },
      {
        sheet: 'Mål',
        row: 5,
        goal: 'Hållbar kommun',
        focusArea: 'Trygghet',
        expertStatus: 'Uppfyllt',
        analysis: null,
        cells: { goal: 'B5', focusArea: 'A5', expert: 'C5', analysis: 'D5' },
      },
    ]);
  });

  it('needs Sakkunnig bedömning or Analys beside Mål', () => {
    expect(
      readWorkbook(
        workbook(
          sheet('X', [
            ['Mål', 'Analys'],
            ['M', 'a'],
          ]),
        ),
      ).goals,
    ).toHaveLength(1);
    expect(
      readWorkbook(
        workbook(
          sheet('X', [
            ['Goal', 'Expert assessment'],
            ['M', 'Met'],
          ]),
        ),
      ).goals,
    ).toHaveLength(1);
    expect(
      readWorkbook(
        workbook(
          sheet('X', [
            ['Mål', 'Ansvarig'],
            ['M', 'a'],
          ]),
        ),
      ).goals,
    ).toEqual([]);
  });

  it('a table with an indicator column is not a goal table', () => {
    const s = sheet('X', [
      ['Indikator', 'Mål', 'Analys'],
      ['A', 'M', 'a'],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.goals).toEqual([]);
    expect(read.indicators).toEqual([]);
  });

  it('reads an Excel goal table', () => {
    const s = sheet(
      'X',
      [
        ['KF-mål', 'Manuell bedömning'],
        ['M', 'Grön'],
      ],
      {
        tables: [table('Mål', 'A1:B2')],
      },
    );
    expect(readWorkbook(workbook(s)).goals[0]).toMatchObject({ goal: 'M', expertStatus: 'Grön' });
  });
});

describe('activity tables', () => {
  it('reads Aktivitet, Mål, Status and Fokusområde', () => {
    const s = sheet('Aktiviteter', [
      ['Aktivitet', 'Mål', 'Fokusområde', 'Status'],
      ['Trygghetsvandring', 'Trygg kommun', 'Trygghet', 'Genomförd'],
      ['Belysning', 'Trygg kommun', null, null],
      ['Utan mål', null, null, 'Planerad'],
      [null, 'Trygg kommun', null, 'Pågående'],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.goals).toEqual([]);
    expect(read.activities).toEqual([
      {
        sheet: 'Aktiviteter',
        row: 2,
        goal: 'Trygg kommun',
        focusArea: 'Trygghet',
        activity: 'Trygghetsvandring',
        status: 'Genomförd',
        cells: { goal: 'B2', activity: 'A2', focusArea: 'C2', status: 'D2' },
      },
      {
        sheet: 'Aktiviteter',
        row: 3,
        goal: 'Trygg kommun',
        // §7: goal and focus area carry down from the row above.
        focusArea: 'Trygghet',
        activity: 'Belysning',
        status: null,
        cells: { goal: 'B3', activity: 'A3', focusArea: 'C3', status: 'D3' },
      },
      {
        sheet: 'Aktiviteter',
        row: 4,
        goal: 'Trygg kommun',
        focusArea: 'Trygghet',
        activity: 'Utan mål',
        status: 'Planerad',
        cells: { goal: 'B4', activity: 'A4', focusArea: 'C4', status: 'D4' },
      },
    ]);
  });

  it('reads English headers', () => {
    const s = sheet('X', [
      ['Activity', 'Goal', 'Status'],
      ['Walk', 'Safe', 'Done'],
    ]);
    expect(readWorkbook(workbook(s)).activities[0]).toMatchObject({
      activity: 'Walk',
      goal: 'Safe',
    });
  });

  it('needs Status', () => {
    const s = sheet('X', [
      ['Aktivitet', 'Mål'],
      ['a', 'm'],
    ]);
    expect(readWorkbook(workbook(s)).activities).toEqual([]);
  });
});
