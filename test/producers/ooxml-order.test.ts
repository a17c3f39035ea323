/** The ECMA-376 order checker that the corpus tests hold every written part to. */
import {
  stylesheetProblems,
  tableProblems,
  workbookProblems,
  worksheetProblems,
} from './ooxml-order';
import { canonical, parseXml } from './xml-tree';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const sheet = (body: string) =>
  worksheetProblems(
    parseXml(`<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}">${body}</worksheet>`),
  );

const DATA =
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><f>1+1</f><v>2</v></c></row>' +
  '<row r="3"><c r="B3"><v>1</v></c></row></sheetData>';

describe('the worksheet order (CT_Worksheet)', () => {
  it('accepts a sheet in the standard order, with extensions of other namespaces anywhere', () => {
    expect(
      sheet(
        '<sheetPr/><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0">' +
          '<pane ySplit="1" topLeftCell="A2" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
          '<cols><col min="1" max="2" width="9"/><col min="3" max="3" width="20"/></cols>' +
          DATA +
          '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>' +
          '<conditionalFormatting sqref="A1"/><conditionalFormatting sqref="B1"/>' +
          '<dataValidations count="0"/><hyperlinks><hyperlink ref="A1" location="B!A1"/></hyperlinks>' +
          '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
          '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>' +
          '<mc:AlternateContent><mc:Choice Requires="x14"/></mc:AlternateContent>' +
          '<tableParts count="1"><tablePart r:id="rId3"/></tableParts><extLst/>',
      ),
    ).toEqual([]);
  });

  it('names an element that comes too late or too early', () => {
    expect(sheet(`${DATA}<tableParts count="0"/><legacyDrawing r:id="rId2"/>`)).toEqual([
      'worksheet: <legacyDrawing> comes after <tableParts>',
    ]);
    expect(sheet(`${DATA}<hyperlinks/><dataValidations count="0"/>`)).toEqual([
      'worksheet: <dataValidations> comes after <hyperlinks>',
    ]);
    expect(sheet(`<cols><col min="1" max="1"/></cols><sheetViews/>${DATA}`)).toEqual([
      'worksheet: <sheetViews> comes after <cols>',
    ]);
  });

  it('names a missing or repeated sheetData and an unknown element', () => {
    expect(sheet('<dimension ref="A1"/>')).toEqual(['worksheet: <sheetData> is missing']);
    expect(sheet(`${DATA}<sheetData/>`)).toEqual(['worksheet: <sheetData> occurs more than once']);
    expect(sheet(`${DATA}<hyperlink ref="A1"/>`)).toEqual([
      'worksheet: <hyperlink> is no child of <worksheet>',
    ]);
  });

  it('names rows and cells out of order, cells in the wrong row and f after v', () => {
    expect(
      sheet(
        '<sheetData><row r="2"><c r="B2"/><c r="A2"/></row><row r="1"><c r="A3"/></row>' +
          '<row r="4"><c r="A4"><v>1</v><f>1</f></c></row></sheetData>',
      ),
    ).toEqual([
      'row 2: cell A2 is out of column order',
      'row 1 comes after row 2',
      'row 1: cell A3 belongs to another row',
      'cell A4: <f> comes after <v>',
    ]);
  });

  it('names overlapping columns and a pane after the selection', () => {
    expect(
      sheet(
        '<sheetViews><sheetView workbookViewId="0"><selection/><pane state="frozen"/></sheetView></sheetViews>' +
          `<cols><col min="1" max="3"/><col min="3" max="4"/></cols>${DATA}`,
      ),
    ).toEqual([
      'cols: column 3 overlaps or comes before 3',
      'sheetView: <pane> comes after <selection>',
    ]);
  });
});

describe('the other parts Målkoll writes', () => {
  it('workbook: definedNames before calcPr', () => {
    const wb = (body: string) =>
      workbookProblems(parseXml(`<workbook xmlns="${MAIN}">${body}</workbook>`));
    expect(wb('<bookViews/><sheets/><definedNames/><calcPr/>')).toEqual([]);
    expect(wb('<sheets/><calcPr/><definedNames/>')).toEqual([
      'workbook: <definedNames> comes after <calcPr>',
    ]);
  });

  it('styles: cellXfs after cellStyleXfs, dxfs after cellStyles', () => {
    const st = (body: string) =>
      stylesheetProblems(parseXml(`<styleSheet xmlns="${MAIN}">${body}</styleSheet>`));
    expect(
      st('<numFmts/><fonts/><fills/><borders/><cellStyleXfs/><cellXfs/><cellStyles/><dxfs/>'),
    ).toEqual([]);
    expect(st('<fonts/><fills/><cellXfs/><cellStyleXfs/>')).toEqual([
      'styleSheet: <cellStyleXfs> comes after <cellXfs>',
    ]);
  });

  it('table: tableColumns required, tableStyleInfo after it', () => {
    const tb = (body: string) => tableProblems(parseXml(`<table xmlns="${MAIN}">${body}</table>`));
    expect(tb('<autoFilter/><tableColumns/><tableStyleInfo/>')).toEqual([]);
    expect(tb('<tableStyleInfo/><tableColumns/>')).toEqual([
      'table: <tableColumns> comes after <tableStyleInfo>',
    ]);
    expect(tb('<autoFilter/>')).toEqual(['table: <tableColumns> is missing']);
  });
});

describe('canonical elements', () => {
  it('ignore prefixes, attribute order and whitespace between elements, but not values', () => {
    const a = parseXml(`<x:a xmlns:x="${MAIN}" p="1" q="2">\n  <x:b>t</x:b>\n</x:a>`);
    const b = parseXml(`<a xmlns="${MAIN}" q="2" p="1"><b>t</b></a>`);
    const c = parseXml(`<a xmlns="${MAIN}" q="2" p="1"><b>u</b></a>`);
    expect(canonical(a)).toBe(canonical(b));
    expect(canonical(a)).not.toBe(canonical(c));
  });
});
