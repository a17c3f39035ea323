import { TEXTS } from '../../../src/text';
import { HostWriteError } from '../../../src/adapters/officejs';
import { MAX_AREAS_ADDRESS } from '../../../src/adapters/officejs/write';
import type { StyleRun, WritePlan } from '../../../src/workbook/plan/types';
import type { CellRange } from '../../../src/workbook/snapshot';
import { createFakeExcel, type FakeWorkbookInit } from '../../support/fake-excel';
import { assessmentPlan, emptyPlan, fakeWith, hostFor, indicatorWorkbook } from './helpers';

const BUDGET = 4_000_000;
/** Big workbooks take seconds when the machine is busy. */
const HEAVY = 60_000;

function oneSheet(): FakeWorkbookInit {
  return {
    sheets: [
      {
        name: 'Nämnd A',
        rows: [
          ['Indikator', 'Utfall'],
          ['Nöjdhet', 12],
          ['Trygghet', 7],
        ],
        tables: [{ name: 'Tabell1', range: 'A1:B3' }],
        cells: { E9: 'gammalt', H9: 'kvar' },
      },
    ],
  };
}

function planWith(parts: Partial<WritePlan>): WritePlan {
  return { ...emptyPlan(), ...parts };
}

describe('OfficeJsHost.apply: values', () => {
  it('writes text that looks like a formula, number or date as text', async () => {
    const fake = fakeWith(oneSheet());
    const texts = [
      '=SUM(A1)',
      '+46 70 123',
      '-',
      '@user',
      '2030',
      "'citat",
      'maj 2024',
      'Vanlig text',
    ];
    await hostFor(fake).apply(
      planWith({ values: [{ sheet: 'Nämnd A', top: 10, left: 1, values: [texts, [1.5, null]] }] }),
    );
    texts.forEach((text, i) => {
      const cell = fake.cell('Nämnd A', `${'ABCDEFGH'[i]}10`)!;
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
    expect(fake.cell('Nämnd A', 'A10')!.numberFormat).toBe('@');
    expect(fake.cell('Nämnd A', 'H10')!.numberFormat).toBe('General'); // plain text needs no text format
    expect(fake.cell('Nämnd A', 'A11')!.value).toBe(1.5);
    expect(fake.cell('Nämnd A', 'B11')?.value ?? null).toBeNull();
  });

  it('is needed: the same string written plainly becomes a formula (the fake types like Excel)', async () => {
    const fake = fakeWith(oneSheet());
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nämnd A').getRange('A10').values = [['=SUM(A1)']];
      await context.sync();
    });
    expect(fake.cell('Nämnd A', 'A10')!.formula).toBe('=SUM(A1)');
  });

  it('writes null as an empty cell, clearing what was there', async () => {
    const fake = fakeWith(oneSheet());
    await hostFor(fake).apply(
      planWith({ values: [{ sheet: 'Nämnd A', top: 9, left: 5, values: [[null]] }] }),
    );
    expect(fake.cell('Nämnd A', 'E9')!.value).toBeNull();
    expect(fake.cell('Nämnd A', 'H9')!.value).toBe('kvar');
  });
});

