/** Shared by the robustness tests: the command line in this process, cells, files. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook, ValueType } from 'exceljs';
import { main } from '../../src/cli';
import type { Cell, WorkbookSnapshot } from '../../src/workbook/snapshot';

/** The date of every assessment here, so that outputs can be compared. */
export const DATE = '2024-09-30';

export const BAD_FIXTURES = path.join(__dirname, '..', 'fixtures', 'bad');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `malkoll …` in this process and captures what it prints. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A line of a stack trace, which users must never see. */
export const STACK_LINE = /^ {4}at /m;

/** Words that only reach a message when a value went missing on the way. */
export const LEAKED_VALUE = /\bundefined\b|\bNaN\b|\[object Object\]|\bInfinity\b/;

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `malkoll-${prefix}-`));
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Calls fn for every cell of every sheet that holds a value or a formula. */
export function forEachCell(
  snapshot: WorkbookSnapshot,
  fn: (sheet: string, row: number, col: number, cell: Cell) => void,
): void {
  for (const sheet of snapshot.sheets) {
    for (const [row, cells] of sheet.rows) {
      cells.forEach((cell, col) => {
        if (cell) fn(sheet.name, row, col, cell);
      });
    }
  }
}

/** "Sheet!A1" of every cell that holds a formula in the saved file, as exceljs reads it. */
export async function formulaCells(file: string): Promise<Set<string>> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const found = new Set<string>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ValueType.Formula) found.add(`${ws.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}
