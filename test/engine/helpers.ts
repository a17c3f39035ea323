/** Builders shared by the engine's tests. */
import { assess } from '../../src/engine';
import { DEFAULT_PARAMETERS } from '../../src/engine/parameters';
import type {
  Assessment,
  IndicatorInput,
  IndicatorResult,
  Lang,
  Parameters,
  Problem,
} from '../../src/engine/types';

/** An indicator row with every field empty; tests fill in what they need. */
export function indicator(over: Partial<IndicatorInput> = {}): IndicatorInput {
  const row = over.row ?? 2;
  return {
    sheet: 'Indikatorer',
    row,
    name: 'Indikator',
    goal: 'Mål 1',
    focusArea: null,
    owner: 'Nämnd A',
    actual: null,
    actualPeriod: null,
    actualYear: null,
    previous: null,
    baseline: null,
    baselineYear: null,
    target: null,
    targetYear: null,
    comparison: null,
    direction: null,
    directionText: null,
    rule: null,
    ruleText: null,
    weight: 1,
    expertStatus: null,
    comment: null,
    percent: false,
    cells: { indicator: `A${row}` },
    ...over,
  };
}

export function params(over: Partial<Parameters> = {}): Parameters {
  return { ...DEFAULT_PARAMETERS, ...over };
}

export interface One {
  result: IndicatorResult;
  problems: Problem[];
}

/** Assesses a single indicator row. */
export function assessOne(
  over: Partial<IndicatorInput>,
  p: Partial<Parameters> = {},
  lang: Lang = 'sv',
): One {
  const out = assess({ indicators: [indicator(over)], parameters: params(p) }, { lang });
  return { result: out.indicators[0], problems: out.problems };
}

export function assessRows(
  rows: Partial<IndicatorInput>[],
  p: Partial<Parameters> = {},
  lang: Lang = 'sv',
): Assessment {
  const indicators = rows.map((r, i) => indicator({ row: i + 2, ...r }));
  return assess({ indicators, parameters: params(p) }, { lang });
}

export function codes(problems: Problem[]): string[] {
  return problems.map((p) => p.code);
}
