/**
 * Invariants of §9 on generated workbooks, through the command line (real
 * .xlsx files, compared with exceljs itself) and through MemoryHost:
 *  1. the command line's input file is byte for byte the same afterwards;
 *  2. running twice gives the same workbook as running once, apart from the date;
 *  3. every cell the user wrote is unchanged (all cells outside Målkoll's marks);
 *  4. text from the workbook is written as text, never as a formula.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Workbook, ValueType, type Worksheet } from 'exceljs';
import fc from 'fast-check';
import { ExcelJsHost } from '../../src/adapters/exceljs';
import { MemoryHost } from '../../src/adapters/memory';
import { a1 } from '../../src/workbook/address';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { isOwnedCell, ownedIn, type Owned } from '../../src/workbook/ownership';
import type { WritePlan } from '../../src/workbook/plan/types';
import type { CellRange, WorkbookSnapshot } from '../../src/workbook/snapshot';
import {
  changedUserCells,
  differences,
  dumpMemory,
  dumpXlsx,
  formulaCounts,
  type Dump,
} from './compare';
import { indicatorWorkbook, type IndicatorWorkbook } from './generate';
import { formulaCells, runCli, sha256, STACK_LINE, tempDir } from './support';

jest.setTimeout(120_000);

const FIRST = '2024-09-30';
/**
 * Another date of the same year: a workbook without period columns or
 * Utfallsår belongs to the follow-up of its date's year (method §10), so a
 * run in another year is a new follow-up, not the same run again.
 */
const SECOND = '2024-12-15';
const sameDate = (s: string) => s.split(SECOND).join(FIRST);

/** Few runs: each writes and reads several real files. A fixed seed keeps CI repeatable. */
const CLI_SAMPLES = fc.sample(indicatorWorkbook, { numRuns: 10, seed: 20240930 });

interface CliCase {
  generated: IndicatorWorkbook;
  input: string;
  inputHash: string;
  once: string;
  twice: string;
}

let dir: string;
const cases: CliCase[] = [];

beforeAll(async () => {
  dir = tempDir('invariants');
  for (const [i, generated] of CLI_SAMPLES.entries()) {
    const input = path.join(dir, `in-${i}.xlsx`);
    const host = ExcelJsHost.fromSnapshot(generated.snapshot);
    formatUserCells(host.workbook.worksheets);
    await host.save(input, { date: FIRST });
    const inputHash = sha256(input);
    const once = path.join(dir, `once-${i}.xlsx`);
    const twice = path.join(dir, `twice-${i}.xlsx`);
    await assess(input, once, FIRST);
    await assess(once, twice, SECOND);
    cases.push({ generated, input, inputHash, once, twice });
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function assess(input: string, output: string, date: string): Promise<void> {
  const run = await runCli('assess', input, '-o', output, '--date', date);
  if (run.code !== 0 || STACK_LINE.test(run.stderr)) {
    throw new Error(`malkoll assess ${input} gave ${run.code}: ${run.stderr}`);
  }
}

/** The user's own formats: fills, bold, borders, a number format, column widths, frozen panes. */
function formatUserCells(sheets: Worksheet[]): void {
  for (const ws of sheets) {
    ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
    ws.getColumn(1).width = 30;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const n = Number(row.number) + Number(cell.col);
        if (n % 3 === 0)
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
        if (n % 3 === 1) cell.font = { bold: true, color: { argb: 'FF1F4E78' } };
        if (n % 4 === 0) cell.border = { bottom: { style: 'thin' } };
      }),
    );
  }
}

async function ownedAfter(file: string): Promise<{ owned: Owned; snapshot: WorkbookSnapshot }> {
  const snapshot = await (await ExcelJsHost.load(file)).read();
  return { owned: ownedIn(snapshot), snapshot };
}

