/**
 * The add-in's workbook: Excel itself, through the Office.js API. Only moves
 * data, in as few round trips (context.sync) as the payload limit allows:
 * read() in three syncs up to about 100,000 cells; apply() and remove() each
 * make one undo step where Excel supports it (mergeUndoGroup), with the
 * calls that lack undo support (renaming and deleting sheets) in runs of
 * their own before it.
 */
import { isMark } from '../../workbook/ownership';
import type { RemovalPlan, WritePlan } from '../../workbook/plan/types';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { WorkbookHost } from '../host';
import {
  errorLocation,
  hostError,
  mayBeProtection,
  officeCode,
  protectedSheetError,
  workbookLockedError,
  type Action,
  type HostWriteError,
} from './errors';
import { calls, DEFAULT_MAX_PAYLOAD_BYTES, RequestBudget } from './payload';
import { queueCharts } from './charts';
import { readExcelWorkbook } from './read';
import { queueRemoval, queueSheetDeletions } from './remove';
import { detectSupport, runOptions, type HostSupport, type IsSetSupported } from './support';
import { newWriter, queueMarks, queueWrites, type Writer } from './write';

export { HostWriteError } from './errors';
export type { HostSupport, IsSetSupported } from './support';

export interface OfficeJsHostOptions {
  /** Excel.run, or a stand-in for tests; the global Excel.run by default. */
  run?: typeof Excel.run;
  /** Largest request or response, in bytes; Excel on the web refuses 5 MB. */
  maxPayloadBytes?: number;
  /** Requirement-set check; Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
}

type Marks = NonNullable<WritePlan['marks']>;

export class OfficeJsHost implements WorkbookHost {
  private syncCount = 0;
  /**
   * The ownership marks the workbook had after the last read or write by this
   * host, so that a write need not ask again; null when not known.
   */
  private knownMarks: string[] | null = null;
  private readonly maxBytes: number;

  constructor(private readonly options: OfficeJsHostOptions = {}) {
    this.maxBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  }

  /** The estimated size of each budgeted write request so far, in bytes. */
  readonly estimates: number[] = [];

  /** context.sync() calls so far. */
  get syncs(): number {
    return this.syncCount;
  }

  async read(): Promise<WorkbookSnapshot> {
    const support = this.support();
    try {
      const result = await this.run(runOptions(support, false), (context) =>
        readExcelWorkbook(context, this.syncer(context), support, this.maxBytes),
      );
      this.knownMarks = result.markNames;
      return result.snapshot;
    } catch (error) {
      this.knownMarks = null;
      throw hostError(error, 'read');
    }
  }

  /**
   * Renames first, each in a run of its own (Worksheet.name has no undo
   * support on Windows and Mac and fails inside a merged undo group); then
   * everything else as one undo step. A failure after a rename leaves a
   * renamed but otherwise unchanged sheet, whose mark still finds it.
   */
  async apply(plan: WritePlan): Promise<void> {
    const support = this.support();
    const { marks } = plan;
    try {
      await this.renameSheets(support, plan.sheets);
      await this.run(runOptions(support, true), async (context) => {
        const w = this.writer(context, support);
        await queueWrites(w, renamed(plan));
        if (plan.charts) await queueCharts(w, plan.charts);
        if (marks) await queueMarks(w, await this.existingMarks(w), marks);
        await w.budget.flush();
      });
    } catch (error) {
      this.knownMarks = null;
      if (!marks || !isStaleName(error))
        throw await this.explain(error, plannedSheets(plan), 'write');
      await this.repairMarks(support, (existing) => ({ remove: existing, add: marks }));
    }
    if (marks) this.knownMarks = marks.map((m) => m.name);
  }

  /**
   * "Ta bort bedömning": Målkoll's sheets are deleted first, in a run of their
   * own (Worksheet.delete has no undo support and clears Excel's undo
   * history; inside a merged undo group it fails), then the columns and the
   * marks go as one undo step. Should that fail, the next removal finds the
   * columns by their marks as before.
   */
  async remove(plan: RemovalPlan): Promise<void> {
    const support = this.support();
    try {
      if (plan.deleteSheets.length > 0) {
        await this.run(runOptions(support, false), async (context) => {
          const w = this.writer(context, support);
          await queueSheetDeletions(w, plan.deleteSheets);
          await w.budget.flush();
        });
      }
      await this.run(runOptions(support, true), async (context) => {
        const w = this.writer(context, support);
        await queueRemoval(w, plan);
        await w.budget.flush();
      });
    } catch (error) {
      this.knownMarks = null;
      if (!isStaleName(error)) throw await this.explain(error, removedSheets(plan), 'write');
      const wanted = new Set(plan.marks);
      await this.repairMarks(support, (existing) => ({
        remove: existing.filter((name) => wanted.has(name)),
        add: [],
      }));
    }
    this.knownMarks = this.knownMarks?.filter((name) => !plan.marks.includes(name)) ?? null;
  }

