/**
 * Files that are no workbook Målkoll can read: a zip bomb (its directory
 * true, or lying), a file over the size limit, random bytes, half a workbook,
 * an empty file, a password-protected (OLE2) file, a zip without a workbook,
 * a workbook whose XML is broken. Each ends with exit 1 and one plain
 * Swedish line that names the file, never a stack trace, and nothing saved.
 * And a sheet used far down: what Målkoll writes stays as small as the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ExcelJsHost, inspectXlsx, MAX_UNPACKED_BYTES } from '../../src/adapters/exceljs';
import { assessWorkbook } from '../../src/workbook/assess-workbook';
import { setCell, sheet, workbook } from '../support/snapshot-builder';
import { DATE, runCli, STACK_LINE, tempDir } from './support';
import { deflatedPart, writeZip, zerosPart, type ZipPart } from './zip-bomb';

jest.setTimeout(60_000);

const MB = 1024 * 1024;
/** Swedish as the messages write it: its letters, or its most common small words. */
const SWEDISH = /[åäöÅÄÖ]|\b(är|och|inte|kan|den)\b/;

let dir: string;
/** The parts of a small real workbook, deflated. */
let realParts: ZipPart[];
let realBytes: Buffer;

beforeAll(async () => {
  dir = tempDir('limits');
  const file = path.join(dir, 'riktig.xlsx');
  const rows = [
    ['Indikator', 'Önskad riktning', 'Målvärde', 'Utfall 2023'],
    ['Sjukfrånvaro', 'Minska', 5, 4],
  ];
  await ExcelJsHost.fromSnapshot(workbook(sheet('Nämnd', rows))).save(file, { date: DATE });
  realBytes = fs.readFileSync(file);
  const zip = await JSZip.loadAsync(realBytes);
  realParts = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) realParts.push(deflatedPart(entry.name, await entry.async('nodebuffer')));
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Runs the command line on the file and checks what every refusal has in common. */
async function refused(file: string): Promise<string> {
  const output = path.join(dir, `${path.basename(file)}-ut.xlsx`);
  const run = await runCli('assess', file, '-o', output, '--date', DATE);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(SWEDISH);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(fs.existsSync(output)).toBe(false);
  return run.stderr;
}

/** Random bytes that are the same on every run (a linear congruential generator). */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

describe('a zip bomb', () => {
  it('that says how large it unpacks is refused as too large, without unpacking it', async () => {
    const bomb = await zerosPart('xl/media/nollor.bin', MAX_UNPACKED_BYTES + MB);
    const file = write('bomb.xlsx', writeZip([...realParts, bomb]));
    expect(fs.statSync(file).size).toBeLessThan(MB);
    const before = process.memoryUsage().arrayBuffers;
    const message = await refused(file);
    expect(message).toMatch(/för stor/);
    expect(message).toContain(`${MAX_UNPACKED_BYTES / MB} MB`);
    // Unpacking it would have needed more than 100 MB of buffers.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * MB);
  });

  it('whose directory understates what it unpacks to is refused before exceljs unpacks it', async () => {
    const bomb = await zerosPart('xl/media/nollor.bin', MAX_UNPACKED_BYTES + 50 * MB);
    const file = write('lognaktig-bomb.xlsx', writeZip([...realParts, { ...bomb, size: 1000 }]));
    expect(fs.statSync(file).size).toBeLessThan(MB);
    // The inspection is what stands between the file and exceljs, which unpacks every part whole.
    expect((await inspectXlsx(file)).ok).toBe(false);
    await refused(file);
  });
});

describe('a file that is not a workbook Målkoll can read', () => {
  it('over the size limit on disk', async () => {
    const file = path.join(dir, 'enorm.xlsx');
    fs.writeFileSync(file, realBytes);
    fs.truncateSync(file, 101 * MB); // sparse: takes no room on the disk
    expect(await refused(file)).toMatch(/för stor/);
  });

  it('random bytes', async () => {
    const message = await refused(write('slump.xlsx', randomBytes(64 * 1024, 7)));
    expect(message).toMatch(/inte en Excel-arbetsbok|trasig/);
  });

  it('the first half of a real workbook', async () => {
    const half = realBytes.subarray(0, Math.floor(realBytes.length / 2));
    expect(await refused(write('halv.xlsx', half))).toMatch(/trasig|avkortad/);
  });

  it('an empty file', async () => {
    expect(await refused(write('tom.xlsx', Buffer.alloc(0)))).toMatch(/tom/);
  });

  it('a password-protected workbook (an OLE2 container)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    expect(await refused(write('losenord.xlsx', ole))).toMatch(/lösenord/);
  });

  it('an OLE2 header with nothing after it', async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await refused(write('bara-huvud.xlsx', header));
  });

  it('a zip without a workbook in it (a Word document, say)', async () => {
    const docx = writeZip([deflatedPart('word/document.xml', Buffer.from('<w:document/>'))]);
    expect(await refused(write('dokument.xlsx', docx))).toMatch(/inte en Excel-arbetsbok/);
  });

  it('a text file (CSV) named .xlsx', async () => {
    const csv = Buffer.from('Indikator;Utfall 2023\nSjukfrånvaro;4,5\n', 'utf8');
    expect(await refused(write('tabell.xlsx', csv))).toMatch(/inte en Excel-arbetsbok/);
  });

  it('a workbook whose workbook.xml is not XML', async () => {
    const broken = realParts.map((p) =>
      p.name === 'xl/workbook.xml' ? deflatedPart(p.name, Buffer.from('<<<inte xml')) : p,
    );
    await refused(write('trasig-xml.xlsx', writeZip(broken)));
  });
});

describe('a sheet used far down', () => {
  it('writes beside the header and the indicator rows only, not down to a note at row 1 000 000', () => {
    const rows = [
      ['Indikator', 'Önskad riktning', 'Målvärde', 'Utfall 2023'],
      ['Sjukfrånvaro', 'Minska', 5, 4],
      ['Nöjdhet', 'Öka', 80, 82],
    ];
    // A note in the Målvärde column stretches the block (§7) but holds no indicator.
    const far = setCell(sheet('Nämnd', rows), 'C1000000', 'Källa: egen mätning');
    const { plan, read } = assessWorkbook(workbook(far), { date: DATE });
    expect(read.tables[0].range.bottom).toBe(1_000_000);
    const wanted = new Set([1, ...read.tables[0].indicatorRows]);
    // Rows top..bottom lie within the wanted ones (checked without walking a million rows).
    const within = (top: number, bottom: number) =>
      bottom - top < wanted.size &&
      Array.from({ length: bottom - top + 1 }, (_, i) => top + i).every((r) => wanted.has(r));
    const spans = [
      ...plan.values
        .filter((b) => b.sheet === 'Nämnd')
        .map((b) => [b.top, b.top + b.values.length - 1]),
      ...plan.styles
        .filter((r) => r.sheet === 'Nämnd')
        .flatMap((r) => r.ranges.map((g) => [g.top, g.bottom])),
    ];
    expect(spans.filter(([top, bottom]) => !within(top, bottom))).toEqual([]);
  });
});
