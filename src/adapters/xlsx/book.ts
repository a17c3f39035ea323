/** The workbook part: where it is, its sheets (in tab order) with their parts, its names, its date system. */
import type { Package } from './package';
import { readRels, relKind, type Rel } from './rels';
import { attr, child, children, parseXml, relAttr, type XmlNode } from './xml';

export interface BookSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part as the zip spells it; null when the relationship leads nowhere. */
  part: string | null;
  /** worksheet, chartsheet, dialogsheet, xlMacrosheet …: only worksheets hold cells to read. */
  kind: string;
  node: XmlNode;
}

export interface BookName {
  name: string;
  localSheetId: number | null;
  text: string;
  node: XmlNode;
}

export interface Book {
  part: string;
  text: string;
  root: XmlNode;
  rels: Rel[];
  sheets: BookSheet[];
  names: BookName[];
  date1904: boolean;
}

export function workbookPart(pkg: Package): string {
  const office = readRels(pkg, '').find((r) => relKind(r.type) === 'officeDocument');
  const part = office && pkg.actualName(office.part);
  return part ?? pkg.actualName('xl/workbook.xml') ?? 'xl/workbook.xml';
}

export function readBook(pkg: Package): Book {
  const part = workbookPart(pkg);
  const text = pkg.text(part);
  if (text === null) throw new Error(`The workbook part ${part} is missing`);
  const root = parseXml(text);
  const rels = readRels(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = children(child(root, 'sheets') ?? root, 'sheet').map((node): BookSheet => {
    const relId = relAttr(node) ?? '';
    const rel = byId.get(relId);
    return {
      name: attr(node, 'name') ?? '',
      sheetId: Number(attr(node, 'sheetId') ?? 0),
      relId,
      part: rel && !rel.external ? pkg.actualName(rel.part) : null,
      kind: rel ? relKind(rel.type) : '',
      node,
    };
  });
  const names = children(child(root, 'definedNames') ?? root, 'definedName').map(
    (node): BookName => {
      const local = attr(node, 'localSheetId');
      return {
        name: attr(node, 'name') ?? '',
        localSheetId: local === undefined ? null : Number(local),
        text: node.text,
        node,
      };
    },
  );
  const pr = child(root, 'workbookPr');
  const date1904 = pr ? isTrue(attr(pr, 'date1904')) : false;
  return { part, text, root, rels, sheets, names, date1904 };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}
