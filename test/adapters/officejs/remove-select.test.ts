import { HostWriteError } from '../../../src/adapters/officejs';
import type { RemovalPlan } from '../../../src/workbook/plan/types';
import { createFakeExcel, type FakeWorkbookInit } from '../../support/fake-excel';
import { fakeWith, hostFor } from './helpers';

function assessed(): FakeWorkbookInit {
  return {
    sheets: [
      {
        name: 'Nämnd A',
        rows: [
          ['Indikator', 'Utfall', 'Bedömning', 'Trend', null, null, null, 'Egen'],
          ['Nöjdhet', 12, '● Uppfyllt', '↑ Förbättrad', null, null, null, 'behåll'],
        ],
        tables: [{ name: 'Tabell1', range: 'A1:D2' }],
      },
      {
        name: 'Nämnd B',
        rows: [
          ['Indikator', 'Utfall', null, 'Bedömning'],
          ['X', 3, null, '■ Ej uppfyllt'],
        ],
      },
      { name: 'Sammanställning', rows: [['Mål'], ['Mål 1']] },
    ],
    names: [
      { name: 'Malkoll_Kolumner_1', formula: "='Nämnd A'!$C$1:$D$2" },
      { name: 'Malkoll_Kolumner_2', formula: "='Nämnd B'!$D$1:$D$2" },
      { name: 'Malkoll_Blad_1', formula: '=Sammanställning!$A$1' },
      { name: 'Budget', formula: "='Nämnd A'!$B$2" },
    ],
  };
}

const removal: RemovalPlan = {
  clear: [
    { sheet: 'Nämnd A', range: { top: 1, left: 3, bottom: 2, right: 4 } },
    { sheet: 'Nämnd B', range: { top: 1, left: 4, bottom: 2, right: 4 } },
  ],
  deleteSheets: ['Sammanställning'],
  tableColumns: [{ sheet: 'Nämnd A', table: 'Tabell1', columns: ['Bedömning', 'Trend'] }],
  marks: ['Malkoll_Kolumner_1', 'Malkoll_Kolumner_2', 'Malkoll_Blad_1'],
};

describe('OfficeJsHost.remove', () => {
  it('cuts its columns off the table, clears, deletes sheets and marks, without moving the user’s cells', async () => {
    const fake = fakeWith(assessed());
    const host = hostFor(fake);
    await host.remove(removal);
    // The sheet is deleted in a run of its own (no undo support), the rest is one undo step.
    expect(fake.stats.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(fake.table('Tabell1')).toMatchObject({
      address: 'A1:B2',
      columns: ['Indikator', 'Utfall'],
    });
    expect(fake.cell('Nämnd A', 'C1')).toBeNull();
    expect(fake.cell('Nämnd A', 'D2')).toBeNull();
    expect(fake.cell('Nämnd A', 'H2')!.value).toBe('behåll');
    expect(fake.cell('Nämnd B', 'D2')).toBeNull();
    expect(fake.cell('Nämnd B', 'B2')!.value).toBe(3);
    expect(fake.sheet('Sammanställning')).toBeNull();
    expect(fake.names().map((n) => n.name)).toEqual(['Budget']);
  });

  it('takes one sync without table columns, two with (to see where they are), one more to delete sheets', async () => {
    const host = hostFor(fakeWith(assessed()));
    await host.remove({ ...removal, tableColumns: [], deleteSheets: [] });
    expect(host.syncs).toBe(1);
    const other = hostFor(fakeWith(assessed()));
    await other.remove({ ...removal, deleteSheets: [] });
    expect(other.syncs).toBe(2);
    const third = hostFor(fakeWith(assessed()));
    await third.remove(removal);
    expect(third.syncs).toBe(3);
  });

  it('deletes the columns by header where the table cannot be resized', async () => {
    const fake = createFakeExcel(assessed(), { apiVersion: '1.12' });
    await hostFor(fake).remove(removal);
    expect(fake.stats.calls['TableColumn.delete']).toBe(2);
    expect(fake.table('Tabell1')).toMatchObject({
      address: 'A1:B2',
      columns: ['Indikator', 'Utfall'],
    });
    const texts = [...fake.sheet('Nämnd A')!.cells.values()].map((c) => c.value);
    expect(texts).not.toContain('● Uppfyllt');
    expect(texts).toContain('behåll');
  });

  it('still removes the other marks when one was deleted after the read', async () => {
    const fake = fakeWith(assessed());
    const host = hostFor(fake);
    await host.read();
    fake.state.names.splice(1, 1); // Malkoll_Kolumner_2 disappears meanwhile
    await host.remove(removal);
    expect(fake.names().map((n) => n.name)).toEqual(['Budget']);
  });

  it('turns a failure into a plain message', async () => {
    const fake = fakeWith(assessed());
    const error = await hostFor(fake)
      .remove({
        ...removal,
        tableColumns: [{ sheet: 'Nämnd A', table: 'Tabell1', columns: ['Saknas'] }],
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error.message).toMatch(/finns inte längre/);
  });
});

describe('OfficeJsHost.select', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = fakeWith(assessed());
    await hostFor(fake).select('Nämnd B', 'D2');
    expect(fake.state.activeSheet?.name).toBe('Nämnd B');
    expect(fake.state.selection).toEqual({ sheet: 'Nämnd B', address: 'D2' });
  });

  it('says so when the sheet is gone', async () => {
    const error = await hostFor(fakeWith(assessed()))
      .select('Borta', 'A1')
      .catch((e) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error.sheet).toBe('Borta');
    expect(error.message).toMatch(/«Borta»/);
  });
});
