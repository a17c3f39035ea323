import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { ExcelJsHost } from '../../../src/adapters/exceljs';
import type { Cell, SheetData, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import {
  FILL,
  FONT,
  JAN_15,
  asExcelWritesTables,
  range,
  sampleRemoval,
  samplePlan,
  sampleSnapshot,
  tempDir,
} from './fixtures';
import { unzipEntries } from './zip-writer';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
const nextPath = () => join(dir, `book${++fileCount}.xlsx`);

async function roundTrip(host: ExcelJsHost): Promise<ExcelJsHost> {
  const path = nextPath();
  await host.save(path);
  return ExcelJsHost.load(path);
}

/** A saved copy of the sample whose table parts look as Excel writes them. */
async function sampleFromExcel(): Promise<string> {
  const path = nextPath();
  await ExcelJsHost.fromSnapshot(sampleSnapshot()).save(path);
  await asExcelWritesTables(path);
  return path;
}

function sheet(snapshot: WorkbookSnapshot, name: string): SheetData {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function valueAt(snapshot: WorkbookSnapshot, name: string, ref: string) {
  const { top, left } = range(ref);
  return sheet(snapshot, name).rows.get(top)?.[left];
}

async function part(path: string, name: string): Promise<string> {
  const data = (await unzipEntries(readFileSync(path))).get(name);
  if (!data) throw new Error(`no part ${name}`);
  return data.toString('utf8');
}

function worksheet(host: ExcelJsHost, name: string): Worksheet {
  const ws = host.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('ExcelJsHost: snapshot → .xlsx → snapshot', () => {
  it('keeps values, number formats, formula results, errors, dates, merges, tables and names', async () => {
    const read = await (await roundTrip(ExcelJsHost.fromSnapshot(sampleSnapshot()))).read();
    expect(read.sheets.map((s) => s.name)).toEqual(['Nämnd A', 'Sammanställning', 'Skyddat']);
    expect(valueAt(read, 'Nämnd A', 'C2')).toEqual({ value: 0.82, numFmt: '0 %' });
    expect(valueAt(read, 'Nämnd A', 'C3')).toEqual({ value: { error: '#N/A' } });
    expect(valueAt(read, 'Nämnd A', 'D3')).toEqual({ value: 5, formula: '=2+3' });
    expect(valueAt(read, 'Nämnd A', 'C4')).toEqual({ value: 0, formula: '=C2-C2' });
    expect(valueAt(read, 'Nämnd A', 'D4')).toEqual({ value: 'ja', formula: '="ja"' });
    expect(valueAt(read, 'Nämnd A', 'A2')).toEqual({ value: JAN_15, numFmt: 'yyyy-mm-dd' });
    const a = sheet(read, 'Nämnd A');
    expect(a.merges).toEqual([range('A6:C6')]);
    expect(a.rows.get(6)?.filter(Boolean)).toEqual([{ value: 'Rubrik' }]); // not the covered cells
    expect(a.tables).toEqual(sampleSnapshot().sheets[0].tables);
    expect(a.protected).toBe(false);
    expect(sheet(read, 'Skyddat').protected).toBe(true);
    expect(read.names).toEqual(sampleSnapshot().names);
  });

  it('reads rich text, hyperlinks and shared formulas as Excel shows them', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = {
      richText: [{ text: 'Sjuk' }, { font: { bold: true }, text: 'tal' }],
    };
    ws.getCell('A2').value = { text: 'Webb', hyperlink: 'https://example.org' };
    ws.getCell('B1').value = 1;
    ws.getCell('B2').value = 2;
    ws.getCell('B3').value = 3;
    ws.fillFormula('C1:C3', 'B1*2', [2, 4, 6]);
    const path = nextPath();
    await wb.xlsx.writeFile(path);
    const read = await (await ExcelJsHost.load(path)).read();
    expect(valueAt(read, 'Blad1', 'A1')).toEqual({ value: 'Sjuktal' });
    expect(valueAt(read, 'Blad1', 'A2')).toEqual({ value: 'Webb' });
    expect(valueAt(read, 'Blad1', 'C1')).toEqual({ value: 2, formula: '=B1*2' });
    expect(valueAt(read, 'Blad1', 'C3')).toEqual({ value: 6, formula: '=B3*2' });
  });

  it('tells a formula no program calculated from one calculated as empty text, and keeps percent formats (§7)', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = { formula: 'B1*2' } as never;
    ws.getCell('A2').value = { formula: 'IF(B1>1,B1,"")', result: '' } as never;
    ws.getCell('B1').value = 0.9;
    ws.getCell('B1').numFmt = '0,0 %';
    ws.getCell('B2').value = 88;
    ws.getCell('B2').numFmt = '0 "%"';
    const path = nextPath();
    await wb.xlsx.writeFile(path);
    const read = await (await ExcelJsHost.load(path)).read();
    expect(valueAt(read, 'Blad1', 'A1')).toEqual({ value: null, formula: '=B1*2' });
    // Calculated as empty text (t="str", an empty <v>): no uncalculated formula.
    expect(valueAt(read, 'Blad1', 'A2')).toEqual({ value: '', formula: '=IF(B1>1,B1,"")' });
    expect(valueAt(read, 'Blad1', 'B1')).toEqual({ value: 0.9, numFmt: '0,0 %' });
    expect(valueAt(read, 'Blad1', 'B2')).toEqual({ value: 88, numFmt: '0 "%"' });
  });

  it('keeps the user’s links, internal (to a name) and external, through load and save', async () => {
    const first = ExcelJsHost.fromSnapshot(sampleSnapshot());
    const ws = worksheet(first, 'Sammanställning');
    ws.getCell('B1').value = { text: 'Till indata', hyperlink: '#Indata' };
    ws.getCell('B2').value = { text: 'Webb', hyperlink: 'https://example.org/' };
    const second = nextPath();
    await (await roundTrip(first)).save(second);
    const xml = await part(second, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('<hyperlink ref="B1" location="Indata"/>');
    expect(xml).toMatch(/<hyperlink ref="B2" r:id="rId\d+"\/>/);
    expect(await part(second, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(
      'Target="https://example.org/"',
    );
    const read = await (await ExcelJsHost.load(second)).read();
    expect(valueAt(read, 'Sammanställning', 'B1')).toEqual({ value: 'Till indata' });
  });

  it('keeps sheet-scoped names apart, and leaves them out of the snapshot', async () => {
    const host = ExcelJsHost.fromSnapshot(sampleSnapshot());
    const names = host.workbook.definedNames as unknown as { model: object[] };
    names.model = [
      ...names.model,
      { name: 'Summa', ranges: ["'Nämnd A'!$C$2"], localSheetId: 0 },
      { name: 'Summa', ranges: ['Skyddat!$A$1'], localSheetId: 2 },
    ];
    const path = nextPath();
    await (await roundTrip(host)).save(path);
    const xml = await part(path, 'xl/workbook.xml');
    expect(xml).toContain('<definedName name="Summa" localSheetId="0">&apos;Nämnd A&apos;!$C$2<');
    expect(xml).toContain('<definedName name="Summa" localSheetId="2">Skyddat!$A$1<');
    const loaded = await ExcelJsHost.load(path);
    expect((await loaded.read()).names).toEqual(sampleSnapshot().names);
    // Deleting a sheet takes its own names along and renumbers those of the sheets after it.
    await loaded.remove({ clear: [], deleteSheets: ['Nämnd A'], tableColumns: [], marks: [] });
    const after = nextPath();
    await loaded.save(after);
    const book = await part(after, 'xl/workbook.xml');
    expect(book).toContain('<definedName name="Summa" localSheetId="1">Skyddat!$A$1<');
    expect(book).not.toContain('Nämnd A');
  });

  it('reads a table without headerRowCount (as Excel writes it) as having a header row', async () => {
    const read = await (await ExcelJsHost.load(await sampleFromExcel())).read();
    expect(sheet(read, 'Nämnd A').tables[0]).toMatchObject({ headerRow: true, totalsRow: false });
  });

  it('snapshots a large sheet', async () => {
    const rows = new Map<number, Cell[]>();
    for (let r = 1; r <= 2000; r++) {
      const cells: Cell[] = [];
      for (let c = 1; c <= 20; c++) cells[c] = { value: r * c };
      rows.set(r, cells);
    }
    const big: WorkbookSnapshot = {
      sheets: [{ name: 'Stor', rows, tables: [], merges: [], protected: false }],
      names: [],
    };
    const read = await ExcelJsHost.fromSnapshot(big).read();
    const stor = sheet(read, 'Stor');
    expect(stor.rows.size).toBe(2000);
    expect(stor.rows.get(2000)?.[20]).toEqual({ value: 2000 * 20 });
    expect(stor.rows.get(7)?.filter(Boolean)).toHaveLength(20);
  });
});

describe('ExcelJsHost.apply', () => {
  let path: string;
  let host: ExcelJsHost;
  let read: WorkbookSnapshot;

  beforeAll(async () => {
    const loaded = await ExcelJsHost.load(await sampleFromExcel());
    // A font set in the file, which a new font colour must keep.
    worksheet(loaded, 'Nämnd A').getCell('E3').font = { name: 'Arial', size: 9 };
    await loaded.apply(samplePlan());
    path = nextPath();
    await loaded.save(path);
    host = await ExcelJsHost.load(path);
    read = await host.read();
  });

  it('writes strings as text, never as formulas', async () => {
    expect(valueAt(read, 'Nämnd A', 'E2')).toEqual({ value: '=1+1' });
    expect(valueAt(read, 'Nämnd A', 'F2')).toEqual({ value: '@x' });
    expect(valueAt(read, 'Nämnd A', 'E3')).toEqual({ value: '+5' });
    expect(valueAt(read, 'Nämnd A', 'F3')).toEqual({ value: '-3' });
    expect(valueAt(read, 'Nämnd A', 'F4')).toEqual({ value: 0.5 });
    expect(valueAt(read, 'Nämnd A', 'E4')).toBeUndefined();
    const xml = await part(path, 'xl/worksheets/sheet1.xml');
    for (const ref of ['E2', 'F2', 'E3', 'F3'])
      expect(xml).toMatch(new RegExp(`<c r="${ref}"[^>]* t="s">`));
    expect(xml).not.toMatch(/<f>[^<]*1\+1/);
    expect(await part(path, 'xl/sharedStrings.xml')).toContain('=1+1');
  });

  it('fills, colours fonts (keeping the rest of the font), and sets bold, italic and wrap', () => {
    const ws = worksheet(host, 'Nämnd A');
    for (const ref of ['E2', 'E3']) {
      expect(ws.getCell(ref).fill).toEqual({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${FILL.slice(1)}` },
      });
      expect(ws.getCell(ref).font.color).toEqual({ argb: `FF${FONT.slice(1)}` });
    }
    expect(ws.getCell('E3').font).toMatchObject({ name: 'Arial', size: 9 });
    expect(ws.getCell('F2').font).toMatchObject({ bold: true, italic: true });
    expect(ws.getCell('F2').alignment).toMatchObject({ wrapText: true });
  });

  it('changes only the styled cell, even where cells shared a style in the file', () => {
    const ws = worksheet(host, 'Nämnd A');
    expect(ws.getCell('C2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('D2').fill?.type === 'pattern' && ws.getCell('D2').fill).not.toMatchObject({
      pattern: 'solid',
    });
    expect(valueAt(read, 'Nämnd A', 'D2')).toEqual({ value: 0.8, numFmt: '0 %' });
  });

  it('clears values and formats, and a cleared cell inside a table leaves the table be', () => {
    expect(valueAt(read, 'Nämnd A', 'H2')).toBeUndefined();
    expect(worksheet(host, 'Nämnd A').getCell('H2').style).toEqual({});
    expect(valueAt(read, 'Nämnd A', 'D4')).toBeUndefined();
    expect(sheet(read, 'Nämnd A').tables).toHaveLength(1);
  });

  it('widens the Excel table read from the file, with header cells and a valid table part', async () => {
    expect(sheet(read, 'Nämnd A').tables[0]).toEqual({
      name: 'Tabell1',
      range: range('B1:F4'),
      columns: ['Indikator', 'Utfall 2023', 'Målvärde', 'Bedömning', 'Motivering'],
      headerRow: true,
      totalsRow: false,
    });
    expect(valueAt(read, 'Nämnd A', 'E1')).toEqual({ value: 'Bedömning' });
    expect(valueAt(read, 'Nämnd A', 'F1')).toEqual({ value: 'Motivering' });
    const xml = await part(path, 'xl/tables/table1.xml');
    expect(xml).toMatch(/<table [^>]*ref="B1:F4"/);
    expect(xml).toMatch(/<table [^>]*headerRowCount="1"/);
    expect(xml).toContain('<autoFilter ref="B1:F4">');
    expect(xml).toContain('<tableColumns count="5">');
    expect(xml).toContain('name="Bedömning"');
    expect(xml).toContain('name="Motivering"');
    expect(xml).not.toContain('hiddenButton="1"');
  });

  it('rewrites the owned sheet in place under its new name and adds the new one at the end', () => {
    expect(read.sheets.map((s) => s.name)).toEqual(['Nämnd A', 'Summary', 'Skyddat', 'Metod']);
    expect(valueAt(read, 'Summary', 'A1')).toEqual({ value: 'Sammanställning' });
    expect(valueAt(read, 'Summary', 'C3')).toBeUndefined();
    expect(valueAt(read, 'Summary', 'B2')).toEqual({ value: 0.75, numFmt: '0 %' });
    expect(valueAt(read, 'Metod', 'B1')).toEqual({ value: 'Värde' });
    const summary = worksheet(host, 'Summary');
    expect(summary.getColumn(1).width).toBe(30);
    expect(summary.getColumn(2).width).toBe(12);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((worksheet(host, 'Metod').views ?? [])[0]?.state ?? 'normal').toBe('normal');
    expect(worksheet(host, 'Nämnd A').getColumn(5).width).toBe(18);
  });

  it('writes internal links as Excel does (a location, no relationship) that show their text', async () => {
    expect(valueAt(read, 'Summary', 'A5')).toEqual({ value: 'Nämnd A!C2' });
    const xml = await part(path, 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('<hyperlink ref="A5" location="&apos;Nämnd A&apos;!C2"/>');
    const rels = await part(path, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels).not.toContain('hyperlink');
  });

  it('keeps the internal links through another load and save', async () => {
    expect(worksheet(host, 'Summary').getCell('A5').hyperlink).toBe("#'Nämnd A'!C2");
    const again = nextPath();
    await host.save(again);
    expect(await part(again, 'xl/worksheets/sheet2.xml')).toContain(
      '<hyperlink ref="A5" location="&apos;Nämnd A&apos;!C2"/>',
    );
  });

  it('replaces every earlier mark with the plan’s marks and keeps other names', () => {
    expect(read.names).toEqual([
      { name: 'Indata', sheet: 'Nämnd A', range: range('B1:D4') },
      { name: 'Malkoll_Blad_1', sheet: 'Summary', range: range('A1') },
      { name: 'Malkoll_Kolumner_1', sheet: 'Nämnd A', range: range('E1:F4') },
    ]);
  });

  it('removes what the plan wrote: cells, the sheet, the table columns and the marks', async () => {
    const again = await ExcelJsHost.load(path);
    await again.remove(sampleRemoval());
    const removedPath = nextPath();
    await again.save(removedPath);
    const after = await (await ExcelJsHost.load(removedPath)).read();
    expect(after.sheets.map((s) => s.name)).toEqual(['Nämnd A', 'Skyddat', 'Metod']);
    const a = sheet(after, 'Nämnd A');
    expect(a.tables[0]).toMatchObject({
      range: range('B1:D4'),
      columns: ['Indikator', 'Utfall 2023', 'Målvärde'],
    });
    expect([1, 2, 3, 4].map((r) => a.rows.get(r)?.slice(5, 7).filter(Boolean))).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(after.names).toEqual([{ name: 'Indata', sheet: 'Nämnd A', range: range('B1:D4') }]);
    const xml = await part(removedPath, 'xl/tables/table1.xml');
    expect(xml).toMatch(/<table [^>]*ref="B1:D4"/);
    expect(xml).toContain('<tableColumns count="3">');
  });

  it('moves later table columns left when a deleted one is not the last', async () => {
    const middle = ExcelJsHost.fromSnapshot(sampleSnapshot());
    worksheet(middle, 'Nämnd A').getCell('D2').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF123456' },
    };
    await middle.remove({
      clear: [],
      deleteSheets: [],
      tableColumns: [{ sheet: 'Nämnd A', table: 'Tabell1', columns: ['Utfall 2023'] }],
      marks: [],
    });
    const after = await (await roundTrip(middle)).read();
    const a = sheet(after, 'Nämnd A');
    expect(a.tables[0]).toMatchObject({
      range: range('B1:C4'),
      columns: ['Indikator', 'Målvärde'],
    });
    expect(valueAt(after, 'Nämnd A', 'C1')).toEqual({ value: 'Målvärde' });
    expect(valueAt(after, 'Nämnd A', 'C2')).toEqual({ value: 0.8, numFmt: '0 %' });
    expect(valueAt(after, 'Nämnd A', 'C3')).toEqual({ value: 5, formula: '=2+3' });
    expect(valueAt(after, 'Nämnd A', 'D2')).toBeUndefined();
  });
});

describe('ExcelJsHost.save', () => {
  /** Saves the sample with the plan applied, with the clock at `now`. */
  async function saveAt(source: string, now: string, date?: string): Promise<Buffer> {
    jest.setSystemTime(new Date(now));
    const host = await ExcelJsHost.load(source);
    await host.apply(samplePlan());
    const path = nextPath();
    await host.save(path, date === undefined ? {} : { date });
    return readFileSync(path);
  }

  describe('at different times of day', () => {
    // Only the clock is faked: exceljs and its zip library still get real timers.
    beforeAll(() =>
      jest.useFakeTimers({
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      }),
    );
    afterAll(() => jest.useRealTimers());

    it('gives identical bytes for two saves with the same date', async () => {
      const source = await sampleFromExcel();
      const first = await saveAt(source, '2025-03-01T08:00:00Z', '2025-03-01');
      const second = await saveAt(source, '2025-03-02T17:31:07Z', '2025-03-01');
      expect(first.equals(second)).toBe(true);
    });

    it('gives different bytes without a date', async () => {
      const source = await sampleFromExcel();
      const first = await saveAt(source, '2025-03-01T08:00:00Z');
      const second = await saveAt(source, '2025-03-02T17:31:07Z');
      expect(first.equals(second)).toBe(false);
    });
  });

  it('sets modified to the date and keeps the file’s own creation date', async () => {
    const source = nextPath();
    await ExcelJsHost.fromSnapshot(sampleSnapshot()).save(source, { date: '2024-05-01' });
    expect(await part(source, 'docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T00:00:00Z</dcterms:created>',
    );
    const later = nextPath();
    await (await ExcelJsHost.load(source)).save(later, { date: '2025-03-01' });
    const core = await part(later, 'docProps/core.xml');
    expect(core).toContain('2024-05-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('2025-03-01T00:00:00Z</dcterms:modified>');
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(
      ExcelJsHost.fromSnapshot(sampleSnapshot()).save(nextPath(), { date: '1/3/2025' }),
    ).rejects.toThrow('YYYY-MM-DD');
  });
});
