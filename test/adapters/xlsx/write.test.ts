/**
 * Writing a plan into a package: only the parts the plan needs change, every
 * other part keeps its bytes, the changed parts are well-formed and keep the
 * order of their elements, and the same plan on the same package gives the
 * same bytes.
 */
import { SaxesParser } from 'saxes';
import { XlsxHost } from '../../../src/adapters/xlsx';
import type { WritePlan } from '../../../src/workbook/plan/types';
import type { CellRange } from '../../../src/workbook/snapshot';
import { buildPackage, MAIN, sheetXml, text, unzip } from './packages';

const r = (top: number, left: number, bottom = top, right = left): CellRange => ({
  top,
  left,
  bottom,
  right,
});

const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 0, 255]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
const CHART = `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>`;

/** A user's sheet with an x: prefix and much that Målkoll must leave alone. */
function userSheet(): string {
  const rows =
    '<x:row r="1" spans="1:3"><x:c r="A1" t="inlineStr"><x:is><x:t>Indikator</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Utfall 2023</x:t></x:is></x:c></x:row>' +
    '<x:row r="2" spans="1:3" ht="30" customHeight="1"><x:c r="A2" t="inlineStr"><x:is><x:t>Sjuktal</x:t></x:is></x:c><x:c r="B2"><x:v>0.5</x:v></x:c><x:c r="C2"><x:f>B2*2</x:f><x:v>1</x:v></x:c></x:row>' +
    '<x:row r="5"><x:c r="A5"><x:v>5</x:v></x:c></x:row>';
  return sheetXml(
    rows,
    '<x:conditionalFormatting sqref="A:XFD"><x:cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><x:formula>0</x:formula></x:cfRule></x:conditionalFormatting>' +
      '<x:dataValidations count="1"><x:dataValidation type="whole" sqref="A1:XFD1048576"><x:formula1>0</x:formula1></x:dataValidation></x:dataValidations>' +
      '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<x:drawing r:id="rIdX1"/><x:tableParts count="1"><x:tablePart r:id="rIdT1"/></x:tableParts>',
    'x',
    '<x:dimension ref="A1:C5"/><x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews><x:sheetFormatPr defaultRowHeight="15"/>',
  );
}

const TABLE = `<table xmlns="${MAIN}" id="1" name="Tabell1" displayName="Tabell1" ref="A1:B2"><autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="Indikator"/><tableColumn id="2" name="Utfall 2023"/></tableColumns></table>`;

function userPackage(): Buffer {
  return buildPackage({
    prefix: 'x',
    sheets: [
      {
        name: 'Nämnd A',
        part: 'xl/worksheets/sheet1.xml',
        xml: userSheet(),
        tables: { 'xl/tables/table1.xml': TABLE },
        extra: [
          [
            'drawing',
            'xl/drawings/drawing1.xml',
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
            'application/vnd.openxmlformats-officedocument.drawing+xml',
          ],
        ],
      },
      {
        name: 'Orörd',
        part: 'xl/worksheets/sheet2.xml',
        xml: sheetXml('<row r="1"><c r="A1"><v>7</v></c></row>'),
      },
    ],
    names: '<x:definedName name="Indata">\'Nämnd A\'!$A$1:$B$2</x:definedName>',
    parts: {
      'xl/vbaProject.bin': VBA,
      'xl/media/image1.png': PNG,
      'xl/charts/chart1.xml': CHART,
      'xl/calcChain.xml': `<calcChain xmlns="${MAIN}"><c r="C2" i="1"/></calcChain>`,
      'docProps/core.xml':
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>',
    },
  });
}

function plan(): WritePlan {
  return {
    clear: [],
    sheets: [{ name: 'Sammanställning', replaces: null, columnWidths: [30, 12], freezeRows: 1 }],
    tables: [
      { sheet: 'Nämnd A', table: 'Tabell1', right: 4, headers: ['Bedömning', 'Motivering'] },
    ],
    values: [
      { sheet: 'Nämnd A', top: 2, left: 3, values: [['=1+1', 'Text & <mer>']] },
      {
        sheet: 'Sammanställning',
        top: 1,
        left: 1,
        values: [
          ['Rubrik', 0.75],
          ['Länk', null],
        ],
      },
    ],
    styles: [
      {
        sheet: 'Nämnd A',
        style: { fill: '#C6EFCE', fontColor: '#006100', bold: true },
        ranges: [r(2, 3, 2, 4)],
      },
      { sheet: 'Sammanställning', style: { numFmt: '0 %', wrap: true }, ranges: [r(1, 2)] },
    ],
    links: [
      {
        sheet: 'Sammanställning',
        row: 2,
        col: 2,
        text: 'Nämnd A!B2',
        targetSheet: 'Nämnd A',
        targetCell: 'B2',
      },
    ],
    columnWidths: [{ sheet: 'Nämnd A', col: 3, width: 18 }],
    marks: [{ name: 'Malkoll_Kolumner_1', sheet: 'Nämnd A', range: r(1, 3, 2, 4) }],
  };
}

