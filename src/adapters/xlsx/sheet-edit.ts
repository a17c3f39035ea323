/**
 * Writes into a worksheet part: cells (values, formats, clearing, moving),
 * column widths and internal hyperlinks. Edits are gathered first and the
 * part is written once: rows and elements that no edit touches are copied
 * as they stand in the text, and a new element goes where the order of
 * CT_Worksheet (ECMA-376 §18.3.1.99) puts it.
 */
import { a1, parseRange, rangeA1 } from '../../workbook/address';
import type { CellStyle, PlanValue } from '../../workbook/plan/types';
import type { CellRange } from '../../workbook/snapshot';
import { cellRef, type SheetLayout, type Span } from './sheet-read';
import type { StyleBook } from './styles';
import { escapeAttr, escapeText, ooxmlEscape, setAttrs, Splicer } from './xml';

const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function orderOf(local: string): number {
  if (local === 'AlternateContent') return WORKSHEET_ORDER.indexOf('oleObjects');
  const at = WORKSHEET_ORDER.indexOf(local);
  return at < 0 ? WORKSHEET_ORDER.length : at;
}

/** A cell as it will be written: its attributes other than r (values still escaped), and its content. */
interface CellXml {
  attrs: [string, string][];
  inner: string;
}

interface ParsedRow {
  tag: string;
  /** The row's cells as written; parsed only when one is edited. */
  cells: Map<number, string>;
}

const CELL = /<((?:[\w.-]+:)?c)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ATTR_ORDER = ['s', 't', 'cm', 'vm', 'ph'];
const CELL_REF = /\sr\s*=\s*["']([^"']*)["']/;

/** A cell's XML as attributes (r left out) and content. */
function parseCell(raw: string): CellXml {
  const m = /^<((?:[\w.-]+:)?c)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)$/.exec(raw);
  const attrs = [...(m?.[2] ?? '').matchAll(ATTR)]
    .map((a): [string, string] => [a[1], a[2] ?? escapeAttr(a[3])])
    .filter(([k]) => k !== 'r');
  return { attrs, inner: m?.[3] ?? '' };
}

export class SheetEditor {
  private readonly edits = new Map<number, Map<number, CellXml | null>>();
  private readonly parsed = new Map<number, ParsedRow>();
  private readonly rowAt = new Map<number, number>();
  private readonly widths = new Map<number, number>();
  private readonly links = new Map<string, string>();
  /** Cells and ranges whose hyperlinks go: written over, or cleared. */
  private readonly unlinkedCells = new Set<string>();
  private readonly unlinkedRanges: CellRange[] = [];
  private readonly p: string;
  /** A formula was overwritten or cleared: calcChain.xml no longer holds. */
  formulaRemoved = false;
  private extent: CellRange | null = null;
  private drawingRel: string | null = null;
  private readonly hadLinks: boolean;

  constructor(
    readonly text: string,
    private readonly layout: SheetLayout,
    private readonly styles: StyleBook,
  ) {
    this.p = layout.prefix;
    layout.rowNumbers.forEach((r, i) => this.rowAt.set(r, i));
    this.hadLinks = layout.top.some((s) => s.local === 'hyperlinks');
  }

  get changed(): boolean {
    return (
      this.edits.size > 0 ||
      this.widths.size > 0 ||
      this.links.size > 0 ||
      this.unlinkedCells.size > 0 ||
      this.unlinkedRanges.length > 0 ||
      this.drawingRel !== null
    );
  }

  private row(r: number): ParsedRow | null {
    const cached = this.parsed.get(r);
    if (cached) return cached;
    const i = this.rowAt.get(r);
    if (i === undefined) return null;
    const xml = this.text.slice(this.layout.rowStarts[i], this.layout.rowEnds[i]);
    const tag = /^<[^>]*>/.exec(xml)?.[0] ?? '';
    const cells = new Map<number, string>();
    let col = 0;
    if (!tag.endsWith('/>')) {
      for (const m of xml.slice(tag.length).matchAll(CELL)) {
        const ref = CELL_REF.exec(m[2])?.[1];
        const at = ref ? cellRef(ref) : null;
        col = at ? at.col : col + 1;
        cells.set(col, m[0]);
      }
    }
    const parsed = { tag, cells };
    this.parsed.set(r, parsed);
    return parsed;
  }

  private current(r: number, c: number): CellXml | null {
    const edited = this.edits.get(r);
    if (edited?.has(c)) return edited.get(c) ?? null;
    const raw = this.row(r)?.cells.get(c);
    return raw === undefined ? null : parseCell(raw);
  }

