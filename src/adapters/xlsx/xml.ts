/**
 * XML for the package's small parts (workbook, relationships, content types,
 * styles, tables): a tree that remembers where each element stands in the
 * text, so that a change replaces only the characters it must and the rest
 * of the part stays as its producer wrote it. Elements are known by their
 * namespace URI and local name, never by prefix (`x:sheet` is a sheet).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlAttr {
  value: string;
  local: string;
  uri: string;
}

export interface XmlNode {
  /** Qualified name as written, e.g. "x:sheet". */
  name: string;
  local: string;
  uri: string;
  attrs: Map<string, XmlAttr>;
  /** Offsets in the text: the start tag's "<", just after its ">", the end tag's "<", just after the end. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  children: XmlNode[];
  /** The element's own character data (text and CDATA), decoded. */
  text: string;
}

export const NS = {
  main: [
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
  ],
  rel: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
} as const;

export const MAIN_NS = NS.main[0];
export const REL_NS = NS.rel[0];

/** Parses a whole part. Throws on XML that is not well-formed. */
export function parseXml(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const openEnd = parser.position;
    const node: XmlNode = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attrs: attrsOf(tag),
      start: text.lastIndexOf('<', openEnd - 1),
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      children: [],
      text: '',
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', (tag) => {
    const node = stack.pop() as XmlNode;
    node.end = parser.position;
    node.closeStart = tag.isSelfClosing ? node.end : text.lastIndexOf('<', node.end - 1);
  });
  const addText = (t: string) => {
    const node = stack[stack.length - 1];
    if (node) node.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  if (!root) throw new Error('XML without a root element');
  return root;
}

export function attrsOf(tag: SaxesTagNS): Map<string, XmlAttr> {
  const attrs = new Map<string, XmlAttr>();
  for (const [name, a] of Object.entries(tag.attributes)) {
    attrs.set(name, { value: a.value, local: a.local, uri: a.uri });
  }
  return attrs;
}

/** An attribute without a namespace (most of SpreadsheetML's). */
export function attr(node: { attrs: Map<string, XmlAttr> }, local: string): string | undefined {
  const plain = node.attrs.get(local);
  if (plain && plain.uri === '') return plain.value;
  return undefined;
}

/** The relationship id attribute (r:id, whatever the prefix). */
export function relAttr(node: { attrs: Map<string, XmlAttr> }, local = 'id'): string | undefined {
  for (const a of node.attrs.values()) {
    if (a.local === local && (NS.rel as readonly string[]).includes(a.uri)) return a.value;
  }
  return undefined;
}

export function isMain(node: XmlNode, local: string): boolean {
  return node.local === local && (NS.main as readonly string[]).includes(node.uri);
}

export function child(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local);
}

export function children(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

/** "x:" for an element written "x:sheet", "" for one without a prefix. */
export function prefixOf(node: { name: string }): string {
  const colon = node.name.indexOf(':');
  return colon < 0 ? '' : node.name.slice(0, colon + 1);
}

/** The prefix declared for a namespace on this element, with its colon; null when none. */
export function declaredPrefix(
  text: string,
  node: XmlNode,
  uris: readonly string[],
): string | null {
  const tag = text.slice(node.start, node.openEnd);
  for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const uri = m[3] ?? m[4];
    if (uris.includes(uri)) return m[1] ? `${m[1]}:` : '';
  }
  return null;
}

export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => TEXT_ESCAPES[c]);
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * OOXML's own escape for characters XML cannot hold (`_x0001_`), and for text
 * that would read as such an escape (`_x005F_` escapes the underscore).
 */
export function ooxmlEscape(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

export function ooxmlUnescape(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Replacements of character ranges in one text, applied at once. */
export class Splicer {
  private readonly edits: { start: number; end: number; text: string | string[]; order: number }[] =
    [];

  constructor(readonly source: string) {}

  replace(start: number, end: number, text: string | string[]): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  insert(at: number, text: string | string[]): void {
    this.replace(at, at, text);
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  toString(): string {
    return this.pieces().join('');
  }

  /** The result in pieces, for a large part that is better encoded piece by piece than joined. */
  pieces(): string[] {
    // At one offset, insertions go before a replacement that starts there.
    const width = (e: { start: number; end: number }) => (e.end > e.start ? 1 : 0);
    const edits = [...this.edits].sort(
      (a, b) => a.start - b.start || width(a) - width(b) || a.order - b.order,
    );
    const out: string[] = [];
    let at = 0;
    for (const e of edits) {
      if (e.start < at) throw new Error('Overlapping XML edits');
      out.push(this.source.slice(at, e.start));
      if (typeof e.text === 'string') out.push(e.text);
      else for (const piece of e.text) out.push(piece);
      at = e.end;
    }
    out.push(this.source.slice(at));
    return out;
  }
}

/** Sets (or adds) attributes in a start tag; `undefined` removes one. */
export function setAttrs(tag: string, values: Record<string, string | undefined>): string {
  let out = tag;
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (value === undefined) out = out.replace(re, '');
    else if (re.test(out)) out = out.replace(re, `$1${name}="${escapeAttr(value)}"`);
    else out = out.replace(/\s*(\/?>)$/, ` ${name}="${escapeAttr(value)}"$1`);
  }
  return out;
}

/** Decodes a part's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.toString('utf8', 3);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return bytes
      .toString('utf16le', 2)
      .replace(/(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, '$1UTF-8$2');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped
      .toString('utf16le')
      .replace(/(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, '$1UTF-8$2');
  }
  return bytes.toString('utf8');
}

/** UTF-8 bytes of text given in pieces, encoded a chunk at a time (no one huge string). */
export function encodePieces(pieces: string[]): Buffer {
  const buffers: Buffer[] = [];
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 1 << 16) {
      buffers.push(Buffer.from(chunk, 'utf8'));
      chunk = '';
    }
  }
  buffers.push(Buffer.from(chunk, 'utf8'));
  return Buffer.concat(buffers);
}