async function written(source: Buffer, p: WritePlan = plan()): Promise<Buffer> {
  const host = await XlsxHost.fromBytes(source);
  await host.apply(p);
  return host.bytes({ date: '2024-09-30' });
}

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  parser.write(xml).close();
  return true;
}

/** The top-level elements of a worksheet part, by local name, in order. */
function topLevel(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const names: string[] = [];
  let depth = 0;
  parser.on('opentag', (t) => {
    if (depth === 1) names.push(t.local);
    depth++;
  });
  parser.on('closetag', () => depth--);
  parser.write(xml).close();
  return names;
}

describe('XlsxHost writes a plan into a copy of the package', () => {
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;
  let output: Buffer;

  beforeAll(async () => {
    const source = userPackage();
    before = unzip(source);
    output = await written(source);
    after = unzip(output);
  });

  it('leaves every part it does not need byte-identical', () => {
    const changed = new Set([
      'xl/worksheets/sheet1.xml',
      'xl/tables/table1.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/calcChain.xml',
      'docProps/core.xml',
    ]);
    for (const [name, bytes] of Object.entries(before)) {
      if (changed.has(name)) continue;
      expect({ name, same: Buffer.from(after[name] ?? []).equals(Buffer.from(bytes)) }).toEqual({
        name,
        same: true,
      });
    }
    expect(
      Object.keys(after)
        .filter((n) => !(n in before))
        .sort(),
    ).toEqual(['xl/styles.xml', 'xl/worksheets/sheet3.xml']);
  });

  it('writes well-formed parts, keeps the sheet’s elements in ECMA-376 order, and the rest of them as they were', () => {
    for (const [name, bytes] of Object.entries(after)) {
      if (/\.(xml|rels)$/.test(name))
        expect({ name, ok: wellFormed(text(bytes)) }).toEqual({ name, ok: true });
    }
    const sheet = text(after['xl/worksheets/sheet1.xml']);
    expect(topLevel(sheet)).toEqual([
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'conditionalFormatting',
      'dataValidations',
      'pageMargins',
      'drawing',
      'tableParts',
    ]);
    const old = text(before['xl/worksheets/sheet1.xml']);
    for (const kept of [
      /<x:conditionalFormatting[\s\S]*<\/x:dataValidations>/,
      /<x:row r="5">.*?<\/x:row>/,
    ]) {
      expect(sheet.match(kept)?.[0]).toBe(old.match(kept)?.[0]);
    }
    expect(sheet).toContain('<x:dimension ref="A1:D5"/>');
    expect(sheet).toContain('<x:col min="3" max="3" width="18" customWidth="1"/>');
  });

  it('writes text as inline text in the sheet’s own prefix, never as a formula', async () => {
    const sheet = text(after['xl/worksheets/sheet1.xml']);
    expect(sheet).toMatch(
      /<x:c r="C2" s="\d+" t="inlineStr"><x:is><x:t>=1\+1<\/x:t><\/x:is><\/x:c>/,
    );
    expect(sheet).toContain('<x:t>Text &amp; &lt;mer&gt;</x:t>');
    expect(sheet).not.toMatch(/<x:f>1\+1/);
    const snapshot = await (await XlsxHost.fromBytes(output)).read();
    const a = snapshot.sheets[0];
    expect(a.rows.get(2)?.[3]).toEqual({ value: '=1+1' });
    expect(a.rows.get(1)?.[3]).toEqual({ value: 'Bedömning' });
    expect(a.tables[0].columns).toEqual(['Indikator', 'Utfall 2023', 'Bedömning', 'Motivering']);
    expect(a.tables[0].range).toEqual(r(1, 1, 2, 4));
  });

  it('widens the table part: ref, autoFilter and new columns with ids of their own', () => {
    const table = text(after['xl/tables/table1.xml']);
    expect(table).toContain('ref="A1:D2"');
    expect(table).toContain('<autoFilter ref="A1:D2"/>');
    expect(table).toContain('<tableColumns count="4">');
    expect(table).toContain(
      '<tableColumn id="3" name="Bedömning"/><tableColumn id="4" name="Motivering"/>',
    );
  });

  it('drops calcChain.xml with its relationship and content type when a formula is written over', () => {
    expect(after['xl/calcChain.xml']).toBeUndefined();
    expect(text(after['xl/_rels/workbook.xml.rels'])).not.toContain('calcChain');
    expect(text(after['[Content_Types].xml'])).not.toContain('calcChain');
  });

  it('adds the new sheet after the others, keeps the views, and replaces the marks', () => {
    const book = text(after['xl/workbook.xml']);
    expect(book).toMatch(
      /<x:sheet name="Orörd"[^>]*\/><x:sheet name="Sammanställning" sheetId="3" r:id="rId\d+"\/><\/x:sheets>/,
    );
    expect(book).toContain('<x:workbookView activeTab="0"/>');
    expect(book).toContain(
      `<x:definedName name="Malkoll_Kolumner_1">'Nämnd A'!$C$1:$D$2</x:definedName>`,
    );
    const summary = text(after['xl/worksheets/sheet3.xml']);
    expect(summary).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(summary).toContain(`<hyperlink ref="B2" location="'Nämnd A'!B2" display="Nämnd A!B2"/>`);
    expect(text(after['docProps/core.xml'])).toContain('2024-09-30T00:00:00Z</dcterms:modified>');
    expect(text(after['docProps/core.xml'])).toContain('2020-01-01T00:00:00Z</dcterms:created>');
  });

  it('adds styles (a new styles part where there was none) that read back as the plan asked', async () => {
    const styles = text(after['xl/styles.xml']);
    expect(styles).toContain('<fgColor rgb="FFC6EFCE"/>');
    expect(styles).toContain('<color rgb="FF006100"/>');
    expect(styles).toContain('formatCode="0 %"');
    const snapshot = await (await XlsxHost.fromBytes(output)).read();
    expect(snapshot.sheets[2].rows.get(1)?.[2]).toEqual({ value: 0.75, numFmt: '0 %' });
  });

  it('gives the same bytes for the same plan on the same package', async () => {
    const again = await written(userPackage());
    expect(again.equals(output)).toBe(true);
  });

  it('keeps calcChain.xml as it was when no formula is touched', async () => {
    const quiet: WritePlan = {
      clear: [],
      sheets: [],
      tables: [],
      values: [{ sheet: 'Orörd', top: 3, left: 1, values: [['x']] }],
      styles: [],
      links: [],
      columnWidths: [],
    };
    const out = unzip(await written(userPackage(), quiet));
    expect(
      Buffer.from(out['xl/calcChain.xml']).equals(Buffer.from(before['xl/calcChain.xml'])),
    ).toBe(true);
    expect(
      Buffer.from(out['xl/worksheets/sheet1.xml']).equals(
        Buffer.from(before['xl/worksheets/sheet1.xml']),
      ),
    ).toBe(true);
  });
});

