import { enText, svText } from '../../support/problem-text';
import type { WritePlan } from '../../../src/workbook/plan/types';
import type { SheetOptions } from '../../support/snapshot-builder';
import { definedName, range, sheet, table, workbook } from '../../support/snapshot-builder';
import { checkWritable } from '../../../src/workbook/plan/writable';

const indicators = [
  ['Indikator', 'Mål', 'Utfall 2023'],
  ['Nöjdhet', 'M1', 0.8],
  ['Trygghet', 'M2', 0.6],
];

/** Nämnd A: an Excel table A1:C3, widened to G; Nämnd B: a plain block, columns C:F; the summary. */
function snapshotWith(a: SheetOptions = {}, b: SheetOptions = {}, summary: SheetOptions = {}) {
  return workbook(
    sheet('Nämnd A', indicators, { tables: [table('Tabell1', 'A1:C3')], ...a }),
    sheet(
      'Nämnd B',
      indicators.map((r) => r.slice(0, 2)),
      b,
    ),
    sheet('Sammanställning', [['Mål']], summary),
    definedName('Malkoll_Kolumner_1', 'Nämnd B', 'C1:F3'),
    definedName('Malkoll_Kolumner_2', 'Nämnd A', 'D1:G3'),
    definedName('Malkoll_Blad_1', 'Sammanställning', 'A1'),
  );
}

function assessmentPlan(): WritePlan {
  const columns = (sheetName: string, left: number) => ({
    sheet: sheetName,
    top: 1,
    left,
    values: [
      ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
      ['● Uppfyllt', null, 1, 'Bra.'],
      ['■ Ej uppfyllt', null, 0.5, 'Sämre.'],
    ],
  });
  return {
    clear: [
      { sheet: 'Nämnd A', range: range('D1:G3') },
      { sheet: 'Nämnd B', range: range('C1:F3') },
    ],
    sheets: [
      { name: 'Sammanställning', replaces: 'Sammanställning', columnWidths: [40], freezeRows: 1 },
    ],
    tables: [
      {
        sheet: 'Nämnd A',
        table: 'Tabell1',
        right: 7,
        headers: ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
      },
    ],
    values: [
      columns('Nämnd A', 4),
      columns('Nämnd B', 3),
      { sheet: 'Sammanställning', top: 1, left: 1, values: [['Mål', 'Bedömning']] },
    ],
    styles: [
      { sheet: 'Nämnd A', style: { fill: '#C6EFCE' }, ranges: [range('D2')] },
      { sheet: 'Nämnd B', style: { fill: '#C6EFCE' }, ranges: [range('C2')] },
      { sheet: 'Nämnd A', style: { bold: true }, ranges: [range('D1:G1')] },
      { sheet: 'Nämnd B', style: { bold: true }, ranges: [range('C1:F1')] },
    ],
    links: [
      {
        sheet: 'Sammanställning',
        row: 5,
        col: 1,
        text: 'Nämnd A!D2',
        targetSheet: 'Nämnd A',
        targetCell: 'D2',
      },
    ],
    columnWidths: [
      { sheet: 'Nämnd A', col: 4, width: 18 },
      { sheet: 'Nämnd B', col: 3, width: 18 },
    ],
    marks: [
      { name: 'Malkoll_Kolumner_1', sheet: 'Nämnd A', range: range('D1:G3') },
      { name: 'Malkoll_Kolumner_2', sheet: 'Nämnd B', range: range('C1:F3') },
      { name: 'Malkoll_Blad_1', sheet: 'Sammanställning', range: range('A1') },
    ],
  };
}

const sheetsOf = (items: { sheet: string }[]) => [...new Set(items.map((i) => i.sheet))];

