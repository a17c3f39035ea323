/**
 * One assessment is one undo step, and nothing that lacks undo support runs
 * inside it: Excel raises UndoNotSupported for Worksheet.delete and (on
 * Windows and Mac) Worksheet.name inside a merged undo group.
 */
import { HostWriteError } from '../../../src/adapters/officejs';
import { createFakeExcel, type FakeWorkbookInit } from '../../support/fake-excel';
import { emptyPlan, hostFor } from './helpers';

function workbook(): FakeWorkbookInit {
  return {
    sheets: [
      {
        name: 'Nämnd A',
        rows: [
          ['Indikator', 'Utfall'],
          ['Nöjdhet', 12],
        ],
      },
      { name: 'Summary', rows: [['old'], [null, 'old too']] },
      { name: 'Egen', rows: [['user']] },
    ],
    names: [{ name: 'Malkoll_Blad_1', formula: '=Summary!$A$1' }],
  };
}

describe('the fake, like Excel, refuses calls without undo support inside a merged undo group', () => {
  it.each([
    ['Worksheet.delete', (s: Excel.Worksheet) => s.delete()],
    [
      'Worksheet.name',
      (s: Excel.Worksheet) => {
        s.name = 'Nytt';
      },
    ],
  ])('%s fails with UndoNotSupported there, and works outside it', async (_, call) => {
    const fake = createFakeExcel(workbook());
    const inGroup = fake.Excel.run({ mergeUndoGroup: true }, async (context) => {
      call(context.workbook.worksheets.getItem('Egen'));
      await context.sync();
    });
    await expect(inGroup).rejects.toMatchObject({ code: 'UndoNotSupported' });
    expect(fake.sheet('Egen')).not.toBeNull();
    await fake.Excel.run({}, async (context) => {
      call(context.workbook.worksheets.getItem('Egen'));
      await context.sync();
    });
    expect(fake.sheet('Egen')).toBeNull();
  });
});

describe('OfficeJsHost: undo steps', () => {
  it('renames a sheet it made in a run of its own, then writes everything as one undo step', async () => {
    const fake = createFakeExcel(workbook());
    await hostFor(fake).apply({
      ...emptyPlan(),
      sheets: [{ name: 'Sammanställning', replaces: 'Summary', columnWidths: [], freezeRows: 0 }],
      values: [{ sheet: 'Sammanställning', top: 1, left: 1, values: [['ny']] }],
      marks: [
        {
          name: 'Malkoll_Blad_1',
          sheet: 'Sammanställning',
          range: { top: 1, left: 1, bottom: 1, right: 1 },
        },
      ],
    });
    expect(fake.stats.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(fake.sheet('Summary')).toBeNull();
    expect(fake.cell('Sammanställning', 'A1')!.value).toBe('ny');
    expect(fake.cell('Sammanställning', 'B2')).toBeNull();
    expect(fake.names()).toEqual([{ name: 'Malkoll_Blad_1', formula: "='Sammanställning'!$A$1" }]);
  });

  it('a new assessment without a rename is a single merged run that deletes no sheet', async () => {
    const fake = createFakeExcel(workbook());
    await hostFor(fake).apply({
      ...emptyPlan(),
      sheets: [{ name: 'Summary', replaces: 'Summary', columnWidths: [], freezeRows: 0 }],
      values: [{ sheet: 'Summary', top: 1, left: 1, values: [['ny']] }],
    });
    expect(fake.stats.runs).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(fake.stats.calls['Worksheet.delete']).toBeUndefined();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Nämnd A', 'Summary', 'Egen']);
  });

  it('a rename that fails leaves everything else unwritten', async () => {
    const fake = createFakeExcel(workbook());
    const apply = hostFor(fake).apply({
      ...emptyPlan(),
      // "Egen" is the user's: the rename fails, as it would in Excel.
      sheets: [{ name: 'Egen', replaces: 'Summary', columnWidths: [], freezeRows: 0 }],
      values: [{ sheet: 'Nämnd A', top: 1, left: 3, values: [['Bedömning']] }],
    });
    await expect(apply).rejects.toBeInstanceOf(HostWriteError);
    expect(fake.cell('Nämnd A', 'C1')).toBeNull();
    expect(fake.cell('Summary', 'A1')!.value).toBe('old');
  });
});
