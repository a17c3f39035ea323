/**
 * Before anything is written: Excel refuses writes on a protected sheet and
 * into part of a merged area, and a refusal halfway would leave a half-written
 * workbook. So the writes that would be refused are taken out of the plan
 * beforehand, each with a problem that says where and what to do, and the
 * rest is written.
 *
 * A protected sheet loses every write on it. A merged area loses the writes
 * of the region it lies in: the four columns of one table (one ownership
 * mark), or the whole sheet where no mark covers it. The marks of a region
 * that is not written stay as they were, so that what Målkoll wrote there
 * before is still known as Målkoll's.
 */
import type { Lang, Problem } from '../engine/types';
import { a1, rangeA1 } from './address';
import { columnsMarkName, isMark, isSheetMark, sheetMarkKind, sheetMarkName } from './ownership';
import type { WritePlan } from './plan/types';
import type { CellRange, SheetData, WorkbookSnapshot } from './snapshot';

export interface WritableResult {
  plan: WritePlan;
  problems: Problem[];
}

/** A cell range the plan writes, on a sheet as the plan names it. */
interface Target {
  sheet: string;
  rect: CellRange;
  /** Only cell writes can hit a merged area; column widths and renames cannot. */
  cells: boolean;
  table?: string;
}

/** A region whose writes are dropped; rect null is the whole sheet. */
interface Block {
  sheet: string;
  rect: CellRange | null;
  problem: Problem;
}

type Mark = NonNullable<WritePlan['marks']>[number];

export function checkWritable(
  snapshot: WorkbookSnapshot,
  plan: WritePlan,
  lang: Lang,
): WritableResult {
  const sheetOf = sheetResolver(snapshot, plan);
  const targets = writeTargets(plan, sheetOf);
  const blocks = protectedBlocks(targets, sheetOf, lang);
  blocks.push(...mergeBlocks(targets, sheetOf, plan, blocks, lang));
  if (blocks.length === 0) return { plan, problems: [] };
  return {
    plan: withoutBlocked(plan, blocks, snapshot, sheetOf),
    problems: blocks.map((b) => b.problem),
  };
}

/**
 * The snapshot's sheet behind a sheet name of the plan: the sheet it
 * replaces (and renames), none for a sheet it adds, else the same name.
 */
function sheetResolver(snapshot: WorkbookSnapshot, plan: WritePlan) {
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const planned = new Map(plan.sheets.map((s) => [s.name, s.replaces]));
  return (name: string): SheetData | null => {
    if (!planned.has(name)) return byName.get(name) ?? null;
    const replaces = planned.get(name);
    return replaces ? (byName.get(replaces) ?? null) : null;
  };
}

function writeTargets(plan: WritePlan, sheetOf: (name: string) => SheetData | null): Target[] {
  const targets: Target[] = [];
  const cells = (sheet: string, rect: CellRange, table?: string) =>
    targets.push({ sheet, rect, cells: true, table });
  // A sheet's clearing and renaming, a column's width: refused on a protected sheet only.
  const sheetLevel = (sheet: string, rect: CellRange) =>
    targets.push({ sheet, rect, cells: false });
  for (const c of plan.clear) cells(c.sheet, c.range);
  for (const s of plan.sheets) if (s.replaces) sheetLevel(s.name, cell(1, 1));
  for (const t of plan.tables) {
    const table = sheetOf(t.sheet)?.tables.find((x) => x.name === t.table);
    // Excel tables hold no merged cells, so only the columns they grow into can.
    if (table) cells(t.sheet, grownColumns(table.range, t.right), t.table);
  }
  for (const b of plan.values) if (b.values.some((r) => r.length > 0)) cells(b.sheet, blockRect(b));
  for (const run of plan.styles) for (const r of run.ranges) cells(run.sheet, r);
  for (const link of plan.links) cells(link.sheet, cell(link.row, link.col));
  for (const w of plan.columnWidths) sheetLevel(w.sheet, cell(1, w.col));
  return targets;
}

function protectedBlocks(
  targets: Target[],
  sheetOf: (name: string) => SheetData | null,
  lang: Lang,
): Block[] {
  const blocks: Block[] = [];
  for (const name of unique(targets.map((t) => t.sheet))) {
    const sheet = sheetOf(name);
    if (!sheet?.protected) continue;
    const first = firstCell(targets.filter((t) => t.sheet === name && t.cells));
    const problem = protectedProblem(sheet.name, first, lang);
    blocks.push({ sheet: name, rect: null, problem });
  }
  return blocks;
}

function mergeBlocks(
  targets: Target[],
  sheetOf: (name: string) => SheetData | null,
  plan: WritePlan,
  already: Block[],
  lang: Lang,
): Block[] {
  const blocks: Block[] = [];
  for (const target of targets) {
    if (!target.cells || isBlocked([...already, ...blocks], target.sheet, target.rect)) continue;
    const sheet = sheetOf(target.sheet);
    const merge = sheet?.merges.find((m) => intersects(m, target.rect));
    if (!sheet || !merge) continue;
    const region = regionOf(plan, target);
    const problem = mergeProblem(sheet.name, merge, target.table, region === null, lang);
    blocks.push({ sheet: target.sheet, rect: region, problem });
  }
  return blocks;
}

/** The mark's range that holds the target: one table's columns; null (the whole sheet) otherwise. */
function regionOf(plan: WritePlan, target: Target): CellRange | null {
  const mark = plan.marks?.find(
    (m) => m.sheet === target.sheet && intersects(m.range, target.rect),
  );
  return mark && !isSheetMark(mark.name) ? mark.range : null;
}

