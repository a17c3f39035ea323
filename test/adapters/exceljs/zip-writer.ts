/**
 * A minimal zip writer for test files (entries stored, not compressed), able
 * to claim sizes that the data does not have, as a zip bomb's directory does.
 */
import zlib from 'node:zlib';
import { bufferSource, entryData, readDirectory } from '../../../src/adapters/xlsx/zip';

export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** The uncompressed size written in the central directory, when it should lie. */
  claimedSize?: number;
  /** Write the claimed size as a zip64 extra field. */
  zip64?: boolean;
}

export function buildZip(inputs: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, 'utf8');
    const name = Buffer.from(input.name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    centrals.push(centralRecord(input, name, data.length, crc, offset));
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function centralRecord(
  input: ZipInput,
  name: Buffer,
  size: number,
  crc: number,
  offset: number,
): Buffer {
  const extra = Buffer.alloc(input.zip64 ? 12 : 0);
  const claimed = input.claimedSize ?? size;
  if (input.zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(BigInt(claimed), 4);
  }
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(20, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(0x0800, 8);
  record.writeUInt16LE(0x21, 14);
  record.writeUInt32LE(crc, 16);
  record.writeUInt32LE(size, 20);
  record.writeUInt32LE(input.zip64 ? 0xffffffff : claimed, 24);
  record.writeUInt16LE(name.length, 28);
  record.writeUInt16LE(extra.length, 30);
  record.writeUInt32LE(offset, 42);
  return Buffer.concat([record, name, extra]);
}

/** The entries of a zip as text or bytes, for reading parts of a written .xlsx. */
export async function unzipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  const directory = await readDirectory(bufferSource(zip));
  if (!directory.ok) throw new Error(directory.detail);
  return new Map(
    directory.entries.map((e) => {
      const data = entryData(zip, e);
      if (!data) throw new Error(`cannot read ${e.name}`);
      return [e.name, data];
    }),
  );
}
