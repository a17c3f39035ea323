/**
 * A worksheet part read in one pass with saxes: its cells (values as Excel
 * last calculated them), merges and protection, and where its elements and
 * rows stand in the text so that a write can leave the rest as it is. Work
 * and memory follow what the part holds: ranges are kept as ranges.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { parseRange } from '../../workbook/address';
import type { Cell, CellRange, CellValue } from '../../workbook/snapshot';
import { isTrue } from './book';
import type { CellFormats } from './styles';
import { shiftFormula } from './formulas';
import { attrsOf, ooxmlUnescape, relAttr } from './xml';

export interface Span {
  local: string;
  name: string;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

export interface SheetLayout {
  /** The prefix of SpreadsheetML elements in this part ("x:" or ""). */
  prefix: string;
  root: Span;
  /** The worksheet's children in order. */
  top: Span[];
  /** Rows in the order of the part. */
  rowNumbers: number[];
  rowStarts: number[];
  rowEnds: number[];
}

export interface ReadContext {
  strings: string[];
  formats: CellFormats;
  date1904: boolean;
}

export interface ReadSheet {
  rows: Map<number, Cell[]>;
  merges: CellRange[];
  protected: boolean;
  /** Relationship ids of the sheet's table parts. */
  tableRels: string[];
  layout: SheetLayout;
}

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  v: string | null;
  f: string | null;
  fType: string | undefined;
  fRef: string | undefined;
  si: string | undefined;
  inline: string | null;
}

