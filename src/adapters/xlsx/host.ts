/**
 * The command line's workbook: an .xlsx or .xlsm package read and patched
 * part by part. Reading goes through the parts a snapshot needs; writing
 * changes only the parts the plan needs and copies every other part (charts,
 * pivot tables, macros, comments, images …) byte for byte.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseSheetRef, quoteSheet } from '../../workbook/address';
import type { ChartPlan, RemovalPlan, SheetPlan, WritePlan } from '../../workbook/plan/types';
import type { DefinedName, SheetData, TableData, WorkbookSnapshot } from '../../workbook/snapshot';
import type { WorkbookHost } from '../host';
import { readBook, type Book } from './book';
import {
  addSheet,
  deleteNames,
  deletePartTree,
  deleteSheet,
  referencedElsewhere,
  removeCalcChain,
  renameSheet,
  replaceMarks,
} from './book-edit';
import { addCharts } from './chart';
import { freshSheet } from './fresh-sheet';
import { Package } from './package';
import {
  addRels,
  CONTENT_TYPE,
  freeRelId,
  readRels,
  REL_TYPE,
  relKind,
  updateContentTypes,
} from './rels';
import { readSharedStrings } from './shared-strings';
import { SheetEditor } from './sheet-edit';
import { readSheet, type ReadSheet } from './sheet-read';
import { StyleBook } from './styles';
import { narrowTablePart, readTable, widenTablePart } from './tables';

interface TableRef extends TableData {
  part: string;
}

function tableData(t: TableRef): TableData {
  return {
    name: t.name,
    range: t.range,
    columns: t.columns,
    headerRow: t.headerRow,
    totalsRow: t.totalsRow,
  };
}

export class XlsxHost implements WorkbookHost {
  private strings: string[] | null = null;
  private styleBook: StyleBook | null = null;
  private readonly sheetCache = new Map<string, { text: string; read: ReadSheet }>();

  private constructor(private readonly pkg: Package) {}

  static async load(path: string): Promise<XlsxHost> {
    return XlsxHost.fromBytes(await readFile(path));
  }

  static async fromBytes(bytes: Buffer): Promise<XlsxHost> {
    const host = new XlsxHost(await Package.open(bytes));
    readBook(host.pkg); // a package without a readable workbook part fails here, not later
    return host;
  }

  async read(): Promise<WorkbookSnapshot> {
    const book = readBook(this.pkg);
    const sheets: SheetData[] = [];
    for (const sheet of book.sheets) {
      if (sheet.kind !== 'worksheet') continue;
      const read = sheet.part ? this.sheet(sheet.part, book) : null;
      sheets.push({
        name: sheet.name,
        rows: read?.rows ?? new Map(),
        tables: sheet.part && read ? this.tables(sheet.part, read).map(tableData) : [],
        merges: read?.merges ?? [],
        protected: read?.protected ?? false,
      });
    }
    return { sheets, names: workbookNames(book) };
  }

  private styles(book: Book): StyleBook {
    if (!this.styleBook) {
      const rel = book.rels.find((r) => relKind(r.type) === 'styles');
      this.styleBook = new StyleBook(rel ? this.pkg.text(rel.part) : null);
    }
    return this.styleBook;
  }

  private sheet(part: string, book: Book): ReadSheet {
    const text = this.pkg.text(part) ?? '';
    const cached = this.sheetCache.get(part);
    if (cached && cached.text === text) return cached.read;
    if (this.strings === null) {
      const rel = book.rels.find((r) => relKind(r.type) === 'sharedStrings');
      this.strings = readSharedStrings(rel ? this.pkg.text(rel.part) : null);
    }
    const read = text.trim()
      ? readSheet(text, {
          strings: this.strings,
          formats: this.styles(book),
          date1904: book.date1904,
        })
      : readSheet(freshSheet({ name: '', replaces: null, columnWidths: [], freezeRows: 0 }), {
          strings: [],
          formats: this.styles(book),
          date1904: false,
        });
    this.sheetCache.set(part, { text, read });
    return read;
  }

  private tables(part: string, read: ReadSheet): TableRef[] {
    const rels = new Map(readRels(this.pkg, part).map((r) => [r.id, r]));
    const tables: TableRef[] = [];
    for (const id of read.tableRels) {
      const rel = rels.get(id);
      const name = rel && !rel.external ? this.pkg.actualName(rel.part) : null;
      const text = name ? this.pkg.text(name) : null;
      const table = text ? readTable(text) : null;
      if (name && table) tables.push({ part: name, ...table });
    }
    return tables;
  }

  async apply(plan: WritePlan): Promise<void> {
    const run = new Run(
      this.pkg,
      (part, book) => this.sheet(part, book),
      (book) => this.styles(book),
    );
    for (const { sheet, range } of plan.clear) run.editor(sheet)?.clear(range);
    for (const sheet of plan.sheets) run.writeSheet(sheet);
    for (const w of plan.tables) {
      const table = run.table(w.sheet, w.table);
      if (w.right - table.range.right !== w.headers.length) {
        throw new Error(`Widening ${table.name} to column ${w.right} needs one header a column`);
      }
      this.pkg.setText(
        table.part,
        widenTablePart(this.pkg.text(table.part) ?? '', w.right, w.headers),
      );
      if (table.headerRow) {
        const editor = run.must(w.sheet);
        w.headers.forEach((h, i) => editor.setValue(table.range.top, table.range.right + 1 + i, h));
      }
    }
    for (const block of plan.values) {
      const editor = run.must(block.sheet);
      block.values.forEach((row, i) =>
        row.forEach((v, j) => editor.setValue(block.top + i, block.left + j, v)),
      );
    }
    for (const style of plan.styles) {
      const editor = run.must(style.sheet);
      for (const range of style.ranges) editor.setStyle(range, style.style);
    }
    for (const link of plan.links) {
      run
        .must(link.sheet)
        .link(link.row, link.col, link.text, `${quoteSheet(link.targetSheet)}!${link.targetCell}`);
    }
    for (const { sheet, col, width } of plan.columnWidths) run.must(sheet).setWidth(col, width);
    for (const [sheet, charts] of bySheet(plan.charts ?? [])) {
      const part = run.partOf(sheet);
      // Charts go on Målkoll's own sheets, written afresh: a drawing already there is the user's.
      if (part && !run.must(sheet).hasDrawing())
        run.must(sheet).setDrawing(addCharts(this.pkg, part, charts));
    }
    run.finish();
    this.sheetCache.clear();
    if (plan.marks) replaceMarks(this.pkg, plan.marks);
  }

  async remove(plan: RemovalPlan): Promise<void> {
    const run = new Run(
      this.pkg,
      (part, book) => this.sheet(part, book),
      (book) => this.styles(book),
    );
    for (const { sheet, range } of plan.clear) run.editor(sheet)?.clear(range);
    run.finish();
    for (const name of plan.deleteSheets) {
      const book = readBook(this.pkg);
      const sheet = book.sheets.find((s) => s.name === name);
      if (sheet?.part && /<(\w+:)?f[\s>]/.test(this.pkg.text(sheet.part) ?? ''))
        removeCalcChain(this.pkg);
      deleteSheet(this.pkg, name);
    }
    const columns = new Run(
      this.pkg,
      (part, book) => this.sheet(part, book),
      (book) => this.styles(book),
    );
    for (const { sheet, table: name, columns: headers } of plan.tableColumns) {
      const table = columns.table(sheet, name);
      const doomed = new Set(headers);
      const kept = table.columns.flatMap((c, i) => (doomed.has(c) ? [] : [i]));
      if (kept.length === table.columns.length || kept.length === 0) continue;
      const editor = columns.must(sheet);
      const { top, bottom, left, right } = table.range;
      for (let row = top; row <= bottom; row++) {
        kept.forEach((from, to) => {
          if (from !== to) editor.moveCell(row, left + from, left + to);
        });
      }
      editor.clear({ top, bottom, left: left + kept.length, right });
      this.pkg.setText(
        table.part,
        narrowTablePart(this.pkg.text(table.part) ?? '', doomed, left + kept.length - 1),
      );
    }
    columns.finish();
    this.sheetCache.clear();
    deleteNames(this.pkg, plan.marks);
  }

  /** The package as bytes. `date` (YYYY-MM-DD) fixes the modified date and the zip timestamps. */
  bytes(options: { date?: string } = {}): Buffer {
    const date = options.date === undefined ? new Date() : parseDay(options.date);
    setModified(this.pkg, date);
    return this.pkg.toZip(date);
  }

  async save(path: string, options: { date?: string } = {}): Promise<void> {
    await writeFile(path, this.bytes(options));
  }
}

