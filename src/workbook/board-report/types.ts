/**
 * The report to the board (§11) as a document: headings, paragraphs, lists,
 * tables and one diagram, every text already in the reader's language. The
 * renderers (src/report: .docx and HTML) only lay it out; nothing here knows
 * a file format.
 */
import type { Lang, Status } from '../../engine/types';

/** A piece of text; with a status it is drawn in that status's fill and text colour (§1). */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  status?: Status;
}

export interface Column {
  header: string;
  /** Share of the text width; a table's columns add up to 1. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableCell {
  text: string;
  status?: Status;
  bold?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Says what the table holds, for screen readers (and as a caption in HTML). */
  caption: string;
  /** Share of the text width the table takes; the whole width when absent. */
  width?: number;
  columns: Column[];
  rows: TableCell[][];
}

/**
 * Stacked bars, one per category (focus area): a segment per status, as long
 * as its count. Drawn as shaded table cells; `alt` tells the same in words.
 */
export interface DiagramBlock {
  kind: 'diagram';
  caption: string;
  /** The diagram in words: the text alternative. */
  alt: string;
  /** The category column's header. */
  categoryHeader: string;
  /** The legend, in the order of §1. */
  legend: { status: Status; label: string }[];
  bars: { name: string; segments: { status: Status; count: number; label: string }[] }[];
  /** The longest bar's total (at least 1): the width every bar is measured against. */
  scale: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /**
   * `spaced`: a little room above (a list's title); `note`: a closing remark;
   * `keep`: on the same page as what follows (a goal's status above its analysis).
   */
  | { kind: 'paragraph'; inlines: Inline[]; spaced?: boolean; note?: boolean; keep?: boolean }
  | { kind: 'list'; items: Inline[][] }
  | TableBlock
  | DiagramBlock;

export interface BoardReport {
  lang: Lang;
  /** The document's language: "sv-SE" or "en-US". */
  languageTag: string;
  title: string;
  /** Under the title: the date, the period and the previous follow-up. */
  subtitle: string;
  blocks: Block[];
  /** A file name without folder, e.g. "Malkoll-rapport-T2-2024.docx". */
  fileName: string;
}
