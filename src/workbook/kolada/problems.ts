/**
 * §8, §12: what a fetch learned that the user must fix, as problems naming
 * the cell: a KPI id Kolada does not know (a warning at that id's cell) and a
 * Kommun on the Metod sheet that Kolada does not know (an error at its cell).
 */
import type { IndicatorInput, Lang, Problem } from '../../engine/types';
import { kpiKey } from './types';

const TEXTS: Record<
  Lang,
  { unknownKpi: (id: string) => string; unknownKommun: (name: string) => string }
> = {
  sv: {
    unknownKpi: (id) =>
      `Kolada känner inte till nyckeltalet «${id}». Kontrollera id:t på kolada.se ` +
      '(t.ex. N15428) eller töm cellen.',
    unknownKommun: (name) =>
      `Kolada känner inte till kommunen «${name}». Skriv kommunkoden (t.ex. 2260) eller ` +
      'kommunens namn som Kolada skriver det (t.ex. Ånge). Inget hämtades från Kolada.',
  },
  en: {
    unknownKpi: (id) =>
      `Kolada does not know the KPI «${id}». Check the id on kolada.se (e.g. N15428) ` +
      'or empty the cell.',
    unknownKommun: (name) =>
      `Kolada does not know the municipality «${name}». Write its code (e.g. 2260) or its ` +
      'name as Kolada writes it (e.g. Ånge). Nothing was fetched from Kolada.',
  },
};

export function unknownKpiProblems(
  indicators: IndicatorInput[],
  unknown: readonly string[],
  lang: Lang,
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
      message: TEXTS[lang].unknownKpi(id),
      code: 'unknown_kolada_kpi',
    });
  }
  return problems;
}

export function unknownKommunProblem(
  at: { sheet: string; cell: string; text: string },
  lang: Lang,
): Problem {
  return {
    severity: 'error',
    sheet: at.sheet,
    cell: at.cell,
    message: TEXTS[lang].unknownKommun(at.text),
    code: 'unknown_kolada_kommun',
  };
}
