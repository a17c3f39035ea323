import { ownedIn, ownedSheet, sheetMarkKind, sheetMarkName } from '../../src/workbook/ownership';
import type { SheetData, WorkbookSnapshot } from '../../src/workbook/snapshot';

const A1 = { top: 1, left: 1, bottom: 1, right: 1 };

function sheet(name: string): SheetData {
  return { name, rows: new Map(), tables: [], merges: [], protected: false };
}

function book(names: [string, string][], sheets: string[]): WorkbookSnapshot {
  return {
    sheets: sheets.map(sheet),
    names: names.map(([name, s]) => ({ name, sheet: s, range: A1 })),
  };
}

describe('sheet marks say which of Målkoll’s sheets a sheet is (§9)', () => {
  it('finds each sheet by its kind, whatever the sheets are called or where they stand', () => {
    const snapshot = book(
      [
        [sheetMarkName('kolada'), 'Blad9'],
        [sheetMarkName('history'), 'Summary'],
        [sheetMarkName('summary'), 'Historik'],
      ],
      ['Historik', 'Data', 'Summary', 'Blad9'],
    );
    const owned = ownedIn(snapshot);
    expect(ownedSheet(owned, 'summary')).toBe('Historik');
    expect(ownedSheet(owned, 'history')).toBe('Summary');
    expect(ownedSheet(owned, 'kolada')).toBe('Blad9');
    expect(owned.sheets.sort()).toEqual(['Blad9', 'Historik', 'Summary']);
  });

  it('reads version 1’s numbered mark as the summary’s', () => {
    const owned = ownedIn(book([['Malkoll_Blad_1', 'Sammanställning']], ['Sammanställning']));
    expect(ownedSheet(owned, 'summary')).toBe('Sammanställning');
    expect(ownedSheet(owned, 'history')).toBeNull();
  });

  it('keeps a second mark of one kind apart by number, and names kinds in any case', () => {
    expect(sheetMarkName('summary', 2)).toBe('Malkoll_Blad_Sammanstallning_2');
    expect(sheetMarkKind('MALKOLL_BLAD_HISTORIK')).toBe('history');
    expect(sheetMarkKind('Malkoll_Blad_Sammanstallning_2')).toBe('summary');
    expect(sheetMarkKind('Malkoll_Kolumner_1')).toBeNull();
  });

  it('still owns a sheet whose mark names a kind it does not know, without giving it a kind', () => {
    const owned = ownedIn(book([['Malkoll_Blad_Framtid', 'Ny']], ['Ny']));
    expect(owned.sheets).toEqual(['Ny']);
    expect(owned.kinds).toEqual([]);
  });

  it('ignores a mark left behind by a deleted sheet', () => {
    const owned = ownedIn(book([[sheetMarkName('history'), 'Borta']], ['Data']));
    expect(ownedSheet(owned, 'history')).toBeNull();
  });
});