describe('checkWritable', () => {
  it('returns the plan as it is when everything can be written', () => {
    const plan = assessmentPlan();
    const result = checkWritable(snapshotWith(), plan);
    expect(result.problems).toEqual([]);
    expect(result.plan).toBe(plan);
  });

  it('drops every write on a protected sheet and says so at its first cell', () => {
    const { plan, problems } = checkWritable(snapshotWith({ protected: true }), assessmentPlan());
    expect(problems).toEqual([
      {
        severity: 'error',
        sheet: 'Nämnd A',
        cell: 'D1',
        code: 'sheet_protected',
        params: { sheet: 'Nämnd A' },
      },
    ]);
    expect(svText(problems[0])).toBe(
      'Bladet ”Nämnd A” är skyddat. Ta bort bladskyddet (Granska → Ta bort skydd) och bedöm igen; inget skrevs på det bladet.',
    );
    for (const list of [plan.clear, plan.values, plan.styles, plan.columnWidths]) {
      expect(sheetsOf(list)).not.toContain('Nämnd A');
    }
    expect(plan.tables).toEqual([]);
    expect(sheetsOf(plan.values)).toEqual(['Nämnd B', 'Sammanställning']);
    expect(plan.links).toHaveLength(1); // a link to the sheet is written elsewhere
  });

  it('keeps the present marks of what it could not rewrite, under free names', () => {
    const { plan } = checkWritable(snapshotWith({ protected: true }), assessmentPlan());
    expect(plan.marks).toEqual([
      { name: 'Malkoll_Kolumner_2', sheet: 'Nämnd B', range: range('C1:F3') },
      { name: 'Malkoll_Blad_1', sheet: 'Sammanställning', range: range('A1') },
      // Was Malkoll_Kolumner_2, which the plan now gives to Nämnd B.
      { name: 'Malkoll_Kolumner_1', sheet: 'Nämnd A', range: range('D1:G3') },
    ]);
  });

  it('leaves a protected summary as it is: not cleared, renamed or written', () => {
    const { plan, problems } = checkWritable(
      snapshotWith({}, {}, { protected: true }),
      assessmentPlan(),
    );
    expect(problems.map((p) => [p.sheet, p.cell, p.code])).toEqual([
      ['Sammanställning', 'A1', 'sheet_protected'],
    ]);
    expect(plan.sheets).toEqual([]);
    expect(plan.links).toEqual([]);
    expect(sheetsOf(plan.values)).toEqual(['Nämnd A', 'Nämnd B']);
    expect(plan.marks).toContainEqual({
      name: 'Malkoll_Blad_1',
      sheet: 'Sammanställning',
      range: range('A1'),
    });
  });

  it('drops the columns of one block where a merged area lies in them, and only those', () => {
    const { plan, problems } = checkWritable(
      snapshotWith({}, { merges: ['D2:E2'] }),
      assessmentPlan(),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      sheet: 'Nämnd B',
      cell: 'D2',
      code: 'merged_cells',
    });
    expect(svText(problems[0])).toBe(
      'Cellerna D2:E2 på bladet ”Nämnd B” är sammanfogade där Målkoll ska skriva. Dela upp dem (Start → Sammanfoga och centrera → Dela upp celler) och bedöm igen; inget skrevs i det området.',
    );
    expect(sheetsOf(plan.values)).toEqual(['Nämnd A', 'Sammanställning']);
    expect(sheetsOf(plan.styles)).toEqual(['Nämnd A']);
    expect(sheetsOf(plan.clear)).toEqual(['Nämnd A']);
    expect(sheetsOf(plan.columnWidths)).toEqual(['Nämnd A']);
    expect(plan.tables).toHaveLength(1);
    expect(plan.marks).toContainEqual({
      name: 'Malkoll_Kolumner_1',
      sheet: 'Nämnd A',
      range: range('D1:G3'),
    });
    // Nämnd B's present mark stays, renamed as the plan uses its name for Nämnd A.
    expect(plan.marks).toContainEqual({
      name: 'Malkoll_Kolumner_2',
      sheet: 'Nämnd B',
      range: range('C1:F3'),
    });
  });

  it('does not widen a table into merged cells, and names the table', () => {
    const { plan, problems } = checkWritable(snapshotWith({ merges: ['F3:G3'] }), assessmentPlan());
    expect(plan.tables).toEqual([]);
    expect(sheetsOf(plan.values)).toEqual(['Nämnd B', 'Sammanställning']);
    expect(problems[0].cell).toBe('F3');
    expect(enText(problems[0])).toMatch(/^The cells F3:G3 on the sheet “Nämnd A” are merged/);
  });

  it('ignores merged areas away from what it writes', () => {
    const plan = assessmentPlan();
    expect(checkWritable(snapshotWith({ merges: ['A10:C10'] }), plan).problems).toEqual([]);
  });

  it('drops a whole sheet’s writes where no mark names a region (saving parameters)', () => {
    const snapshot = workbook(
      sheet(
        'Metod',
        [
          ['Parameter', 'Värde'],
          ['partlyAt', 0.8],
        ],
        { merges: ['B2:C2'] },
      ),
    );
    const plan: WritePlan = {
      clear: [],
      sheets: [],
      tables: [],
      values: [{ sheet: 'Metod', top: 2, left: 2, values: [[0.7]] }],
      styles: [],
      links: [],
      columnWidths: [],
    };
    const result = checkWritable(snapshot, plan);
    expect(result.plan.values).toEqual([]);
    expect(result.plan.marks).toBeUndefined();
    expect(svText(result.problems[0])).toMatch(/inget skrevs på det bladet\.$/);
  });
});
