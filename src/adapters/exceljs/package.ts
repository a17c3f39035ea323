/**
 * Final touches to the package exceljs writes, which exceljs cannot make
 * itself. Internal hyperlinks: exceljs 4.4 writes a link to "#'Blad'!A1" as
 * a relationship to that target (and sometimes a location "#'Blad'!A1" as
 * well, which Excel joins into a target that goes nowhere); they are
 * rewritten as Excel writes them, a location alone. Timestamps: every zip
 * entry gets the given date. Compression: exceljs hands over its parts
 * uncompressed, and node's zlib deflates them, faster than exceljs's own.
 */
import { attributes, readParts, relsOf } from './parts';
import { deflatedFile, writeZip, type ZipFile } from '../xlsx/zip';

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

export async function finishPackage(bytes: Buffer, date: Date): Promise<Buffer> {
  const parts = await readParts(bytes);
  const rewritten = new Map<string, string>();
  for (const name of parts.names) {
    if (!WORKSHEET_PART.test(name)) continue;
    const relsName = relsOf(name);
    const rels = parts.text(relsName);
    const internal = rels ? internalTargets(rels) : new Map<string, string>();
    const xml = internal.size > 0 ? parts.text(name) : null;
    if (!rels || !xml) continue;
    rewritten.set(
      name,
      xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => asLocation(tag, internal)),
    );
    rewritten.set(
      relsName,
      rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => {
        const id = attributes(tag).get('Id');
        return id && internal.has(id) ? '' : tag;
      }),
    );
  }
  const files = parts.names.map((name): ZipFile => {
    const text = rewritten.get(name);
    const data = text === undefined ? parts.data(name) : Buffer.from(text, 'utf8');
    if (!data) throw new Error(`exceljs wrote an unreadable zip entry: ${name}`);
    return deflatedFile(name, data);
  });
  return writeZip(files, date);
}

/** Hyperlink relationships whose target is a place in the workbook: id → place (still XML-escaped). */
function internalTargets(rels: string): Map<string, string> {
  const internal = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const rel = attributes(tag);
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id && target?.startsWith('#') && rel.get('Type')?.endsWith('/hyperlink')) {
      internal.set(id, target.slice(1));
    }
  }
  return internal;
}

function asLocation(tag: string, internal: Map<string, string>): string {
  const link = attributes(tag);
  const place = internal.get(link.get('r:id') ?? '');
  if (place === undefined) return tag;
  link.delete('r:id');
  link.set('location', place);
  return `<hyperlink ${[...link].map(([k, v]) => `${k}="${v}"`).join(' ')}/>`;
}