/** One apply or removal: the sheets it edits, written back together at the end. */
class Run {
  private readonly editors = new Map<string, SheetEditor>();
  private formulaGone = false;
  private cachedBook: Book | null = null;

  constructor(
    private readonly pkg: Package,
    private readonly readSheetPart: (part: string, book: Book) => ReadSheet,
    private readonly styleBook: (book: Book) => StyleBook,
  ) {}

  /** The workbook part as it now stands: read again only after it changed. */
  private book(): Book {
    const cached = this.cachedBook;
    if (cached && this.pkg.text(cached.part) === cached.text) return cached;
    this.cachedBook = readBook(this.pkg);
    return this.cachedBook;
  }

  partOf(name: string): string | null {
    const sheet = this.book().sheets.find((s) => s.name === name && s.kind === 'worksheet');
    return sheet?.part ?? null;
  }

  editor(name: string): SheetEditor | null {
    const part = this.partOf(name);
    if (!part) return null;
    let editor = this.editors.get(part);
    if (!editor) {
      const book = this.book();
      const read = this.readSheetPart(part, book);
      editor = new SheetEditor(this.pkg.text(part) ?? '', read.layout, this.styleBook(book));
      this.editors.set(part, editor);
    }
    return editor;
  }

  must(name: string): SheetEditor {
    const editor = this.editor(name);
    if (!editor) throw new Error(`Sheet ${name} not found`);
    return editor;
  }

