/**
 * The adapter against Microsoft's own mock (office-addin-mock), which, like
 * Office.js, hands out a property only after load() and context.sync().
 * The mock knows objects, not collections: a collection here is a mock whose
 * load() passes the item paths on to its items ("items/name" → "name"), as
 * Office.js does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeJsHost } from '../../../src/adapters/officejs';

/** A mock collection: `items` is filled after construction, with mocks of the same tree. */
function collection(items: unknown[]) {
  return { items };
}

function asCollection(mock: OfficeMockObject, items: OfficeMockObject[]): void {
  mock.load = function (this: OfficeMockObject, spec: string) {
    OfficeMockObject.prototype.load.call(this, 'items');
    const inner = spec
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .join(',');
    for (const item of items) item.load(inner);
    return this;
  };
}

function mockContext() {
  const sheets: unknown[] = [];
  const context = new OfficeMockObject({
    workbook: {
      readOnly: false,
      protection: { protected: false },
      worksheets: {
        ...collection(sheets),
        blad1: {
          name: 'Blad1',
          position: 0,
          protection: { protected: false },
          used: { address: 'Blad1!A1:B3' },
          cells: {
            values: [
              ['Indikator', 'Utfall 2024'],
              ['Nöjdhet', 0.75],
              ['Trygghet', '#N/A'],
            ],
            numberFormat: [
              ['General', 'General'],
              ['General', '0 %'],
              ['General', 'General'],
            ],
            valueTypes: [
              ['String', 'String'],
              ['String', 'Double'],
              ['String', 'Error'],
            ],
          },
          getUsedRangeOrNullObject(this: OfficeMockObject) {
            return this.used;
          },
          firstRows: {},
          getRange(this: OfficeMockObject, address?: string) {
            if (address === 'A1:IV30') return this.firstRows;
            if (address !== 'A1:B3') throw new Error(`unexpected range ${address}`);
            return this.cells;
          },
        },
      },
      tables: collection([]),
      names: collection([]),
    },
  });
  const { worksheets, tables, names } = context.workbook;
  sheets.push(worksheets.blad1);

  const { blad1 } = worksheets;
  // The first rows, sampled to size the cells, hold all there is.
  blad1.firstRows.getUsedRangeOrNullObject = () => blad1.cells;
  // The mock has no null objects; these ranges exist.
  blad1.used.isNullObject = false;
  blad1.cells.isNullObject = false;
  asCollection(worksheets, [worksheets.blad1]);
  asCollection(tables, []);
  asCollection(names, []);
  return context;
}

describe('OfficeJsHost with office-addin-mock', () => {
  it('reads a sheet through load and sync only', async () => {
    const context = mockContext();
    const run = ((_options: unknown, batch: (c: unknown) => Promise<unknown>) =>
      batch(context)) as unknown as typeof Excel.run;
    // ExcelApi 1.12: no merged areas, which the mock cannot model.
    const host = new OfficeJsHost({
      run,
      isSetSupported: (_n, v) => Number(v.split('.')[1]) <= 12,
    });

    const snapshot = await host.read();

    expect(snapshot.names).toEqual([]);
    expect(snapshot.sheets).toHaveLength(1);
    const [sheet] = snapshot.sheets;
    expect(sheet).toMatchObject({ name: 'Blad1', protected: false, tables: [], merges: [] });
    expect(sheet.rows.get(1)?.[1]).toEqual({ value: 'Indikator' });
    expect(sheet.rows.get(2)?.[2]).toEqual({ value: 0.75, numFmt: '0 %' });
    expect(sheet.rows.get(3)?.[2]).toEqual({ value: { error: '#N/A' } });
    expect(host.syncs).toBe(3);
  });
});
