/** §2: the numbers of one indicator, with bad numbers (NaN, ±Infinity) taken as missing. */
import type { IndicatorInput } from './types';

export interface Values {
  /** `a` actual and `ya` its year. */
  a: number | null;
  ya: number | null;
  /** `p` previous. */
  p: number | null;
  /** `b` baseline and `yb` its year. */
  b: number | null;
  yb: number | null;
  /** `t` target and `yt` its year. */
  t: number | null;
  yt: number | null;
  /** `c` comparison value. */
  c: number | null;
}

/** The engine never trusts its input: anything that is not a finite number is missing. */
export function finiteOrNull(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export function readValues(ind: IndicatorInput): Values {
  return {
    a: finiteOrNull(ind.actual),
    ya: finiteOrNull(ind.actualYear),
    p: finiteOrNull(ind.previous),
    b: finiteOrNull(ind.baseline),
    yb: finiteOrNull(ind.baselineYear),
    t: finiteOrNull(ind.target),
    yt: finiteOrNull(ind.targetYear),
    c: finiteOrNull(ind.comparison),
  };
}

/** §7: a weight that is not a number > 0 counts as 1. */
export function sanitizeWeight(w: unknown): number {
  const x = finiteOrNull(w);
  return x === null || x <= 0 ? 1 : x;
}
