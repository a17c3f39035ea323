/** Relationships parts and [Content_Types].xml: reading them and adding or dropping entries. */
import { relsOf, resolveTarget, type Package } from './package';
import { attr, escapeAttr, parseXml, prefixOf, Splicer, type XmlNode } from './xml';

export const REL_TYPE = {
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  coreProperties:
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
};

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

/** The last path segment of a relationship type, which is the same in transitional and strict OOXML. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export interface Rel {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The part it points at (for internal targets). */
  part: string;
  external: boolean;
  node: XmlNode;
}

export function readRels(pkg: Package, source: string): Rel[] {
  const name = source === '' ? '_rels/.rels' : relsOf(source);
  const text = pkg.text(name);
  if (!text) return [];
  const root = parseXml(text);
  return root.children
    .filter((c) => c.local === 'Relationship')
    .map((node) => {
      const target = attr(node, 'Target') ?? '';
      const external = attr(node, 'TargetMode') === 'External';
      return {
        id: attr(node, 'Id') ?? '',
        type: attr(node, 'Type') ?? '',
        target,
        part: external ? '' : resolveTarget(source, target),
        external,
        node,
      };
    });
}

/** A free relationship id: rId1, rId2 … the first one not taken. */
export function freeRelId(rels: { id: string }[], taken: Set<string> = new Set()): string {
  const ids = new Set([...rels.map((r) => r.id), ...taken]);
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds relationships to a part's relationships (creating the part when missing). */
export function addRels(
  pkg: Package,
  source: string,
  added: { id: string; type: string; target: string }[],
): void {
  if (added.length === 0) return;
  const name = relsOf(source);
  const lines = (prefix: string) =>
    added
      .map(
        (r) =>
          `<${prefix}Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`,
      )
      .join('');
  const text = pkg.text(name);
  if (!text) {
    pkg.setText(
      name,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${lines('')}</Relationships>`,
    );
    return;
  }
  const root = parseXml(text);
  const edit = new Splicer(text);
  insertAtEnd(edit, root, lines(prefixOf(root)));
  pkg.setText(name, edit.toString());
}

export function removeRels(pkg: Package, source: string, ids: Set<string>): void {
  const name = relsOf(source);
  const text = pkg.text(name);
  if (!text || ids.size === 0) return;
  const root = parseXml(text);
  const edit = new Splicer(text);
  for (const node of root.children) {
    if (node.local === 'Relationship' && ids.has(attr(node, 'Id') ?? '')) {
      edit.replace(node.start, node.end, '');
    }
  }
  pkg.setText(name, edit.toString());
}

/** Inserts children before an element's end tag, opening a self-closing element when needed. */
export function insertAtEnd(edit: Splicer, node: XmlNode, xml: string): void {
  if (node.closeStart === node.end && node.openEnd === node.end) {
    const tag = edit.source.slice(node.start, node.openEnd).replace(/\s*\/>$/, '>');
    edit.replace(node.start, node.end, `${tag}${xml}</${node.name}>`);
  } else {
    edit.insert(node.closeStart, xml);
  }
}

/** Content type overrides: adds those of new parts and drops those of deleted ones. */
export function updateContentTypes(
  pkg: Package,
  added: { part: string; type: string }[],
  removed: string[],
): void {
  const name = '[Content_Types].xml';
  const text = pkg.text(name);
  if (!text || (added.length === 0 && removed.length === 0)) return;
  const root = parseXml(text);
  const edit = new Splicer(text);
  const gone = new Set(removed.map((p) => `/${p}`.toLowerCase()));
  const present = new Set<string>();
  for (const node of root.children) {
    if (node.local !== 'Override') continue;
    const part = (attr(node, 'PartName') ?? '').toLowerCase();
    if (gone.has(part)) edit.replace(node.start, node.end, '');
    else present.add(part);
  }
  const prefix = prefixOf(root);
  const xml = added
    .filter((a) => !present.has(`/${a.part}`.toLowerCase()))
    .map((a) => `<${prefix}Override PartName="/${escapeAttr(a.part)}" ContentType="${a.type}"/>`)
    .join('');
  if (xml) insertAtEnd(edit, root, xml);
  pkg.setText(name, edit.toString());
}
