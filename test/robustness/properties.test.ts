/**
 * Properties on random workbooks: whatever the cells hold (numbers at the
 * extremes, header words, number-like text, booleans, dates, error values,
 * formulas, random merges and Excel tables, cells at the sheet's last
 * columns and rows), the reader and the whole assessment never fail, every
 * problem names a cell of a sheet that exists, and the command line ends
 * with 0, 3 or 4 and never shows a stack trace. Where a plan is applied,
 * the sheets stop at row 40: a block stretched down a million rows is
 * limits.test.ts's case.
 */
import { enText, svText } from '../support/problem-text';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ExcelJsHost } from '../../src/adapters/exceljs';
import { MemoryHost } from '../../src/adapters/memory';
import { MAX_COLS, MAX_ROWS, parseA1 } from '../../src/workbook/address';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { readWorkbook } from '../../src/workbook/read';
import type { Problem } from '../../src/engine/types';
import type { CellRange, SheetData, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { hostileSnapshot } from './generate';
import { DATE, LEAKED_VALUE, runCli, STACK_LINE, tempDir } from './support';

jest.setTimeout(60_000);

/** The problem's sheet exists and its cell is an address on that sheet. */
function wellPlaced(problem: Problem, snapshot: WorkbookSnapshot): boolean {
  const at = parseA1(problem.cell);
  return (
    snapshot.sheets.some((s) => s.name === problem.sheet) &&
    at !== null &&
    at.row >= 1 &&
    at.row <= MAX_ROWS &&
    at.col >= 1 &&
    at.col <= MAX_COLS &&
    (problem.severity === 'error' || problem.severity === 'warning') &&
    [svText(problem), enText(problem)].every((text) => text.length > 0 && !LEAKED_VALUE.test(text))
  );
}

describe('the reader, on random sheets', () => {
  it('never fails, and every problem names a cell of a sheet that exists', () => {
    fc.assert(
      fc.property(hostileSnapshot(true), (snapshot) => {
        const read = readWorkbook(snapshot);
        for (const p of read.problems) expect(wellPlaced(p, snapshot)).toBe(true);
        for (const i of read.indicators) {
          expect(snapshot.sheets.some((s) => s.name === i.sheet)).toBe(true);
          expect(i.name.trim()).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the whole assessment, on random sheets', () => {
  it('never fails and places every problem, also with cells at the last rows', () => {
    fc.assert(
      fc.property(hostileSnapshot(true), (snapshot) => {
        const result = assessWorkbook(snapshot, { date: DATE });
        for (const p of result.problems) expect(wellPlaced(p, snapshot)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('makes a plan that applies, and whose result reads again the same', async () => {
    await fc.assert(
      fc.asyncProperty(hostileSnapshot(true), async (snapshot) => {
        const result = assessWorkbook(snapshot, { date: DATE });
        for (const p of result.problems) expect(wellPlaced(p, snapshot)).toBe(true);
        const host = new MemoryHost(snapshot);
        await host.apply(result.plan);
        // Assessed again, its own output is no trouble either.
        const again = assessWorkbook(await host.read(), { date: DATE });
        expect(again.read.indicators.length).toBe(result.read.indicators.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the command line, on random workbooks saved as .xlsx', () => {
  let dir: string;
  beforeAll(() => (dir = tempDir('properties')));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never throws, ends with 0, 3 or 4, and never shows a stack trace', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileSnapshot(true).map(asExcelWouldHaveIt), async (snapshot) => {
        const input = path.join(dir, `slump-${++n}.xlsx`);
        await ExcelJsHost.fromSnapshot(snapshot).save(input, { date: DATE });
        const output = path.join(dir, `slump-${n}-ut.xlsx`);
        const run = await runCli('assess', input, '-o', output, '--date', DATE);
        expect([0, 3, 4]).toContain(run.code);
        expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
        if (run.code === 0) await (await ExcelJsHost.load(output)).read();
      }),
      { numRuns: 15 },
    );
  });
});

/**
 * What Excel allows in a file: tables that do not overlap, one column name a
 * column, unique names; merges that do not overlap each other or a table.
 */
function asExcelWouldHaveIt(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  let tableNumber = 0;
  const sheets = snapshot.sheets.map((sheet): SheetData => {
    const tables = sheet.tables
      .filter((t, i) => !sheet.tables.slice(0, i).some((o) => overlaps(o.range, t.range)))
      .map((t) => ({
        ...t,
        name: `Tabell${++tableNumber}`,
        headerRow: true,
        columns: Array.from(
          { length: t.range.right - t.range.left + 1 },
          (_, i) => `Kolumn${i + 1}`,
        ),
      }));
    const merges: CellRange[] = [];
    for (const m of sheet.merges) {
      if (![...merges, ...tables.map((t) => t.range)].some((o) => overlaps(o, m))) merges.push(m);
    }
    return { ...sheet, tables, merges };
  });
  return { sheets, names: [] };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
