/**
 * Just enough of the zip format (PKWARE APPNOTE) to look inside an .xlsx
 * without unpacking it: the central directory (names and sizes), one entry's
 * data, and writing a zip again. Hand-written on node:fs and node:zlib so
 * that a zip bomb is judged by its directory and never inflated.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const END_SIG = 0x06054b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_SIG = 0x06064b50;
const ZIP64_END_SIZE = 56;
const CENTRAL_SIG = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIG = 0x04034b50;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const FLAG_UTF8 = 0x0800;

export interface ZipEntry {
  name: string;
  /** General purpose bit flags; bit 0 means the entry is encrypted. */
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'not_zip' | 'truncated' | 'corrupt'; detail: string };

/** Random access to the bytes of a file or a buffer. */
export interface ByteSource {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferSource(buffer: Buffer): ByteSource {
  return {
    size: buffer.length,
    read: async (position, length) => buffer.subarray(position, position + length),
  };
}

class Corrupt extends Error {}

interface EndRecord {
  /** Where the end record (or its zip64 form) starts: the directory ends before it. */
  position: number;
  count: number;
  directoryOffset: number;
  directorySize: number;
}

export async function readDirectory(source: ByteSource): Promise<ZipDirectory> {
  try {
    const end = await findEnd(source);
    if (!end) {
      const head = await source.read(0, Math.min(4, source.size));
      const looksLikeZip = head.length === 4 && head.readUInt32LE(0) === LOCAL_SIG;
      return looksLikeZip
        ? { ok: false, problem: 'truncated', detail: 'zip-arkivets innehållsförteckning saknas' }
        : { ok: false, problem: 'not_zip', detail: 'inget zip-arkiv' };
    }
    const { directoryOffset, directorySize } = end;
    if (directoryOffset + directorySize > end.position) {
      throw new Corrupt('innehållsförteckningen pekar utanför filen');
    }
    const directory = await source.read(directoryOffset, directorySize);
    return { ok: true, entries: parseEntries(directory, end.count) };
  } catch (error) {
    if (error instanceof Corrupt) return { ok: false, problem: 'corrupt', detail: error.message };
    throw error;
  }
}

async function findEnd(source: ByteSource): Promise<EndRecord | null> {
  const tailLength = Math.min(source.size, END_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  for (let i = tailLength - END_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== END_SIG) continue;
    if (i + END_SIZE + tail.readUInt16LE(i + 20) > tailLength) continue; // a signature inside data
    return endRecord(source, tail.subarray(i), tailStart + i);
  }
  return null;
}

async function endRecord(source: ByteSource, rec: Buffer, position: number): Promise<EndRecord> {
  if (rec.readUInt16LE(4) !== 0 || rec.readUInt16LE(6) !== 0) {
    throw new Corrupt('zip-arkivet är delat på flera filer');
  }
  const count = rec.readUInt16LE(10);
  const directorySize = rec.readUInt32LE(12);
  const directoryOffset = rec.readUInt32LE(16);
  if (count !== U16_MAX && directorySize !== U32_MAX && directoryOffset !== U32_MAX) {
    return { position, count, directoryOffset, directorySize };
  }
  return zip64EndRecord(source, position);
}

async function zip64EndRecord(source: ByteSource, endPosition: number): Promise<EndRecord> {
  const locatorAt = endPosition - ZIP64_LOCATOR_SIZE;
  if (locatorAt < 0) throw new Corrupt('zip64-posten saknas');
  const locator = await source.read(locatorAt, ZIP64_LOCATOR_SIZE);
  if (locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIG) throw new Corrupt('zip64-posten saknas');
  const position = Number(locator.readBigUInt64LE(8));
  if (position + ZIP64_END_SIZE > locatorAt) throw new Corrupt('zip64-posten pekar fel');
  const rec = await source.read(position, ZIP64_END_SIZE);
  if (rec.readUInt32LE(0) !== ZIP64_END_SIG) throw new Corrupt('zip64-posten är skadad');
  return {
    position,
    count: Number(rec.readBigUInt64LE(32)),
    directorySize: Number(rec.readBigUInt64LE(40)),
    directoryOffset: Number(rec.readBigUInt64LE(48)),
  };
}

function parseEntries(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + CENTRAL_SIZE > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIG) {
      throw new Corrupt('innehållsförteckningen är avkortad eller skadad');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directory.length) throw new Corrupt('innehållsförteckningen är avkortad');
    entries.push(parseEntry(directory, at, nameLength, extraLength));
    at = next;
  }
  return entries;
}

