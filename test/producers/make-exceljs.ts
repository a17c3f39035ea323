/**
 * The exceljs member of the corpus: the indicator table of indicators.json as
 * an Excel table, written by exceljs (as Node tools write workbooks), with a
 * note, an image, data validation, a conditional format, a defined name,
 * frozen panes and a hidden sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Workbook } from 'exceljs';

export interface IndicatorData {
  sheet: string;
  table: string;
  headers: string[];
  pct: string;
  percentColumns: string[];
  rows: (string | number | null)[][];
  lists: { sheet: string; header: string; values: string[] };
}

export const INDICATORS = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'indicators.json'), 'utf8'),
) as IndicatorData;

/** A small striped PNG (8-bit RGB), made here so that no file from elsewhere is needed. */
export function png(width = 48, height = 24): Buffer {
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(0);
    for (let x = 0; x < width; x++) {
      raw.push(
        ...((Math.floor(x / 8) + Math.floor(y / 8)) % 2 ? [0x1f, 0x6f, 0xb4] : [0xf2, 0xc8, 0x1e]),
      );
    }
  }
  const chunk = (kind: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(kind, 'latin1'), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function makeExcelJsWorkbook(outDir: string): Promise<string> {
  const data = INDICATORS;
  const lastRow = data.rows.length + 1;
  const wb = new Workbook();
  wb.creator = 'Målkoll corpus';
  // Fixed dates: the producer's output is the same on every run.
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 15));
  const ws = wb.addWorksheet(data.sheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  ws.addTable({
    name: data.table,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: data.headers.map((name) => ({ name, filterButton: true })),
    rows: data.rows.map((row) => [...row]),
  });
  for (const header of data.percentColumns) {
    const col = data.headers.indexOf(header) + 1;
    for (let r = 2; r <= lastRow; r++) ws.getCell(r, col).numFmt = data.pct;
  }
  ws.getColumn(1).width = 44;
  ws.getCell('A2').note = 'Källa: kommunens e-postsystem, stickprov varje tertial.';

  const lists = wb.addWorksheet(data.lists.sheet, { state: 'hidden' });
  lists.addRow([data.lists.header]);
  for (const word of data.lists.values) lists.addRow([word]);

  for (let r = 2; r <= lastRow; r++) {
    ws.getCell(`D${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`${data.lists.sheet}!$A$2:$A$${data.lists.values.length + 1}`],
    };
  }
  ws.addConditionalFormatting({
    ref: `F2:G${lastRow}`,
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        priority: 1,
        formulae: [0.5],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  const image = wb.addImage({ buffer: png() as unknown as ArrayBuffer, extension: 'png' });
  ws.addImage(image, `I${lastRow + 3}:J${lastRow + 5}`);
  wb.definedNames.add(`${data.sheet}!$F$2:$F$${lastRow}`, 'Utfall_2023');

  const file = path.join(outDir, 'exceljs.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
