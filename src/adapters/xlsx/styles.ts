/**
 * styles.xml: each cell format's number format (to tell dates and
 * percentages), and new cell formats made from a cell's own with a fill, a
 * font colour, bold, italic, a number format or wrapping changed. New fonts,
 * fills, number formats and formats are appended; one that already exists
 * (from an earlier run) is used again, so a second run adds nothing.
 */
import type { CellStyle } from '../../workbook/plan/types';
import { insertAtEnd } from './rels';
import {
  attr,
  child,
  escapeAttr,
  parseXml,
  prefixOf,
  setAttrs,
  Splicer,
  type XmlNode,
} from './xml';

/** Excel's built-in number formats (ECMA-376 §18.8.30), as exceljs names them. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Date formats among the built-ins that are only locale-specific (27–36, 50–58). */
const LOCAL_DATE_IDS = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

const STYLES_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** What reading needs: the number format of each cell format. */
export interface CellFormats {
  numFmt(styleIndex: number): string | undefined;
  isDate(styleIndex: number): boolean;
}

/** Date formats show y, m, d, h or s outside quotes, brackets and escapes ([h] elapsed hours count). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[(h+|m+|s+)]/gi, '$1')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[_*\\]./g, '')
    .replace(/General|Standard/gi, '');
  return /[ymdhsb]/i.test(bare.replace(/[eE][+-]/g, ''));
}

export class StyleBook implements CellFormats {
  private readonly root: XmlNode | null;
  private readonly customFormats = new Map<number, string>();
  private readonly xfs: XmlNode[] = [];
  private readonly fonts: XmlNode[] = [];
  private readonly fills: XmlNode[] = [];
  private readonly added = {
    numFmts: [] as string[],
    fonts: [] as string[],
    fills: [] as string[],
    xfs: [] as string[],
  };
  private readonly derived = new Map<string, number>();
  /** The same style object over many cells: looked up without serialising it each time. */
  private readonly byStyle = new WeakMap<CellStyle, Map<number, number>>();
  private readonly prefix: string;
  /** Entries put in `added` for a styles part that is yet to be made. */
  private seeded = 0;

  constructor(readonly text: string | null) {
    this.root = text ? parseXml(text) : null;
    this.prefix = this.root ? prefixOf(this.root) : '';
    const root = this.root;
    if (!root) {
      // No styles part: the formats every styles part starts with come first, as Excel's own.
      this.added.fonts.push('<font><sz val="11"/><name val="Calibri"/></font>');
      this.added.fills.push(
        '<fill><patternFill patternType="none"/></fill>',
        '<fill><patternFill patternType="gray125"/></fill>',
      );
      this.added.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
      this.seeded = 4;
      return;
    }
    for (const f of child(root, 'numFmts')?.children ?? []) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) this.customFormats.set(id, code);
    }
    this.xfs.push(...(child(root, 'cellXfs')?.children.filter((c) => c.local === 'xf') ?? []));
    this.fonts.push(...(child(root, 'fonts')?.children.filter((c) => c.local === 'font') ?? []));
    this.fills.push(...(child(root, 'fills')?.children.filter((c) => c.local === 'fill') ?? []));
  }

  private formatId(styleIndex: number): number {
    const xf = this.xfs[styleIndex];
    if (xf) return Number(attr(xf, 'numFmtId') ?? 0);
    const added = this.added.xfs[styleIndex - this.xfs.length];
    return added ? Number(/numFmtId="(\d+)"/.exec(added)?.[1] ?? 0) : 0;
  }

  numFmt(styleIndex: number): string | undefined {
    const id = this.formatId(styleIndex);
    return (
      this.customFormats.get(id) ??
      BUILTIN_FORMATS[id] ??
      (LOCAL_DATE_IDS.has(id) ? 'mm-dd-yy' : undefined)
    );
  }

  isDate(styleIndex: number): boolean {
    const id = this.formatId(styleIndex);
    if (LOCAL_DATE_IDS.has(id) && !this.customFormats.has(id)) return true;
    const format = this.numFmt(styleIndex);
    return format !== undefined && isDateFormat(format);
  }

  /** The cell format that is `base` with `style` laid over it: an existing one where one matches. */
  derive(base: number, style: CellStyle): number {
    let byBase = this.byStyle.get(style);
    if (!byBase) this.byStyle.set(style, (byBase = new Map()));
    const quick = byBase.get(base);
    if (quick !== undefined) return quick;
    const key = `${base}|${JSON.stringify(style)}`;
    const known = this.derived.get(key);
    if (known !== undefined) {
      byBase.set(base, known);
      return known;
    }
    const xf = this.xfXml(base);
    const p = this.prefix;
    const xfAttrs: Record<string, string | undefined> = {};
    if (style.fill) {
      xfAttrs.fillId = String(this.fillId(style.fill));
      xfAttrs.applyFill = '1';
    }
    if (style.fontColor || style.bold !== undefined || style.italic !== undefined) {
      xfAttrs.fontId = String(this.fontId(Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? 0), style));
      xfAttrs.applyFont = '1';
    }
    if (style.numFmt) {
      xfAttrs.numFmtId = String(this.numFmtId(style.numFmt));
      xfAttrs.applyNumberFormat = '1';
    }
    const open = /^<[^>]*?\/?>/.exec(xf)?.[0] ?? `<${p}xf/>`;
    const tag = setAttrs(open.replace(/\s*\/>$/, '>'), xfAttrs);
    let inner = open.endsWith('/>') ? '' : xf.slice(open.length, xf.lastIndexOf('</'));
    if (style.wrap !== undefined) {
      const alignment =
        /<([\w.-]+:)?alignment\b[^>]*?\/>|<([\w.-]+:)?alignment\b[\s\S]*?<\/([\w.-]+:)?alignment>/.exec(
          inner,
        );
      const current = alignment?.[0] ?? `<${p}alignment/>`;
      const next = setAttrs(current, { wrapText: style.wrap ? '1' : undefined });
      inner = alignment ? inner.replace(current, next) : next + inner;
      xfAttrs.applyAlignment = '1';
    }
    const finalTag = style.wrap !== undefined ? setAttrs(tag, { applyAlignment: '1' }) : tag;
    const name = /^<([^\s/>]+)/.exec(finalTag)?.[1] ?? `${p}xf`;
    const made = `${finalTag}${inner}</${name}>`;
    const index = this.findOrAdd('xfs', this.xfs, made);
    this.derived.set(key, index);
    byBase.set(base, index);
    return index;
  }

  private xfXml(index: number): string {
    const xf = this.xfs[index];
    if (xf && this.text) return this.text.slice(xf.start, xf.end);
    return this.added.xfs[index - this.xfs.length] ?? this.defaultXf();
  }

  private defaultXf(): string {
    const xf = this.xfs[0];
    if (xf && this.text) return this.text.slice(xf.start, xf.end);
    return `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }

  private findOrAdd(kind: 'xfs' | 'fonts' | 'fills', existing: XmlNode[], xml: string): number {
    const text = this.text ?? '';
    const at = existing.findIndex((n) => text.slice(n.start, n.end) === xml);
    if (at >= 0) return at;
    const added = this.added[kind];
    const again = added.indexOf(xml);
    if (again >= 0) return existing.length + again;
    added.push(xml);
    return existing.length + added.length - 1;
  }

  private fillId(color: string): number {
    const p = this.prefix;
    const xml = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    return this.findOrAdd('fills', this.fills, xml);
  }

  private fontId(base: number, style: CellStyle): number {
    const p = this.prefix;
    const node = this.fonts[base];
    const source = this.text ?? '';
    const parts: { local: string; xml: string }[] = node
      ? node.children.map((c) => ({ local: c.local, xml: source.slice(c.start, c.end) }))
      : ((
          this.added.fonts[base - this.fonts.length] ??
          `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`
        )
          .replace(/^<[^>]*>|<\/[^>]*>$/g, '')
          .match(/<([\w.-]+:)?\w+\b[^>]*?(\/>|>[\s\S]*?<\/[^>]*>)/g)
          ?.map((xml) => ({ local: /^<(?:[\w.-]+:)?(\w+)/.exec(xml)?.[1] ?? '', xml })) ?? []);
    const set = (local: string, xml: string | null) => {
      const kept = parts.filter((x) => x.local !== local);
      if (xml) kept.push({ local, xml });
      parts.splice(0, parts.length, ...kept);
    };
    if (style.bold !== undefined) set('b', style.bold ? `<${p}b/>` : null);
    if (style.italic !== undefined) set('i', style.italic ? `<${p}i/>` : null);
    if (style.fontColor) set('color', `<${p}color rgb="${argb(style.fontColor)}"/>`);
    parts.sort((a, b) => fontOrder(a.local) - fontOrder(b.local));
    const xml = `<${p}font>${parts.map((x) => x.xml).join('')}</${p}font>`;
    return this.findOrAdd('fonts', this.fonts, xml);
  }

  private numFmtId(format: string): number {
    for (const [id, code] of this.customFormats) if (code === format) return id;
    for (const [id, code] of Object.entries(BUILTIN_FORMATS))
      if (code === format) return Number(id);
    let id = 164;
    while (this.customFormats.has(id)) id++;
    this.customFormats.set(id, format);
    this.added.numFmts.push(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(format)}"/>`,
    );
    return id;
  }

  get changed(): boolean {
    const count = Object.values(this.added).reduce((sum, list) => sum + list.length, 0);
    return count > this.seeded;
  }

  /** styles.xml with what was added; a new one when the package had none. */
  render(): string {
    const p = this.prefix;
    if (!this.root || !this.text) {
      const { fonts, fills, xfs, numFmts } = this.added;
      return (
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${STYLES_NS}">` +
        (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
        `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
        `<fills count="${fills.length}">${fills.join('')}</fills>` +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        '</styleSheet>'
      );
    }
    const edit = new Splicer(this.text);
    const root = this.root;
    // Children of styleSheet in the order of CT_Stylesheet.
    const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];
    const lists: Record<string, string[]> = {
      numFmts: this.added.numFmts,
      fonts: this.added.fonts,
      fills: this.added.fills,
      cellXfs: this.added.xfs,
    };
    for (const local of ['numFmts', 'fonts', 'fills', 'cellXfs']) {
      const added = lists[local];
      if (added.length === 0) continue;
      const node = child(root, local);
      if (node) {
        const count = node.children.length + added.length;
        if (node.openEnd === node.end) {
          // <numFmts count="0"/>: replaced whole.
          edit.replace(
            node.start,
            node.end,
            `<${node.name} count="${count}">${added.join('')}</${node.name}>`,
          );
        } else {
          const tag = this.text.slice(node.start, node.openEnd);
          edit.replace(node.start, node.openEnd, setAttrs(tag, { count: String(count) }));
          insertAtEnd(edit, node, added.join(''));
        }
        continue;
      }
      const xml = `<${p}${local} count="${added.length}">${added.join('')}</${p}${local}>`;
      const later = root.children.find((c) => order.indexOf(c.local) > order.indexOf(local));
      if (later) edit.insert(later.start, xml);
      else insertAtEnd(edit, root, xml);
    }
    return edit.toString();
  }
}

const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

function fontOrder(local: string): number {
  const at = FONT_ORDER.indexOf(local);
  return at < 0 ? FONT_ORDER.length : at;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