describe('a sheet another program wrote out of ECMA-376 order', () => {
  // exceljs writes <legacyDrawing> (its notes) after <tableParts>, which Excel repairs.
  const misordered = sheetXml(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Indikator</t></is></c></row>',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts>' +
      '<legacyDrawing r:id="rIdV1"/>',
  );

  it('is written in the standard’s order once Målkoll writes in it, every element kept whole', async () => {
    const source = buildPackage({
      sheets: [{ name: 'Data', part: 'xl/worksheets/sheet1.xml', xml: misordered }],
    });
    const out = unzip(
      await written(source, {
        clear: [],
        sheets: [],
        tables: [],
        values: [{ sheet: 'Data', top: 1, left: 2, values: [['Bedömning']] }],
        styles: [],
        links: [],
        columnWidths: [],
      }),
    );
    const sheet = text(out['xl/worksheets/sheet1.xml']);
    expect(topLevel(sheet)).toEqual(['sheetData', 'pageMargins', 'legacyDrawing', 'tableParts']);
    expect(sheet).toContain('<legacyDrawing r:id="rIdV1"/>');
    expect(sheet).toContain('<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts>');
    expect(sheet).toContain('Bedömning');
  });

  it('is left as it was, bytes and order, when Målkoll does not write in it', async () => {
    const source = buildPackage({
      sheets: [
        { name: 'Data', part: 'xl/worksheets/sheet1.xml', xml: misordered },
        { name: 'Annat', part: 'xl/worksheets/sheet2.xml', xml: sheetXml('') },
      ],
    });
    const out = unzip(
      await written(source, {
        clear: [],
        sheets: [],
        tables: [],
        values: [{ sheet: 'Annat', top: 1, left: 1, values: [['x']] }],
        styles: [],
        links: [],
        columnWidths: [],
      }),
    );
    expect(text(out['xl/worksheets/sheet1.xml'])).toBe(misordered);
  });
});
