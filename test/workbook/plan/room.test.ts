import { enText, svText } from '../../support/problem-text';
import { columnsMarkName } from '../../../src/workbook/ownership';
import { buildPlan } from '../../../src/workbook/plan';
import {
  assessmentOf,
  found,
  OPTIONS,
  range,
  readOf,
  result,
  setCell,
  sheet,
  valueAt,
  workbook,
} from './helpers';

const grid = [
  ['Indikator', 'Utfall 2024'],
  ['Nöjdhet', 70],
  ['Kostnad', 100],
];
const results = [result('Blad1', 2), result('Blad1', 3)];

function planFor(s: ReturnType<typeof sheet>, names = workbook([]).names) {
  const table = found(s.name, range(1, 1, 3, 2), [2, 3]);
  return buildPlan(workbook([s], names), readOf([table]), assessmentOf(results), OPTIONS);
}

function writesBeside(p: Pick<ReturnType<typeof planFor>, 'plan'>): boolean {
  return p.plan.values.some((b) => b.sheet === 'Blad1');
}

describe('room for the four columns (§9)', () => {
  it('writes nothing beside the table when a user value is in the way, and says so at the top-right header cell', () => {
    const s = sheet('Blad1', grid);
    setCell(s, 3, 5, 'min anteckning'); // E3, inside C1:F3
    const { plan, problems } = planFor(s);
    expect(writesBeside({ plan })).toBe(false);
    expect(plan.marks?.filter((m) => m.sheet === 'Blad1')).toEqual([]);
    expect(plan.columnWidths.filter((w) => w.sheet === 'Blad1')).toEqual([]);
    const noRoom = problems.filter((p) => p.code === 'no_room');
    expect(noRoom).toHaveLength(1);
    expect(noRoom[0]).toMatchObject({ severity: 'warning', sheet: 'Blad1', cell: 'B1' });
    expect(svText(noRoom[0])).toContain('E3');
    expect(svText(noRoom[0])).toContain('Sammanställning');
  });

  it('still shows the results of that table in the summary, and lists the problem there', () => {
    const s = sheet('Blad1', grid);
    setCell(s, 1, 3, 'x');
    const { plan } = planFor(s);
    const summary = plan.values
      .filter((b) => b.sheet === 'Sammanställning')
      .flatMap((b) => b.values);
    expect(summary.some((row) => row.includes('B1'))).toBe(true);
  });

  it('writes when the cells in the way are values below the table or beyond the four columns', () => {
    const s = sheet('Blad1', grid);
    setCell(s, 4, 3, 'under tabellen');
    setCell(s, 2, 7, 'bortom');
    const { plan, problems } = planFor(s);
    expect(valueAt(plan, 'Blad1', 1, 3)).toBe('Bedömning');
    expect(problems).toEqual([]);
  });

  it('counts cells Målkoll wrote before as empty', () => {
    const s = sheet('Blad1', grid);
    setCell(s, 1, 3, 'Bedömning (gammal)');
    setCell(s, 2, 6, 'gammal motivering');
    const mark = { name: columnsMarkName(1), sheet: 'Blad1', range: range(1, 3, 3, 6) };
    const { plan, problems } = planFor(s, [mark]);
    expect(problems).toEqual([]);
    expect(valueAt(plan, 'Blad1', 1, 3)).toBe('Bedömning');
  });

  it('counts a formula, even one that shows nothing, as something in the way', () => {
    const s = sheet('Blad1', grid);
    s.rows.get(2)![4] = { value: '', formula: '=""' };
    expect(planFor(s).problems.map((p) => p.code)).toEqual(['no_room']);
  });

  it('counts a merged cell reaching into the columns as in the way', () => {
    const s = sheet('Blad1', grid, { merges: [range(2, 2, 2, 3)] });
    const { problems } = planFor(s);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'no_room', cell: 'B1' });
  });

  it('has no room when the columns would pass the last column XFD', () => {
    const s = sheet('Blad1', grid, { at: { row: 1, col: 16_382 } }); // XFB:XFC
    const table = found('Blad1', range(1, 16_382, 3, 16_383), [2, 3]);
    const { plan, problems } = buildPlan(
      workbook([s]),
      readOf([table]),
      assessmentOf(results),
      OPTIONS,
    );
    expect(plan.values.some((b) => b.sheet === 'Blad1')).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'no_room', cell: 'XFC1', severity: 'warning' });
    expect(svText(problems[0])).toContain('XFD');
  });

  it('fits a table whose four columns end exactly at XFD', () => {
    const s = sheet('Blad1', grid, { at: { row: 1, col: 16_379 } });
    const table = found('Blad1', range(1, 16_379, 3, 16_380), [2, 3]);
    const { plan, problems } = buildPlan(
      workbook([s]),
      readOf([table]),
      assessmentOf(results),
      OPTIONS,
    );
    expect(problems).toEqual([]);
    expect(valueAt(plan, 'Blad1', 1, 16_384)).toBe('Motivering');
  });

  it('writes nothing on a protected sheet and says so', () => {
    const s = sheet('Blad1', grid, { protected: true });
    const { plan, problems } = planFor(s);
    expect(writesBeside({ plan })).toBe(false);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['sheet_protected', 'B1']]);
  });

  it('speaks English with lang en', () => {
    const s = sheet('Blad1', grid);
    setCell(s, 2, 3, 'x');
    const table = found('Blad1', range(1, 1, 3, 2), [2, 3]);
    const { problems } = buildPlan(workbook([s]), readOf([table]), assessmentOf(results), {
      ...OPTIONS,
      lang: 'en',
    });
    expect(enText(problems[0])).toMatch(/could not be written beside the table/);
    expect(enText(problems[0])).toContain('Summary');
  });
});