/** A blocked region spans the column (its width is part of what is not written). */
function blocksColumn(blocks: Block[], sheet: string, col: number): boolean {
  return blocks.some(
    (b) => b.sheet === sheet && (b.rect === null || (b.rect.left <= col && col <= b.rect.right)),
  );
}

function isBlocked(blocks: Block[], sheet: string, rect: CellRange): boolean {
  return blocks.some((b) => b.sheet === sheet && (b.rect === null || intersects(b.rect, rect)));
}

function withoutBlocked(
  plan: WritePlan,
  blocks: Block[],
  snapshot: WorkbookSnapshot,
  sheetOf: (name: string) => SheetData | null,
): WritePlan {
  const hit = (sheet: string, rect: CellRange) => isBlocked(blocks, sheet, rect);
  const wholeSheet = (sheet: string) => blocks.some((b) => b.sheet === sheet && b.rect === null);
  const kept: WritePlan = {
    clear: plan.clear.filter((c) => !hit(c.sheet, c.range)),
    sheets: plan.sheets.filter((s) => !wholeSheet(s.name)),
    tables: plan.tables.filter((t) => {
      const table = sheetOf(t.sheet)?.tables.find((x) => x.name === t.table);
      return !(wholeSheet(t.sheet) || (table && hit(t.sheet, grownColumns(table.range, t.right))));
    }),
    values: plan.values.filter((b) => !hit(b.sheet, blockRect(b))),
    styles: plan.styles
      .map((run) => ({ ...run, ranges: run.ranges.filter((r) => !hit(run.sheet, r)) }))
      .filter((run) => run.ranges.length > 0),
    links: plan.links.filter((l) => !hit(l.sheet, cell(l.row, l.col))),
    columnWidths: plan.columnWidths.filter((w) => !blocksColumn(blocks, w.sheet, w.col)),
  };
  if (plan.marks) kept.marks = keptMarks(plan.marks, blocks, snapshot, sheetOf);
  return kept;
}

/**
 * The plan's marks outside the blocked regions, and the workbook's present
 * marks inside them (renumbered where the plan's names are taken).
 */
function keptMarks(
  marks: Mark[],
  blocks: Block[],
  snapshot: WorkbookSnapshot,
  sheetOf: (name: string) => SheetData | null,
): Mark[] {
  const kept = marks.filter((m) => !isBlocked(blocks, m.sheet, m.range));
  const taken = new Set(kept.map((m) => m.name.toLowerCase()));
  for (const block of blocks) {
    const sheet = sheetOf(block.sheet)?.name;
    const present = snapshot.names.filter(
      (n) =>
        isMark(n.name) && n.sheet === sheet && (!block.rect || intersects(n.range, block.rect)),
    );
    for (const n of present) {
      if (kept.some((m) => m.sheet === n.sheet && sameRange(m.range, n.range))) continue;
      const name = freeName(n.name, taken);
      taken.add(name.toLowerCase());
      kept.push({ name, sheet: n.sheet, range: { ...n.range } });
    }
  }
  return kept;
}

function freeName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const kind = sheetMarkKind(name);
  const make = kind ? (i: number) => sheetMarkName(kind, i) : columnsMarkName;
  let i = 1;
  while (taken.has(make(i).toLowerCase())) i++;
  return make(i);
}

function protectedProblem(sheet: string, at: string, lang: Lang): Problem {
  const message =
    lang === 'sv'
      ? `Bladet «${sheet}» är skyddat. Ta bort bladskyddet (Granska → Ta bort skydd) och bedöm igen; inget skrevs på det bladet.`
      : `The sheet «${sheet}» is protected. Unprotect it (Review → Unprotect Sheet) and assess again; nothing was written on that sheet.`;
  return { severity: 'error', sheet, cell: at, code: 'sheet_protected', message };
}

function mergeProblem(
  sheet: string,
  merge: CellRange,
  table: string | undefined,
  wholeSheet: boolean,
  lang: Lang,
): Problem {
  const cells = rangeA1(merge);
  const message =
    lang === 'sv'
      ? `Cellerna ${cells} på bladet «${sheet}» är sammanfogade där Målkoll ska skriva${table ? ` (tabellen «${table}»)` : ''}. Dela upp dem (Start → Sammanfoga och centrera → Dela upp celler) och bedöm igen; inget skrevs ${wholeSheet ? 'på det bladet' : 'i det området'}.`
      : `The cells ${cells} on the sheet «${sheet}» are merged where Målkoll must write${table ? ` (the table «${table}»)` : ''}. Unmerge them (Home → Merge & Center → Unmerge Cells) and assess again; nothing was written ${wholeSheet ? 'on that sheet' : 'in that area'}.`;
  return {
    severity: 'error',
    sheet,
    cell: a1(merge.top, merge.left),
    code: 'merged_cells',
    message,
  };
}

function firstCell(targets: Target[]): string {
  if (targets.length === 0) return 'A1';
  const first = targets.reduce((best, t) =>
    t.rect.top < best.rect.top || (t.rect.top === best.rect.top && t.rect.left < best.rect.left)
      ? t
      : best,
  );
  return a1(first.rect.top, first.rect.left);
}

function blockRect(b: WritePlan['values'][number]): CellRange {
  const width = Math.max(1, ...b.values.map((r) => r.length));
  return {
    top: b.top,
    left: b.left,
    bottom: b.top + Math.max(1, b.values.length) - 1,
    right: b.left + width - 1,
  };
}

function grownColumns(table: CellRange, right: number): CellRange {
  return { ...table, left: table.right + 1, right };
}

function cell(row: number, col: number): CellRange {
  return { top: row, left: col, bottom: row, right: col };
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