describe('OfficeJsHost.apply: formats', () => {
  function alternateRows(count: number): CellRange[] {
    return Array.from({ length: count }, (_, i) => ({
      top: 2 + 2 * i,
      left: 3,
      bottom: 2 + 2 * i,
      right: 3,
    }));
  }

  it('formats the cells of a style together, one call per address chunk, not per cell', async () => {
    const fake = fakeWith(oneSheet());
    const ranges = alternateRows(1_500);
    const run: StyleRun = {
      sheet: 'Nämnd A',
      style: { fill: '#C6EFCE', fontColor: '#006100', bold: true },
      ranges,
    };
    await hostFor(fake).apply(planWith({ styles: [run] }));

    const chunks = fake.stats.calls['Worksheet.getRanges'];
    const addressLength = ranges.length * 'C1234,'.length;
    expect(chunks).toBeLessThanOrEqual(Math.ceil(addressLength / MAX_AREAS_ADDRESS) + 1);
    expect(fake.stats.calls['RangeFill.color']).toBe(chunks);
    expect(fake.stats.calls['RangeFont.bold']).toBe(chunks);
    for (const r of [ranges[0], ranges[777], ranges[1_499]]) {
      const cell = fake.cell('Nämnd A', `C${r.top}`)!;
      expect(cell.format).toEqual({ fill: '#C6EFCE', fontColor: '#006100', bold: true });
    }
    expect(fake.cell('Nämnd A', 'C3')).toBeNull(); // between the ranges: untouched
  });

  it('falls back to one range per call before ExcelApi 1.9', async () => {
    const fake = createFakeExcel(oneSheet(), { apiVersion: '1.8' });
    const run: StyleRun = {
      sheet: 'Nämnd A',
      style: { fill: '#FFC7CE' },
      ranges: alternateRows(5),
    };
    await hostFor(fake).apply(planWith({ styles: [run] }));
    expect(fake.stats.calls['Worksheet.getRanges']).toBeUndefined();
    expect(fake.stats.calls['RangeFill.color']).toBe(5);
    expect(fake.cell('Nämnd A', 'C10')!.format.fill).toBe('#FFC7CE');
  });

  it('sets number formats range by range and wraps text', async () => {
    const fake = fakeWith(oneSheet());
    const styles: StyleRun[] = [
      {
        sheet: 'Nämnd A',
        style: { numFmt: '0 %' },
        ranges: [{ top: 2, left: 4, bottom: 3, right: 4 }],
      },
      {
        sheet: 'Nämnd A',
        style: { wrap: true, italic: true },
        ranges: [{ top: 1, left: 5, bottom: 1, right: 5 }],
      },
    ];
    await hostFor(fake).apply(planWith({ styles }));
    expect(fake.cell('Nämnd A', 'D3')!.numberFormat).toBe('0 %');
    expect(fake.cell('Nämnd A', 'E1')!.format).toEqual({ wrapText: true, italic: true });
  });
});

