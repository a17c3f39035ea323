/**
 * Zip files written by hand for the limit tests: a real workbook's parts,
 * deflated, plus an entry of zeros that unpacks to far more than it takes,
 * whose sizes the directory may tell truly or understate, as a zip bomb does.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Deflated bytes. */
  compressed: Buffer;
  crc: number;
  size: number;
  /** The unpacked size the headers claim, when they should lie. */
  claimedSize?: number;
}

export function deflatedPart(name: string, data: Buffer): ZipPart {
  return { name, compressed: zlib.deflateRawSync(data), crc: zlib.crc32(data), size: data.length };
}

/** `size` zero bytes, deflated a megabyte at a time so that they never stand in memory whole. */
export async function zerosPart(name: string, size: number): Promise<ZipPart> {
  const chunk = Buffer.alloc(1 << 20);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const ended = once(deflate, 'end');
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = zlib.crc32(piece, crc);
    if (!deflate.write(piece)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return { name, compressed: Buffer.concat(out), crc, size };
}

const DOS_DATE = 0x21; // 1980-01-01
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;

export function writeZip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const size = part.claimedSize ?? part.size;
    const local = header(30, 0x04034b50, 4, part, size, name.length);
    chunks.push(local, name, part.compressed);
    const record = header(46, 0x02014b50, 6, part, size, name.length);
    record.writeUInt16LE(20, 4); // made by
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += local.length + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The fields local and central headers share, from `at` (version needed) on. */
function header(
  length: number,
  signature: number,
  at: number,
  part: ZipPart,
  size: number,
  nameLength: number,
): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(FLAG_UTF8, at + 2);
  b.writeUInt16LE(DEFLATE, at + 4);
  b.writeUInt16LE(0, at + 6); // time
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(part.crc, at + 10);
  b.writeUInt32LE(part.compressed.length, at + 14);
  b.writeUInt32LE(size, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
  return b;
}
