/** A host-neutral snapshot as the fake Excel's initial workbook: cells, formats, tables, names. */
import { a1, absoluteRef, rangeA1 } from '../../src/workbook/address';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import type { FakeCellInput, FakeWorkbookInit } from './fake-excel';

export function fakeWorkbook(snapshot: WorkbookSnapshot): FakeWorkbookInit {
  return {
    sheets: snapshot.sheets.map((sheet) => {
      const cells: Record<string, FakeCellInput> = {};
      for (const [row, values] of sheet.rows) {
        values.forEach((cell, col) => {
          if (!cell || cell.value === null || cell.value instanceof Date) return;
          cells[a1(row, col)] =
            cell.numFmt || cell.formula
              ? {
                  value: cell.value,
                  ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
                  ...(cell.formula ? { formula: cell.formula } : {}),
                }
              : cell.value;
        });
      }
      const tables = sheet.tables.map((t) => ({ name: t.name, range: rangeA1(t.range) }));
      const merges = sheet.merges.map(rangeA1);
      return { name: sheet.name, cells, tables, merges, protected: sheet.protected };
    }),
    names: snapshot.names.map((n) => ({
      name: n.name,
      formula: `=${absoluteRef(n.sheet, n.range)}`,
    })),
  };
}
