import { TEXTS } from '../../../src/text';
import type { Cell, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { HostWriteError } from '../../../src/adapters/officejs';
import { createFakeExcel, type FakeWorkbookInit } from '../../support/fake-excel';
import { fakeWith, hostFor, indicatorWorkbook } from './helpers';

const BUDGET = 4_000_000;
/** Big workbooks take seconds when the machine is busy. */
const HEAVY = 60_000;

function smallWorkbook(): FakeWorkbookInit {
  return {
    sheets: [
      {
        name: 'Nämnd A',
        rows: [
          ['Indikator', 'Utfall 2023', 'Datum', 'Andel', null, 'Rubrik'],
          ['Nöjdhet', 12.5, new Date(Date.UTC(2024, 0, 31)), { value: 0.8, numberFormat: '0 %' }],
          ['Trygghet', { error: '#DIV/0!' }, true, null],
        ],
        tables: [{ name: 'Tabell1', range: 'A1:D3' }],
        merges: ['F1:G1'],
      },
      { name: 'Låst', protected: true, cells: { B2: 'hemligt' } },
      { name: 'Tom' },
    ],
    names: [
      { name: 'Malkoll_Kolumner_1', formula: "='Nämnd A'!$E$1:$H$3" },
      { name: 'Summa', formula: "=SUM('Nämnd A'!$B$2:$B$3)" },
      { name: 'TvåOmråden', formula: "='Nämnd A'!$A$1,'Nämnd A'!$C$3" },
      { name: 'Malkoll_Blad_9', formula: '=#REF!$A$1' },
    ],
  };
}

function row(...cells: (Cell | undefined)[]): Cell[] {
  const out: Cell[] = [];
  cells.forEach((c, i) => {
    if (c) out[i + 1] = c;
  });
  return out;
}

describe('OfficeJsHost.read', () => {
  it('reads values, errors, dates, number formats, tables, merges, names and protection', async () => {
    const snapshot = await hostFor(fakeWith(smallWorkbook())).read();

    const expected: WorkbookSnapshot = {
      sheets: [
        {
          name: 'Nämnd A',
          rows: new Map([
            [
              1,
              row(
                { value: 'Indikator' },
                { value: 'Utfall 2023' },
                { value: 'Datum' },
                { value: 'Andel' },
                undefined,
                { value: 'Rubrik' },
              ),
            ],
            [
              2,
              row(
                { value: 'Nöjdhet' },
                { value: 12.5 },
                { value: new Date(Date.UTC(2024, 0, 31)), numFmt: 'yyyy-mm-dd' },
                { value: 0.8, numFmt: '0 %' },
              ),
            ],
            [3, row({ value: 'Trygghet' }, { value: { error: '#DIV/0!' } }, { value: true })],
          ]),
          tables: [
            {
              name: 'Tabell1',
              range: { top: 1, left: 1, bottom: 3, right: 4 },
              columns: ['Indikator', 'Utfall 2023', 'Datum', 'Andel'],
              headerRow: true,
              totalsRow: false,
            },
          ],
          merges: [{ top: 1, left: 6, bottom: 1, right: 7 }],
          protected: false,
        },
        {
          name: 'Låst',
          rows: new Map([[2, row(undefined, { value: 'hemligt' })]]),
          tables: [],
          merges: [],
          protected: true,
        },
        { name: 'Tom', rows: new Map(), tables: [], merges: [], protected: false },
      ],
      names: [
        {
          name: 'Malkoll_Kolumner_1',
          sheet: 'Nämnd A',
          range: { top: 1, left: 5, bottom: 3, right: 8 },
        },
      ],
    };
    expect(snapshot).toEqual(expected);
  });

  it('leaves merges out where Excel cannot list them (before ExcelApi 1.13)', async () => {
    const fake = createFakeExcel(smallWorkbook(), { apiVersion: '1.12' });
    const snapshot = await hostFor(fake).read();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(fake.stats.calls['Range.getMergedAreasOrNullObject']).toBeUndefined();
  });

  it('reads a small workbook in three round trips', async () => {
    const fake = fakeWith(smallWorkbook());
    await hostFor(fake).read();
    // The collections; the ranges of sheets and tables; the cells.
    expect(fake.stats.syncs).toBe(3);
  });

  it(
    'takes three syncs for 5,000 rows × 20 columns and stays under the budget',
    async () => {
      const fake = fakeWith(indicatorWorkbook(5_000, 20, 3));
      const host = hostFor(fake);
      const snapshot = await host.read();
      expect(host.syncs).toBe(3);
      expect(fake.stats.syncs).toBe(3);
      expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(BUDGET);
      expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(BUDGET);
      const cells = snapshot.sheets.reduce((n, s) => n + s.rows.size, 0);
      expect(cells).toBe(5_000 + 3);
    },
    HEAVY,
  );

  it(
    'does not take more syncs for 30 sheets and tables than for one',
    async () => {
      const one = fakeWith(indicatorWorkbook(300, 12, 1, true));
      const thirty = fakeWith(indicatorWorkbook(300, 12, 30, true));
      const hostOne = hostFor(one);
      const hostThirty = hostFor(thirty);
      const [a, b] = [await hostOne.read(), await hostThirty.read()];
      expect(a.sheets).toHaveLength(1);
      expect(b.sheets).toHaveLength(30);
      expect(b.sheets.every((s) => s.tables.length === 1)).toBe(true);
      expect(hostThirty.syncs).toBe(hostOne.syncs);
    },
    HEAVY,
  );

  it(
    'splits 60,000 rows into more syncs, each response under the budget',
    async () => {
      const fake = fakeWith(indicatorWorkbook(60_000, 5, 2));
      const host = hostFor(fake);
      const snapshot = await host.read();
      expect(fake.stats.syncs).toBeGreaterThan(3);
      expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(BUDGET);
      // Every row arrived, in its place.
      const sheet = snapshot.sheets[1];
      expect(sheet.rows.size).toBe(30_001);
      expect(sheet.rows.get(30_001)?.[1]?.value).toBe(
        'Andel invånare som är nöjda med tjänst 59999',
      );
    },
    HEAVY,
  );

  it(
    'keeps to a smaller budget when asked',
    async () => {
      const fake = fakeWith(indicatorWorkbook(2_000, 10, 1));
      await hostFor(fake, { maxPayloadBytes: 200_000 }).read();
      expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(200_000);
    },
    HEAVY,
  );

  it('turns an Office error into a plain Swedish message', async () => {
    const failing = (() =>
      Promise.reject(
        Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }),
      )) as unknown as typeof Excel.run;
    const error = await hostFor(fakeWith(smallWorkbook()), { run: failing })
      .read()
      .catch((e) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    const words = TEXTS.sv.hostError(error.failure, error.code, error.sheet);
    expect(words).toMatch(/avslutar redigeringen av en cell/);
    expect(words).not.toMatch(/at .*\(/); // no stack
  });
});
