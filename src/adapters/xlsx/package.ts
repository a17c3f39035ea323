/**
 * The .xlsx package (an OPC zip) as parts by name. A part is unpacked only
 * when it is read, each stopped at the size the zip's directory claims for
 * it; a part that is never changed is written back with its original
 * compressed bytes, so it stays byte-identical whatever it holds.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import {
  bufferSource,
  entryData,
  readDirectory,
  storedFile,
  writeZip,
  type ZipEntry,
  type ZipFile,
} from './zip';
import { decodeXml, encodePieces } from './xml';

interface Part {
  /** The name as the zip spells it. */
  name: string;
  entry?: ZipEntry;
  /** Set once the part is changed or new. */
  data?: Buffer;
}

export class Package {
  private readonly parts: Part[] = [];
  /** Lower-case name → part: OPC part names are case-insensitive. */
  private readonly byName = new Map<string, Part>();
  private readonly texts = new Map<string, string>();

  private constructor(private readonly zip: Buffer) {}

  static async open(zip: Buffer): Promise<Package> {
    const directory = await readDirectory(bufferSource(zip));
    if (!directory.ok) throw new Error(`Not a readable zip: ${directory.detail}`);
    const pkg = new Package(zip);
    for (const entry of directory.entries) pkg.add({ name: entry.name, entry });
    return pkg;
  }

  static empty(): Package {
    return new Package(Buffer.alloc(0));
  }

  private add(part: Part): void {
    const key = part.name.toLowerCase();
    if (this.byName.has(key)) return; // a duplicate entry: the first one counts, as in Excel
    this.parts.push(part);
    this.byName.set(key, part);
  }

  names(): string[] {
    return this.parts.filter((p) => !p.name.endsWith('/')).map((p) => p.name);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The name as the zip spells it (part names compare without regard to case). */
  actualName(name: string): string | null {
    return this.byName.get(name.toLowerCase())?.name ?? null;
  }

  bytes(name: string): Buffer | null {
    const part = this.byName.get(name.toLowerCase());
    if (!part) return null;
    if (part.data) return part.data;
    return part.entry ? entryData(this.zip, part.entry) : null;
  }

  /** The part as text (cached); null when it is missing or cannot be unpacked. */
  text(name: string): string | null {
    const key = name.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const bytes = this.bytes(name);
    if (!bytes) return null;
    const text = decodeXml(bytes);
    this.texts.set(key, text);
    return text;
  }

  /** Sets a part's text; a new part goes at the end. Unchanged text leaves the part as it was. */
  setText(name: string, text: string): void {
    const key = name.toLowerCase();
    const part = this.byName.get(key);
    if (part && this.texts.get(key) === text && !part.data) return;
    // Small parts are read again and again (the workbook, relationships); a large one is
    // kept only as bytes, since one status symbol makes a JavaScript string two bytes a character.
    if (text.length < 1_000_000) this.texts.set(key, text);
    else this.texts.delete(key);
    const data = Buffer.from(text, 'utf8');
    if (part) part.data = data;
    else this.add({ name, data });
  }

  /** Sets a large part from its text in pieces (a worksheet): kept as bytes only. */
  setPieces(name: string, pieces: string[]): void {
    const key = name.toLowerCase();
    const part = this.byName.get(key);
    this.texts.delete(key);
    const data = encodePieces(pieces);
    if (part) part.data = data;
    else this.add({ name, data });
  }

  delete(name: string): void {
    const key = name.toLowerCase();
    const part = this.byName.get(key);
    if (!part) return;
    this.byName.delete(key);
    this.texts.delete(key);
    this.parts.splice(this.parts.indexOf(part), 1);
  }

  /** The package as zip bytes, every entry dated `date`. */
  toZip(date: Date): Buffer {
    const files = this.parts.map((part): ZipFile => {
      if (!part.data && part.entry) {
        const kept = storedFile(this.zip, part.entry);
        if (kept) return kept;
      }
      const data = part.data ?? this.bytes(part.name) ?? Buffer.alloc(0);
      return {
        name: part.name,
        method: 8,
        crc: crc32(data),
        stored: deflateRawSync(data),
        size: data.length,
      };
    });
    return writeZip(files, date);
  }
}

/** The relationships part of a part: xl/worksheets/_rels/sheet1.xml.rels. */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: relative to the source's folder, or absolute. */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.replace(/\\/g, '/'));
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The target to write in `source`'s relationships for the part `name` (relative). */
export function relativeTarget(source: string, name: string): string {
  const from = source.split('/').slice(0, -1);
  const to = name.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