  table(sheetName: string, name: string): TableRef {
    const part = this.partOf(sheetName);
    const book = readBook(this.pkg);
    const read = part ? this.readSheetPart(part, book) : null;
    const rels = part ? new Map(readRels(this.pkg, part).map((r) => [r.id, r])) : new Map();
    for (const id of read?.tableRels ?? []) {
      const rel = rels.get(id);
      const tablePart = rel && !rel.external ? this.pkg.actualName(rel.part) : null;
      const text = tablePart ? this.pkg.text(tablePart) : null;
      const table = text ? readTable(text) : null;
      if (tablePart && table && table.name === name) return { part: tablePart, ...table };
    }
    throw new Error(`Excel table ${name} not found on sheet ${sheetName}`);
  }

  /** Adds the sheet at the end, or replaces the sheet it `replaces` in place (same part, same id). */
  writeSheet(plan: SheetPlan): void {
    const book = readBook(this.pkg);
    const old =
      plan.replaces === null ? undefined : book.sheets.find((s) => s.name === plan.replaces);
    if (old?.part) {
      this.editors.delete(old.part);
      const oldText = this.pkg.text(old.part) ?? '';
      if (/<(\w+:)?f[\s>]/.test(oldText)) this.formulaGone = true;
      // What hung on the old sheet (its chart, its drawing) goes with it, unless another part uses it too.
      const rels = readRels(this.pkg, old.part);
      this.pkg.delete(relsOfPart(old.part));
      for (const rel of rels) {
        const part = rel.external ? null : this.pkg.actualName(rel.part);
        if (part && !referencedElsewhere(this.pkg, part)) deletePartTree(this.pkg, part);
      }
      this.pkg.setText(old.part, freshSheet(plan));
      renameSheet(this.pkg, old.name, plan.name);
      return;
    }
    addSheet(this.pkg, plan.name, freshSheet(plan));
  }

  finish(): void {
    for (const [part, editor] of this.editors) {
      if (editor.formulaRemoved) this.formulaGone = true;
      if (editor.changed) this.pkg.setPieces(part, editor.renderPieces());
    }
    this.editors.clear();
    const book = readBook(this.pkg);
    const styles = this.styleBook(book);
    if (styles.changed) {
      const rel = book.rels.find((r) => relKind(r.type) === 'styles');
      if (rel) this.pkg.setText(this.pkg.actualName(rel.part) ?? rel.part, styles.render());
      else {
        const folder = book.part.slice(0, book.part.lastIndexOf('/') + 1);
        const part = `${folder}styles.xml`;
        this.pkg.setText(part, styles.render());
        addRels(this.pkg, book.part, [
          { id: freeRelId(book.rels), type: REL_TYPE.styles, target: 'styles.xml' },
        ]);
        updateContentTypes(this.pkg, [{ part, type: CONTENT_TYPE.styles }], []);
      }
    }
    if (this.formulaGone) removeCalcChain(this.pkg);
  }
}

function bySheet(charts: ChartPlan[]): Map<string, ChartPlan[]> {
  const out = new Map<string, ChartPlan[]>();
  for (const chart of charts) out.set(chart.sheet, [...(out.get(chart.sheet) ?? []), chart]);
  return out;
}

function relsOfPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Sheet!A1 or 'Sheet name'!$A$1:$B$2: one range on one sheet, nothing else. */
const ONE_RANGE =
  /^(?:'(?:[^']|'')+'|[^'!,\s():]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** The workbook-level names that refer to one range on one sheet; others are left out. */
function workbookNames(book: Book): DefinedName[] {
  return book.names.flatMap((n) => {
    const single = n.localSheetId === null && ONE_RANGE.test(n.text.trim().replace(/^=/, ''));
    const ref = single ? parseSheetRef(n.text) : null;
    return ref ? [{ name: n.name, sheet: ref.sheet, range: ref.range }] : [];
  });
}

/** 'YYYY-MM-DD' → midnight UTC of that day. */
export function parseDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) {
    throw new Error(`Not a date (YYYY-MM-DD): ${day}`);
  }
  return date;
}

/** docProps/core.xml's modified date, where the package has one. */
function setModified(pkg: Package, date: Date): void {
  const rel = readRels(pkg, '').find((r) => relKind(r.type) === 'core-properties');
  const part = rel ? pkg.actualName(rel.part) : null;
  const text = part ? pkg.text(part) : null;
  if (!part || !text) return;
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const next = text.replace(
    /(<([\w.-]+:)?modified\b[^>]*>)[^<]*(<\/([\w.-]+:)?modified>)/,
    (_, open: string, _p, close: string) => `${open}${stamp}${close}`,
  );
  if (next !== text) pkg.setText(part, next);
}
