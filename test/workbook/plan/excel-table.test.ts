import { columnsMarkName } from '../../../src/workbook/ownership';
import { buildPlan } from '../../../src/workbook/plan';
import type { FoundTable } from '../../../src/workbook/read/types';
import {
  assessmentOf,
  excelTable,
  found,
  OPTIONS,
  range,
  readOf,
  result,
  sheet,
  valueAt,
  workbook,
} from './helpers';

const results = [result('Data', 3), result('Data', 4)];

/** An Excel table "Indikatorer" at B2:C4 with the given headers. */
function tableSheet(headers: string[], width = 2) {
  const grid = [headers, ['Nöjdhet', 70], ['Kostnad', 100]];
  const r = range(2, 2, 4, 1 + width);
  return sheet('Data', grid, {
    at: { row: 2, col: 2 },
    tables: [excelTable('Indikatorer', r, headers)],
  });
}

function planFor(s: ReturnType<typeof sheet>, table: FoundTable, names = workbook([]).names) {
  return buildPlan(workbook([s], names), readOf([table]), assessmentOf(results), OPTIONS);
}

const foundTable = (extra: Partial<FoundTable> = {}) =>
  found('Data', range(2, 2, 4, 3), [3, 4], { excelTable: 'Indikatorer', ...extra });

describe('columns inside an Excel table', () => {
  it('widens the table to take in the four columns', () => {
    const { plan, problems } = planFor(tableSheet(['Indikator', 'Utfall 2024']), foundTable());
    expect(problems).toEqual([]);
    expect(plan.tables).toEqual([
      {
        sheet: 'Data',
        table: 'Indikatorer',
        right: 7,
        headers: ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
      },
    ]);
    expect(valueAt(plan, 'Data', 2, 4)).toBe('Bedömning');
    expect(valueAt(plan, 'Data', 3, 4)).toBe('● Uppfyllt');
  });

  it('does not widen it again when it already holds Målkoll’s columns', () => {
    const headers = [
      'Indikator',
      'Utfall 2024',
      'Bedömning',
      'Trend',
      'Måluppfyllelse',
      'Motivering',
    ];
    const s = tableSheet(headers, 6);
    const owned = range(2, 4, 4, 7);
    const mark = { name: columnsMarkName(1), sheet: 'Data', range: owned };
    const { plan, problems } = planFor(s, foundTable({ ownedColumns: owned }), [mark]);
    expect(problems).toEqual([]);
    expect(plan.tables).toEqual([]);
    expect(valueAt(plan, 'Data', 2, 4)).toBe('Bedömning');
    expect(plan.marks?.find((m) => m.sheet === 'Data')?.range).toEqual(owned);
  });

  it('writes the headers of the other language over its own columns without widening', () => {
    const headers = [
      'Indikator',
      'Utfall 2024',
      'Bedömning',
      'Trend',
      'Måluppfyllelse',
      'Motivering',
    ];
    const owned = range(2, 4, 4, 7);
    const mark = { name: columnsMarkName(1), sheet: 'Data', range: owned };
    const snapshot = workbook([tableSheet(headers, 6)], [mark]);
    const read = readOf([foundTable({ ownedColumns: owned })]);
    const { plan } = buildPlan(snapshot, read, assessmentOf(results), { ...OPTIONS, lang: 'en' });
    expect(plan.tables).toEqual([]);
    expect([4, 5, 6, 7].map((c) => valueAt(plan, 'Data', 2, c))).toEqual([
      'Assessment',
      'Trend',
      'Fulfilment',
      'Reason',
    ]);
  });

  it('keeps header texts unique inside the table', () => {
    const { plan } = planFor(tableSheet(['Indikator', 'trend']), foundTable());
    expect(plan.tables[0].headers).toEqual([
      'Bedömning',
      'Trend (Målkoll)',
      'Måluppfyllelse',
      'Motivering',
    ]);
    expect(valueAt(plan, 'Data', 2, 5)).toBe('Trend (Målkoll)');
  });

  it('finds a free header when the user already has the "(Målkoll)" one too', () => {
    const s = tableSheet(['Trend', 'Trend (Målkoll)', 'Indikator'], 3);
    const table = found('Data', range(2, 2, 4, 4), [3, 4], { excelTable: 'Indikatorer' });
    const { plan } = planFor(s, table);
    expect(plan.tables[0].headers[1]).toBe('Trend (Målkoll 2)');
  });

  it('does not write headers in a plain table differently', () => {
    const s = sheet('Data', [
      ['Indikator', 'Trend', 'Utfall 2024'],
      ['a', 1, 2],
    ]);
    const { plan } = buildPlan(
      workbook([s]),
      readOf([found('Data', range(1, 1, 2, 3), [2])]),
      assessmentOf([result('Data', 2)]),
      OPTIONS,
    );
    expect(valueAt(plan, 'Data', 1, 5)).toBe('Trend');
    expect(plan.tables).toEqual([]);
  });
});