describe('OfficeJsHost.apply: sheets, tables, links, widths, clearing', () => {
  it('adds a sheet with widths in points and frozen rows, and links into it', async () => {
    const fake = fakeWith(oneSheet());
    await hostFor(fake).apply(
      planWith({
        sheets: [
          { name: 'Sammanställning', replaces: null, columnWidths: [40, 8.43], freezeRows: 2 },
        ],
        links: [
          {
            sheet: 'Sammanställning',
            row: 3,
            col: 1,
            text: 'Nämnd A!B2',
            targetSheet: 'Nämnd A',
            targetCell: 'B2',
          },
        ],
        columnWidths: [{ sheet: 'Nämnd A', col: 5, width: 60 }],
      }),
    );
    const summary = fake.sheet('Sammanställning')!;
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Nämnd A', 'Sammanställning']);
    expect(summary.freezeRows).toBe(2);
    expect(summary.columnWidths.get(2)).toBeCloseTo(48, 1); // Excel's default 8.43 characters
    expect(summary.columnWidths.get(1)).toBeCloseTo(213.75);
    expect(fake.sheet('Nämnd A')!.columnWidths.get(5)).toBeCloseTo(318.75);
    expect(fake.cell('Sammanställning', 'A3')).toMatchObject({
      value: 'Nämnd A!B2',
      hyperlink: { documentReference: "'Nämnd A'!B2", textToDisplay: 'Nämnd A!B2' },
    });
  });

  it('rewrites a sheet it made before: renamed, cleared whole, then written', async () => {
    const fake = fakeWith({
      sheets: [...oneSheet().sheets!, { name: 'Summary', rows: [['old'], [null, 'old too']] }],
    });
    await hostFor(fake).apply(
      planWith({
        sheets: [{ name: 'Sammanställning', replaces: 'Summary', columnWidths: [], freezeRows: 0 }],
        values: [{ sheet: 'Sammanställning', top: 1, left: 1, values: [['ny']] }],
      }),
    );
    expect(fake.sheet('Summary')).toBeNull();
    expect(fake.cell('Sammanställning', 'A1')!.value).toBe('ny');
    expect(fake.cell('Sammanställning', 'B2')).toBeNull();
  });

  it('clears what it wrote before, values and formats', async () => {
    const fake = fakeWith(oneSheet());
    await hostFor(fake).apply(
      planWith({ clear: [{ sheet: 'Nämnd A', range: { top: 9, left: 5, bottom: 9, right: 5 } }] }),
    );
    expect(fake.cell('Nämnd A', 'E9')).toBeNull();
    expect(fake.cell('Nämnd A', 'H9')!.value).toBe('kvar');
  });

  const widening: Partial<WritePlan> = {
    tables: [
      {
        sheet: 'Nämnd A',
        table: 'Tabell1',
        right: 6,
        headers: ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
      },
    ],
    values: [
      {
        sheet: 'Nämnd A',
        top: 1,
        left: 3,
        values: [
          ['Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
          ['● Uppfyllt', null, 1, 'Bra.'],
          ['■ Ej uppfyllt', null, 0.5, 'Sämre.'],
        ],
      },
    ],
  };

  it('widens an Excel table with table.resize (ExcelApi 1.13)', async () => {
    const fake = fakeWith(oneSheet());
    await hostFor(fake).apply(planWith(widening));
    expect(fake.stats.calls['Table.resize']).toBe(1);
    expect(fake.table('Tabell1')).toMatchObject({
      address: 'A1:F3',
      columns: ['Indikator', 'Utfall', 'Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
    });
  });

  it('widens it column by column where resize is missing', async () => {
    const fake = createFakeExcel(oneSheet(), { apiVersion: '1.12' });
    await hostFor(fake).apply(planWith(widening));
    expect(fake.stats.calls['Table.resize']).toBeUndefined();
    expect(fake.stats.calls['TableColumnCollection.add']).toBe(4);
    expect(fake.table('Tabell1')).toMatchObject({
      address: 'A1:F3',
      columns: ['Indikator', 'Utfall', 'Bedömning', 'Trend', 'Måluppfyllelse', 'Motivering'],
    });
  });
});

describe('OfficeJsHost.apply: one undo step, few syncs', () => {
  it.each([
    ['1.20', { delayForCellEdit: true, mergeUndoGroup: true }],
    ['1.12', { delayForCellEdit: true }],
    ['1.10', {}],
  ])('passes the run options ExcelApi %s supports', async (version, options) => {
    const fake = createFakeExcel(oneSheet(), { apiVersion: version });
    await hostFor(fake).apply(
      planWith({ values: [{ sheet: 'Nämnd A', top: 5, left: 1, values: [['x']] }] }),
    );
    expect(fake.stats.runs).toEqual([options]);
  });

  it(
    'reads and writes 5,000 rows × 20 columns in four syncs, every payload under 4 MB',
    async () => {
      const fake = fakeWith(indicatorWorkbook(5_000, 20, 3));
      const host = hostFor(fake);
      await host.read();
      await host.apply(assessmentPlan(5_000, 20, 3));
      expect(host.syncs).toBeLessThanOrEqual(4);
      expect(fake.stats.syncs).toBe(host.syncs);
      expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(BUDGET);
      expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(BUDGET);
      expect(fake.cell('Nämnd 3', 'U1667')!.format.fill).toBeDefined();
      expect(fake.cell('Nämnd 1', 'W2')!.numberFormat).toBe('0 %');
    },
    HEAVY,
  );

  it('splits a write bigger than the budget into syncs that each fit', async () => {
    const fake = fakeWith(indicatorWorkbook(60_000, 2, 2));
    const host = hostFor(fake, { maxPayloadBytes: 1_000_000 });
    await host.apply(assessmentPlan(60_000, 2, 2));
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(1_000_000);
    expect(fake.cell('Nämnd 2', 'F30001')!.value).toMatch(/^Utfall/);
  }, 60_000);
});

describe('OfficeJsHost.apply: marks', () => {
  const marked: FakeWorkbookInit = {
    ...oneSheet(),
    names: [
      { name: 'Malkoll_Kolumner_1', formula: "='Nämnd A'!$C$1:$F$3" },
      { name: 'Malkoll_Blad_1', formula: '=#REF!$A$1' },
      { name: 'Budget', formula: "='Nämnd A'!$B$2" },
    ],
  };
  const newMarks: WritePlan['marks'] = [
    {
      name: 'Malkoll_Kolumner_1',
      sheet: 'Nämnd A',
      range: { top: 1, left: 4, bottom: 3, right: 7 },
    },
  ];

  const expectedNames = [
    { name: 'Budget', formula: "='Nämnd A'!$B$2" },
    { name: 'Malkoll_Kolumner_1', formula: "='Nämnd A'!$D$1:$G$3" },
  ];

  it('replaces every mark, also a dangling one, and keeps the user’s names', async () => {
    const fake = fakeWith(marked);
    const host = hostFor(fake);
    await host.read();
    const before = host.syncs;
    await host.apply(planWith({ marks: newMarks }));
    expect(host.syncs - before).toBe(1);
    expect(fake.names()).toEqual(expectedNames);
  });

  it('asks Excel for the names when it has not read them', async () => {
    const fake = fakeWith(marked);
    const host = hostFor(fake);
    await host.apply(planWith({ marks: newMarks }));
    expect(host.syncs).toBe(2);
    expect(fake.names()).toEqual(expectedNames);
  });

  it('recovers when a mark was deleted after the read', async () => {
    const fake = fakeWith(marked);
    const host = hostFor(fake);
    await host.read();
    fake.state.names.splice(0, 1); // someone deletes Malkoll_Kolumner_1 meanwhile
    await host.apply(planWith({ marks: newMarks }));
    expect(fake.names()).toEqual(expectedNames);
  });

  it('leaves the marks alone when the plan has none', async () => {
    const fake = fakeWith(marked);
    await hostFor(fake).apply(
      planWith({ values: [{ sheet: 'Nämnd A', top: 5, left: 1, values: [['x']] }] }),
    );
    expect(fake.names()).toHaveLength(3);
  });
});

describe('OfficeJsHost.apply: errors', () => {
  it('names a protected sheet in plain Swedish', async () => {
    const fake = fakeWith({ sheets: [{ name: 'Nämnd A', protected: true }, { name: 'Nämnd B' }] });
    const error = await hostFor(fake)
      .apply(planWith({ values: [{ sheet: 'Nämnd A', top: 1, left: 1, values: [['x']] }] }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error.sheet).toBe('Nämnd A');
    expect(error.failure).toBe('protected');
    const words = TEXTS.sv.hostError(error.failure, error.code, error.sheet);
    expect(words).toMatch(/^Bladet ”Nämnd A” är skyddat.*Ta bort bladskyddet/);
    expect(words).not.toMatch(/\n\s+at /);
  });

  it('says what went wrong, for the catalogue to word in English too', async () => {
    const fake = fakeWith(oneSheet());
    const error = await hostFor(fake)
      .apply(
        planWith({ tables: [{ sheet: 'Nämnd A', table: 'Saknas', right: 9, headers: ['A'] }] }),
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error.code).toBe('ItemNotFound');
    expect(TEXTS.en.hostError(error.failure, error.code, error.sheet)).toMatch(/no longer exists/);
  });
});
