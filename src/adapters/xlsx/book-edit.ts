/**
 * Changes to the workbook part and the package around it: sheets added,
 * renamed and deleted (with their relationships and content types), the
 * ownership marks among the defined names, calcChain.xml dropped. Each
 * change re-reads the small workbook part and replaces only what it must.
 */
import { absoluteRef, parseSheetRef, quoteSheet } from '../../workbook/address';
import { isMark } from '../../workbook/ownership';
import type { DefinedName } from '../../workbook/snapshot';
import { readBook, type Book } from './book';
import { relativeTarget, relsOf, type Package } from './package';
import {
  addRels,
  CONTENT_TYPE,
  freeRelId,
  insertAtEnd,
  readRels,
  REL_TYPE,
  relKind,
  removeRels,
  updateContentTypes,
} from './rels';
import {
  attr,
  child,
  declaredPrefix,
  escapeAttr,
  escapeText,
  NS,
  prefixOf,
  setAttrs,
  Splicer,
} from './xml';

/** Adds a worksheet after the existing sheets; returns its part name. */
export function addSheet(pkg: Package, name: string, xml: string): string {
  const book = readBook(pkg);
  const folder = book.part.slice(0, book.part.lastIndexOf('/') + 1);
  let n = 1;
  while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  pkg.setText(part, xml);
  const relId = freeRelId(book.rels);
  addRels(pkg, book.part, [
    { id: relId, type: REL_TYPE.worksheet, target: relativeTarget(book.part, part) },
  ]);
  updateContentTypes(pkg, [{ part, type: CONTENT_TYPE.worksheet }], []);
  const sheetId = Math.max(0, ...book.sheets.map((s) => s.sheetId)) + 1;
  const edit = new Splicer(book.text);
  const sheets = child(book.root, 'sheets');
  const p = sheets ? prefixOf(sheets) : prefixOf(book.root);
  const rel = declaredPrefix(book.text, book.root, NS.rel);
  const relName = rel === null ? 'r:id' : `${rel}id`;
  const declare = rel === null ? ` xmlns:r="${NS.rel[0]}"` : '';
  const tag = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${relName}="${relId}"${declare}/>`;
  if (sheets) insertAtEnd(edit, sheets, tag);
  else throw new Error('The workbook part has no sheets element');
  pkg.setText(book.part, edit.toString());
  return part;
}

export function renameSheet(pkg: Package, from: string, to: string): void {
  if (from === to) return;
  const book = readBook(pkg);
  const sheet = book.sheets.find((s) => s.name === from);
  if (!sheet) return;
  const edit = new Splicer(book.text);
  edit.replace(
    sheet.node.start,
    sheet.node.openEnd,
    setAttrs(book.text.slice(sheet.node.start, sheet.node.openEnd), { name: to }),
  );
  // Names that point at the sheet follow it, as in Excel.
  const pattern = new RegExp(
    `(^|[^\\w'])(${escapeRegExp(quoteSheet(from))}|${escapeRegExp(from)})!`,
    'g',
  );
  for (const n of book.names) {
    const renamed = n.text.replace(pattern, (_, before: string) => `${before}${quoteSheet(to)}!`);
    if (renamed !== n.text) edit.replace(n.node.openEnd, n.node.closeStart, escapeText(renamed));
  }
  pkg.setText(book.part, edit.toString());
}

/**
 * Deletes a sheet: its entry, relationship, part and the parts only it used;
 * the names that belong to it or point at it; and keeps the views on a sheet
 * that still exists.
 */
export function deleteSheet(pkg: Package, name: string): void {
  const book = readBook(pkg);
  const position = book.sheets.findIndex((s) => s.name === name);
  if (position < 0) return;
  const sheet = book.sheets[position];
  const edit = new Splicer(book.text);
  edit.replace(sheet.node.start, sheet.node.end, '');
  const names = child(book.root, 'definedNames');
  const gone = (n: (typeof book.names)[number]) =>
    n.localSheetId === position || parseSheetRef(n.text)?.sheet === name;
  const emptied = names !== undefined && book.names.length > 0 && book.names.every(gone);
  if (names && emptied) edit.replace(names.start, names.end, '');
  for (const n of book.names) {
    if (gone(n)) {
      if (!emptied) edit.replace(n.node.start, n.node.end, '');
    } else if (n.localSheetId !== null && n.localSheetId > position) {
      const tag = book.text.slice(n.node.start, n.node.openEnd);
      edit.replace(
        n.node.start,
        n.node.openEnd,
        setAttrs(tag, { localSheetId: String(n.localSheetId - 1) }),
      );
    }
  }

  const last = book.sheets.length - 2;
  for (const view of child(book.root, 'bookViews')?.children ?? []) {
    const values: Record<string, string | undefined> = {};
    for (const key of ['activeTab', 'firstSheet']) {
      const at = Number(attr(view, key) ?? 0);
      if (at > position) values[key] = String(at - 1);
      else if (at > last) values[key] = String(Math.max(0, last));
    }
    if (Object.keys(values).length > 0) {
      edit.replace(
        view.start,
        view.openEnd,
        setAttrs(book.text.slice(view.start, view.openEnd), values),
      );
    }
  }
  pkg.setText(book.part, edit.toString());
  removeRels(pkg, book.part, new Set([sheet.relId]));
  if (sheet.part) deletePartTree(pkg, sheet.part);
}

/** Deletes a part with its relationships and the parts that nothing else points at. */
export function deletePartTree(pkg: Package, part: string): void {
  const gone: string[] = [];
  const visit = (name: string) => {
    const rels = readRels(pkg, name);
    pkg.delete(name);
    pkg.delete(relsOf(name));
    gone.push(name);
    for (const rel of rels) {
      if (rel.external || !pkg.has(rel.part)) continue;
      if (!referencedElsewhere(pkg, rel.part)) visit(pkg.actualName(rel.part) ?? rel.part);
    }
  };
  visit(part);
  updateContentTypes(pkg, [], gone);
}

/** Whether any relationships part still points at the part. */
export function referencedElsewhere(pkg: Package, part: string): boolean {
  const key = part.toLowerCase();
  for (const name of pkg.names()) {
    if (!name.toLowerCase().endsWith('.rels')) continue;
    const source = sourceOf(name);
    if (readRels(pkg, source).some((r) => !r.external && r.part.toLowerCase() === key)) return true;
  }
  return false;
}

/** xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml ("" for the package's own). */
function sourceOf(relsName: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsName);
  return m ? `${m[1]}${m[2]}` : '';
}

