/**
 * The corpus of bad workbooks (test/fixtures/bad, made by
 * scripts/make-bad-workbooks.js): each file is read and assessed, and must give
 * exactly the problems listed in expectations.json (every one listed, and no
 * error that is not), the values and statuses listed there, only finite
 * numbers, and through the command line the listed exit code and a workbook
 * that opens again.
 */
import { enText, svText } from '../support/problem-text';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ValueType, Workbook } from 'exceljs';
import { ExcelJsHost, inspectXlsx } from '../../src/adapters/exceljs';
import type { IndicatorInput, Problem, Status } from '../../src/engine/types';
import { ownedIn } from '../../src/workbook/ownership';
import { MAX_CELL_TEXT } from '../../src/workbook/plan';
import { assessWorkbook, type WorkbookAssessment } from '../../src/workbook/assess-workbook';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { changedUserCells, dumpXlsx, formulaCounts } from './compare';
import {
  BAD_FIXTURES,
  DATE,
  forEachCell,
  formulaCells,
  LEAKED_VALUE,
  runCli,
  sha256,
  STACK_LINE,
  tempDir,
  type CliRun,
} from './support';

jest.setTimeout(60_000);

interface ExpectedProblem {
  sheet: string;
  cell: string;
  severity: 'error' | 'warning';
  code: string;
}

interface ExpectedValue {
  sheet: string;
  row: number;
  field: keyof IndicatorInput;
  value?: unknown;
  length?: number;
  startsWith?: string;
}

interface Expectation {
  about: string;
  exitCode: number;
  indicators: number;
  problems: ExpectedProblem[];
  values?: ExpectedValue[];
  statuses?: { sheet: string; row: number; status: Status }[];
  goals?: Record<string, Status>;
  goalFocusAreas?: Record<string, string>;
  parameters?: Record<string, unknown>;
  sheetsAfter?: string[];
  formulaLike?: string[];
}

const expectations = JSON.parse(
  fs.readFileSync(path.join(BAD_FIXTURES, 'expectations.json'), 'utf8'),
) as { files: Record<string, Expectation> };
const CASES = Object.entries(expectations.files);

const MAKE_SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'make-bad-workbooks.js');

const key = (p: { sheet: string; cell: string; code: string }) => `${p.sheet}!${p.cell} ${p.code}`;

