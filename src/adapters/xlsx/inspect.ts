/**
 * Looks at a file before it is read: is it there, is it an .xlsx at all, is
 * it encrypted, would it unpack to something huge. The directory is checked
 * first; the parts are then inflated one at a time, each stopped at the size
 * the directory claims for it.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { entryData, readDirectory, type ByteSource, type ZipEntry } from './zip';

export type Inspection =
  | {
      ok: true;
      unpackedBytes: number;
    }
  | {
      ok: false;
      reason: 'not_found' | 'not_a_workbook' | 'encrypted' | 'too_large' | 'corrupt' | 'empty';
      detail?: string;
    };

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps inside its OLE container (UTF-16 in the directory). */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');
/** xl/workbook.xml, as nearly every producer names it; the root relationships say where exactly. */
const WORKBOOK_PART = /^xl\/[^/]*workbook[^/]*\.xml$/;
const BINARY_WORKBOOK_PART = 'xl/workbook.bin';
const FLAG_ENCRYPTED = 0x0001;

export async function inspectXlsx(
  path: string,
  limits: { maxUnpackedBytes?: number; maxFileBytes?: number } = {},
): Promise<Inspection> {
  const maxFileBytes = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const maxUnpackedBytes = limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      return { ok: false, reason: 'not_a_workbook', detail: 'en mapp, inte en fil' };
    size = info.size;
  } catch (error) {
    return { ok: false, reason: 'not_found', detail: (error as NodeJS.ErrnoException).code };
  }
  if (size === 0) return { ok: false, reason: 'empty' };
  if (size > maxFileBytes) {
    return { ok: false, reason: 'too_large', detail: `filen är ${megabytes(size)} MB` };
  }
  const handle = await open(path, 'r');
  try {
    return await inspectOpen(fileSource(handle, size), maxUnpackedBytes);
  } finally {
    await handle.close();
  }
}

async function inspectOpen(source: ByteSource, maxUnpackedBytes: number): Promise<Inspection> {
  const head = await source.read(0, OLE2_SIGNATURE.length);
  if (head.equals(OLE2_SIGNATURE)) return inspectOle(source);
  const directory = await readDirectory(source);
  if (!directory.ok) {
    const reason = directory.problem === 'not_zip' ? 'not_a_workbook' : 'corrupt';
    return { ok: false, reason, detail: directory.detail };
  }
  const { entries } = directory;
  // Part names are case-insensitive (OPC); Numbers and others write their own.
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (![...names].some((n) => WORKBOOK_PART.test(n))) {
    const detail = names.has(BINARY_WORKBOOK_PART)
      ? 'binär arbetsbok (.xlsb)'
      : 'zip-arkivet saknas xl/workbook.xml';
    return { ok: false, reason: 'not_a_workbook', detail };
  }
  if (entries.some((e) => e.flags & FLAG_ENCRYPTED)) {
    return { ok: false, reason: 'encrypted', detail: 'krypterade delar i zip-arkivet' };
  }
  const unpackedBytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpackedBytes > maxUnpackedBytes) {
    return { ok: false, reason: 'too_large', detail: `uppackad ${megabytes(unpackedBytes)} MB` };
  }
  if (!(await unpacksAsClaimed(source, entries))) {
    return { ok: false, reason: 'corrupt', detail: 'delar packas upp till mer än arkivet anger' };
  }
  return { ok: true, unpackedBytes };
}

/**
 * A directory can understate what an entry unpacks to (a zip bomb that lies),
 * and a reader unpacks parts whole. Inflating each part here, stopped at
 * its claimed size, keeps memory within the claimed sizes checked above.
 */
async function unpacksAsClaimed(source: ByteSource, entries: ZipEntry[]): Promise<boolean> {
  const zip = await source.read(0, source.size);
  return entries.every((entry) => entryData(zip, entry) !== null);
}

/** An OLE2 compound file: a password-protected .xlsx, or an old .xls. */
async function inspectOle(source: ByteSource): Promise<Inspection> {
  const whole = await source.read(0, source.size);
  if (whole.includes(ENCRYPTED_STREAM)) {
    return { ok: false, reason: 'encrypted', detail: 'lösenordsskyddad arbetsbok' };
  }
  // Telling its user to remove a password would send them the wrong way.
  return {
    ok: false,
    reason: 'not_a_workbook',
    detail: 'äldre .xls-fil (Excel 97–2003) eller annan OLE-fil',
  };
}

function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    read: async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    },
  };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