  private put(r: number, c: number, cell: CellXml | null): void {
    let row = this.edits.get(r);
    if (!row) this.edits.set(r, (row = new Map()));
    row.set(c, cell);
    if (!cell) return;
    const e = this.extent;
    if (!e) this.extent = { top: r, left: c, bottom: r, right: c };
    else {
      if (r < e.top) e.top = r;
      if (r > e.bottom) e.bottom = r;
      if (c < e.left) e.left = c;
      if (c > e.right) e.right = c;
    }
  }

  /** The rows that may hold cells of the range: those of the part and those edited. */
  private rowsIn(range: CellRange): number[] {
    const rows = new Set<number>();
    for (const r of this.layout.rowNumbers) if (r >= range.top && r <= range.bottom) rows.add(r);
    for (const r of this.edits.keys()) if (r >= range.top && r <= range.bottom) rows.add(r);
    return [...rows];
  }

  clear(range: CellRange): void {
    for (const r of this.rowsIn(range)) {
      const cols = new Set<number>([
        ...(this.row(r)?.cells.keys() ?? []),
        ...(this.edits.get(r)?.keys() ?? []),
      ]);
      for (const c of cols) {
        if (c < range.left || c > range.right) continue;
        const cell = this.current(r, c);
        if (!cell) continue;
        if (hasFormula(cell)) this.formulaRemoved = true;
        this.put(r, c, null);
      }
    }
    if (this.hadLinks) this.unlinkedRanges.push(range);
  }

  /** Text is written as an inline string: it can never be taken for a formula. */
  setValue(r: number, c: number, value: PlanValue): void {
    const cell = this.current(r, c);
    if (cell && hasFormula(cell)) this.formulaRemoved = true;
    const attrs = (cell?.attrs ?? []).filter(([k]) => !['t', 'cm', 'vm'].includes(k));
    const p = this.p;
    let inner = '';
    if (typeof value === 'number' && Number.isFinite(value)) {
      inner = `<${p}v>${String(value)}</${p}v>`;
    } else if (typeof value === 'string') {
      attrs.push(['t', 'inlineStr']);
      const space = /^\s|\s$|[\n\t]/.test(value) ? ' xml:space="preserve"' : '';
      inner = `<${p}is><${p}t${space}>${escapeText(ooxmlEscape(value))}</${p}t></${p}is>`;
    }
    // An empty cell without a format is no cell at all.
    this.put(r, c, inner === '' && attrs.length === 0 ? null : { attrs, inner });
    this.unlink(r, c);
  }