describe('through the command line, on generated workbooks', () => {
  it('leaves the input file byte for byte as it was', () => {
    for (const c of cases) expect(sha256(c.input)).toBe(c.inputHash);
  });

  it('gives the same workbook run twice as once, cell by cell with styles, apart from the date', async () => {
    for (const c of cases) {
      const diff = differences(await dumpXlsx(c.once), await dumpXlsx(c.twice), sameDate);
      expect({ input: c.input, diff }).toEqual({ input: c.input, diff: [] });
    }
  });

  it('leaves every cell the user wrote as it was, with its format', async () => {
    for (const c of cases) {
      const { owned } = await ownedAfter(c.once);
      const changed = changedUserCells(await dumpXlsx(c.input), await dumpXlsx(c.once), owned);
      expect({ input: c.input, changed }).toEqual({ input: c.input, changed: [] });
    }
  });

  it("keeps the user's tables, grown only into Målkoll's own columns", async () => {
    for (const c of cases) {
      const { owned, snapshot } = await ownedAfter(c.once);
      for (const sheet of c.generated.snapshot.sheets) {
        const after = snapshot.sheets.find((s) => s.name === sheet.name);
        for (const table of sheet.tables) {
          const grown = after?.tables.find((t) => t.name === table.name)?.range;
          expect(grown).toMatchObject({ top: table.range.top, left: table.range.left });
          expect(grown?.bottom).toBe(table.range.bottom);
          expect(addedColumnsOwned(owned, sheet.name, table.range, grown as CellRange)).toBe(true);
        }
      }
    }
  });

  it('writes text beginning with =, +, - or @ as text, and no formula of its own', async () => {
    for (const c of cases) {
      const wb = new Workbook();
      await wb.xlsx.readFile(c.once);
      for (const { sheet, row, col } of c.generated.formulaLike) {
        const cell = wb.getWorksheet(sheet)?.getCell(row, col);
        expect([a1(row, col), cell?.type]).toEqual([a1(row, col), ValueType.String]);
      }
      wb.eachSheet((ws) =>
        ws.eachRow((r) =>
          r.eachCell((cell) => {
            if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) {
              expect(cell.type).toBe(ValueType.String);
            }
          }),
        ),
      );
      const before = await formulaCells(c.input);
      expect([...(await formulaCells(c.once))].filter((f) => !before.has(f))).toEqual([]);
      const counts = await formulaCounts(c.input);
      for (const [sheet, n] of await formulaCounts(c.once)) {
        expect([sheet, n]).toEqual([sheet, counts.get(sheet) ?? 0]);
      }
    }
  });
});

function addedColumnsOwned(
  owned: Owned,
  sheet: string,
  before: CellRange,
  after: CellRange,
): boolean {
  for (let col = before.right + 1; col <= after.right; col++) {
    for (let row = after.top; row <= after.bottom; row++) {
      if (!isOwnedCell(owned, sheet, row, col)) return false;
    }
  }
  return after.right >= before.right;
}

describe('through MemoryHost, on generated workbooks', () => {
  /** Runs the whole assessment `times` times on a copy of the workbook. */
  async function assessed(snapshot: WorkbookSnapshot, dates: string[]) {
    const host = new MemoryHost(snapshot);
    const plans: WritePlan[] = [];
    for (const date of dates) {
      const result = assessWorkbook(await host.read(), { date });
      await host.apply(result.plan);
      plans.push(result.plan);
    }
    return { host, book: await host.read(), plans };
  }

  it('gives the same workbook run twice as once, styles and links too, apart from the date', async () => {
    await fc.assert(
      fc.asyncProperty(indicatorWorkbook, async ({ snapshot }) => {
        const once = await assessed(snapshot, [FIRST]);
        const twice = await assessed(snapshot, [FIRST, SECOND]);
        const plans = [...once.plans, ...twice.plans];
        const diff = differences(
          dumpMemory(once.host, once.book, plans),
          dumpMemory(twice.host, twice.book, plans),
          sameDate,
        );
        expect(diff).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('writes, styles and links only cells it marks as its own, or on sheets it adds', async () => {
    await fc.assert(
      fc.asyncProperty(indicatorWorkbook, async ({ snapshot }) => {
        const { book, plans } = await assessed(snapshot, [FIRST]);
        const owned = ownedIn(book);
        const userSheets = new Set(snapshot.sheets.map((s) => s.name));
        const outside = writtenCells(plans[0]).filter(
          ([sheet, row, col]) => userSheets.has(sheet) && !isOwnedCell(owned, sheet, row, col),
        );
        expect(outside.map(([s, r, c]) => `${s}!${a1(r, c)}`)).toEqual([]);
        expect(userCellsOf(snapshot, owned)).toEqual(userCellsOf(book, owned, userSheets));
      }),
      { numRuns: 60 },
    );
  });
});

/** Every cell a plan writes a value, style or link to. */
function writtenCells(plan: WritePlan): [string, number, number][] {
  const cells: [string, number, number][] = [];
  const range = (sheet: string, r: CellRange) => {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) cells.push([sheet, row, col]);
    }
  };
  for (const b of plan.values) {
    const width = Math.max(0, ...b.values.map((v) => v.length));
    range(b.sheet, {
      top: b.top,
      left: b.left,
      bottom: b.top + b.values.length - 1,
      right: b.left + width - 1,
    });
  }
  for (const run of plan.styles) for (const r of run.ranges) range(run.sheet, r);
  for (const l of plan.links) cells.push([l.sheet, l.row, l.col]);
  return cells;
}

/** The user's cells (outside Målkoll's marks) of the given sheets, as comparable JSON. */
function userCellsOf(book: WorkbookSnapshot, owned: Owned, only?: Set<string>): Dump {
  const dump: Dump = new Map();
  for (const sheet of book.sheets) {
    if (only && !only.has(sheet.name)) continue;
    for (const [row, cells] of sheet.rows) {
      cells.forEach((cell, col) => {
        if (!cell || cell.value === null || isOwnedCell(owned, sheet.name, row, col)) return;
        dump.set(`${sheet.name}!${a1(row, col)}`, JSON.stringify(cell));
      });
    }
    dump.set(`${sheet.name}!#merges`, JSON.stringify(sheet.merges));
  }
  return dump;
}
