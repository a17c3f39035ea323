/** A small workbook, a hand-made write plan and its removal plan, shared by the adapter tests. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRange } from '../../../src/workbook/address';
import type { RemovalPlan, WritePlan } from '../../../src/workbook/plan/types';
import type { Cell, CellRange, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { buildZip, unzipEntries } from './zip-writer';

export function range(ref: string): CellRange {
  const r = parseRange(ref);
  if (!r) throw new Error(ref);
  return r;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'malkoll-adapter-'));
}

function row(...cells: (Cell | undefined)[]): Cell[] {
  const out: Cell[] = [];
  cells.forEach((c, i) => {
    if (c) out[i + 1] = c;
  });
  return out;
}

const v = (value: Cell['value'], extra: Partial<Cell> = {}): Cell => ({ value, ...extra });

export const JAN_15 = new Date(Date.UTC(2024, 0, 15));

/**
 * Nämnd A: an Excel table Tabell1 (B1:D4) with percentages, an error and
 * formulas, a date beside it, a merged title below; H2 holds what an earlier
 * run wrote. Sammanställning: a
 * summary from an earlier run. Skyddat: a protected sheet.
 */
export function sampleSnapshot(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: 'Nämnd A',
        rows: new Map([
          [1, row(undefined, v('Indikator'), v('Utfall 2023'), v('Målvärde'))],
          [
            2,
            row(
              v(JAN_15, { numFmt: 'yyyy-mm-dd' }),
              v('Sjuktal'),
              v(0.82, { numFmt: '0 %' }),
              v(0.8, { numFmt: '0 %' }),
              undefined,
              undefined,
              undefined,
              v('gammal'),
            ),
          ],
          [3, row(undefined, v('Andel'), v({ error: '#N/A' }), v(5, { formula: '=2+3' }))],
          [
            4,
            row(
              undefined,
              v('Kostnad'),
              v(0, { formula: '=C2-C2' }),
              v('ja', { formula: '="ja"' }),
            ),
          ],
          [6, row(v('Rubrik'))],
        ]),
        tables: [
          {
            name: 'Tabell1',
            range: range('B1:D4'),
            columns: ['Indikator', 'Utfall 2023', 'Målvärde'],
            headerRow: true,
            totalsRow: false,
          },
        ],
        merges: [range('A6:C6')],
        protected: false,
      },
      {
        name: 'Sammanställning',
        rows: new Map([
          [1, row(v('Gammal sammanställning'))],
          [3, row(undefined, undefined, v('gammalt'))],
        ]),
        tables: [],
        merges: [],
        protected: false,
      },
      {
        name: 'Skyddat',
        rows: new Map([[1, row(v(42))]]),
        tables: [],
        merges: [],
        protected: true,
      },
    ],
    names: [
      { name: 'Indata', sheet: 'Nämnd A', range: range('B1:D4') },
      { name: 'Malkoll_Blad_1', sheet: 'Sammanställning', range: range('A1') },
      { name: 'Malkoll_Kolumner_9', sheet: 'Nämnd A', range: range('H1:H4') },
    ],
  };
}

export const FILL = '#C6EFCE';
export const FONT = '#006100';

/** Clears H2, widens Tabell1 by two columns, rewrites the summary as "Summary", adds Metod. */
export function samplePlan(): WritePlan {
  return {
    clear: [
      { sheet: 'Nämnd A', range: range('H1:H4') },
      { sheet: 'Nämnd A', range: range('D4') },
    ],
    sheets: [
      { name: 'Summary', replaces: 'Sammanställning', columnWidths: [30, 12], freezeRows: 1 },
      { name: 'Metod', replaces: null, columnWidths: [20], freezeRows: 0 },
    ],
    tables: [
      { sheet: 'Nämnd A', table: 'Tabell1', right: 6, headers: ['Bedömning', 'Motivering'] },
    ],
    values: [
      {
        sheet: 'Nämnd A',
        top: 2,
        left: 5,
        values: [
          ['=1+1', '@x'],
          ['+5', '-3'],
          [null, 0.5],
        ],
      },
      {
        sheet: 'Summary',
        top: 1,
        left: 1,
        values: [
          ['Sammanställning', null],
          [null, 0.75],
        ],
      },
      { sheet: 'Metod', top: 1, left: 1, values: [['Parameter', 'Värde']] },
    ],
    styles: [
      { sheet: 'Nämnd A', style: { fill: FILL, fontColor: FONT }, ranges: [range('E2:E3')] },
      { sheet: 'Nämnd A', style: { bold: true, italic: true, wrap: true }, ranges: [range('F2')] },
      { sheet: 'Nämnd A', style: { fill: '#FFC7CE' }, ranges: [range('C2')] },
      { sheet: 'Summary', style: { numFmt: '0 %' }, ranges: [range('B2')] },
    ],
    links: [
      {
        sheet: 'Summary',
        row: 5,
        col: 1,
        text: 'Nämnd A!C2',
        targetSheet: 'Nämnd A',
        targetCell: 'C2',
      },
    ],
    columnWidths: [{ sheet: 'Nämnd A', col: 5, width: 18 }],
    marks: [
      { name: 'Malkoll_Blad_1', sheet: 'Summary', range: range('A1') },
      { name: 'Malkoll_Kolumner_1', sheet: 'Nämnd A', range: range('E1:F4') },
    ],
  };
}

export function sampleRemoval(): RemovalPlan {
  return {
    clear: [{ sheet: 'Nämnd A', range: range('E1:F4') }],
    deleteSheets: ['Summary'],
    tableColumns: [{ sheet: 'Nämnd A', table: 'Tabell1', columns: ['Bedömning', 'Motivering'] }],
    marks: ['Malkoll_Blad_1', 'malkoll_kolumner_1'],
  };
}

/**
 * Rewrites the table parts of an .xlsx the way Excel writes them: no
 * headerRowCount attribute (it defaults to 1) and no filterColumn elements
 * (buttons shown), which exceljs misreads.
 */
export async function asExcelWritesTables(path: string): Promise<void> {
  const entries = await unzipEntries(readFileSync(path));
  const inputs = [...entries].map(([name, data]) => {
    if (!name.startsWith('xl/tables/')) return { name, data };
    const xml = data
      .toString('utf8')
      .replace(/ headerRowCount="1"/, '')
      .replace(/<autoFilter ref="([^"]+)">.*<\/autoFilter>/, '<autoFilter ref="$1"/>');
    return { name, data: xml };
  });
  writeFileSync(path, buildZip(inputs));
}
