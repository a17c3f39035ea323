import { readWorkbook } from '../../../src/workbook/read';
import { cell, sheet, table, workbook } from '../../support/snapshot-builder';

const names = (wb: ReturnType<typeof workbook>) => readWorkbook(wb).indicators.map((i) => i.name);

describe('Excel tables', () => {
  const wb = workbook(
    sheet(
      'Nämnd A',
      [
        ['Indikator', 'Mål', 'Utfall 2023', 'Anteckning'],
        ['Sjukfrånvaro', 'M1', 7],
        [null, 'M1', 3],
        ['Nöjdhet', 'M2', 80],
      ],
      { at: 'B3', tables: [table('Tabell1', 'B3:E6')] },
    ),
  );

  it('reads the rows whose indicator cell is not empty', () => {
    const read = readWorkbook(wb);
    expect(read.indicators.map((i) => [i.name, i.row, i.actual])).toEqual([
      ['Sjukfrånvaro', 4, 7],
      ['Nöjdhet', 6, 80],
    ]);
  });

  it('reports where the table is, for the write plan', () => {
    expect(readWorkbook(wb).tables).toEqual([
      {
        sheet: 'Nämnd A',
        excelTable: 'Tabell1',
        range: { top: 3, left: 2, bottom: 6, right: 5 },
        ownedColumns: null,
        indicatorRows: [4, 6],
      },
    ]);
  });

  it('uses the header texts the table stores', () => {
    const s = sheet(
      'X',
      [
        ['?', '?'],
        ['A', 5],
      ],
      {
        tables: [table('T', 'A1:B2', { columns: ['Mått', 'Utfall'] })],
      },
    );
    expect(names(workbook(s))).toEqual(['A']);
  });

  it('ignores a table without a header row, and its rows are no plain block', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall'],
        ['A', 5],
      ],
      {
        tables: [table('T', 'A1:B2', { headerRow: false })],
      },
    );
    expect(names(workbook(s))).toEqual([]);
  });

  it('does not read a totals row as an indicator', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall'],
        ['A', 5],
        ['Summa', 5],
      ],
      {
        tables: [table('T', 'A1:B3', { totalsRow: true })],
      },
    );
    const read = readWorkbook(workbook(s));
    expect(read.indicators.map((i) => i.name)).toEqual(['A']);
    expect(read.tables[0].range.bottom).toBe(3);
  });

  it('an Excel table that is not an indicator table is ignored, not read as a block', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Beskrivning'],
        ['A', 'text'],
      ],
      {
        tables: [table('T', 'A1:B2')],
      },
    );
    expect(readWorkbook(workbook(s)).tables).toEqual([]);
  });
});

