/**
 * The corpus of workbooks from other programs (issue 10), made when the tests
 * run: by LibreOffice over UNO, openpyxl, XlsxWriter and exceljs. Also the
 * tools the tests drive: the real command line, openpyxl as an independent
 * reader, LibreOffice as the proof that an output opens, xmllint.
 *
 * A missing tool is an error that names the Debian package, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseRange, parseSheetRef } from '../../src/workbook/address';
import type {
  Cell,
  CellValue,
  DefinedName,
  SheetData,
  WorkbookSnapshot,
} from '../../src/workbook/snapshot';
import { makeExcelJsWorkbook } from './make-exceljs';

export const ROOT = path.join(__dirname, '..', '..');
export const HERE = __dirname;
export const PYTHON = '/usr/bin/python3';
/** The VBA project of the .xlsm: the one XlsxWriter ships for its macros example. */
export const VBA_PROJECT = '/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin';
/** The date of every run, so that runs can be compared byte for byte. */
export const DATE = '2024-09-30';

/** What a corpus workbook holds besides its indicator table, to check that its producer made it. */
export interface Features {
  chart: boolean;
  conditionalFormat: boolean;
  /** The user's defined name Utfall_2023. */
  names: boolean;
  totalsRow: boolean;
  /** "B2", or null where the producer cannot freeze panes. */
  frozen: string | null;
  macros: boolean;
}

const ALL: Features = {
  chart: true,
  conditionalFormat: true,
  names: true,
  totalsRow: true,
  frozen: 'B2',
  macros: false,
};

/**
 * Every workbook of the corpus, by producer, with the file it makes and what
 * it holds. Every one has an Excel table, a comment, an image, data
 * validation and a hidden sheet.
 */
export const PRODUCERS = [
  {
    name: 'LibreOffice',
    file: 'libreoffice.xlsx',
    has: { ...ALL, names: false, totalsRow: false },
  },
  {
    // The first case: a table from elsewhere that LibreOffice wrote again, without a style.
    name: 'XlsxWriter, then re-saved by LibreOffice',
    file: 'libreoffice-resaved-xlsxwriter.xlsx',
    has: { ...ALL, frozen: null },
  },
  { name: 'openpyxl', file: 'openpyxl.xlsx', has: { ...ALL, conditionalFormat: false } },
  { name: 'XlsxWriter', file: 'xlsxwriter.xlsx', has: ALL },
  { name: 'XlsxWriter with macros', file: 'xlsxwriter-makro.xlsm', has: { ...ALL, macros: true } },
  { name: 'exceljs', file: 'exceljs.xlsx', has: { ...ALL, chart: false, totalsRow: false } },
] as const satisfies readonly { name: string; file: string; has: Features }[];