  /** Each rename in its own run, outside any merged undo group. */
  private async renameSheets(support: HostSupport, sheets: WritePlan['sheets']): Promise<void> {
    for (const sheet of sheets) {
      const from = sheet.replaces;
      if (!from || from === sheet.name) continue;
      await this.run(runOptions(support, false), async (context) => {
        context.workbook.worksheets.getItem(from).name = sheet.name;
        await this.syncer(context)();
      });
    }
  }

  async select(sheet: string, cell: string): Promise<void> {
    const support = this.support();
    try {
      await this.run(runOptions(support, false), async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell).select();
        await this.syncer(context)();
      });
    } catch (error) {
      throw hostError(error, 'select', sheet);
    }
  }

  private support(): HostSupport {
    return detectSupport(this.options.isSetSupported);
  }

  private run<T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const run = this.options.run ?? Excel.run;
    return run(options, batch);
  }

  private syncer(context: Excel.RequestContext): () => Promise<void> {
    return async () => {
      this.syncCount++;
      await context.sync();
    };
  }

  private writer(context: Excel.RequestContext, support: HostSupport): Writer {
    const budget = new RequestBudget(this.maxBytes, this.syncer(context), (bytes) =>
      this.estimates.push(bytes),
    );
    return newWriter(context, budget, support, this.maxBytes);
  }

  /** The marks to delete before adding the plan's; asks Excel only when not known. */
  private async existingMarks(w: Writer): Promise<string[]> {
    if (this.knownMarks) return this.knownMarks;
    await w.budget.reserve(calls(2));
    const names = w.context.workbook.names.load('items/name');
    await w.budget.flush();
    return names.items.map((n) => n.name).filter(isMark);
  }

  /**
   * The marks changed since they were read (someone deleted or added a name):
   * everything before them was written, so only the marks are done again,
   * from the names Excel has now.
   */
  private async repairMarks(
    support: HostSupport,
    change: (existing: string[]) => { remove: string[]; add: Marks },
  ): Promise<void> {
    try {
      await this.run(runOptions(support, true), async (context) => {
        const w = this.writer(context, support);
        const { remove, add } = change(await this.existingMarks(w));
        await queueMarks(w, remove, add);
        await w.budget.flush();
      });
    } catch (error) {
      throw hostError(error, 'write');
    }
  }

  /**
   * Office's error in plain words. A refusal that protection may explain is
   * looked into: a read-only workbook, workbook structure protection (both
   * can change after the read), or a protected sheet among those written.
   */
  private async explain(
    error: unknown,
    sheets: Set<string>,
    action: Action,
  ): Promise<HostWriteError> {
    if (!mayBeProtection(error)) return hostError(error, action);
    const found = await this.protectionAmong(sheets);
    const code = officeCode(error);
    if (found?.workbook) return workbookLockedError(found.workbook, code);
    if (found?.sheet) return protectedSheetError(found.sheet, code);
    return hostError(error, action);
  }

  private async protectionAmong(sheets: Set<string>): Promise<{
    workbook: 'readOnly' | 'structure' | null;
    sheet: string | null;
  } | null> {
    const support = this.support();
    try {
      return await this.run({}, async (context) => {
        const { workbook } = context;
        if (support.readOnly) workbook.load('readOnly');
        const structure = support.workbookProtection ? workbook.protection.load('protected') : null;
        const all = workbook.worksheets.load('items/name,items/protection/protected');
        await this.syncer(context)();
        const sheet = all.items.find((s) => sheets.has(s.name) && s.protection.protected);
        const locked =
          support.readOnly && workbook.readOnly
            ? 'readOnly'
            : structure?.protected
              ? 'structure'
              : null;
        return { workbook: locked, sheet: sheet?.name ?? null };
      });
    } catch {
      return null; // naming the cause is a courtesy; the original error is reported anyway
    }
  }
}

/** A mark that was deleted, or added, since the host last saw the names. */
function isStaleName(error: unknown): boolean {
  const code = officeCode(error);
  if (code !== 'ItemNotFound' && code !== 'ItemAlreadyExists') return false;
  return errorLocation(error).startsWith('NamedItem');
}

/** The plan once its renames are done: each rewritten sheet already has its new name. */
function renamed(plan: WritePlan): WritePlan {
  const sheets = plan.sheets.map((s) => (s.replaces ? { ...s, replaces: s.name } : s));
  return { ...plan, sheets };
}

function plannedSheets(plan: WritePlan): Set<string> {
  const sheets = new Set<string>();
  for (const s of plan.sheets) {
    sheets.add(s.name);
    if (s.replaces) sheets.add(s.replaces);
  }
  const lists = [plan.clear, plan.tables, plan.values, plan.styles, plan.links, plan.columnWidths];
  for (const list of lists) for (const item of list) sheets.add(item.sheet);
  return sheets;
}

function removedSheets(plan: RemovalPlan): Set<string> {
  const sheets = [...plan.clear.map((c) => c.sheet), ...plan.tableColumns.map((t) => t.sheet)];
  return new Set([...sheets, ...plan.deleteSheets]);
}
