/**
 * A chart on Målkoll's own sheet from a hand-made plan: the drawing and chart
 * parts with their relationships and content types, a stacked bar chart with
 * one coloured series per status, the same parts again on a second run, and
 * LibreOffice opening the result with its chart.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { XlsxHost } from '../../../src/adapters/xlsx';
import type { WritePlan } from '../../../src/workbook/plan/types';
import type { CellRange } from '../../../src/workbook/snapshot';
import { buildPackage, sheetXml, text, unzip } from './packages';

jest.setTimeout(360_000);

const r = (top: number, left: number, bottom = top, right = left): CellRange => ({
  top,
  left,
  bottom,
  right,
});

const STATUSES = [
  ['● Uppfyllt', '#C6EFCE'],
  ['◆ Delvis uppfyllt', '#FFEB9C'],
  ['■ Ej uppfyllt', '#FFC7CE'],
];

function chartPlan(replaces: string | null): WritePlan {
  return {
    clear: [],
    sheets: [{ name: 'Sammanställning', replaces, columnWidths: [24, 8, 8, 8], freezeRows: 0 }],
    tables: [],
    values: [
      {
        sheet: 'Sammanställning',
        top: 1,
        left: 1,
        values: [
          ['Fokusområde', ...STATUSES.map(([name]) => name)],
          ['Hållbar vardag', 3, 1, 0],
          ['Hållbar natur', 1, 2, 2],
        ],
      },
    ],
    styles: [],
    links: [],
    columnWidths: [],
    charts: [
      {
        sheet: 'Sammanställning',
        anchor: r(5, 1, 20, 6),
        title: 'Måluppfyllelse per fokusområde',
        categories: { sheet: 'Sammanställning', range: r(2, 1, 3, 1) },
        series: STATUSES.map(([name, color], i) => ({
          name,
          color,
          values: { sheet: 'Sammanställning', range: r(2, 2 + i, 3, 2 + i) },
        })),
      },
    ],
    marks: [{ name: 'Malkoll_Blad_Sammanstallning', sheet: 'Sammanställning', range: r(1, 1) }],
  };
}

async function assess(source: Buffer, replaces: string | null): Promise<Buffer> {
  const host = await XlsxHost.fromBytes(source);
  await host.apply(chartPlan(replaces));
  return host.bytes({ date: '2024-09-30' });
}

const source = () =>
  buildPackage({
    sheets: [
      {
        name: 'Data',
        part: 'xl/worksheets/sheet1.xml',
        xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'),
      },
    ],
  });

describe('a chart on Målkoll’s own sheet', () => {
  let first: Buffer;
  let parts: Record<string, Uint8Array>;

  beforeAll(async () => {
    first = await assess(source(), null);
    parts = unzip(first);
  });

  it('is a stacked bar chart, overlap 100, one series per status in its colour, with a legend', () => {
    const chart = text(parts['xl/charts/chart1.xml']);
    new SaxesParser({ xmlns: true }).write(chart).close();
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(3);
    for (const [name, color] of STATUSES) {
      expect(chart).toContain(
        `<c:v>${name}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="${color.slice(1)}"/>`,
      );
    }
    expect(chart).toContain(`<c:f>'Sammanställning'!$A$2:$A$3</c:f>`);
    expect(chart).toContain(`<c:f>'Sammanställning'!$B$2:$B$3</c:f>`);
    expect(chart).toContain('<c:legend><c:legendPos val="b"/>');
  });

  it('hangs on the sheet through a drawing, with relationships and content types', () => {
    const sheet = text(parts['xl/worksheets/sheet2.xml']);
    const relId = /<drawing [^>]*r:id="(rId\d+)"/.exec(sheet)?.[1];
    expect(relId).toBeDefined();
    expect(text(parts['xl/worksheets/_rels/sheet2.xml.rels'])).toContain(
      `Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    expect(text(parts['xl/drawings/_rels/drawing1.xml.rels'])).toContain(
      'Target="../charts/chart1.xml"',
    );
    const types = text(parts['[Content_Types].xml']);
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(text(parts['xl/drawings/drawing1.xml'])).toContain(
      '<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row>',
    );
  });

  it('is written again in the same parts when the sheet is rewritten, and gives the same bytes', async () => {
    const again = await assess(first, 'Sammanställning');
    const after = unzip(again);
    expect(Object.keys(after).sort()).toEqual(Object.keys(parts).sort());
    expect(await assess(again, 'Sammanställning')).toEqual(again);
    expect((await assess(source(), null)).equals(first)).toBe(true);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
  (soffice ? it : it.skip)(
    'opens in LibreOffice, which keeps the chart when it saves the workbook',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'malkoll-chart-'));
      try {
        const input = join(dir, 'diagram.xlsx');
        writeFileSync(input, first);
        const out = join(dir, 'ut');
        execFileSync(
          soffice as string,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'xlsx',
            '--outdir',
            out,
            input,
          ],
          { stdio: 'ignore', timeout: 300_000 },
        );
        const converted = unzip(readFileSync(join(out, 'diagram.xlsx')));
        const chart = Object.entries(converted).find(([name]) =>
          /^xl\/charts\/chart\d+\.xml$/.test(name),
        );
        expect(chart).toBeDefined();
        expect(text(chart?.[1])).toMatch(/<c:grouping val="stacked"\/>/);
        expect(text(chart?.[1]).match(/<c:ser>/g)).toHaveLength(3);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
