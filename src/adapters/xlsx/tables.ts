/**
 * Table parts (xl/tables/tableN.xml): reading a table, and widening or
 * narrowing it by columns. Only the table's ref, its autoFilter's ref and its
 * column list change; the rest of the part (style, totals, filters) stays.
 */
import { parseRange, rangeA1 } from '../../workbook/address';
import type { TableData } from '../../workbook/snapshot';
import { insertAtEnd } from './rels';
import {
  attr,
  child,
  escapeAttr,
  ooxmlUnescape,
  parseXml,
  prefixOf,
  setAttrs,
  Splicer,
} from './xml';

export function readTable(text: string): TableData | null {
  const root = parseXml(text);
  const range = parseRange(attr(root, 'ref') ?? '');
  const name = attr(root, 'displayName') ?? attr(root, 'name');
  if (!range || !name) return null;
  const columns = (child(root, 'tableColumns')?.children ?? [])
    .filter((c) => c.local === 'tableColumn')
    .map((c) => ooxmlUnescape(attr(c, 'name') ?? ''));
  return {
    name,
    range,
    columns,
    headerRow: attr(root, 'headerRowCount') !== '0',
    totalsRow: Number(attr(root, 'totalsRowCount') ?? 0) > 0,
  };
}

/** The table part with columns added at the right, up to column `right`. */
export function widenTablePart(text: string, right: number, headers: string[]): string {
  const root = parseXml(text);
  const edit = new Splicer(text);
  const columns = child(root, 'tableColumns');
  if (!columns) throw new Error('A table part without tableColumns');
  const ids = columns.children.map((c) => Number(attr(c, 'id') ?? 0));
  let next = Math.max(0, ...ids) + 1;
  const p = prefixOf(columns);
  const added = headers
    .map((h) => `<${p}tableColumn id="${next++}" name="${escapeAttr(h)}"/>`)
    .join('');
  const count = columns.children.length + headers.length;
  setRefs(edit, root, right);
  if (columns.openEnd === columns.end) {
    edit.replace(
      columns.start,
      columns.end,
      `<${columns.name} count="${count}">${added}</${columns.name}>`,
    );
  } else {
    const tag = text.slice(columns.start, columns.openEnd);
    edit.replace(columns.start, columns.openEnd, setAttrs(tag, { count: String(count) }));
    insertAtEnd(edit, columns, added);
  }
  return edit.toString();
}

/** The table part without the named columns (which the sheet's cells also lose). */
export function narrowTablePart(text: string, doomed: Set<string>, right: number): string {
  const root = parseXml(text);
  const edit = new Splicer(text);
  const columns = child(root, 'tableColumns');
  if (!columns) return text;
  const kept = columns.children.filter((c) => !doomed.has(ooxmlUnescape(attr(c, 'name') ?? '')));
  for (const c of columns.children) if (!kept.includes(c)) edit.replace(c.start, c.end, '');
  const tag = text.slice(columns.start, columns.openEnd);
  edit.replace(columns.start, columns.openEnd, setAttrs(tag, { count: String(kept.length) }));
  setRefs(edit, root, right);
  // Filters on columns that are gone go with them.
  const filter = child(root, 'autoFilter');
  for (const f of filter?.children ?? []) {
    if (f.local === 'filterColumn' && Number(attr(f, 'colId')) >= kept.length) {
      edit.replace(f.start, f.end, '');
    }
  }
  return edit.toString();
}

function setRefs(edit: Splicer, root: ReturnType<typeof parseXml>, right: number): void {
  const text = edit.source;
  const range = parseRange(attr(root, 'ref') ?? '');
  if (range) {
    edit.replace(
      root.start,
      root.openEnd,
      setAttrs(text.slice(root.start, root.openEnd), { ref: rangeA1({ ...range, right }) }),
    );
  }
  for (const local of ['autoFilter', 'sortState']) {
    const node = child(root, local);
    const ref = node && parseRange(attr(node, 'ref') ?? '');
    if (node && ref) {
      const tag = text.slice(node.start, node.openEnd);
      edit.replace(
        node.start,
        node.openEnd,
        setAttrs(tag, { ref: rangeA1({ ...ref, right: Math.max(ref.left, right) }) }),
      );
    }
  }
}
