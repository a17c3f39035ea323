import { readWorkbook } from '../../../src/workbook/read';
import { definedName, sheet, table, workbook } from '../../support/snapshot-builder';

const assessed = ['● Uppfyllt', '↑ Förbättrad', 0.9, 'Utfall 9 är bättre än målvärdet 8.'];

describe("Målkoll's own output is never read", () => {
  it('skips a sheet marked Malkoll_Blad_N', () => {
    const summary = sheet('Sammanställning', [
      ['Indikator', 'Utfall'],
      ['A', 1],
    ]);
    const read = readWorkbook(
      workbook(summary, definedName('Malkoll_Blad_1', 'Sammanställning', 'A1')),
    );
    expect(read.indicators).toEqual([]);
    expect(read.tables).toEqual([]);
  });

  it('treats the columns marked Malkoll_Kolumner_N beside a block as empty', () => {
    // The four columns hold header words that would otherwise join the header row.
    const s = sheet('X', [
      ['Indikator', 'Målvärde', 'Utfall', 'Kommentar', 'Vikt', 'Utfall 2030', 'Indikator'],
      ['A', 8, 9, ...assessed],
    ]);
    const read = readWorkbook(workbook(s, definedName('Malkoll_Kolumner_1', 'X', 'D1:G2')));
    expect(read.tables[0].range).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(read.indicators[0]).toMatchObject({ actual: 9, comment: null, weight: 1 });
    expect(read.problems).toEqual([]);
  });

  it('reads them when no mark says they are Målkoll’s', () => {
    const s = sheet('X', [
      ['Indikator', 'Målvärde', 'Utfall', 'Kommentar'],
      ['A', 8, 9, 'egen'],
    ]);
    expect(readWorkbook(workbook(s)).indicators[0].comment).toBe('egen');
  });

  it('sets ownedColumns and the user’s range for an Excel table with Målkoll’s columns inside', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Målvärde', 'Utfall', 'Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
        ['A', 8, 9, ...assessed],
        ['B', 8, 7],
      ],
      { at: 'B2', tables: [table('Tabell1', 'B2:H4')] },
    );
    const read = readWorkbook(workbook(s, definedName('Malkoll_Kolumner_1', 'X', 'E2:H4')));
    expect(read.tables).toEqual([
      {
        sheet: 'X',
        excelTable: 'Tabell1',
        range: { top: 2, left: 2, bottom: 4, right: 4 },
        ownedColumns: { top: 2, left: 5, bottom: 4, right: 8 },
        indicatorRows: [3, 4],
      },
    ]);
  });

  it('does not read header words in the owned columns of an Excel table', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall', 'Kommentar'],
        ['A', 9, 'skrivet av Målkoll'],
      ],
      { tables: [table('T', 'A1:C2')] },
    );
    const read = readWorkbook(workbook(s, definedName('Malkoll_Kolumner_3', 'X', 'C1:C2')));
    expect(read.indicators[0].comment).toBeNull();
  });

  it('ignores a mark that points at a sheet that no longer exists', () => {
    const s = sheet('X', [
      ['Indikator', 'Utfall'],
      ['A', 1],
    ]);
    const read = readWorkbook(workbook(s, definedName('Malkoll_Blad_1', 'Borttagen', 'A1')));
    expect(read.indicators).toHaveLength(1);
  });
});
