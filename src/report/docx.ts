/**
 * The report to the board as a Word document (.docx), with the `docx` package:
 * A4 portrait, the document's language set, real headings (Word's navigation
 * pane shows them), tables whose header rows repeat on each page, statuses in
 * their colours with symbol and label, and the diagram as shaded table cells
 * with its text alternative under it. Lays out the model; decides nothing.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { STATUS_LOOK } from '../engine/statuses';
import type {
  Block,
  BoardReport,
  DiagramBlock,
  Inline,
  TableBlock,
  TableCell as ModelCell,
} from '../workbook/board-report/types';

/** A4 in twentieths of a point, with 2 cm margins: 9,638 twips of text width. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADER_FILL = 'D9E2F3';
const GRID = 'A6A6A6';
/** Half-points. */
const BODY_SIZE = 21;
const TABLE_SIZE = 18;

/** Activities are listed with a dash: a round bullet would look like the symbol of "Uppfyllt". */
const LIST = 'activities';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** The .docx file's bytes. */
export async function renderDocx(report: BoardReport): Promise<Uint8Array> {
  return Packer.pack(toDocument(report), 'uint8array');
}

export function toDocument(report: BoardReport): Document {
  const language = { value: report.languageTag };
  return new Document({
    creator: 'Målkoll',
    title: report.title,
    description: report.subtitle,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: BODY_SIZE, language } },
        title: { run: { font: 'Calibri', size: 44, bold: true, color: '1F3864' } },
        heading1: heading(32, '1F3864', 360),
        heading2: heading(27, '2F5496', 280),
        heading3: heading(23, '2F5496', 220),
        caption: { run: { italics: true, size: 18, color: '404040' } },
      },
    },
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '–',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: { default: footer(report.title) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
          new Paragraph({
            spacing: { after: 240 },
            children: [new TextRun({ text: report.subtitle, color: '404040' })],
          }),
          ...report.blocks.flatMap(block),
        ],
      },
    ],
  });
}

