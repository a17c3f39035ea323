/** Shared by the command-line tests: real files in a temp folder, captured output. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { ExcelJsHost } from '../../src/adapters/exceljs';
import { main } from '../../src/cli';
import type { Cell, SheetData, WorkbookSnapshot } from '../../src/workbook/snapshot';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `malkoll …` in this process and captures what it prints. */
export async function run(...argv: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'malkoll-cli-'));
}

export async function saveSnapshot(snapshot: WorkbookSnapshot, file: string): Promise<string> {
  await ExcelJsHost.fromSnapshot(snapshot).save(file, { date: '2024-01-01' });
  return file;
}

export async function loadSnapshot(file: string): Promise<WorkbookSnapshot> {
  return (await ExcelJsHost.load(file)).read();
}

/** Every entry of an .xlsx (a zip), by name: equal maps mean equal workbooks. */
export async function unzipEntries(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const entries = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry.dir) entries.set(name, await entry.async('string'));
  }
  return entries;
}

/** Adds parts to a saved .xlsx, as a workbook with charts or pivot tables has them. */
export async function addZipEntries(file: string, entries: Record<string, string>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A sheet from plain rows of values (row 1 first); null leaves a cell empty. */
export function plainSheet(name: string, values: (string | number | null)[][]): SheetData {
  const rows = new Map<number, Cell[]>();
  values.forEach((row, r) => {
    const cells: Cell[] = [];
    row.forEach((value, c) => {
      if (value !== null) cells[c + 1] = { value };
    });
    rows.set(r + 1, cells);
  });
  return { name, rows, tables: [], merges: [], protected: false };
}

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetData {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet)
    throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** What a cell holds, in a form that compares with toEqual. */
export function cellAt(sheet: SheetData, row: number, col: number): Cell | undefined {
  return sheet.rows.get(row)?.[col];
}

/** A line printed by Node for an uncaught error, which users must never see. */
export const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
