/**
 * §8, §12: what a fetch learned that the user must fix, as problems naming
 * the cell: a KPI id Kolada does not know (a warning at that id's cell) and a
 * Kommun on the Metod sheet that Kolada does not know (an error at its cell).
 * Worded where they are shown (src/text).
 */
import type { IndicatorInput, Problem } from '../../engine/types';
import { kpiKey } from './types';

export function unknownKpiProblems(
  indicators: IndicatorInput[],
  unknown: readonly string[],
): Problem[] {
  const keys = new Set(unknown.map(kpiKey));
  const problems: Problem[] = [];
  for (const ind of indicators) {
    const id = ind.koladaId;
    const cell = ind.cells.kolada;
    if (!id || !cell || !keys.has(kpiKey(id))) continue;
    problems.push({
      severity: 'warning',
      sheet: ind.sheet,
      cell,
      code: 'unknown_kolada_kpi',
      params: { text: id },
    });
  }
  return problems;
}

export function unknownKommunProblem(at: { sheet: string; cell: string; text: string }): Problem {
  return {
    severity: 'error',
    sheet: at.sheet,
    cell: at.cell,
    code: 'unknown_kolada_kommun',
    params: { text: at.text },
  };
}
