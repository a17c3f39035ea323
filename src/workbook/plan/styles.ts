/**
 * Collects cell styles into few StyleRuns: one run per sheet and style, and
 * within it one range per contiguous vertical run of cells in a column, so
 * that the adapters format thousands of rows in a handful of calls.
 */
import { STATUS_LOOK } from '../../engine/statuses';
import type { Status } from '../../engine/types';
import type { CellRange } from '../snapshot';
import type { CellStyle, StyleRun } from './types';

interface Group {
  run: StyleRun;
  /** The last range of each column, extended while rows follow on. */
  lastInColumn: Map<number, CellRange>;
}

export class StyleCollector {
  private readonly groups = new Map<string, Group>();
  /** Keys of style objects already seen: most cells share a handful of constant styles. */
  private readonly keys = new WeakMap<CellStyle, string>();

  /** Styles one cell. Cells of a column should arrive top down to merge. */
  cell(sheet: string, style: CellStyle, row: number, col: number): void {
    const group = this.group(sheet, style);
    const last = group.lastInColumn.get(col);
    if (last && last.bottom === row - 1 && last.left === col && last.right === col) {
      last.bottom = row;
      return;
    }
    const range = { top: row, left: col, bottom: row, right: col };
    group.run.ranges.push(range);
    group.lastInColumn.set(col, range);
  }

  /** Styles a whole rectangle. */
  range(sheet: string, style: CellStyle, range: CellRange): void {
    this.group(sheet, style).run.ranges.push({ ...range });
  }

  runs(): StyleRun[] {
    return [...this.groups.values()].map((g) => g.run);
  }

  private group(sheet: string, style: CellStyle): Group {
    let styleKey = this.keys.get(style);
    if (styleKey === undefined) {
      styleKey = keyOf(style);
      this.keys.set(style, styleKey);
    }
    const key = `${sheet}\u0000${styleKey}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { run: { sheet, style: { ...style }, ranges: [] }, lastInColumn: new Map() };
      this.groups.set(key, group);
    }
    return group;
  }
}

function keyOf(style: CellStyle): string {
  const s = style;
  return [s.fill, s.fontColor, s.bold, s.italic, s.numFmt, s.wrap].map((v) => v ?? '').join('|');
}

/** §1: a status cell's fill and text colour. */
export function statusStyle(status: Status): CellStyle {
  return STATUS_STYLES[status];
}

const STATUS_STYLES = Object.fromEntries(
  Object.entries(STATUS_LOOK).map(([status, look]) => [
    status,
    Object.freeze({ fill: look.fill, fontColor: look.fontColor }),
  ]),
) as Record<Status, CellStyle>;

export const BOLD: CellStyle = Object.freeze({ bold: true });
export const PERCENT: CellStyle = Object.freeze({ numFmt: '0 %' });
