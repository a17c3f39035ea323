/**
 * Charts on Målkoll's own sheets (§11: the status counts per focus area): a
 * drawing part that anchors them to cells, and one chart part each with a
 * stacked bar chart, one series per status in its fill colour, and a legend.
 * The chart only points at cells the plan writes; Excel and LibreOffice
 * read the values from there. Element order follows ECMA-376 Part 1, §21.2.
 */
import { absoluteRef } from '../../workbook/address';
import type { ChartPlan } from '../../workbook/plan/types';
import { relativeTarget, type Package } from './package';
import { addRels, CONTENT_TYPE, freeRelId, readRels, REL_TYPE, updateContentTypes } from './rels';
import { escapeAttr, escapeText } from './xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Adds the charts of one sheet; returns the sheet's relationship id of their drawing. */
export function addCharts(pkg: Package, sheetPart: string, charts: ChartPlan[]): string {
  const drawing = freePart(pkg, 'xl/drawings/drawing', '.xml');
  const chartParts: string[] = [];
  const anchors = charts.map((chart, i) => {
    const part = freePart(pkg, 'xl/charts/chart', '.xml', chartParts);
    chartParts.push(part);
    pkg.setText(part, chartXml(chart));
    return anchorXml(chart, i);
  });
  pkg.setText(
    drawing,
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`,
  );
  addRels(
    pkg,
    drawing,
    chartParts.map((part, i) => ({
      id: `rId${i + 1}`,
      type: REL_TYPE.chart,
      target: relativeTarget(drawing, part),
    })),
  );
  const relId = freeRelId(readRels(pkg, sheetPart));
  addRels(pkg, sheetPart, [
    { id: relId, type: REL_TYPE.drawing, target: relativeTarget(sheetPart, drawing) },
  ]);
  updateContentTypes(
    pkg,
    [
      { part: drawing, type: CONTENT_TYPE.drawing },
      ...chartParts.map((part) => ({ part, type: CONTENT_TYPE.chart })),
    ],
    [],
  );
  return relId;
}

/** The first free name: xl/charts/chart1.xml, chart2.xml … */
function freePart(pkg: Package, stem: string, ext: string, taken: string[] = []): string {
  let n = 1;
  while (pkg.has(`${stem}${n}${ext}`) || taken.includes(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

function anchorXml(chart: ChartPlan, i: number): string {
  const { top, left, bottom, right } = chart.anchor;
  const point = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    point('from', left - 1, top - 1) +
    point('to', right, bottom) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

export function chartXml(chart: ChartPlan): string {
  const categories = absoluteRef(chart.categories.sheet, chart.categories.range);
  const series = chart.series
    .map(
      (s, i) =>
        '<c:ser>' +
        `<c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${rgb(s.color)}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat><c:strRef><c:f>${escapeText(categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(absoluteRef(s.values.sheet, s.values.range))}</c:f></c:numRef></c:val>` +
        '</c:ser>',
    )
    .join('');
  const title =
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" b="1"/><a:t>${escapeText(chart.title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    title +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>' +
    series +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>` +
    '</c:barChart>' +
    // Categories top to bottom in the order of the table; the value axis then stays below.
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '</c:chartSpace>'
  );
}

function rgb(hex: string): string {
  return hex.replace('#', '').toUpperCase();
}
