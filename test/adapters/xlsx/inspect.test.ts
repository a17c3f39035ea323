import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelJsHost } from '../../../src/adapters/exceljs';
import { inspectXlsx } from '../../../src/adapters/xlsx';
import { sampleSnapshot, tempDir } from '../exceljs/fixtures';
import { buildZip, type ZipInput } from '../exceljs/zip-writer';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

function file(bytes: Buffer | string): string {
  const path = join(dir, `file${++fileCount}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const WORKBOOK: ZipInput = { name: 'xl/workbook.xml', data: '<workbook/>' };

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('inspectXlsx', () => {
  it('accepts a workbook exceljs wrote', async () => {
    const path = join(dir, 'real.xlsx');
    await ExcelJsHost.fromSnapshot(sampleSnapshot()).save(path);
    const result = await inspectXlsx(path);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.unpackedBytes).toBeGreaterThan(readFileSync(path).length);
  });

  it('adds up the unpacked sizes from the directory', async () => {
    const inputs = [WORKBOOK, { name: 'xl/styles.xml', data: 'x'.repeat(1000) }];
    expect(await inspectXlsx(file(buildZip(inputs)))).toEqual({
      ok: true,
      unpackedBytes: '<workbook/>'.length + 1000,
    });
  });

  it('says a missing file is not found', async () => {
    expect(await inspectXlsx(join(dir, 'saknas.xlsx'))).toMatchObject({
      ok: false,
      reason: 'not_found',
    });
  });

  it('says an empty file is empty', async () => {
    expect(await inspectXlsx(file(''))).toEqual({ ok: false, reason: 'empty' });
  });

  it('says random bytes are not a workbook', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251));
    expect(await inspectXlsx(file(bytes))).toMatchObject({ ok: false, reason: 'not_a_workbook' });
  });

  it('says a folder is not a workbook', async () => {
    expect(await inspectXlsx(dir)).toMatchObject({ ok: false, reason: 'not_a_workbook' });
  });

  it('says a zip without xl/workbook.xml is not a workbook, and names an .xlsb', async () => {
    const docx = buildZip([{ name: 'word/document.xml', data: '<w/>' }]);
    expect(await inspectXlsx(file(docx))).toMatchObject({ ok: false, reason: 'not_a_workbook' });
    const xlsb = buildZip([{ name: 'xl/workbook.bin', data: 'b' }]);
    expect(await inspectXlsx(file(xlsb))).toEqual({
      ok: false,
      reason: 'not_a_workbook',
      detail: 'binär arbetsbok (.xlsb)',
    });
  });

  it('says a truncated zip is corrupt', async () => {
    const whole = buildZip([WORKBOOK, { name: 'xl/styles.xml', data: 'x'.repeat(500) }]);
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    expect(await inspectXlsx(file(half))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('says a directory that points outside the file is corrupt', async () => {
    const zip = buildZip([WORKBOOK]);
    zip.writeUInt32LE(zip.length * 2, zip.length - 6); // the directory's offset in the end record
    expect(await inspectXlsx(file(zip))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('says a directory with a damaged record is corrupt', async () => {
    const zip = buildZip([WORKBOOK, { name: 'xl/styles.xml', data: 's' }]);
    const directoryAt = zip.readUInt32LE(zip.length - 6);
    zip.writeUInt32LE(0xdeadbeef, directoryAt); // the first record's signature
    expect(await inspectXlsx(file(zip))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('tells a password-protected workbook from an old .xls (both OLE2 files)', async () => {
    const encrypted = Buffer.concat([
      OLE2,
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    expect(await inspectXlsx(file(encrypted))).toEqual({
      ok: false,
      reason: 'encrypted',
      detail: 'lösenordsskyddad arbetsbok',
    });
    const xls = Buffer.concat([OLE2, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]);
    expect(await inspectXlsx(file(xls))).toMatchObject({
      ok: false,
      reason: 'not_a_workbook',
      detail: expect.stringContaining('.xls'),
    });
  });

  it('refuses a zip whose directory claims more than the limit, without unpacking it', async () => {
    const bomb = buildZip([
      WORKBOOK,
      { name: 'xl/worksheets/sheet1.xml', data: 'x', claimedSize: 5000 },
    ]);
    const path = file(bomb);
    expect(await inspectXlsx(path, { maxUnpackedBytes: 4096 })).toMatchObject({
      ok: false,
      reason: 'too_large',
    });
    expect(await inspectXlsx(path)).toMatchObject({ ok: true });
  });

  it('reads zip64 sizes in the directory', async () => {
    const huge = buildZip([
      WORKBOOK,
      { name: 'xl/worksheets/sheet1.xml', data: 'x', claimedSize: 2 ** 33, zip64: true },
    ]);
    expect(await inspectXlsx(file(huge))).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('refuses a file larger than the limit', async () => {
    const path = file(buildZip([WORKBOOK, { name: 'xl/styles.xml', data: 'x'.repeat(3000) }]));
    expect(await inspectXlsx(path, { maxFileBytes: 1000 })).toMatchObject({
      ok: false,
      reason: 'too_large',
    });
  });

  it('accepts what other readers refused: charts, macros, pivot tables and a 0-byte deflated part', async () => {
    const empty = { name: 'docProps/thumbnail.jpeg', data: '' };
    const zip = deflatedEmpty(
      buildZip([
        WORKBOOK,
        { name: 'xl/charts/chart1.xml', data: '<c/>' },
        { name: 'xl/vbaProject.bin', data: 'vba' },
        { name: 'xl/pivotTables/pivotTable1.xml', data: '<p/>' },
        empty,
      ]),
      empty.name,
    );
    expect(await inspectXlsx(file(zip))).toMatchObject({ ok: true });
  });
});

/** Marks an empty entry as deflated with no data at all, as some writers store a 0-byte thumbnail. */
function deflatedEmpty(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const local = out.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  for (let at = local; at >= 0; at = out.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)) {
    if (out.toString('utf8', at + 30, at + 30 + out.readUInt16LE(at + 26)) === name)
      out.writeUInt16LE(8, at + 8);
  }
  for (
    let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
  ) {
    if (out.toString('utf8', at + 46, at + 46 + out.readUInt16LE(at + 28)) === name)
      out.writeUInt16LE(8, at + 10);
  }
  return out;
}