  setStyle(range: CellRange, style: CellStyle): void {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = this.current(r, c) ?? { attrs: [], inner: '' };
        const at = cell.attrs.findIndex(([k]) => k === 's');
        const base = at < 0 ? 0 : Number(cell.attrs[at][1]) || 0;
        const s = String(this.styles.derive(base, style));
        if (at < 0) cell.attrs.push(['s', s]);
        else cell.attrs[at] = ['s', s];
        this.put(r, c, cell);
      }
    }
  }

  /** Moves a cell within its row (a table column deleted to its left); the target's old content goes. */
  moveCell(r: number, from: number, to: number): void {
    const cell = this.current(r, from);
    const target = this.current(r, to);
    if (target && hasFormula(target)) this.formulaRemoved = true;
    this.put(r, to, cell);
    if (cell) this.put(r, from, null);
  }

  /** An internal link: the cell shows its text and jumps to `location`. */
  link(r: number, c: number, text: string, location: string): void {
    this.setValue(r, c, text);
    const ref = a1(r, c);
    this.links.set(
      ref,
      `<${this.p}hyperlink ref="${ref}" location="${escapeAttr(location)}" display="${escapeAttr(text)}"/>`,
    );
  }

  private unlink(r: number, c: number): void {
    // Only a sheet with links, or links of this run, has any to lose.
    if (!this.hadLinks && this.links.size === 0) return;
    const ref = a1(r, c);
    if (this.hadLinks) this.unlinkedCells.add(ref);
    this.links.delete(ref);
  }

  setWidth(col: number, width: number): void {
    this.widths.set(col, width);
  }

  hasDrawing(): boolean {
    return this.layout.top.some((s) => s.local === 'drawing');
  }

  /** Puts a <drawing r:id=…/> on the sheet (a chart). */
  setDrawing(relId: string): void {
    this.drawingRel = relId;
  }

  render(): string {
    return this.renderPieces().join('');
  }

  /** The part after the edits, in pieces (see Splicer.pieces). */
  renderPieces(): string[] {
    if (!this.changed) return [this.text];
    const top = this.layout.top;
    const find = (local: string) => top.find((s) => s.local === local);
    // What each top-level element becomes, and the elements that are new.
    const replaced = new Map<Span, string | string[]>();
    const added: { local: string; xml: string | string[] }[] = [];
    const place = (local: string, xml: string | string[]) => {
      const existing = find(local);
      if (existing) replaced.set(existing, xml);
      else added.push({ local, xml });
    };
    if (this.edits.size > 0) {
      const sheetData = find('sheetData');
      place('sheetData', this.renderSheetData(sheetData));
      const dimension = find('dimension');
      if (dimension && this.extent) {
        const tag = this.text.slice(dimension.start, dimension.end);
        const ref = parseRange(/ref="([^"]*)"/.exec(tag)?.[1] ?? '');
        const whole = ref ? union(ref, this.extent) : this.extent;
        replaced.set(dimension, setAttrs(tag, { ref: rangeA1(whole) }));
      }
    }
    if (this.widths.size > 0) place('cols', this.renderCols(find('cols')));
    if (this.links.size > 0 || this.unlinkedCells.size > 0 || this.unlinkedRanges.length > 0) {
      const links = this.renderLinks(find('hyperlinks'));
      if (links !== null) place('hyperlinks', links);
    }
    if (this.drawingRel !== null && !find('drawing')) {
      place(
        'drawing',
        `<${this.p}drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${this.drawingRel}"/>`,
      );
    }
    const inOrder = top.every((s, i) => i === 0 || orderOf(top[i - 1].local) <= orderOf(s.local));
    return inOrder ? this.spliced(replaced, added) : this.reordered(replaced, added);
  }

  /** The usual case: every untouched byte stays where it was, new elements go in their place. */
  private spliced(
    replaced: Map<Span, string | string[]>,
    added: { local: string; xml: string | string[] }[],
  ): string[] {
    const edit = new Splicer(this.text);
    for (const [span, xml] of replaced) edit.replace(span.start, span.end, xml);
    for (const { local, xml } of added) {
      const later = this.layout.top.find((s) => orderOf(s.local) > orderOf(local));
      edit.insert(later ? later.start : this.layout.root.closeStart, xml);
    }
    return edit.pieces();
  }

  /**
   * A sheet whose elements another program wrote out of CT_Worksheet's order
   * (exceljs puts legacyDrawing after tableParts), which Excel answers with a
   * repair prompt: once Målkoll writes the sheet, its elements go in the
   * order of the standard, each kept whole; only the white space between
   * them is not kept.
   */
  private reordered(
    replaced: Map<Span, string | string[]>,
    added: { local: string; xml: string | string[] }[],
  ): string[] {
    const { top, root } = this.layout;
    const children = [
      ...top.map((span) => ({
        local: span.local,
        xml: replaced.get(span) ?? this.text.slice(span.start, span.end),
      })),
      ...added,
    ];
    // A stable sort: elements of one kind keep their order, new ones after old.
    const sorted = children
      .map((child, i) => ({ child, i }))
      .sort((a, b) => orderOf(a.child.local) - orderOf(b.child.local) || a.i - b.i)
      .map((x) => x.child);
    const out: string[] = [this.text.slice(0, top.length ? top[0].start : root.closeStart)];
    for (const { xml } of sorted) {
      if (typeof xml === 'string') out.push(xml);
      else out.push(...xml);
    }
    out.push(this.text.slice(top.length ? top[top.length - 1].end : root.closeStart));
    return out;
  }

  private renderSheetData(span: Span | undefined): string[] {
    const p = this.p;
    const open = span
      ? this.text.slice(span.start, span.openEnd).replace(/\s*\/>$/, '>')
      : `<${p}sheetData>`;
    const close =
      span && span.closeStart < span.end
        ? this.text.slice(span.closeStart, span.end)
        : `</${p}sheetData>`;
    const pending = [...this.edits.keys()].filter((r) => !this.rowAt.has(r)).sort((a, b) => a - b);
    const out: string[] = [open];
    let k = 0;
    const { rowNumbers, rowStarts, rowEnds } = this.layout;
    for (let i = 0; i < rowNumbers.length; i++) {
      const r = rowNumbers[i];
      while (k < pending.length && pending[k] < r) out.push(this.renderRow(pending[k++], null));
      out.push(
        this.edits.has(r)
          ? this.renderRow(r, this.row(r))
          : this.text.slice(rowStarts[i], rowEnds[i]),
      );
    }
    while (k < pending.length) out.push(this.renderRow(pending[k++], null));
    out.push(close);
    return out;
  }

  private renderRow(r: number, original: ParsedRow | null): string {
    const p = this.p;
    const cells = new Map<number, string>();
    // Cells no edit touches are copied as written (given an r when they had none).
    for (const [c, raw] of original?.cells ?? []) {
      cells.set(
        c,
        CELL_REF.test(raw.slice(0, raw.indexOf('>')))
          ? raw
          : raw.replace(/^<[\w.:-]+/, `$& r="${a1(r, c)}"`),
      );
    }
    for (const [c, cell] of this.edits.get(r) ?? []) {
      if (cell) cells.set(c, renderCell(p, a1(r, c), cell));
      else cells.delete(c);
    }
    const body = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, xml]) => xml)
      .join('');
    if (!original) return body ? `<${p}row r="${r}">${body}</${p}row>` : '';
    const name = /^<([^\s/>]+)/.exec(original.tag)?.[1] ?? `${p}row`;
    const tag = setAttrs(original.tag.replace(/\s*\/>$/, '>'), { r: String(r), spans: undefined });
    return `${tag}${body}</${name}>`;
  }

  private renderCols(span: Span | undefined): string {
    const p = this.p;
    type Col = { min: number; max: number; tag: string };
    const cols: Col[] = [];
    if (span) {
      const xml = this.text.slice(span.openEnd, span.closeStart);
      for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?col\b[^>]*?\/>/g)) {
        const min = Number(/\smin="(\d+)"/.exec(tag)?.[1]);
        const max = Number(/\smax="(\d+)"/.exec(tag)?.[1]);
        if (min > 0 && max >= min) cols.push({ min, max, tag });
      }
    }
    for (const [col, width] of [...this.widths].sort((a, b) => a[0] - b[0])) {
      const at = cols.findIndex((c) => c.min <= col && col <= c.max);
      const set = { width: String(width), customWidth: '1' };
      if (at < 0) {
        const tag = `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
        cols.push({ min: col, max: col, tag });
        continue;
      }
      const c = cols[at];
      const piece = (min: number, max: number, extra: Record<string, string> = {}) => ({
        min,
        max,
        tag: setAttrs(c.tag, { min: String(min), max: String(max), ...extra }),
      });
      const pieces: Col[] = [];
      if (c.min < col) pieces.push(piece(c.min, col - 1));
      pieces.push(piece(col, col, set));
      if (col < c.max) pieces.push(piece(col + 1, c.max));
      cols.splice(at, 1, ...pieces);
    }
    cols.sort((a, b) => a.min - b.min);
    const open = span
      ? this.text.slice(span.start, span.openEnd).replace(/\s*\/>$/, '>')
      : `<${p}cols>`;
    return `${open}${cols.map((c) => c.tag).join('')}</${span ? span.name : `${p}cols`}>`;
  }

  /** The hyperlinks element after the edits; '' drops it; null leaves it as it is. */
  private renderLinks(span: Span | undefined): string | null {
    const kept: string[] = [];
    let dropped = false;
    if (span) {
      const xml = this.text.slice(span.openEnd, span.closeStart);
      for (const [tag] of xml.matchAll(
        /<(?:[\w.-]+:)?hyperlink\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?hyperlink>)/g,
      )) {
        const ref = parseRange(/\sref="([^"]*)"/.exec(tag)?.[1] ?? '');
        const gone =
          ref !== null &&
          (this.unlinkedCells.has(a1(ref.top, ref.left)) ||
            this.unlinkedRanges.some(
              (u) =>
                ref.top >= u.top &&
                ref.top <= u.bottom &&
                ref.left >= u.left &&
                ref.left <= u.right,
            ));
        if (gone) dropped = true;
        else kept.push(tag);
      }
    }
    if (!dropped && this.links.size === 0) return null;
    const all = [...kept, ...this.links.values()];
    if (all.length === 0) return '';
    const open = span
      ? this.text.slice(span.start, span.openEnd).replace(/\s*\/>$/, '>')
      : `<${this.p}hyperlinks>`;
    return `${open}${all.join('')}</${span ? span.name : `${this.p}hyperlinks`}>`;
  }
}

function hasFormula(cell: CellXml): boolean {
  return /<(?:[\w.-]+:)?f\b/.test(cell.inner);
}

function renderCell(p: string, ref: string, cell: CellXml): string {
  const attrs = [...cell.attrs].sort((a, b) => rank(a[0]) - rank(b[0]));
  const text = attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  return cell.inner
    ? `<${p}c r="${ref}"${text}>${cell.inner}</${p}c>`
    : `<${p}c r="${ref}"${text}/>`;
}

function rank(name: string): number {
  const at = ATTR_ORDER.indexOf(name);
  return at < 0 ? ATTR_ORDER.length : at;
}

function union(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