function parseEntry(dir: Buffer, at: number, nameLength: number, extraLength: number): ZipEntry {
  const flags = dir.readUInt16LE(at + 8);
  const nameBytes = dir.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const extra = dir.subarray(
    at + CENTRAL_SIZE + nameLength,
    at + CENTRAL_SIZE + nameLength + extraLength,
  );
  // Zip64 values follow in this order, each present only where the 32-bit field is full.
  const wide = zip64Values(extra);
  const pick = (value: number) => (value === U32_MAX ? (wide.shift() ?? value) : value);
  const uncompressedSize = pick(dir.readUInt32LE(at + 24));
  const compressedSize = pick(dir.readUInt32LE(at + 20));
  const localOffset = pick(dir.readUInt32LE(at + 42));
  return {
    name: nameBytes.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1'),
    flags,
    method: dir.readUInt16LE(at + 10),
    crc: dir.readUInt32LE(at + 16),
    compressedSize,
    uncompressedSize,
    localOffset,
  };
}

function zip64Values(extra: Buffer): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= Math.min(at + 4 + size, extra.length); v += 8) {
        values.push(Number(extra.readBigUInt64LE(v)));
      }
      return values;
    }
    at += 4 + size;
  }
  return [];
}

export interface ZipFile {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** The data as stored in the zip (compressed when method is 8). */
  stored: Buffer;
  size: number;
}

/** A file to put in a zip, deflated. */
export function deflatedFile(name: string, data: Buffer): ZipFile {
  return { name, method: 8, crc: crc32(data), stored: deflateRawSync(data), size: data.length };
}

/**
 * An entry of a zip in memory, as it is stored there (still compressed): how
 * an untouched part is copied into the output byte for byte. Null where the
 * local header or the data lie outside the file.
 */
export function storedFile(zip: Buffer, entry: ZipEntry): ZipFile | null {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > zip.length || zip.readUInt32LE(at) !== LOCAL_SIG) return null;
  const start = at + LOCAL_SIZE + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) return null;
  return {
    name: entry.name,
    method: entry.method,
    crc: entry.crc,
    stored: zip.subarray(start, start + entry.compressedSize),
    size: entry.uncompressedSize,
  };
}

/** The unpacked data of one entry of a zip held in memory, or null when it cannot be read. */
export function entryData(zip: Buffer, entry: ZipEntry): Buffer | null {
  const file = storedFile(zip, entry);
  if (!file) return null;
  if (file.method === 0) return file.stored;
  // An empty part may be stored as deflate with no data at all (a 0-byte thumbnail).
  if (file.size === 0 && file.method === 8) return Buffer.alloc(0);
  if (file.method !== 8) return null;
  try {
    // The limit keeps a directory that lies about sizes from inflating without end.
    return inflateRawSync(file.stored, { maxOutputLength: Math.max(file.size, 1) });
  } catch {
    return null;
  }
}

/** A zip of the files, every entry dated `date` (midnight UTC when it is a day). */
export function writeZip(files: ZipFile[], date: Date): Buffer {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day =
    ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(LOCAL_SIG, 0);
    writeCommon(local, 4, file, name.length, time, day);
    const record = Buffer.alloc(CENTRAL_SIZE);
    record.writeUInt32LE(CENTRAL_SIG, 0);
    record.writeUInt16LE(20, 4); // made by: version 2.0
    writeCommon(record, 6, file, name.length, time, day);
    record.writeUInt32LE(offset, 42);
    parts.push(local, name, file.stored);
    central.push(record, name);
    offset += LOCAL_SIZE + name.length + file.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END_SIG, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The fields that local header and central record share, from "version needed" on. */
function writeCommon(
  header: Buffer,
  at: number,
  file: ZipFile,
  nameLength: number,
  time: number,
  day: number,
): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(FLAG_UTF8, at + 2);
  header.writeUInt16LE(file.method, at + 4);
  header.writeUInt16LE(time, at + 6);
  header.writeUInt16LE(day, at + 8);
  header.writeUInt32LE(file.crc, at + 10);
  header.writeUInt32LE(file.stored.length, at + 14);
  header.writeUInt32LE(file.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}
