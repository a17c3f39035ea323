/** Problems from reading, the engine and the plan, as one list in workbook order. */
import type { Problem } from '../../engine/types';
import { parseA1 } from '../address';

/**
 * Drops repeats and sorts: sheets in workbook order (unknown sheets after, in
 * the order first met), then row, then column. The sort is stable, so
 * problems on one cell keep the order they were raised in.
 */
export function mergeProblems(sheetOrder: readonly string[], lists: Problem[][]): Problem[] {
  const seen = new Set<string>();
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  const keyed: { problem: Problem; sheet: number; row: number; col: number }[] = [];
  for (const list of lists) {
    for (const p of list) {
      const key = [p.severity, p.sheet, p.cell, p.code, JSON.stringify(p.params)].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const sheet = sheetIndex.get(p.sheet) ?? sheetIndex.size;
      sheetIndex.set(p.sheet, sheet);
      const at = parseA1(p.cell);
      keyed.push({ problem: p, sheet, row: at?.row ?? 0, col: at?.col ?? 0 });
    }
  }
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  return keyed.map((k) => k.problem);
}
