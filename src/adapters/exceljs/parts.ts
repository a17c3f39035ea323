/** The parts (files) of an .xlsx held in memory, by name. */
import { bufferSource, entryData, readDirectory, type ZipEntry } from '../xlsx/zip';

export interface Parts {
  /** Part names in the zip's order. */
  names: string[];
  /** The part's bytes; null when it is missing or unreadable. */
  data(name: string): Buffer | null;
  /** The part as UTF-8 text; null when it is missing or unreadable. */
  text(name: string): string | null;
}

export async function readParts(zip: Buffer): Promise<Parts> {
  const directory = await readDirectory(bufferSource(zip));
  if (!directory.ok) throw new Error(`Not a readable zip: ${directory.detail}`);
  const byName = new Map<string, ZipEntry>(directory.entries.map((e) => [e.name, e]));
  const data = (name: string) => {
    const entry = byName.get(name);
    return entry ? entryData(zip, entry) : null;
  };
  return {
    names: directory.entries.map((e) => e.name),
    data,
    text: (name) => data(name)?.toString('utf8') ?? null,
  };
}

/** The relationships part that belongs to a part: xl/worksheets/_rels/sheet1.xml.rels. */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The attributes of one XML start tag, values as written (still XML-escaped). */
export function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

export function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => XML_ENTITIES[e]);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