function heading(size: number, color: string, before: number) {
  return {
    run: { font: 'Calibri', size, bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  };
}

function footer(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${title} · `, size: 16, color: '595959' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }),
        ],
      }),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      // outlineLevel as well as the style: Word's navigation pane reads either.
      return [
        new Paragraph({
          heading: HEADINGS[b.level],
          outlineLevel: b.level - 1,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { before: b.spaced || b.note ? 160 : 0, after: b.note ? 0 : 80 },
          keepNext: b.spaced || b.keep,
          children: b.inlines.flatMap((i) => runs(i, BODY_SIZE)),
        }),
      ];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: LIST, level: 0 },
            children: item.flatMap((i) => runs(i, BODY_SIZE)),
          }),
      );
    case 'table':
      return [table(b), spacer()];
    case 'diagram':
      return diagram(b);
  }
}

/** Text runs; line breaks in workbook text stay line breaks. */
function runs(inline: Inline, size: number, shaded = true): TextRun[] {
  const look = inline.status ? STATUS_LOOK[inline.status] : null;
  return inline.text.split(/\r\n|\r|\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: inline.bold,
        italics: inline.italic,
        size,
        color: look ? hex(look.fontColor) : undefined,
        shading: look && shaded ? shade(look.fill) : undefined,
      }),
  );
}

function shade(fill: string) {
  return { type: ShadingType.CLEAR, fill: hex(fill), color: 'auto' };
}

function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}

function widths(shares: number[], width = TEXT_WIDTH): number[] {
  const out = shares.map((s) => Math.floor(s * width));
  out[out.length - 1] += width - out.reduce((a, b) => a + b, 0);
  return out;
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: GRID };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

function table(b: TableBlock): Table {
  const width = Math.round(TEXT_WIDTH * (b.width ?? 1));
  const columnWidths = widths(
    b.columns.map((c) => c.width),
    width,
  );
  const align = (i: number) =>
    b.columns[i].align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: columnWidths[i], type: WidthType.DXA },
          shading: shade(HEADER_FILL),
          children: [
            new Paragraph({
              alignment: align(i),
              keepNext: true,
              children: [new TextRun({ text: c.header, bold: true, size: TABLE_SIZE })],
            }),
          ],
        }),
    ),
  });
  const rows = b.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => bodyCell(cell, columnWidths[i], align(i))),
      }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...rows],
  });
}

function bodyCell(
  cell: ModelCell,
  width: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
): TableCell {
  const look = cell.status ? STATUS_LOOK[cell.status] : null;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: look ? shade(look.fill) : undefined,
    children: [new Paragraph({ alignment, children: runs(cell, TABLE_SIZE, false) })],
  });
}

/**
 * A legend, then one row per focus area: its name and a bar of shaded cells,
 * each status a cell as many grid columns wide as its count; then the caption
 * and the same numbers in words.
 */
function diagram(d: DiagramBlock): (Paragraph | Table)[] {
  const nameWidth = Math.round(TEXT_WIDTH * 0.32);
  const units = widths(
    Array.from({ length: d.scale }, () => 1 / d.scale),
    TEXT_WIDTH - nameWidth,
  );
  const columnWidths = [nameWidth, ...units];
  const span = (from: number, count: number) =>
    units.slice(from, from + count).reduce((a, b) => a + b, 0);
  const white: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: 'FFFFFF' };
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const legend = new Paragraph({
    spacing: { after: 80 },
    keepNext: true,
    children: d.legend.flatMap((l, i) => [
      ...(i > 0 ? [new TextRun({ text: '   ', size: TABLE_SIZE })] : []),
      new TextRun({
        text: ` ${l.label} `,
        size: TABLE_SIZE,
        color: hex(STATUS_LOOK[l.status].fontColor),
        shading: shade(STATUS_LOOK[l.status].fill),
      }),
    ]),
  });
  const rows = d.bars.map((bar) => {
    let at = 0;
    const cells = [
      new TableCell({
        width: { size: nameWidth, type: WidthType.DXA },
        borders: { top: white, bottom: white, left: none, right: none },
        children: [
          new Paragraph({ children: [new TextRun({ text: bar.name, size: TABLE_SIZE })] }),
        ],
      }),
    ];
    for (const s of bar.segments) {
      const look = STATUS_LOOK[s.status];
      cells.push(
        new TableCell({
          columnSpan: s.count,
          width: { size: span(at, s.count), type: WidthType.DXA },
          shading: shade(look.fill),
          borders: { top: white, bottom: white, left: white, right: white },
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({
                  text: `${look.symbol} ${s.count}`,
                  size: TABLE_SIZE,
                  bold: true,
                  color: hex(look.fontColor),
                }),
              ],
            }),
          ],
        }),
      );
      at += s.count;
    }
    if (at < d.scale) {
      cells.push(
        new TableCell({
          columnSpan: d.scale - at,
          width: { size: span(at, d.scale - at), type: WidthType.DXA },
          borders: { top: white, bottom: white, left: white, right: none },
          children: [new Paragraph({ children: [] })],
        }),
      );
    }
    return new TableRow({ cantSplit: true, children: cells });
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: nameWidth, type: WidthType.DXA },
        borders: { top: none, bottom: LINE, left: none, right: none },
        children: [
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: d.categoryHeader, bold: true, size: TABLE_SIZE })],
          }),
        ],
      }),
      new TableCell({
        columnSpan: d.scale,
        width: { size: TEXT_WIDTH - nameWidth, type: WidthType.DXA },
        borders: { top: none, bottom: LINE, left: none, right: none },
        children: [
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: d.caption, bold: true, size: TABLE_SIZE })],
          }),
        ],
      }),
    ],
  });
  const chart = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: white,
      insideVertical: white,
    },
    rows: [header, ...rows],
  });
  return [
    legend,
    chart,
    new Paragraph({
      style: 'Caption',
      spacing: { before: 60, after: 200 },
      children: [new TextRun({ text: d.alt })],
    }),
  ];
}
