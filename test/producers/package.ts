/**
 * The package view of an .xlsx for the corpus tests: its parts, its
 * relationships, which part is which sheet, and which parts a write plan may
 * change (issue 10: the written worksheets and their relationships, the
 * table parts it widens, styles.xml, sharedStrings.xml, calcChain.xml,
 * workbook.xml, the workbook's relationships, [Content_Types].xml,
 * docProps/app.xml and core.xml). Every other part must come out byte for
 * byte as it went in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { WritePlan } from '../../src/workbook/plan/types';
import { attr, parseXml, type XmlElement } from './xml-tree';

export type Parts = Map<string, Buffer>;

/** Every file part of the zip by name, decompressed (folders left out). */
export function readParts(file: string): Parts {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const parts: Parts = new Map();
  for (const name of Object.keys(entries).sort()) {
    if (!name.endsWith('/')) parts.set(name, Buffer.from(entries[name]));
  }
  return parts;
}

export function xmlOf(parts: Parts, name: string): XmlElement {
  const data = parts.get(name);
  if (!data) throw new Error(`the package has no part ${name}`);
  return parseXml(data.toString('utf8'));
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  const base = path.posix.basename(part);
  return dir === '.' ? `_rels/${base}.rels` : `${dir}/_rels/${base}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names, resolved against the source part (null when external). */
  part: string | null;
}

export function relationshipsOf(parts: Parts, source: string): Relationship[] {
  const relsName = relsPartOf(source);
  if (!parts.has(relsName)) return [];
  const root = xmlOf(parts, relsName);
  return root.children
    .filter((c) => c.local === 'Relationship')
    .map((r) => {
      const target = attr(r, 'Target') ?? '';
      const external = attr(r, 'TargetMode') === 'External';
      const base = path.posix.dirname(source);
      const part = external
        ? null
        : target.startsWith('/')
          ? target.slice(1)
          : path.posix.normalize(path.posix.join(base === '.' ? '' : base, target));
      return { id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target, external, part };
    });
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The workbook part, as the package's relationships name it. */
export function workbookPart(parts: Parts): string {
  const rel = relationshipsOf(parts, '').find((r) => OFFICE_DOCUMENT.test(r.type));
  if (!rel?.part) throw new Error('the package names no workbook part');
  return rel.part;
}

/** Sheet name → its part, in workbook order. */
export function sheetParts(parts: Parts): Map<string, string> {
  const wbPart = workbookPart(parts);
  const rels = new Map(relationshipsOf(parts, wbPart).map((r) => [r.id, r.part]));
  const root = xmlOf(parts, wbPart);
  const out = new Map<string, string>();
  const sheets = root.children.find((c) => c.local === 'sheets');
  for (const sheet of sheets?.children ?? []) {
    const rid = Object.entries(sheet.attrsNS).find(
      ([k]) => k.endsWith('|id') && !k.startsWith('|'),
    );
    const part = rid ? rels.get(rid[1]) : null;
    if (part) out.set(attr(sheet, 'name') ?? '', part);
  }
  return out;
}

/** The sheets a plan writes into: cells, styles, links, widths, cleared ranges, tables, charts, marks. */
export function sheetsWritten(plan: WritePlan): Set<string> {
  const names = new Set<string>();
  for (const list of [
    plan.values,
    plan.styles,
    plan.links,
    plan.columnWidths,
    plan.clear,
    plan.tables,
    plan.charts ?? [],
  ]) {
    for (const item of list) names.add(item.sheet);
  }
  for (const sheet of plan.sheets) {
    names.add(sheet.name);
    if (sheet.replaces) names.add(sheet.replaces);
  }
  return names;
}

/** The input's parts that the plan may change; all others must stay byte-identical. */
export function partsAllowedToChange(input: Parts, plan: WritePlan): Set<string> {
  const wbPart = workbookPart(input);
  const allowed = new Set<string>([
    '[Content_Types].xml',
    'docProps/app.xml',
    'docProps/core.xml',
    wbPart,
    relsPartOf(wbPart),
  ]);
  for (const rel of relationshipsOf(input, wbPart)) {
    if (rel.part && /\/(styles|sharedStrings|calcChain)$/.test(rel.type)) allowed.add(rel.part);
  }
  const bySheet = sheetParts(input);
  const widened = new Set(plan.tables.map((t) => `${t.sheet}\u0000${t.table}`));
  for (const sheet of sheetsWritten(plan)) {
    const part = bySheet.get(sheet);
    if (!part) continue; // a new sheet: no input part to keep
    allowed.add(part);
    allowed.add(relsPartOf(part));
    for (const rel of relationshipsOf(input, part)) {
      if (!rel.part || !/\/table$/.test(rel.type) || !input.has(rel.part)) continue;
      const table = xmlOf(input, rel.part);
      const name = attr(table, 'displayName') ?? attr(table, 'name');
      if (widened.has(`${sheet}\u0000${name}`)) allowed.add(rel.part);
    }
  }
  return allowed;
}

/** The calculation chain may be dropped (Excel rebuilds it); nothing else may. */
export function mayBeRemoved(input: Parts, part: string): boolean {
  const wbPart = workbookPart(input);
  return relationshipsOf(input, wbPart).some((r) => r.part === part && /\/calcChain$/.test(r.type));
}

/** [Content_Types].xml as "Default ext" / "Override /part" → content type. */
export function contentTypes(parts: Parts): Map<string, string> {
  const root = xmlOf(parts, '[Content_Types].xml');
  const out = new Map<string, string>();
  for (const el of root.children) {
    const type = attr(el, 'ContentType') ?? '';
    if (el.local === 'Default') out.set(`Default ${attr(el, 'Extension')?.toLowerCase()}`, type);
    if (el.local === 'Override') out.set(`Override ${attr(el, 'PartName')}`, type);
  }
  return out;
}
