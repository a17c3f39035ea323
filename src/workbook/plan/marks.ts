/**
 * §9: the ownership mark. After a run the marks are exactly the regions this
 * plan writes; what Målkoll wrote before is cleared first, so stale cells vanish.
 */
import { columnsMarkName, sheetMarkName, type Owned } from '../ownership';
import type { WrittenRegion } from './columns';
import type { WritePlan } from './types';

export function planMarks(
  written: WrittenRegion[],
  summarySheet: string,
  historySheet: string | null = null,
): WritePlan['marks'] {
  const marks: WritePlan['marks'] = written.map((w, i) => ({
    name: columnsMarkName(i + 1),
    sheet: w.sheet,
    range: { ...w.range },
  }));
  // The sheet mark needs only one cell: it names the whole sheet as Målkoll's.
  marks.push({
    name: sheetMarkName('summary'),
    sheet: summarySheet,
    range: { top: 1, left: 1, bottom: 1, right: 1 },
  });
  if (historySheet !== null) {
    const range = { top: 1, left: 1, bottom: 1, right: 1 };
    marks.push({ name: sheetMarkName('history'), sheet: historySheet, range });
  }
  return marks;
}

/** Every range Målkoll wrote on an earlier run; owned sheets are rewritten whole instead. */
export function ownedRangesToClear(owned: Owned): WritePlan['clear'] {
  return owned.ranges.map((r) => ({ sheet: r.sheet, range: { ...r.range } }));
}
