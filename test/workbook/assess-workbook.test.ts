import { parseA1 } from '../../src/workbook/address';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { applyPlan, rowsOf, valueAt } from './plan/helpers';
import { sheet, workbook } from '../support/snapshot-builder';

const headers = [
  'Indikator',
  'Mål',
  'Fokusområde',
  'Önskad riktning',
  'Målvärde',
  'Utfall 2023',
  'Utfall 2024',
];

function municipality() {
  return workbook(
    sheet('Nämnd A', [
      headers,
      ['Nöjda brukare', 'Trygg kommun', 'Trygghet', 'Öka', 80, 70, 85],
      ['Sjukfrånvaro', 'Trygg kommun', 'Trygghet', 'Minska', 5, 6, 'tolv'],
    ]),
    sheet('Nämnd B', [headers, ['Väntetid', 'Snabb service', null, 'Minska', 10, 14, 12]]),
  );
}

describe('assessing a workbook', () => {
  const result = assessWorkbook(municipality(), { date: '2025-03-01' });

  it('reads, assesses and plans the four columns beside each table', () => {
    expect(result.read.indicators).toHaveLength(3);
    expect(result.assessment.indicators).toHaveLength(3);
    expect(valueAt(result.plan, 'Nämnd A', 1, 8)).toBe('Bedömning');
    expect(valueAt(result.plan, 'Nämnd A', 2, 8)).toBe('● Uppfyllt');
    expect(valueAt(result.plan, 'Nämnd B', 1, 11)).toBe('Motivering');
    expect(result.plan.sheets.map((s) => s.name)).toEqual(['Sammanställning', 'Historik', 'Metod']);
  });

  it('gathers the problems of reading, the engine and the plan in sheet and cell order', () => {
    const cells = result.problems.map((p) => [p.sheet, p.cell]);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some(([s, c]) => s === 'Nämnd A' && c === 'G3')).toBe(true);
    const order = (s: string) => ['Nämnd A', 'Nämnd B'].indexOf(s);
    const keys = result.problems.map((p) => {
      const at = parseA1(p.cell)!;
      return [order(p.sheet), at.row, at.col];
    });
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(new Set(result.problems.map((p) => JSON.stringify(p))).size).toBe(
      result.problems.length,
    );
    expect(result.report.problems).toHaveLength(result.problems.length);
  });

  it('reports in the same terms', () => {
    expect(result.report.indicators.map((i) => [i.sheet, i.row])).toEqual([
      ['Nämnd A', 2],
      ['Nämnd A', 3],
      ['Nämnd B', 2],
    ]);
    expect(result.report.indicators[0].status).toBe('met');
  });

  it('speaks English with lang en', () => {
    const en = assessWorkbook(municipality(), { date: '2025-03-01', lang: 'en' });
    expect(valueAt(en.plan, 'Nämnd A', 1, 8)).toBe('Assessment');
    expect(en.plan.sheets[0].name).toBe('Summary');
  });

  it('assesses a named period', () => {
    const y2023 = assessWorkbook(municipality(), { date: '2025-03-01', period: 'Utfall 2023' });
    expect(y2023.report.indicators[0].period).toBe('Utfall 2023');
    const period = rowsOf(y2023.plan, 'Sammanställning').find((r) => r.values[0] === 'Period');
    expect(period?.values[1]).toBe('Utfall 2023');
  });

  it('gives the same workbook when run again on its own result', () => {
    const once = applyPlan(municipality(), result.plan);
    const again = assessWorkbook(once, { date: '2025-03-01' });
    expect(again.problems).toEqual(result.problems);
    const twice = applyPlan(once, again.plan);
    expect(twice.names).toEqual(once.names);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    twice.sheets.forEach((s, i) => {
      const rows = (m: typeof s.rows) => [...m].sort(([a], [b]) => a - b);
      expect(rows(s.rows)).toEqual(rows(once.sheets[i].rows));
    });
  });
});