export function readSheet(text: string, ctx: ReadContext): ReadSheet {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const rows = new Map<number, Cell[]>();
  const merges: CellRange[] = [];
  const tableRels: string[] = [];
  const layout: SheetLayout = {
    prefix: '',
    root: span('', '', 0, 0),
    top: [],
    rowNumbers: [],
    rowStarts: [],
    rowEnds: [],
  };
  const stack: string[] = [];
  const shared = new Map<string, { row: number; col: number; text: string }>();
  let isProtected = false;
  let rowNumber = 0;
  let rowCells: Cell[] = [];
  let col = 0;
  let cell: CellState | null = null;
  /** Where text goes: the cell's v, f, or an inline string's t (not inside phonetic runs). */
  let sink: 'v' | 'f' | 't' | null = null;
  let phonetic = 0;

  parser.on('opentag', (tag: SaxesTagNS) => {
    const depth = stack.length;
    stack.push(tag.local);
    const position = parser.position;
    if (depth === 0) {
      layout.root = span(tag.local, tag.name, text.lastIndexOf('<', position - 1), position);
      const colon = tag.name.indexOf(':');
      layout.prefix = colon < 0 ? '' : tag.name.slice(0, colon + 1);
      return;
    }
    if (depth === 1) {
      layout.top.push(span(tag.local, tag.name, text.lastIndexOf('<', position - 1), position));
      if (tag.local === 'sheetProtection') isProtected = isTrue(plain(tag, 'sheet'));
      return;
    }
    const parent = stack[depth - 1];
    if (depth === 2 && tag.local === 'row' && parent === 'sheetData') {
      const r = Number(plain(tag, 'r'));
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      rowCells = [];
      col = 0;
      layout.rowNumbers.push(rowNumber);
      layout.rowStarts.push(text.lastIndexOf('<', position - 1));
      layout.rowEnds.push(position);
      return;
    }
    if (depth === 3 && tag.local === 'c' && parent === 'row') {
      const ref = plain(tag, 'r');
      const at = ref ? cellRef(ref) : null;
      col = at ? at.col : col + 1;
      cell = {
        row: at ? at.row : rowNumber,
        col,
        type: plain(tag, 't') ?? 'n',
        style: Number(plain(tag, 's') ?? 0) || 0,
        v: null,
        f: null,
        fType: undefined,
        fRef: undefined,
        si: undefined,
        inline: null,
      };
      return;
    }
    if (cell) {
      if (tag.local === 'v' && depth === 4) {
        // A <v> that is there but empty is a calculated empty text (t="str"), not a missing result.
        sink = 'v';
        cell.v = '';
      } else if (tag.local === 'f' && depth === 4) {
        sink = 'f';
        cell.f = '';
        cell.fType = plain(tag, 't');
        cell.fRef = plain(tag, 'ref');
        cell.si = plain(tag, 'si');
      } else if (tag.local === 'is') cell.inline = '';
      else if (tag.local === 'rPh') phonetic++;
      else if (tag.local === 't' && cell.inline !== null && phonetic === 0) sink = 't';
      return;
    }
    if (depth === 2 && tag.local === 'mergeCell' && parent === 'mergeCells') {
      const range = parseRange(plain(tag, 'ref') ?? '');
      if (range) merges.push(range);
    } else if (depth === 2 && tag.local === 'tablePart' && parent === 'tableParts') {
      const id = relAttr({ attrs: attrsOf(tag) });
      if (id) tableRels.push(id);
    }
  });

  parser.on('closetag', (tag) => {
    const depth = stack.length - 1;
    stack.pop();
    const position = parser.position;
    if (depth === 1) {
      const s = layout.top[layout.top.length - 1];
      s.end = position;
      s.closeStart = tag.isSelfClosing ? position : text.lastIndexOf('<', position - 1);
    } else if (depth === 0) {
      layout.root.end = position;
      layout.root.closeStart = tag.isSelfClosing ? position : text.lastIndexOf('<', position - 1);
    } else if (depth === 2 && tag.local === 'row' && cell === null) {
      layout.rowEnds[layout.rowEnds.length - 1] = position;
      if (rowCells.length > 0) rows.set(rowNumber, rowCells);
    } else if (depth === 3 && tag.local === 'c' && cell) {
      const made = finishCell(cell, ctx, shared);
      if (made) {
        const cells = cell.row === rowNumber ? rowCells : rowOf(rows, cell.row);
        cells[cell.col] = made;
      }
      cell = null;
    } else if (cell) {
      if (tag.local === 'rPh') phonetic--;
      if (tag.local === 'v' || tag.local === 'f' || tag.local === 't') sink = null;
    }
  });

  const onText = (t: string) => {
    if (!cell || sink === null) return;
    if (sink === 'v') cell.v = (cell.v ?? '') + t;
    else if (sink === 'f') cell.f = (cell.f ?? '') + t;
    else cell.inline = (cell.inline ?? '') + t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();

  dropCoveredCells(rows, merges);
  return { rows, merges, protected: isProtected, tableRels, layout };
}

function rowOf(rows: Map<number, Cell[]>, row: number): Cell[] {
  let cells = rows.get(row);
  if (!cells) rows.set(row, (cells = []));
  return cells;
}

function span(local: string, name: string, start: number, openEnd: number): Span {
  return { local, name, start, openEnd, closeStart: openEnd, end: openEnd };
}

function plain(tag: SaxesTagNS, local: string): string | undefined {
  const a = tag.attributes[local];
  return a && a.uri === '' ? a.value : undefined;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function cellRef(ref: string): { row: number; col: number } | null {
  const m = REF.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function finishCell(
  c: CellState,
  ctx: ReadContext,
  shared: Map<string, { row: number; col: number; text: string }>,
): Cell | null {
  let formula: string | undefined;
  if (c.f !== null) {
    if (c.fType === 'shared' && c.si !== undefined) {
      const master = shared.get(c.si);
      if (c.f.trim() !== '' || !master) {
        if (c.f.trim() !== '') shared.set(c.si, { row: c.row, col: c.col, text: c.f });
        formula = c.f;
      } else {
        formula = shiftFormula(master.text, c.row - master.row, c.col - master.col);
      }
    } else {
      formula = c.f;
    }
  }
  const value = valueOf(c, ctx);
  if (value === null && formula === undefined) return null;
  const cell: Cell = { value };
  const numFmt = c.style > 0 ? ctx.formats.numFmt(c.style) : undefined;
  if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
  if (formula !== undefined && formula !== '') cell.formula = `=${formula}`;
  return cell;
}

function valueOf(c: CellState, ctx: ReadContext): CellValue {
  const v = c.v;
  switch (c.type) {
    case 's': {
      const text = v === null || v.trim() === '' ? undefined : ctx.strings[Number(v)];
      return text ?? null;
    }
    case 'inlineStr':
      return ooxmlUnescape(c.inline ?? v ?? '');
    case 'str':
      return v === null ? (c.inline !== null ? ooxmlUnescape(c.inline) : null) : ooxmlUnescape(v);
    case 'b':
      return v === null || v.trim() === '' ? null : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === null || v.trim() === '' ? null : { error: v.trim() };
    case 'd':
      return v === null || v.trim() === '' ? null : isoDate(v.trim());
    default: {
      if (c.inline !== null) return ooxmlUnescape(c.inline);
      if (v === null || v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return null;
      return c.style > 0 && ctx.formats.isDate(c.style) ? serialDate(n, ctx.date1904) : n;
    }
  }
}

/** An ISO 8601 date of a t="d" cell; without a zone it is the day as written (UTC, like serials). */
export function isoDate(text: string): Date | null {
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const timeOnly = /^\d{2}:\d{2}/.test(text) ? `1899-12-30T${text}Z` : withZone;
  const date = new Date(timeOnly);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A serial number → the date Excel shows. In the 1900 system Excel counts a
 * 29 February 1900 that never was, so serials before 60 are a day later.
 */
export function serialDate(serial: number, date1904: boolean): Date {
  let days = serial + (date1904 ? 1462 : 0);
  if (!date1904 && serial < 60) days += 1;
  return new Date(Math.round((days - 25569) * 86_400_000));
}

/**
 * Cells under a merge other than its top-left one are not shown by Excel.
 * Only the rows the sheet holds are visited, whatever the merge spans.
 */
function dropCoveredCells(rows: Map<number, Cell[]>, merges: CellRange[]): void {
  if (merges.length === 0 || rows.size === 0) return;
  for (const m of merges) {
    const height = m.bottom - m.top + 1;
    const visit = (r: number, cells: Cell[]) => {
      const last = Math.min(m.right, cells.length - 1);
      for (let c = m.left; c <= last; c++) {
        if ((r !== m.top || c !== m.left) && cells[c] !== undefined) delete cells[c];
      }
    };
    if (height <= rows.size) {
      for (let r = m.top; r <= m.bottom; r++) {
        const cells = rows.get(r);
        if (cells) visit(r, cells);
      }
    } else {
      for (const [r, cells] of rows) if (r >= m.top && r <= m.bottom) visit(r, cells);
    }
  }
  for (const [r, cells] of rows) if (!cells.some((c) => c !== undefined)) rows.delete(r);
}
