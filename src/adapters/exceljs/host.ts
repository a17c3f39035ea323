/** The command line's workbook: an .xlsx file through exceljs. */
import { readFile, writeFile } from 'node:fs/promises';
import { Workbook, type Buffer as ExcelBuffer } from 'exceljs';
import type { WorkbookHost } from '../host';
import type { RemovalPlan, WritePlan } from '../../workbook/plan/types';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { buildWorkbook } from './build';
import { emptyTextResults, type EmptyTextResults } from './formula-results';
import { restoreInternalLinks } from './links';
import { keepNamesAsListed } from './names';
import { readParts } from './parts';
import { snapshotOf } from './read';
import { parseDay, workbookBytes } from './save';
import { repairLoadedTables } from './tables';
import { applyPlan, applyRemoval } from './write';

export class ExcelJsHost implements WorkbookHost {
  private constructor(
    readonly workbook: Workbook,
    /** Whether workbook.created is the file's own creation date (kept on save). */
    private readonly createdFromFile: boolean,
    /** Formula cells of the file whose calculated value is empty text. */
    private readonly emptyText: EmptyTextResults = new Map(),
  ) {}

  /** Throws only when exceljs cannot parse a file that inspectXlsx accepted. */
  static async load(path: string): Promise<ExcelJsHost> {
    const bytes = await readFile(path);
    const workbook = new Workbook();
    keepNamesAsListed(workbook);
    await workbook.xlsx.load(bytes as unknown as ExcelBuffer);
    const parts = await readParts(bytes);
    repairLoadedTables(workbook, parts);
    restoreInternalLinks(workbook, parts);
    return new ExcelJsHost(workbook, workbook.created instanceof Date, emptyTextResults(parts));
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): ExcelJsHost {
    return new ExcelJsHost(buildWorkbook(snapshot), false);
  }

  async read(): Promise<WorkbookSnapshot> {
    return snapshotOf(this.workbook, this.emptyText);
  }

  async apply(plan: WritePlan): Promise<void> {
    applyPlan(this.workbook, plan);
  }

  async remove(plan: RemovalPlan): Promise<void> {
    applyRemoval(this.workbook, plan);
  }

  /**
   * Writes the workbook. `date` (YYYY-MM-DD) fixes the document dates and
   * zip timestamps, so that two saves of the same workbook are identical.
   */
  async save(path: string, options: { date?: string } = {}): Promise<void> {
    const fixed = options.date !== undefined;
    const date = fixed ? parseDay(options.date as string) : new Date();
    this.workbook.modified = date;
    if (fixed && !this.createdFromFile) this.workbook.created = date;
    await writeFile(path, await workbookBytes(this.workbook, date));
  }
}