/** Deletes every ownership mark and adds `marks` after the other names. */
export function replaceMarks(pkg: Package, marks: DefinedName[]): void {
  editNames(pkg, (n) => isMark(n), marks);
}

export function deleteNames(pkg: Package, doomed: string[]): void {
  const set = new Set(doomed.map((n) => n.toLowerCase()));
  editNames(pkg, (n) => set.has(n.toLowerCase()), []);
}

function editNames(pkg: Package, drop: (name: string) => boolean, added: DefinedName[]): void {
  const book = readBook(pkg);
  const doomed = book.names.filter((n) => n.localSheetId === null && drop(n.name));
  if (doomed.length === 0 && added.length === 0) return;
  const edit = new Splicer(book.text);
  const names = child(book.root, 'definedNames');
  const p = names ? prefixOf(names) : prefixOf(book.root);
  const xml = added
    .map(
      (n) =>
        `<${p}definedName name="${escapeAttr(n.name)}">${escapeText(absoluteRef(n.sheet, n.range))}</${p}definedName>`,
    )
    .join('');
  // An empty definedNames element is not valid: it goes when its last name goes.
  const emptied = names && !xml && doomed.length === names.children.length;
  if (emptied) edit.replace(names.start, names.end, '');
  else for (const n of doomed) edit.replace(n.node.start, n.node.end, '');
  if (names) {
    if (xml) insertAtEnd(edit, names, xml);
  } else if (xml) {
    insertDefinedNames(edit, book, `<${p}definedNames>${xml}</${p}definedNames>`);
  }
  pkg.setText(book.part, edit.toString());
}

/** CT_Workbook's children after definedNames: a new definedNames goes before the first of them. */
const AFTER_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

function insertDefinedNames(edit: Splicer, book: Book, xml: string): void {
  const later = book.root.children.find((c) => AFTER_NAMES.includes(c.local));
  if (later) edit.insert(later.start, xml);
  else insertAtEnd(edit, book.root, xml);
}

/** Drops calcChain.xml: Excel rebuilds it, and one that names a cell without a formula makes it repair the file. */
export function removeCalcChain(pkg: Package): void {
  const book = readBook(pkg);
  const rel = book.rels.find((r) => relKind(r.type) === 'calcChain');
  if (!rel) return;
  removeRels(pkg, book.part, new Set([rel.id]));
  pkg.delete(rel.part);
  updateContentTypes(pkg, [], [pkg.actualName(rel.part) ?? rel.part]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