describe('plain blocks', () => {
  it('a block runs down to its last row with a value, skipping empty rows', () => {
    const s = sheet('X', [['Indikator', 'Utfall'], ['A', 1], [], [], ['B', 2], [null, 3]]);
    const read = readWorkbook(workbook(s));
    expect(read.indicators.map((i) => [i.name, i.row])).toEqual([
      ['A', 2],
      ['B', 5],
    ]);
    expect(read.tables[0].range).toEqual({ top: 1, left: 1, bottom: 6, right: 2 });
  });

  it('its columns are the contiguous non-empty header cells', () => {
    const s = sheet('X', [
      ['Titel'],
      [],
      ['Indikator', 'Mål', 'Utfall', null, 'Vikt'],
      ['A', 'M', 1, null, 'x'],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.tables[0].range).toEqual({ top: 3, left: 1, bottom: 4, right: 3 });
    expect(read.indicators[0].weight).toBe(1);
    expect(read.problems).toEqual([]);
  });

  it('two blocks side by side on one sheet', () => {
    const s = sheet('X', [
      ['Indikator', 'Utfall', null, 'Mått', 'Utfall 2024'],
      ['A', 1, null, 'C', 3],
      ['B', 2],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.indicators.map((i) => [i.name, i.cells.indicator, i.actual])).toEqual([
      ['A', 'A2', 1],
      ['B', 'A3', 2],
      ['C', 'D2', 3],
    ]);
    expect(read.tables.map((t) => t.range)).toEqual([
      { top: 1, left: 1, bottom: 3, right: 2 },
      { top: 1, left: 4, bottom: 2, right: 5 },
    ]);
  });

  it('a new header row ends a block and starts the next', () => {
    const s = sheet('X', [
      ['Indikator', 'Utfall'],
      ['A', 1],
      [],
      ['Indikator', 'Målvärde', 'Utfall 2023'],
      ['B', 10, 5],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.tables.map((t) => [t.range.top, t.range.bottom, t.indicatorRows])).toEqual([
      [1, 2, [2]],
      [4, 5, [5]],
    ]);
    expect(read.indicators[1]).toMatchObject({ name: 'B', target: 10, actual: 5 });
  });

  it('a goal table below ends an indicator block', () => {
    const s = sheet('X', [
      ['Indikator', 'Utfall'],
      ['A', 1],
      ['Mål', 'Analys'],
      ['M1', 'Bra'],
    ]);
    const read = readWorkbook(workbook(s));
    expect(read.indicators.map((i) => i.name)).toEqual(['A']);
    expect(read.goals.map((g) => g.goal)).toEqual(['M1']);
  });

  it('an Excel table below ends a block above it', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall'],
        ['A', 1],
        ['Indikator', 'Utfall'],
        ['B', 2],
      ],
      {
        tables: [table('T', 'A3:B4')],
      },
    );
    const read = readWorkbook(workbook(s));
    expect(read.tables.map((t) => [t.excelTable, t.range.top, t.range.bottom])).toEqual([
      ['T', 3, 4],
      [null, 1, 2],
    ]);
  });

  it('rows inside an Excel table are not plain blocks', () => {
    const s = sheet(
      'X',
      [
        ['Rubrik', 'Annat'],
        ['Indikator', 'Utfall'],
        ['A', 1],
      ],
      {
        tables: [table('T', 'A1:B3')],
      },
    );
    expect(readWorkbook(workbook(s)).tables).toEqual([]);
  });

  it('a header row with nothing under it is no table', () => {
    expect(readWorkbook(workbook(sheet('X', [['Indikator', 'Utfall']]))).tables).toEqual([]);
  });

  it('needs an indicator column and an outcome column', () => {
    expect(
      names(
        workbook(
          sheet('X', [
            ['Indikator', 'Målvärde'],
            ['A', 1],
          ]),
        ),
      ),
    ).toEqual([]);
    expect(
      names(
        workbook(
          sheet('X', [
            ['Namn', 'Utfall'],
            ['A', 1],
          ]),
        ),
      ),
    ).toEqual([]);
    expect(
      names(
        workbook(
          sheet('X', [
            ['Namn', 'Indikator', '2023'],
            ['x', 'A', 1],
          ]),
        ),
      ),
    ).toEqual(['A']);
  });

  it('a numeric header cell can be a period column', () => {
    const read = readWorkbook(
      workbook(
        sheet('X', [
          ['Indikator', 2022, 2023],
          ['A', 1, 2],
        ]),
      ),
    );
    expect(read.indicators[0]).toMatchObject({ actual: 2, actualPeriod: '2023', previous: 1 });
  });

  it('a merged header cell counts as its top-left value', () => {
    // Indikator and Mål are merged over two header rows; the periods are on the second.
    const s = sheet(
      'X',
      [
        ['Indikator', 'Mål', 'Utfall', null],
        [null, null, '2023', '2024'],
        ['A', 'M1', 1, 2],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
    const read = readWorkbook(workbook(s));
    expect(read.problems).toEqual([]);
    expect(read.tables.map((t) => t.range)).toEqual([{ top: 2, left: 1, bottom: 3, right: 4 }]);
    expect(read.indicators[0]).toMatchObject({
      name: 'A',
      goal: 'M1',
      actual: 2,
      actualPeriod: '2024',
      previous: 1,
    });
  });

  it('a goal or focus-area cell merged over several indicator rows applies to each of them', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Mål', 'Fokusområde', 'Utfall'],
        ['A', 'Trygg skola', 'Hållbar kompetens', 1],
        ['B', null, null, 2],
        ['C', 'Ren luft', 'Hållbar natur', 3],
      ],
      { merges: ['B2:B3', 'C2:C3'] },
    );
    const read = readWorkbook(workbook(s));
    expect(read.indicators.map((i) => [i.name, i.goal, i.focusArea])).toEqual([
      ['A', 'Trygg skola', 'Hållbar kompetens'],
      ['B', 'Trygg skola', 'Hållbar kompetens'],
      ['C', 'Ren luft', 'Hållbar natur'],
    ]);
  });

  it('a merged value cell is not spread: only its first row has the number', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall', 'Målvärde'],
        ['A', 5, 6],
        ['B', null, 6],
      ],
      { merges: ['B2:B3'] },
    );
    expect(readWorkbook(workbook(s)).indicators.map((i) => i.actual)).toEqual([5, null]);
  });

  it('a merged header spanning columns keeps the header row contiguous', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Beskrivning', null, 'Utfall'],
        ['A', 'lång', 'text', 5],
      ],
      { merges: ['B1:C1'] },
    );
    expect(readWorkbook(workbook(s)).indicators[0]).toMatchObject({ name: 'A', actual: 5 });
  });

  it('finds a table at the sheet’s last column and row', () => {
    const s = sheet(
      'X',
      [
        ['Indikator', 'Utfall'],
        ['A', 1],
      ],
      { at: 'XFC1048575' },
    );
    const read = readWorkbook(workbook(s));
    expect(read.indicators[0].cells).toEqual({ indicator: 'XFC1048576', actual: 'XFD1048576' });
    expect(read.tables[0].range).toEqual({
      top: 1048575,
      left: 16383,
      bottom: 1048576,
      right: 16384,
    });
  });

  it('reads header cells with numbers formatted as text', () => {
    const s = sheet('X', [
      ['Indikator', cell('Utfall 2023')],
      ['A', cell('12,5')],
    ]);
    expect(readWorkbook(workbook(s)).indicators[0].actual).toBe(12.5);
  });
});
