/**
 * Merged areas, however many: Excel fails to list more than 512 at once and
 * lists an area only in the range that holds its top-left cell; the adapter
 * reads them in row bands so that the pre-write check always sees them.
 */
import { createFakeExcel, type FakeWorkbookInit } from '../../support/fake-excel';
import { hostFor } from './helpers';

/** `count` merged areas of two cells (A:B) in rows 2…, `perRow` side by side. */
function merged(count: number, perRow = 1): FakeWorkbookInit {
  const merges: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = 2 + Math.floor(i / perRow);
    const left = 1 + 3 * (i % perRow);
    merges.push(`${String.fromCharCode(64 + left)}${row}:${String.fromCharCode(65 + left)}${row}`);
  }
  const rows = Array.from({ length: 2 + Math.ceil(count / perRow) }, (_, r) => [`rad ${r}`]);
  return {
    sheets: [
      { name: 'Liten', rows: [['a', 'b']], merges: ['A1:B1'] },
      { name: 'Många', rows, merges },
    ],
  };
}

describe('the fake, like Excel', () => {
  it('fails to list more than 512 merged areas, and lists an area only from its top-left cell', async () => {
    const fake = createFakeExcel(merged(600));
    const many = fake.Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem('Många')
        .getRange()
        .getMergedAreasOrNullObject()
        .load('address');
      await context.sync();
      return areas.address;
    });
    await expect(many).rejects.toMatchObject({ code: 'GeneralException' });
    const partOf = await fake.Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem('Många')
        .getRange('B2:B3')
        .getMergedAreasOrNullObject();
      await context.sync();
      return areas.isNullObject;
    });
    expect(partOf).toBe(true);
  });
});

describe('OfficeJsHost.read: merged areas', () => {
  it('finds all 2,000 merged areas of a sheet, and the few of another', async () => {
    const init = merged(2_000);
    // Empty merged cells to the right, where Målkoll's columns would go, count too.
    init.sheets![1].merges!.push('K10:L10');
    const fake = createFakeExcel(init);
    const host = hostFor(fake);
    const snapshot = await host.read();
    const many = snapshot.sheets.find((s) => s.name === 'Många')!;
    expect(many.merges).toHaveLength(2_001);
    expect(many.merges).toContainEqual({ top: 10, left: 11, bottom: 10, right: 12 });
    expect(many.merges).toContainEqual({ top: 2001, left: 1, bottom: 2001, right: 2 });
    expect(new Set(many.merges.map((m) => `${m.top}:${m.left}`)).size).toBe(2_001);
    expect(snapshot.sheets.find((s) => s.name === 'Liten')!.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
  });

  it('splits bands that hold more than 512 areas (three a row)', async () => {
    const fake = createFakeExcel(merged(3_000, 3));
    const snapshot = await hostFor(fake).read();
    expect(snapshot.sheets.find((s) => s.name === 'Många')!.merges).toHaveLength(3_000);
  });

  it('asks for the merges whole, in the same sync as the rest, when a sheet has few', async () => {
    const few = createFakeExcel(merged(100));
    const host = hostFor(few);
    await host.read();
    expect(host.syncs).toBe(3);
  });
});