function run(cmd: string, args: string[], what: string, timeout = 180_000): string {
  const r = spawnSync(cmd, args, {
    cwd: HERE,
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 << 20,
    // No __pycache__ beside the scripts in the repository.
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (r.error) throw new Error(`${what}: ${cmd} could not run: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr}\n${r.stdout}`.trim());
  }
  return r.stdout;
}

/**
 * Throws one error naming every tool the corpus tests need and do not find,
 * with the Debian package that brings it (.ci/run installs them).
 */
export function requireTools(): void {
  const missing: string[] = [];
  if (!fs.existsSync(PYTHON)) missing.push(`${PYTHON} (python3)`);
  else {
    for (const [mod, pkg] of [
      ['openpyxl', 'python3-openpyxl'],
      ['xlsxwriter', 'python3-xlsxwriter'],
      ['uno', 'python3-uno'],
    ]) {
      const r = spawnSync(PYTHON, ['-c', `import ${mod}`], { encoding: 'utf8' });
      if (r.status !== 0) missing.push(`the Python module ${mod} (${pkg})`);
    }
  }
  if (!fs.existsSync(VBA_PROJECT)) {
    missing.push(`${VBA_PROJECT} (python3-xlsxwriter's examples, the .xlsm's VBA project)`);
  }
  const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (!onPath('soffice')) missing.push('soffice (libreoffice-calc-nogui)');
  if (!onPath('xmllint')) missing.push('xmllint (libxml2-utils)');
  if (missing.length > 0) {
    throw new Error(
      `The corpus tests need tools that are missing: ${missing.join('; ')}. ` +
        'Install them with apt-get (see .ci/run).',
    );
  }
}

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** The tests run the real `malkoll` command: build it when dist/node is missing or older than src/. */
export function ensureCliBuilt(): void {
  const built = path.join(ROOT, 'dist', 'node', 'cli', 'index.js');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

/** Makes every workbook of the corpus (PRODUCERS) into dir. */
export async function makeCorpus(dir: string): Promise<void> {
  run(PYTHON, ['make_openpyxl.py', dir], 'openpyxl producer');
  run(PYTHON, ['make_xlsxwriter.py', dir], 'XlsxWriter producer');
  // LibreOffice also opens XlsxWriter's workbook and saves it again.
  run(PYTHON, ['make_libreoffice.py', dir, 'xlsxwriter.xlsx'], 'LibreOffice producer', 300_000);
  await makeExcelJsWorkbook(dir);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node bin/malkoll.js assess …`, as an official runs it. */
export function malkoll(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'malkoll.js'), 'assess', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr + (r.error?.message ?? '') };
}

/* ---- openpyxl's reading (read_workbook.py) ---- */

export type DumpValue = number | string | boolean | { date: string } | { error: string } | null;

export interface DumpCell {
  row: number;
  col: number;
  value: DumpValue;
  formula: string | null;
  numFmt: string;
  fill: string | null;
  link: { location: string | null; target: string | null; display: string | null } | null;
}

export interface DumpSheet {
  name: string;
  state: string;
  cells: DumpCell[];
  tables: {
    name: string;
    ref: string;
    headerRowCount: number;
    totalsRowCount: number;
    columns: string[];
  }[];
  merges: string[];
  freeze: string | null;
  protected: boolean;
  validations: string[];
  conditionalFormats: string[];
  columnWidths: Record<string, number>;
}

export interface Dump {
  sheets: DumpSheet[];
  sheetNames: string[];
  activeSheet: string | null;
  names: { name: string; value: string; localSheetId: number | null }[];
}

/** openpyxl's reading of each file; a file it cannot read throws, naming it. */
export function readWithOpenpyxl(files: string[]): Map<string, Dump> {
  const out = JSON.parse(run(PYTHON, ['read_workbook.py', ...files], 'openpyxl reading')) as Record<
    string,
    Dump | { error: string }
  >;
  return new Map(
    Object.entries(out).map(([file, dump]) => {
      if ('error' in dump) return [file, dump as unknown as Dump];
      return [file, dump];
    }),
  );
}

export function dumpError(dump: Dump | { error?: string } | undefined): string | undefined {
  if (!dump) return 'no reading';
  return 'error' in dump ? dump.error : undefined;
}

/** Opens each file in LibreOffice and saves it again; file → the converted file or the error. */
export function convertWithLibreOffice(
  files: string[],
  outDir: string,
): Map<string, { converted?: string; error?: string }> {
  const out = JSON.parse(
    run(PYTHON, ['libreoffice_convert.py', outDir, ...files], 'LibreOffice conversion', 300_000),
  ) as Record<string, { converted?: string; error?: string }>;
  return new Map(Object.entries(out));
}

/** xmllint --noout over the files: '' when all are well-formed, else its complaints. */
export function xmllint(files: string[]): string {
  if (files.length === 0) return '';
  const r = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint could not run: ${r.error.message}`);
  return r.status === 0 ? '' : r.stderr || `xmllint exit ${r.status}`;
}

/* ---- openpyxl's reading as a snapshot: the reference the plan is built from ---- */

function cellValue(value: DumpValue): CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('date' in value) return new Date(`${value.date}Z`);
  return { error: value.error };
}

/** The workbook as openpyxl reads it, in the shape Målkoll's reader reads. */
export function snapshotFromDump(dump: Dump): WorkbookSnapshot {
  const sheets: SheetData[] = dump.sheets.map((s) => {
    const rows = new Map<number, Cell[]>();
    for (const c of s.cells) {
      if (c.value === null && c.formula === null) continue;
      const cell: Cell = { value: cellValue(c.value) };
      if (c.numFmt && c.numFmt !== 'General') cell.numFmt = c.numFmt;
      if (c.formula !== null)
        cell.formula = c.formula.startsWith('=') ? c.formula : `=${c.formula}`;
      const row = rows.get(c.row) ?? [];
      row[c.col] = cell;
      rows.set(c.row, row);
    }
    return {
      name: s.name,
      rows,
      tables: s.tables.map((t) => ({
        name: t.name,
        range: parseRange(t.ref)!,
        columns: t.columns,
        headerRow: t.headerRowCount !== 0,
        totalsRow: t.totalsRowCount > 0,
      })),
      merges: s.merges.map((m) => parseRange(m)!),
      protected: s.protected,
    };
  });
  const names: DefinedName[] = [];
  for (const n of dump.names) {
    const ref = n.localSheetId === null ? parseSheetRef(n.value) : null;
    if (ref) names.push({ name: n.name, ...ref });
  }
  return { sheets, names };
}
