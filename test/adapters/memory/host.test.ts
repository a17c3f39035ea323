import { MemoryHost } from '../../../src/adapters/memory';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { FILL, FONT, range, sampleRemoval, samplePlan, sampleSnapshot } from '../exceljs/fixtures';

function cellAt(snapshot: WorkbookSnapshot, sheet: string, ref: string) {
  const { top, left } = range(ref);
  return snapshot.sheets.find((s) => s.name === sheet)?.rows.get(top)?.[left];
}

describe('MemoryHost', () => {
  it('keeps its own copy of the snapshot it was given, and hands out copies', async () => {
    const input = sampleSnapshot();
    const host = new MemoryHost(input);
    input.sheets[0].rows.get(2)![2].value = 'ändrad';
    input.sheets[0].tables[0].columns.push('X');
    const first = await host.read();
    expect(cellAt(first, 'Nämnd A', 'B2')).toEqual({ value: 'Sjuktal' });
    first.sheets[0].rows.get(2)![3].value = 99;
    (first.sheets[0].rows.get(2)![1].value as Date).setUTCFullYear(1999);
    first.names.pop();
    const second = await host.read();
    expect(second).toEqual(await new MemoryHost(sampleSnapshot()).read());
  });

  it('reads like a workbook: empty cells and rows are not there, rows in order', async () => {
    const host = new MemoryHost({
      sheets: [
        {
          name: 'Blad1',
          rows: new Map([
            [3, [undefined, { value: 'c' }] as never],
            [1, [undefined, { value: null, numFmt: '0 %' }, { value: 1 }] as never],
            [2, [undefined, { value: null }] as never],
          ]),
          tables: [],
          merges: [],
          protected: false,
        },
      ],
      names: [],
    });
    const rows = (await host.read()).sheets[0].rows;
    expect([...rows.keys()]).toEqual([1, 3]);
    expect(rows.get(1)?.[1]).toBeUndefined();
    expect(rows.get(1)?.[2]).toEqual({ value: 1 });
  });

  describe('apply', () => {
    let host: MemoryHost;
    let read: WorkbookSnapshot;

    beforeAll(async () => {
      host = new MemoryHost(sampleSnapshot());
      await host.apply(samplePlan());
      read = await host.read();
    });

    it('writes strings as text, numbers as numbers, and null as nothing', () => {
      expect(cellAt(read, 'Nämnd A', 'E2')).toEqual({ value: '=1+1' });
      expect(cellAt(read, 'Nämnd A', 'F2')).toEqual({ value: '@x' });
      expect(cellAt(read, 'Nämnd A', 'F4')).toEqual({ value: 0.5 });
      expect(cellAt(read, 'Nämnd A', 'E4')).toBeUndefined();
    });

    it('merges the style runs of each cell and gives numFmt to the cell', () => {
      expect(host.styleAt('Nämnd A', 2, 5)).toEqual({ fill: FILL, fontColor: FONT });
      expect(host.styleAt('Nämnd A', 2, 6)).toEqual({ bold: true, italic: true, wrap: true });
      expect(host.styleAt('Nämnd A', 4, 5)).toBeUndefined();
      expect(host.styleAt('Summary', 2, 2)).toEqual({ numFmt: '0 %' });
      expect(cellAt(read, 'Summary', 'B2')).toEqual({ value: 0.75, numFmt: '0 %' });
    });

    it('keeps links that show their text', () => {
      expect(host.linkAt('Summary', 5, 1)).toEqual(samplePlan().links[0]);
      expect(cellAt(read, 'Summary', 'A5')).toEqual({ value: 'Nämnd A!C2' });
      expect(host.linkAt('Summary', 5, 2)).toBeUndefined();
    });

    it('clears values and styles but leaves the table', () => {
      expect(cellAt(read, 'Nämnd A', 'H2')).toBeUndefined();
      expect(cellAt(read, 'Nämnd A', 'D4')).toBeUndefined();
    });

    it('widens the table and writes the new headers', () => {
      expect(read.sheets[0].tables[0]).toMatchObject({
        range: range('B1:F4'),
        columns: ['Indikator', 'Utfall 2023', 'Målvärde', 'Bedömning', 'Motivering'],
      });
      expect(cellAt(read, 'Nämnd A', 'E1')).toEqual({ value: 'Bedömning' });
    });

    it('rewrites the owned sheet in its place, renamed, and adds the new one last', () => {
      expect(host.sheetNames()).toEqual(['Nämnd A', 'Summary', 'Skyddat', 'Metod']);
      expect(cellAt(read, 'Summary', 'C3')).toBeUndefined();
    });

    it('replaces the marks', () => {
      expect(read.names.map((n) => n.name)).toEqual([
        'Indata',
        'Malkoll_Blad_1',
        'Malkoll_Kolumner_1',
      ]);
    });

    it('leaves the marks alone when the plan has none; names follow a renamed sheet', async () => {
      const other = new MemoryHost(sampleSnapshot());
      await other.apply({ ...samplePlan(), marks: undefined });
      const [indata, sheetMark, columnsMark] = sampleSnapshot().names;
      expect((await other.read()).names).toEqual([
        indata,
        { ...sheetMark, sheet: 'Summary' },
        columnsMark,
      ]);
    });

    it('refuses a widening whose headers do not fill the new columns', async () => {
      const other = new MemoryHost(sampleSnapshot());
      const plan = { ...samplePlan(), tables: [{ ...samplePlan().tables[0], right: 7 }] };
      await expect(other.apply(plan)).rejects.toThrow('Tabell1');
    });
  });

  it('removes what a plan wrote', async () => {
    const host = new MemoryHost(sampleSnapshot());
    await host.apply(samplePlan());
    await host.remove(sampleRemoval());
    const read = await host.read();
    expect(host.sheetNames()).toEqual(['Nämnd A', 'Skyddat', 'Metod']);
    expect(read.sheets[0].tables[0]).toMatchObject({ range: range('B1:D4') });
    expect(cellAt(read, 'Nämnd A', 'E2')).toBeUndefined();
    expect(host.styleAt('Nämnd A', 2, 5)).toBeUndefined();
    expect(host.linkAt('Summary', 5, 1)).toBeUndefined();
    expect(read.names).toEqual([sampleSnapshot().names[0]]);
  });
});
