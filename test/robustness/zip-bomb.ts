/**
 * Zip files for the limit tests: a real workbook's parts plus an entry of
 * zeros that unpacks to far more than it takes. The adapter's own writer
 * (src/adapters/xlsx/zip.ts) writes them; a file whose `size` understates
 * its data is how a lying zip bomb's directory looks.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';
import { deflatedFile, writeZip as writeZipFiles, type ZipFile } from '../../src/adapters/xlsx/zip';

export type ZipPart = ZipFile;

export const deflatedPart = deflatedFile;

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
  return { name, method: 8, crc, stored: Buffer.concat(out), size };
}

/** Dated 1980-01-01, like the parts exceljs itself leaves undated. */
export function writeZip(parts: ZipPart[]): Buffer {
  return writeZipFiles(parts, new Date(Date.UTC(1980, 0, 1)));
}