let outDir: string;
beforeAll(() => (outDir = tempDir('corpus')));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('the corpus', () => {
  it('has a file for every expectation and an expectation for every file', () => {
    const files = fs.readdirSync(BAD_FIXTURES).filter((f) => f.endsWith('.xlsx'));
    expect(files.sort()).toEqual(CASES.map(([file]) => file).sort());
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it('is what scripts/make-bad-workbooks.js makes, byte for byte', () => {
    const fresh = path.join(outDir, 'fresh');
    execFileSync(process.execPath, [MAKE_SCRIPT, '--out', fresh], { stdio: 'pipe' });
    for (const file of fs.readdirSync(fresh)) {
      expect([file, sha256(path.join(fresh, file))]).toEqual([
        file,
        sha256(path.join(BAD_FIXTURES, file)),
      ]);
    }
  });
});

describe.each(CASES)('%s', (file, expected) => {
  const input = path.join(BAD_FIXTURES, file);
  let snapshot: WorkbookSnapshot;
  let result: WorkbookAssessment;

  beforeAll(async () => {
    snapshot = await (await ExcelJsHost.load(input)).read();
    result = assessWorkbook(snapshot, { date: DATE });
  });

  it('gives every expected problem, at its cell and severity, and no other error', () => {
    const found = new Map<string, Problem>(result.problems.map((p) => [key(p), p]));
    for (const p of expected.problems) {
      expect(found.get(key(p))).toMatchObject({ severity: p.severity });
    }
    const listed = new Set(expected.problems.map(key));
    const unexpectedErrors = result.problems.filter(
      (p) => p.severity === 'error' && !listed.has(key(p)),
    );
    expect(unexpectedErrors).toEqual([]);
  });

  it('names an existing sheet and a valid cell in every problem, in words without gaps', () => {
    const sheets = new Set(snapshot.sheets.map((s) => s.name));
    for (const p of result.problems) {
      expect(sheets.has(p.sheet)).toBe(true);
      expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d{0,6}$/);
      expect(svText(p).length).toBeGreaterThan(20);
      expect(svText(p)).not.toMatch(LEAKED_VALUE);
    }
  });

  it('gives the same problems in English, also worded without gaps', () => {
    const english = assessWorkbook(snapshot, { date: DATE, lang: 'en' });
    // The English summary is called Summary: the user's Sammanställning is in nobody's way.
    const keys = (ps: Problem[]) => ps.filter((p) => p.code !== 'summary_renamed').map(key);
    expect(keys(english.problems)).toEqual(keys(result.problems));
    for (const p of english.problems) expect(enText(p)).not.toMatch(LEAKED_VALUE);
  });

  it('reads the listed values', () => {
    expect(result.read.indicators).toHaveLength(expected.indicators);
    for (const v of expected.values ?? []) {
      const indicator = findIndicator(result, v.sheet, v.row);
      const actual = indicator[v.field];
      if (v.length === undefined) expect(actual).toEqual(v.value);
      else {
        expect(typeof actual === 'string' && actual.length).toBe(v.length);
        expect(String(actual).startsWith(v.startsWith ?? '')).toBe(true);
      }
    }
    if (expected.parameters) expect(result.read.parameters).toEqual(expected.parameters);
  });

  it('assesses as the method says', () => {
    for (const s of expected.statuses ?? []) {
      const found = result.assessment.indicators.find(
        (i) => i.sheet === s.sheet && i.row === s.row,
      );
      expect({ row: s.row, status: found?.status }).toEqual({ row: s.row, status: s.status });
    }
    for (const [goal, status] of Object.entries(expected.goals ?? {})) {
      expect(result.assessment.goals.find((g) => g.name === goal)?.status).toBe(status);
    }
    for (const [goal, area] of Object.entries(expected.goalFocusAreas ?? {})) {
      expect(result.assessment.goals.find((g) => g.name === goal)?.focusArea).toBe(area);
    }
  });

  it('computes only finite numbers and writes reasons without gaps', () => {
    const a = result.assessment;
    const numbers = [
      ...a.indicators.flatMap((i) => [i.fulfilment, i.paceRatio]),
      ...a.goals.map((g) => g.score),
      ...a.focusAreas.map((g) => g.score),
      ...a.owners.map((g) => g.score),
      a.overall.score,
    ];
    for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    for (const i of a.indicators) expect(i.reason).not.toMatch(LEAKED_VALUE);
    for (const g of a.goals) expect(g.reason).not.toMatch(LEAKED_VALUE);
  });

  describe('through the command line', () => {
    let run: CliRun;
    const output = () => path.join(outDir, file);
    const report = () => path.join(outDir, `${file}.json`);

    beforeAll(async () => {
      run = await runCli('assess', input, '-o', output(), '--json', report(), '--date', DATE);
    });

    it(`exits with ${expected.exitCode}, without a stack trace, and writes the JSON report`, () => {
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: expected.exitCode });
      expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
      const json = JSON.parse(fs.readFileSync(report(), 'utf8')) as { problems: unknown[] };
      expect(json.problems).toHaveLength(result.problems.length);
    });

    if (expected.exitCode !== 0) return;

    it('saves a workbook that opens again, with text within Excel’s limit and finite numbers', async () => {
      expect((await inspectXlsx(output())).ok).toBe(true);
      const after = await (await ExcelJsHost.load(output())).read();
      forEachCell(after, (_sheet, _row, _col, cell) => {
        if (typeof cell.value === 'string') {
          expect(cell.value.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
        }
        if (typeof cell.value === 'number') expect(Number.isFinite(cell.value)).toBe(true);
      });
      const names = after.sheets.map((s) => s.name);
      if (expected.sheetsAfter) expect(names).toEqual(expect.arrayContaining(expected.sheetsAfter));
      // Assessed again, the output gives the same problems as the input did.
      const again = assessWorkbook(after, { date: DATE });
      expect(again.problems.map(key).sort()).toEqual(result.problems.map(key).sort());
    });

    it('leaves every cell of the user as it was, style and all', async () => {
      const owned = ownedIn(await (await ExcelJsHost.load(output())).read());
      const changed = changedUserCells(await dumpXlsx(input), await dumpXlsx(output()), owned);
      expect(changed).toEqual([]);
    });

    if (expected.formulaLike) {
      const starts = expected.formulaLike;
      it('writes the texts that look like formulas as text, on the sheet and in the summary', async () => {
        const wb = new Workbook();
        await wb.xlsx.readFile(output());
        const found: { sheet: string; type: ValueType }[] = [];
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const text = cell.type === ValueType.Formula ? String(cell.formula) : cell.value;
              if (typeof text === 'string' && starts.some((s) => text.startsWith(s))) {
                found.push({ sheet: ws.name, type: cell.type });
              }
            }),
          ),
        );
        expect(found.filter((f) => f.type !== ValueType.String)).toEqual([]);
        // Goal, focus area and owner names reach the summary too.
        expect(found.filter((f) => f.sheet.startsWith('Sammanställning')).length).toBeGreaterThan(
          0,
        );
      });
    }

    it('writes no formula that the input did not have', async () => {
      const before = await formulaCells(input);
      const after = await formulaCells(output());
      expect([...after].filter((c) => !before.has(c))).toEqual([]);
      // The same, counted in the sheets' XML: new sheets have none.
      const counts = await formulaCounts(output());
      const inputCounts = await formulaCounts(input);
      for (const [sheet, n] of counts)
        expect([sheet, n]).toEqual([sheet, inputCounts.get(sheet) ?? 0]);
    });
  });
});

function findIndicator(result: WorkbookAssessment, sheet: string, row: number): IndicatorInput {
  const found = result.read.indicators.find((i) => i.sheet === sheet && i.row === row);
  if (!found) throw new Error(`No indicator on ${sheet} row ${row}`);
  return found;
}
