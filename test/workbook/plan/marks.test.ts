import { DEFAULT_PARAMETERS, PARAMETER_SPECS } from '../../../src/engine/parameters';
import { columnsMarkName, ownedIn, sheetMarkName } from '../../../src/workbook/ownership';
import { buildPlan } from '../../../src/workbook/plan';
import type { FoundTable } from '../../../src/workbook/read/types';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import {
  applyPlan,
  assessmentOf,
  excelTable,
  found,
  OPTIONS,
  range,
  readOf,
  result,
  rowsOf,
  setCell,
  sheet,
  workbook,
} from './helpers';

function twoTables(): WorkbookSnapshot {
  const plain = sheet('Plan', [
    ['Indikator', 'Utfall 2024'],
    ['a', 1],
    ['b', 2],
  ]);
  const excelHeaders = ['Indikator', 'Utfall 2024'];
  const inExcel = sheet('Tabell', [excelHeaders, ['c', 3]], {
    tables: [excelTable('Tabell1', range(1, 1, 2, 2), excelHeaders)],
  });
  return workbook([plain, inExcel]);
}

function tablesOf(snapshot: WorkbookSnapshot): FoundTable[] {
  // What the reader reports: the user's range, and Målkoll's columns inside an Excel table.
  const owned = ownedIn(snapshot).ranges.find((r) => r.sheet === 'Tabell')?.range ?? null;
  return [
    found('Plan', range(1, 1, 3, 2), [2, 3]),
    found('Tabell', range(1, 1, 2, 2), [2], { excelTable: 'Tabell1', ownedColumns: owned }),
  ];
}

const assessment = assessmentOf([
  result('Plan', 2),
  result('Plan', 3, { status: 'not_met' }),
  result('Tabell', 2),
]);
const planOf = (snapshot: WorkbookSnapshot) =>
  buildPlan(snapshot, readOf(tablesOf(snapshot)), assessment, OPTIONS);

describe('marks and clearing', () => {
  it('marks each region written and the summary sheet, and clears nothing the first time', () => {
    const { plan } = planOf(twoTables());
    expect(plan.clear).toEqual([]);
    expect(plan.marks).toEqual([
      { name: columnsMarkName(1), sheet: 'Plan', range: range(1, 3, 3, 6) },
      { name: columnsMarkName(2), sheet: 'Tabell', range: range(1, 3, 2, 6) },
      { name: sheetMarkName('summary'), sheet: 'Sammanställning', range: range(1, 1, 1, 1) },
    ]);
  });

  it('does not mark a table it could not write beside', () => {
    const snapshot = twoTables();
    setCell(snapshot.sheets[0], 2, 4, 'i vägen');
    const names = planOf(snapshot).plan.marks?.map((m) => m.sheet);
    expect(names).toEqual(['Tabell', 'Sammanställning']);
  });

  it('clears every range it owns, also one whose table has since shrunk', () => {
    const snapshot = twoTables();
    snapshot.names.push({ name: columnsMarkName(7), sheet: 'Plan', range: range(1, 3, 9, 6) });
    expect(planOf(snapshot).plan.clear).toEqual([{ sheet: 'Plan', range: range(1, 3, 9, 6) }]);
  });
});

describe('running twice', () => {
  it('plans the same writes on the workbook it produced, apart from what it clears and replaces', () => {
    const clean = twoTables();
    const first = planOf(clean);
    const after = applyPlan(clean, first.plan);
    const second = planOf(after);
    expect(second.problems).toEqual(first.problems);
    expect(second.plan.clear).toEqual([
      { sheet: 'Plan', range: range(1, 3, 3, 6) },
      { sheet: 'Tabell', range: range(1, 3, 2, 6) },
    ]);
    expect(second.plan.sheets).toEqual(
      first.plan.sheets.map((s) => ({
        ...s,
        replaces: s.name === 'Sammanställning' ? 'Sammanställning' : s.replaces,
      })),
    );
    expect(second.plan.tables).toEqual([]); // the Excel table already holds the columns
    const rest = (p: typeof first.plan) => ({ ...p, clear: [], sheets: [], tables: [] });
    expect(rest(second.plan)).toEqual(rest(first.plan));
  });

  it('gives the same workbook when run on its own result', () => {
    const once = applyPlan(twoTables(), planOf(twoTables()).plan);
    const twice = applyPlan(once, planOf(once).plan);
    expect(twice.names).toEqual(once.names);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    twice.sheets.forEach((s, i) => {
      expect([...s.rows].sort(([a], [b]) => a - b)).toEqual(
        [...once.sheets[i].rows].sort(([a], [b]) => a - b),
      );
      expect(s.tables).toEqual(once.sheets[i].tables);
    });
  });
});

describe('the Metod sheet', () => {
  it('is planned with the defaults, in Swedish, unmarked, when the workbook has none', () => {
    const read = readOf([], { hasMethodSheet: false });
    const { plan } = buildPlan(workbook([]), read, assessmentOf([]), { ...OPTIONS, lang: 'en' });
    expect(plan.sheets.find((s) => s.name === 'Metod')).toMatchObject({ replaces: null });
    const rows = rowsOf(plan, 'Metod').map((r) => r.values);
    expect(rows[0]).toEqual(['Parameter', 'Värde', 'Beskrivning']);
    expect(rows).toHaveLength(1 + PARAMETER_SPECS.length);
    expect(rows).toContainEqual([
      'Delvis-gräns målvärde',
      DEFAULT_PARAMETERS.partlyAt,
      expect.any(String),
    ]);
    expect(rows).toContainEqual(['Sammanvägning', 'poäng', expect.any(String)]);
    for (const spec of PARAMETER_SPECS)
      expect(rows.some((r) => r[0] === spec.sv && r[2] === spec.descriptionSv)).toBe(true);
    expect(plan.marks?.some((m) => m.sheet === 'Metod')).toBe(false);
  });

  it('is not planned when the workbook has one', () => {
    const { plan } = buildPlan(workbook([]), readOf([]), assessmentOf([]), OPTIONS);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Sammanställning']);
  });
});
