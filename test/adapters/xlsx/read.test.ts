/** Reading packages as other programs write them, built in the test from handwritten parts. */
import { XlsxHost } from '../../../src/adapters/xlsx';
import type { Cell, SheetData, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { buildPackage, MAIN, REL, sheetXml } from './packages';

async function read(bytes: Buffer): Promise<WorkbookSnapshot> {
  return (await XlsxHost.fromBytes(bytes)).read();
}

function cellsOf(sheet: SheetData): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [row, cells] of sheet.rows) {
    cells.forEach((cell, col) => {
      if (cell) out[`${String.fromCharCode(64 + col)}${row}`] = cell;
    });
  }
  return out;
}

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0 %"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe('XlsxHost reads', () => {
  it('x:-prefixed parts, absolute targets and a sheet part with its own name', async () => {
    const rows =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12.5</x:v></x:c></x:row>';
    const snapshot = await read(
      buildPackage({
        prefix: 'x',
        absoluteTargets: true,
        sheets: [{ name: 'Data', part: 'xl/worksheets/data.xml', xml: sheetXml(rows, '', 'x') }],
        sharedStrings: `<x:sst xmlns:x="${MAIN}" count="1"><x:si><x:t>Indikator</x:t></x:si></x:sst>`,
      }),
    );
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Data']);
    expect(cellsOf(snapshot.sheets[0])).toEqual({
      A1: { value: 'Indikator' },
      B1: { value: 12.5 },
    });
  });

  it('shared strings: empty, rich text, phonetic runs left out, CDATA and _xHHHH_ escapes', async () => {
    const sst =
      `<sst xmlns="${MAIN}">` +
      '<si><t/></si>' +
      '<si><r><t>Sjuk</t></r><r><rPr><b/></rPr><t xml:space="preserve">tal </t></r></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>' +
      '<si><t><![CDATA[a < b & c]]></t></si>' +
      '<si><t>rad_x000D_ett_x005F_x0041_</t></si>' +
      '</sst>';
    const rows = [0, 1, 2, 3, 4]
      .map((i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`)
      .join('');
    const [sheet] = (
      await read(
        buildPackage({
          sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(rows) }],
          sharedStrings: sst,
        }),
      )
    ).sheets;
    expect(cellsOf(sheet)).toEqual({
      A1: { value: '' },
      A2: { value: 'Sjuktal ' },
      A3: { value: '漢字' },
      A4: { value: 'a < b & c' },
      A5: { value: 'rad\rett_x0041_' },
    });
  });

  it('inline strings, formula strings, booleans, errors, ISO dates and cells without r', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c><c t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>' +
      '<c t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c></row>' +
      '<row><c r="A2" t="d"><v>2024-01-15T00:00:00</v></c><c r="B2" t="inlineStr"><is><t/></is></c><c r="C2"><v></v></c><c r="D2"><v>NaN</v></c></row>';
    const [sheet] = (
      await read(
        buildPackage({
          sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(rows) }],
        }),
      )
    ).sheets;
    expect(cellsOf(sheet)).toEqual({
      A1: { value: 'inline' },
      B1: { value: 'rich' },
      C1: { value: 'xy', formula: '="x"&"y"' },
      D1: { value: true },
      E1: { value: { error: '#DIV/0!' } },
      A2: { value: new Date(Date.UTC(2024, 0, 15)) },
      B2: { value: '' },
    });
  });

  it('number formats: percentages, built-in and custom dates, in the 1900 and the 1904 systems', async () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>0.825</v></c><c r="B1" s="2"><v>45306</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>45306</v></c><c r="E1" s="0"><v>45306</v></c></row>';
    const sheets = [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(rows) }];
    const [s1900] = (await read(buildPackage({ sheets, styles: STYLES }))).sheets;
    const jan15 = new Date(Date.UTC(2024, 0, 15));
    expect(cellsOf(s1900)).toEqual({
      A1: { value: 0.825, numFmt: '0.0 %' },
      B1: { value: jan15, numFmt: 'mm-dd-yy' },
      C1: { value: 0.5, numFmt: '0%' },
      D1: { value: jan15, numFmt: 'yyyy\\-mm\\-dd;@' },
      E1: { value: 45306 },
    });
    const [s1904] = (await read(buildPackage({ sheets, styles: STYLES, date1904: true }))).sheets;
    expect(cellsOf(s1904).B1.value).toEqual(new Date(Date.UTC(2028, 0, 16)));
  });

  it('a formula whose result is empty text apart from one no program calculated', async () => {
    const rows =
      '<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c><c r="C1"><f>B1*2</f></c><c r="D1" t="s"><v></v></c></row>';
    const [sheet] = (
      await read(
        buildPackage({
          sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(rows) }],
        }),
      )
    ).sheets;
    expect(cellsOf(sheet)).toEqual({
      A1: { value: '', formula: '=IF(B1="","",B1)' },
      C1: { value: null, formula: '=B1*2' },
    });
  });

  it('shared formulas as each cell shows them, with their cached values', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>7</v></c></row>';
    const [sheet] = (
      await read(
        buildPackage({
          sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(rows) }],
        }),
      )
    ).sheets;
    expect(cellsOf(sheet).B3).toEqual({ value: 7, formula: '=A3*2+$A$1' });
  });

  it('merges (only the top-left cell counts), protection, and 50,000 merged ranges', async () => {
    const merges = Array.from(
      { length: 50_000 },
      (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`,
    ).join('');
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Rubrik</t></is></c><c r="B1" t="inlineStr"><is><t>dold</t></is></c></row>';
    const xml = sheetXml(
      rows,
      `<sheetProtection sheet="1" objects="1"/><mergeCells count="50001"><mergeCell ref="A1:B1"/>${merges}</mergeCells>`,
    );
    const [sheet] = (
      await read(buildPackage({ sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml }] }))
    ).sheets;
    expect(cellsOf(sheet)).toEqual({ A1: { value: 'Rubrik' } });
    expect(sheet.merges).toHaveLength(50_001);
    expect(sheet.protected).toBe(true);
  });

  it('tables with and without a style, a header row or a totals row', async () => {
    const table = (name: string, ref: string, extra: string, style: string) =>
      `<table xmlns="${MAIN}" id="1" name="${name}_intern" displayName="${name}" ref="${ref}" ${extra}><tableColumns count="2"><tableColumn id="1" name="Indikator"/><tableColumn id="2" name="Rad_x000a_två"/></tableColumns>${style}</table>`;
    const [sheet] = (
      await read(
        buildPackage({
          sheets: [
            {
              name: 'S',
              part: 'xl/worksheets/sheet1.xml',
              xml: sheetXml(
                '',
                '<tableParts count="3"><tablePart r:id="rIdT1"/><tablePart r:id="rIdT2"/><tablePart r:id="rIdT3"/></tableParts>',
              ),
              tables: {
                'xl/tables/table1.xml': table('Utan', 'A1:B4', '', ''),
                'xl/tables/table2.xml': table(
                  'Med',
                  'D1:E5',
                  'totalsRowCount="1"',
                  '<tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/>',
                ),
                'xl/tables/table3.xml': table('Huvudlös', 'G1:H3', 'headerRowCount="0"', ''),
              },
            },
          ],
        }),
      )
    ).sheets;
    expect(sheet.tables).toEqual([
      {
        name: 'Utan',
        range: { top: 1, left: 1, bottom: 4, right: 2 },
        columns: ['Indikator', 'Rad\ntvå'],
        headerRow: true,
        totalsRow: false,
      },
      {
        name: 'Med',
        range: { top: 1, left: 4, bottom: 5, right: 5 },
        columns: ['Indikator', 'Rad\ntvå'],
        headerRow: true,
        totalsRow: true,
      },
      {
        name: 'Huvudlös',
        range: { top: 1, left: 7, bottom: 3, right: 8 },
        columns: ['Indikator', 'Rad\ntvå'],
        headerRow: false,
        totalsRow: false,
      },
    ]);
  });

  it('workbook-level names to one range; sheet-level names, lists and constants are left out', async () => {
    const names =
      `<definedName name="Indata">'Nämnd A'!$B$1:$D$4</definedName>` +
      `<definedName name="Lokal" localSheetId="0">'Nämnd A'!$A$1</definedName>` +
      `<definedName name="Två">'Nämnd A'!$A$1,'Nämnd A'!$B$2</definedName>` +
      '<definedName name="Moms">0.25</definedName>';
    const snapshot = await read(
      buildPackage({
        names,
        sheets: [{ name: 'Nämnd A', part: 'xl/worksheets/sheet1.xml', xml: sheetXml('') }],
      }),
    );
    expect(snapshot.names).toEqual([
      { name: 'Indata', sheet: 'Nämnd A', range: { top: 1, left: 2, bottom: 4, right: 4 } },
    ]);
  });

  it('a whole-sheet validation and a whole-column format without expanding them, and empty parts', async () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<conditionalFormatting sqref="A:XFD"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
    );
    const snapshot = await read(
      buildPackage({
        sheets: [
          { name: 'Stor', part: 'xl/worksheets/sheet1.xml', xml },
          { name: 'Tom', part: 'xl/worksheets/sheet2.xml', xml: '' },
        ],
        sharedStrings: '',
        parts: { 'docProps/thumbnail.png': new Uint8Array(0) },
      }),
    );
    expect(snapshot.sheets.map((s) => [s.name, s.rows.size])).toEqual([
      ['Stor', 1],
      ['Tom', 0],
    ]);
  });

  it('only worksheets: a chart sheet is kept in the package but has no cells to read', async () => {
    const bytes = buildPackage({
      workbookXml: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rIdS1"/><sheet name="Diagram" sheetId="2" r:id="rIdC"/></sheets></workbook>`,
      sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', xml: sheetXml('') }],
    });
    expect((await read(bytes)).sheets.map((s) => s.name)).toEqual(['S']);
  });
});
