import { columnsMarkName, sheetMarkName } from '../../../src/workbook/ownership';
import { buildRemovalPlan } from '../../../src/workbook/plan';
import { excelTable, range, sheet, workbook } from './helpers';

describe('removing the assessment', () => {
  const headers = [
    'Indikator',
    'Utfall',
    'Bedömning',
    'Trend (Målkoll)',
    'Måluppfyllelse',
    'Motivering',
  ];
  const inTable = sheet('Tabell', [headers], {
    tables: [excelTable('T1', range(1, 1, 5, 6), headers)],
  });
  const plain = sheet('Plan', [['Indikator', 'Utfall', 'Bedömning']]);
  const summary = sheet('Sammanställning', [['Målkoll']]);
  const user = sheet('Anteckningar', [['mitt']]);
  const snapshot = workbook(
    [inTable, plain, summary, user],
    [
      { name: columnsMarkName(1), sheet: 'Tabell', range: range(1, 3, 5, 6) },
      { name: columnsMarkName(2), sheet: 'Plan', range: range(1, 3, 3, 6) },
      { name: sheetMarkName('summary'), sheet: 'Sammanställning', range: range(1, 1, 1, 1) },
      { name: 'Malkoll_Kolumner_9', sheet: 'Borttaget', range: range(1, 1, 1, 1) },
      { name: 'MinEgenRad', sheet: 'Plan', range: range(2, 1, 2, 1) },
    ],
  );
  const plan = buildRemovalPlan(snapshot);

  it('clears the owned ranges and deletes the owned sheet', () => {
    expect(plan.clear).toEqual([
      { sheet: 'Tabell', range: range(1, 3, 5, 6) },
      { sheet: 'Plan', range: range(1, 3, 3, 6) },
    ]);
    expect(plan.deleteSheets).toEqual(['Sammanställning']);
  });

  it('deletes the columns Målkoll added to an Excel table, by header text', () => {
    expect(plan.tableColumns).toEqual([
      {
        sheet: 'Tabell',
        table: 'T1',
        columns: ['Bedömning', 'Trend (Målkoll)', 'Måluppfyllelse', 'Motivering'],
      },
    ]);
  });

  it("removes every mark, also a dangling one, and none of the user's names", () => {
    expect(plan.marks).toEqual([
      columnsMarkName(1),
      columnsMarkName(2),
      sheetMarkName('summary'),
      'Malkoll_Kolumner_9',
    ]);
  });

  it('plans nothing in a workbook Målkoll never wrote to', () => {
    expect(buildRemovalPlan(workbook([user]))).toEqual({
      clear: [],
      deleteSheets: [],
      tableColumns: [],
      marks: [],
    });
  });
});

describe('removing the assessment keeps the history of follow-ups (§10) unless told otherwise', () => {
  const snapshot = workbook(
    [
      sheet('Sammanställning', [['Målkoll']]),
      sheet('Historik', [['Nivå', 'Fokusområde', 'Nämnd', 'Mål', 'Indikator', 'T1 2024']]),
    ],
    [
      { name: sheetMarkName('summary'), sheet: 'Sammanställning', range: range(1, 1, 1, 1) },
      { name: sheetMarkName('history'), sheet: 'Historik', range: range(1, 1, 1, 1) },
    ],
  );

  it('keeps the Historik sheet and its mark by default, so the next assessment continues it', () => {
    const plan = buildRemovalPlan(snapshot);
    expect(plan.deleteSheets).toEqual(['Sammanställning']);
    expect(plan.marks).toEqual([sheetMarkName('summary')]);
  });

  it('removes them too when the official says so', () => {
    const plan = buildRemovalPlan(snapshot, { keepHistory: false });
    expect(plan.deleteSheets).toEqual(['Sammanställning', 'Historik']);
    expect(plan.marks).toEqual([sheetMarkName('summary'), sheetMarkName('history')]);
  });
});
