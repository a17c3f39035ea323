/** Writes a sheet as sections one under another, each section one ValueBlock. */
import type { PlanContext } from './context';
import type { PlanValue } from './types';

export class SectionWriter {
  /** The next free row (1-based). */
  private next = 1;

  constructor(
    private readonly ctx: PlanContext,
    readonly sheet: string,
  ) {}

  /**
   * Writes rows from column A at the next free row, padded to a rectangle,
   * and leaves one empty row after them. Returns the number of the first row.
   */
  section(rows: PlanValue[][]): number {
    const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
    const values = rows.map((r) => (r.length === width ? r : pad(r, width)));
    const top = this.next;
    this.ctx.plan.values.push({ sheet: this.sheet, top, left: 1, values });
    this.next += rows.length + 1;
    return top;
  }

  /** Leaves `rows` empty rows (room for a chart); returns the first of them. */
  space(rows: number): number {
    const top = this.next;
    this.next += rows;
    return top;
  }
}

function pad(row: PlanValue[], width: number): PlanValue[] {
  const padded = row.slice();
  while (padded.length < width) padded.push(null);
  return padded;
}
