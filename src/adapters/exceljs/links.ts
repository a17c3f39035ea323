/**
 * Internal hyperlinks (to a place in the workbook), which Excel writes as a
 * location without a relationship, are dropped by exceljs 4.4 when it reads
 * a file. They are read from the sheet parts and put back as exceljs links to
 * "#place", which finishPackage() writes the way Excel does again.
 */
import { ValueType, type Workbook } from 'exceljs';
import { attributes, unescapeXml, type Parts } from './parts';

export function restoreInternalLinks(wb: Workbook, parts: Parts): void {
  for (const [sheet, part] of sheetParts(parts)) {
    const ws = wb.getWorksheet(sheet);
    const links = ws && hyperlinksOf(parts.data(part));
    if (!ws || !links) continue;
    for (const [tag] of links.matchAll(/<hyperlink\b[^>]*>/g)) {
      const link = attributes(tag);
      const location = link.get('location');
      const ref = link.get('ref');
      if (link.has('r:id') || !location || !ref) continue;
      const cell = ws.getCell(ref.split(':')[0]);
      // exceljs keeps a link only with text: on a number or a formula it would turn them into text.
      if (cell.type !== ValueType.String) continue;
      cell.value = { text: cell.value as string, hyperlink: `#${unescapeXml(location)}` };
    }
  }
}

/** The <hyperlinks> element of a sheet part, found in the bytes: the part can be large. */
function hyperlinksOf(xml: Buffer | null): string | null {
  const start = xml?.indexOf('<hyperlinks>') ?? -1;
  if (!xml || start < 0) return null;
  return xml.toString('utf8', start, xml.indexOf('</hyperlinks>', start));
}

/** Sheet name → its part, from the workbook part and its relationships. */
export function sheetParts(parts: Parts): [string, string][] {
  const book = parts.text('xl/workbook.xml');
  const rels = parts.text('xl/_rels/workbook.xml.rels');
  if (!book || !rels) return [];
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const rel = attributes(tag);
    const target = rel.get('Target');
    if (target)
      targets.set(rel.get('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: [string, string][] = [];
  for (const [tag] of book.matchAll(/<sheet\b[^>]*>/g)) {
    const sheet = attributes(tag);
    const name = sheet.get('name');
    const part = targets.get(sheet.get('r:id') ?? '');
    if (name && part) sheets.push([unescapeXml(name), part]);
  }
  return sheets;
}
